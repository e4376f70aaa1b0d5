using Napsm.Core.Voting;

namespace Napsm.Core.Validation;

// Engine answers shared between rules, computed at most once per run. Engine helpers: add your caches here, keyed by element index.
public sealed partial class ValidationContext
{
    /// <summary>The voting game of the body at an index of <c>Design.Bodies</c>.</summary>
    internal VotingGame BodyGame(int bodyIndex) =>
        Shared("game:body:" + bodyIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), () => VotingGame.ForBody(Design, Design.Bodies[bodyIndex]));

    /// <summary>The entry-into-force game of the treaty at an index of <c>Design.Treaties</c>.</summary>
    internal VotingGame TreatyGame(int treatyIndex) =>
        TreatyEvaluator.Game(Design.Treaties[treatyIndex]);

    /// <summary>
    /// The analysis of a body's game (Banzhaf power, structure), within <see cref="ValidationOptions.Limits"/>; computed once per run.
    /// Check <see cref="GameAnalysis.NotComputed"/>: a part that exceeded the limits is NAPSM0312.
    /// </summary>
    internal GameAnalysis BodyAnalysis(int bodyIndex) =>
        Shared("analysis:bodies", AnalyseBodies)[bodyIndex]
        ?? Shared("analysis:body:" + bodyIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), () => BodyGame(bodyIndex).Analyze(AnalysisOptions));

    /// <summary>
    /// The analyses of every body whose rule the voting rules analyse (it has voters, passes with everyone and fails with nobody), computed
    /// at once on all cores: they are independent, pure and the largest part of a validation run. Other bodies are analysed on demand.
    /// </summary>
    private GameAnalysis?[] AnalyseBodies()
    {
        var bodies = Design.Bodies;
        var games = new VotingGame?[bodies.Count];
        for (int i = 0; i < bodies.Count; i++)
        {
            if (bodies[i].Voters.Count == 0) continue;
            var game = BodyGame(i);
            var everyone = game.NewBits();
            for (int v = 0; v < game.Count; v++) everyone[v >> 6] |= 1UL << (v & 63);
            if (game.IsWinning(everyone) && !game.IsWinning(game.NewBits())) games[i] = game;
        }

        var options = AnalysisOptions;
        var result = new GameAnalysis?[bodies.Count];
        try
        {
            Parallel.For(0, bodies.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                if (games[i] is { } game) result[i] = game.Analyze(options);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return result;
    }

    /// <summary>The voting engine's options derived from the validation limits.</summary>
    internal AnalysisOptions AnalysisOptions => Shared("analysis:options", () => new AnalysisOptions
    {
        Indices = PowerIndices.None,
        AnalyseDespiteProblems = true,
        MaxEnumeratedVoters = Options.Limits.MaxEnumeratedVoters,
        MaxDiagramNodes = (int)Math.Min(int.MaxValue, Options.Limits.MaxWork),
    });

    /// <summary>Reports a diagnostic unless one with the same id and primary pointer was already reported (for NAPSM0312, which several rules may hit).</summary>
    internal void ReportOnce(Diagnostic diagnostic)
    {
        var key = "reported:" + diagnostic.Id + diagnostic.Location.JsonPointer;
        if (_shared.ContainsKey(key)) return;
        _shared[key] = true;
        Report(diagnostic);
    }

    /// <summary>
    /// The voters of a body's game who can be outvoted: those without whom the rest still win (in a monotone game, exactly the voters
    /// who are not veto players — the decision passes over their objection). In voter order.
    /// </summary>
    internal IReadOnlyList<string> Overridable(int bodyIndex) => Shared(
        "overridable:body:" + bodyIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
        () =>
        {
            var game = BodyGame(bodyIndex);
            var result = new List<string>();
            var bits = game.NewBits();
            for (int i = 0; i < game.Count; i++) bits[i >> 6] |= 1UL << (i & 63);
            for (int i = 0; i < game.Count; i++)
            {
                bits[i >> 6] &= ~(1UL << (i & 63));
                if (game.IsWinning(bits)) result.Add(game.Voters[i]);
                bits[i >> 6] |= 1UL << (i & 63);
            }

            return (IReadOnlyList<string>)result;
        });
}

// Scheduling and treaty engines (NAPSM04xx, NAPSM05xx).
public sealed partial class ValidationContext
{
    /// <summary>The design's temporal network.</summary>
    internal Scheduling.TemporalNetwork Network => Shared("time:network", () => Scheduling.TemporalNetwork.FromDesign(Design));

    /// <summary>The schedule: consistency, conflicts, approximated periods.</summary>
    internal Scheduling.ScheduleResult Schedule => Shared("time:schedule", () => Network.Analyse());

    /// <summary>The phase order.</summary>
    internal Scheduling.PhaseGraph Phases => Shared("time:phases", () => Scheduling.PhaseGraph.FromDesign(Design));

    /// <summary>Exchanges of commitments.</summary>
    internal Scheduling.ReciprocityReport Reciprocity => Shared("time:reciprocity", () => Scheduling.ReciprocityReport.FromDesign(Design, Options.Limits.MaxWork, Network, () => Schedule.IsConsistent));

    /// <summary>What waits for what among treaties, phases and commitments.</summary>
    internal Treaties.TreatyDependencyGraph Dependencies => Shared("treaty:dependencies", () => Treaties.TreatyDependencyGraph.FromDesign(Design));

    /// <summary>
    /// The date treaty analyses are taken on: the design's <c>asOf</c>, else the latest ratification event or opening date in the design,
    /// else 2000-01-01 (so that the result never depends on the clock).
    /// </summary>
    internal NodaTime.LocalDate TreatyDate => Shared("treaty:date", () =>
        Design.AsOf
        ?? Design.Treaties.SelectMany(t => t.Ratifications.Select(r => r.Date).Concat(t.OpenedForSignature is { } o ? [o] : [])).DefaultIfEmpty(new NodaTime.LocalDate(2000, 1, 1)).Max());

    /// <summary>The entry-into-force status of the treaty at an index of <c>Design.Treaties</c>, as of <see cref="TreatyDate"/>.</summary>
    internal Treaties.TreatyStatus TreatyStatus(int treatyIndex) =>
        Shared("treaty:status:" + treatyIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), () =>
            TreatyEvaluator.Status(Design.Treaties[treatyIndex], TreatyDate, []));

    /// <summary>One evaluator for the run, so that the statuses of required treaties are computed once, not once per dependent.</summary>
    private Treaties.EntryIntoForceEvaluator TreatyEvaluator =>
        Shared("treaty:evaluator", () => new Treaties.EntryIntoForceEvaluator(Design, (int)Math.Min(int.MaxValue, Options.Limits.MaxWork)));
}
