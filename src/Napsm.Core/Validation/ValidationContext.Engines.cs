using Napsm.Core.Voting;

namespace Napsm.Core.Validation;

// Engine answers shared between rules, computed at most once per run. The games and analyses are kept in the run's
// AnalysisContext (typed slots keyed by the design, the body and the matter), the per-run values in fields.
public sealed partial class ValidationContext
{
    private static readonly CacheSlot<CacheKey, VotingGame> Games = new(EqualityComparer<CacheKey>.Default);
    private static readonly CacheSlot<CacheKey, GameAnalysis> GameAnalyses = new(EqualityComparer<CacheKey>.Default);
    private static readonly CacheSlot<(Model.Design, Model.Treaty), VotingGame> TreatyGames = new(ReferencePairComparer<Model.Design, Model.Treaty>.Instance);
    private AnalysisContext? _analyses;
    private AnalysisOptions? _analysisOptions;
    private GameAnalysis?[]? _bodyAnalyses;

    /// <summary>The game of matter <paramref name="k"/> of a body (an index of <c>Body.Decisions</c>); matter 0 is <see cref="BodyGame"/>.</summary>
    internal VotingGame MatterGame(int bodyIndex, int k) => k == 0
        ? BodyGame(bodyIndex)
        : Analyses.Cached(Games, new CacheKey(Design, Design.Bodies[bodyIndex], k),
            _ => VotingGame.ForDecision(Design, Design.Bodies[bodyIndex], Design.Bodies[bodyIndex].Decisions[k], Analyses));

    /// <summary>The analysis of matter <paramref name="k"/> of a body; matter 0 is <see cref="BodyAnalysis"/>.</summary>
    internal GameAnalysis MatterAnalysis(int bodyIndex, int k) => k == 0
        ? BodyAnalysis(bodyIndex)
        : Analyses.Cached(GameAnalyses, new CacheKey(Design, Design.Bodies[bodyIndex], k, AnalysisOptions), _ => MatterGame(bodyIndex, k).Analyze(AnalysisOptions));

    /// <summary>The voting game of the body at an index of <c>Design.Bodies</c>.</summary>
    internal VotingGame BodyGame(int bodyIndex) =>
        Analyses.Cached(Games, new CacheKey(Design, Design.Bodies[bodyIndex], 0), _ => VotingGame.ForBody(Design, Design.Bodies[bodyIndex], Analyses));

    /// <summary>
    /// The run's analysis context (<see cref="ValidationOptions.Context"/>, else one budget of <see cref="AnalysisLimits.TimeLimit"/> and
    /// <see cref="AnalysisLimits.MemoryLimit"/>) shared by
    /// every voting analysis of the run, so that the run as a whole stays within the time limit, and the caches they share.
    /// </summary>
    internal AnalysisContext Analyses => _analyses ??= Options.Context ?? new AnalysisContext(Options.Limits.TimeLimit, Options.Limits.MemoryLimit);

    /// <summary>The entry-into-force game of the treaty at an index of <c>Design.Treaties</c>, compiled once per run.</summary>
    internal VotingGame TreatyGame(int treatyIndex) =>
        Analyses.Cached(TreatyGames, (Design, Design.Treaties[treatyIndex]), k => VotingGame.ForTreaty(k.Item1, k.Item2, Analyses));

    /// <summary>
    /// The analysis of a body's game (Banzhaf power, structure), within <see cref="ValidationOptions.Limits"/>; computed once per run.
    /// Check <see cref="GameAnalysis.NotComputed"/>: a part that exceeded the limits is NAPSM0312.
    /// </summary>
    internal GameAnalysis BodyAnalysis(int bodyIndex) =>
        (_bodyAnalyses ??= AnalyseBodies())[bodyIndex]
        ?? Analyses.Cached(GameAnalyses, new CacheKey(Design, Design.Bodies[bodyIndex], 0, AnalysisOptions), _ => BodyGame(bodyIndex).Analyze(AnalysisOptions));

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
            if (game.PassesWithEveryone && !game.PassesWithNobody) games[i] = game;
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
    internal AnalysisOptions AnalysisOptions => _analysisOptions ??= new AnalysisOptions
    {
        Indices = PowerIndices.None,
        AnalyseDespiteProblems = true,
        Context = Analyses,
        MaxEnumeratedVoters = Options.Limits.MaxEnumeratedVoters,
        MaxDiagramNodes = (int)Math.Min(int.MaxValue, Options.Limits.MaxWork),
    };
}
