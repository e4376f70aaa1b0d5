using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>
/// Runs an analysis: takes each part asked for from the cheapest applicable method of the portfolio (<see cref="PowerMethods"/>), falls
/// back to the next when one exceeds a limit, and assembles the result with a typed reason for every part not computed. See
/// docs/analyses.md for the definitions and references.
/// </summary>
internal static partial class GameAnalyzer
{
    /// <summary>The most elementary operations a per-size count (Shapley–Shubik, Deegan–Packel on a diagram) may take.</summary>
    internal const double MaxOperations = 4e9;

    public static GameAnalysis Analyze(VotingGame game, AnalysisOptions options, CancellationToken cancel, bool forceDiagram = false)
    {
        if (options.Approximation is not { } approximation) return AnalyzeExact(game, options, forceDiagram, cancel);

        // Approximation only when asked, and only for the parts the exact methods did not compute: they get the first half of the time.
        // The time is the smaller of the analysis's own limit and what is left of its context's.
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        var limit = (options.TimeLimit, options.Context?.TimeLeft) switch
        {
            ({ } own, { } shared) => own < shared ? own : shared,
            (var own, var shared) => own ?? shared,
        };
        // The limit the user set, for the reason a part stopped at the exact methods' half gives.
        var whole = options.Context is { TimeLimit: { } contextLimit } context && (options.TimeLimit is not { } ownLimit || contextLimit <= ownLimit)
            ? context.WholeTimeLimit ?? contextLimit
            : options.TimeLimit;
        var exact = AnalyzeExact(game, limit is { } l0 ? options with { TimeLimit = l0 / 2, WholeTimeLimit = whole } : options, forceDiagram, cancel);
        var parts = exact.NotComputed
            .Where(p => p.Part is AnalysisPart.Swings or AnalysisPart.ShapleyShubik && p.Reason is not (NotComputedReason.InvalidRule or NotComputedReason.Cancelled))
            .Select(p => p.Part).ToList();
        if (parts.Count == 0 || cancel.IsCancellationRequested) return exact;
        TimeSpan? left = limit is { } total ? total - System.Diagnostics.Stopwatch.GetElapsedTime(start) : null;
        if (left is { } l && l <= TimeSpan.Zero) return exact;
        using var budget = AnalysisBudget.Start(options with { TimeLimit = left }, cancel);
        var approximated = Approximation.Approximator.Run(game, approximation, parts, left, budget.Token);
        if (approximated.Count == 0) return exact;
        var members = exact.Members.ToArray();
        foreach (var a in approximated)
        {
            for (int i = 0; i < members.Length; i++)
            {
                members[i] = a.How.Part == AnalysisPart.Swings
                    ? members[i] with { ApproximatePenrose = a.First[i], ApproximateBanzhaf = a.Banzhaf![i] }
                    : members[i] with { ApproximateShapleyShubik = a.First[i] };
            }
        }

        return exact with { Members = members, Approximations = approximated.Select(a => a.How).OrderBy(a => a.Part).ToList() };
    }

    private static GameAnalysis AnalyzeExact(VotingGame game, AnalysisOptions options, bool forceDiagram, CancellationToken cancel)
    {
        using var budget = AnalysisBudget.Start(options, cancel);
        using var run = new AnalysisRun(game, options, budget);
        var wanted = Wanted(game, options);
        if (game.Problems.Count > 0 && !options.AnalyseDespiteProblems)
        {
            foreach (var part in wanted) run.Fail(part, new TooLargeException(NotComputedReason.InvalidRule, null));
            return Assemble(run, wanted, withVetoes: false);
        }

        Func<PowerMethod, AnalysisPart, bool> allowed = forceDiagram
            ? (m, part) => m.Method == AnalysisMethod.DecisionDiagram || (m.Method == AnalysisMethod.Classes && part == AnalysisPart.Johnston)
            : (_, _) => true;
        Portfolio.Run(run, wanted, PowerMethods.All, allowed);
        return Assemble(run, wanted, withVetoes: true);
    }

    /// <summary>The parts an analysis with these options computes, in the order of <see cref="AnalysisPart"/>.</summary>
    internal static List<AnalysisPart> Wanted(VotingGame game, AnalysisOptions options)
    {
        var parts = new List<AnalysisPart> { AnalysisPart.WinningCoalitions, AnalysisPart.Structure, AnalysisPart.Swings };
        if (options.Indices.HasFlag(PowerIndices.ShapleyShubik)) parts.Add(AnalysisPart.ShapleyShubik);
        if (options.Indices.HasFlag(PowerIndices.Johnston)) parts.Add(AnalysisPart.Johnston);
        if (options.Indices.HasFlag(PowerIndices.DeeganPackel)) parts.Add(AnalysisPart.DeeganPackel);
        if (options.Indices.HasFlag(PowerIndices.HollerPackel)) parts.Add(AnalysisPart.HollerPackel);
        if (options.ClauseEffects && game.Root is CompositeNode) parts.Add(AnalysisPart.Clauses);
        return parts;
    }

    private static GameAnalysis Assemble(AnalysisRun run, List<AnalysisPart> wanted, bool withVetoes)
    {
        var game = run.Game;
        int n = game.Count;
        bool swings = run.Swings is not null;
        var totalSwings = run.Swings?.Aggregate(BigInteger.Zero, (a, b) => a + b);
        var fractions = new Dictionary<BigInteger, (Rational Penrose, Rational Banzhaf)>();
        var penroseDenominator = BigInteger.One << Math.Max(0, n - 1);
        var vetoes = new HashSet<int>();
        string? dictator = null;
        if (withVetoes)
        {
            foreach (var id in game.VetoPlayers) vetoes.Add(game.IndexOf(id));
            if (!game.IsWinning(game.NewBits()))
            {
                foreach (var i in vetoes)
                {
                    var single = game.NewBits();
                    single[i >> 6] |= 1UL << (i & 63);
                    if (game.IsWinning(single)) dictator = game.Voters[i];
                }
            }
        }

        // Voters alike in power share their fractions: each gcd is taken once per distinct value, not once per voter.
        var shapley = new Dictionary<BigInteger, Rational>();
        Rational Shapley(BigInteger numerator)
        {
            if (!shapley.TryGetValue(numerator, out var r)) shapley.Add(numerator, r = new Rational(numerator, run.ShapleyDenominator));
            return r;
        }

        var members = new VoterPower[n];
        for (int i = 0; i < n; i++)
        {
            var p = new VoterPower(game.Voters[i])
            {
                IsVeto = withVetoes ? vetoes.Contains(i) : null,
                Johnston = run.Johnston?[i],
                DeeganPackel = run.DeeganPackel?[i],
                HollerPackel = run.HollerPackel?[i],
                ShapleyShubik = run.ShapleyNumerators is { } ssn ? Shapley(ssn[i]) : null,
            };
            if (swings)
            {
                var sw = run.Swings![i];
                if (!fractions.TryGetValue(sw, out var f))
                {
                    f = (new Rational(sw, penroseDenominator), totalSwings!.Value.IsZero ? Rational.Zero : new Rational(sw, totalSwings.Value));
                    fractions.Add(sw, f);
                }

                p = p with { Swings = sw, Penrose = f.Penrose, Banzhaf = f.Banzhaf, IsDummy = sw.IsZero };
            }

            members[i] = p;
        }

        return new GameAnalysis(game)
        {
            NotComputed = wanted.Where(part => !run.Done.ContainsKey(part)).Select(run.FailureOf).ToList(),
            Methods = wanted.Where(run.Done.ContainsKey).Select(part => new PartMethod(part, run.Done[part])).ToList(),
            WinningCoalitions = run.Winning,
            PowerToAct = run.Winning is { } w ? new Rational(w, BigInteger.One << n) : null,
            IsProper = run.Proper,
            IsStrong = run.Strong,
            ImproperWitness = run.Witness,
            NotStrongWitness = run.Deadlock,
            TotalSwings = totalSwings,
            Members = members,
            Dictator = dictator,
            Clauses = run.Clauses ?? [],
        };
    }

    /// <summary>The disposables an analysis creates, disposed together when it ends.</summary>
    internal sealed class Owned : IDisposable
    {
        private readonly List<IDisposable> _items = [];

        public T Add<T>(T item)
            where T : IDisposable
        {
            _items.Add(item);
            return item;
        }

        public void Dispose()
        {
            foreach (var item in _items) item.Dispose();
            _items.Clear();
        }
    }
}
