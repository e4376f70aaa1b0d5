using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>
/// Runs an analysis: takes each part asked for from the cheapest applicable method of the portfolio (<see cref="PowerMethods"/>), falls
/// back to the next when one exceeds a limit, and assembles the result with a typed reason for every part not computed. See
/// docs/analyses.md for the definitions and references.
/// </summary>
internal static class GameAnalyzer
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

    /// <summary>
    /// Variable order for the diagram: voters by decreasing weight in the first weighted leaf with unequal weights (small diagrams
    /// for weighted games, as Bolus 2011 recommends), otherwise the voters' own order.
    /// </summary>
    internal static int[] VariableOrder(GameNode root, int n)
    {
        var weight = new BigInteger[n];
        var t = Leaves(root).FirstOrDefault(l => !l.HasUnitWeights);
        if (t is not null)
        {
            for (int k = 0; k < t.Voters.Length; k++) weight[t.Voters[k]] = t.Weights[k];
        }

        return Enumerable.Range(0, n).OrderByDescending(i => weight[i]).ThenBy(i => i).ToArray();
    }

    private static IEnumerable<ThresholdNode> Leaves(GameNode node) => node switch
    {
        ThresholdNode t => [t],
        CompositeNode c => c.Clauses.SelectMany(Leaves),
        ComposedNode c => new[] { c.Direct }.Concat(c.Clauses.SelectMany(Leaves)),
        _ => [],
    };

    internal static int CountBytes(int n) => n + 1 <= 64 ? 8 : n + 1 <= 128 ? 16 : n + 1 <= 256 ? 32 : 64;

    /// <summary>
    /// The memory one count of a table over n voters really takes: its fixed width up to 256 bits; beyond, a BigInteger of up to n + 1
    /// bits on the heap (its array header and words) besides the 16-byte struct. Memory limits are checked against this, not against
    /// <see cref="CountBytes"/>: simple majority over 5,000 voters took 4.3 GB under a 1.5 GB limit while the estimate used 64 bytes.
    /// </summary>
    internal static double CellBytes(int n) => n + 1 <= 256 ? CountBytes(n) : 16 + 24 + 4 * Math.Ceiling((n + 1) / 32.0);

    internal interface IRun<out TResult>
    {
        TResult Run<T>()
            where T : struct, ICount<T>;
    }

    internal static TResult Dispatch<TResult>(int n, IRun<TResult> run) =>
        n + 1 <= 64 ? run.Run<Count64>() : n + 1 <= 128 ? run.Run<Count128>() : n + 1 <= 256 ? run.Run<Count256>() : run.Run<BigCount>();

    internal sealed class BanzhafRun(long[] w, long q, CancellationToken cancel) : IRun<(BigInteger, BigInteger[])>
    {
        public (BigInteger, BigInteger[]) Run<T>()
            where T : struct, ICount<T> => WeightedDp<T>.Banzhaf(w, q, cancel);
    }

    internal sealed class ShapleyRun(long[] w, long q, CancellationToken cancel) : IRun<BigInteger[]>
    {
        public BigInteger[] Run<T>()
            where T : struct, ICount<T> => WeightedDp<T>.Shapley(w, q, cancel);
    }

    internal sealed class DiagramRun(Bdd bdd, int root, bool ss, CancellationToken cancel) : IRun<RawPower>
    {
        public RawPower Run<T>()
            where T : struct, ICount<T> => BddCounting<T>.Count(bdd, root, ss, cancel);
    }

    /// <summary>Shrinks S and its complement (both winning) to minimal winning coalitions, still disjoint.</summary>
    internal static CoalitionPair Witness(VotingGame game, bool[] s)
    {
        int n = game.Count;
        var a = game.NewBits();
        var b = game.NewBits();
        for (int i = 0; i < n; i++)
        {
            if (s[i]) a[i >> 6] |= 1UL << (i & 63);
            else b[i >> 6] |= 1UL << (i & 63);
        }

        return new CoalitionPair(Names(game, Shrink(game, a)), Names(game, Shrink(game, b)));
    }

    /// <summary>The coalition S and its complement, as they are.</summary>
    internal static CoalitionPair Complementary(VotingGame game, bool[] s) =>
        new(Enumerable.Range(0, game.Count).Where(i => s[i]).Select(i => game.Voters[i]).ToArray(),
            Enumerable.Range(0, game.Count).Where(i => !s[i]).Select(i => game.Voters[i]).ToArray());

    internal static ulong[] Shrink(VotingGame game, ulong[] coalition)
    {
        for (int i = 0; i < game.Count; i++)
        {
            ulong bit = 1UL << (i & 63);
            if ((coalition[i >> 6] & bit) == 0) continue;
            coalition[i >> 6] &= ~bit;
            if (!game.IsWinning(coalition)) coalition[i >> 6] |= bit;
        }

        return coalition;
    }

    internal static IEnumerable<string> Names(VotingGame game, ulong[] coalition) =>
        Enumerable.Range(0, game.Count).Where(i => (coalition[i >> 6] & (1UL << (i & 63))) != 0).Select(i => game.Voters[i]).ToArray();

    /// <summary>
    /// How many coalitions each clause of every <c>all</c>/<c>any</c> changes: the game without the clause, counted. The game without
    /// clause i of a composite is its prefix (clauses before i) combined with its suffix (clauses after i), substituted into the
    /// composite's parents the same way, so k clauses cost O(k) diagram operations instead of rebuilding the rule k times — a rule
    /// with the same clause 20,000 times is 20,000 look-ups, not 4·10^8 operations. Games equal to the whole are not counted again.
    /// </summary>
    internal static List<ClauseEffect> ClauseEffects(VotingGame game, Bdd bdd, BigInteger winning, CancellationToken cancel)
    {
        var effects = new List<ClauseEffect>();
        int whole = bdd.Build(game.Root);
        var counted = new Dictionary<int, BigInteger> { [whole] = winning };
        var path = new List<(CombinedClauses Parent, int Index)>();
        Walk(game.Root, game.Rule);
        return effects;

        void Walk(GameNode node, DecisionRule rule)
        {
            if (node is not CompositeNode composite) return;
            var clauses = rule switch
            {
                AllRule a => a.Clauses,
                AnyRule a => a.Clauses,
                _ => [],
            };
            var combined = new CombinedClauses(bdd, composite, cancel);
            for (int i = 0; i < composite.Clauses.Length; i++)
            {
                cancel.ThrowIfCancellationRequested();
                int without = combined.Without(i);
                for (int level = path.Count - 1; level >= 0; level--) without = path[level].Parent.With(path[level].Index, without);
                if (!counted.TryGetValue(without, out var count))
                {
                    count = Dispatch(game.Count, new WinningRun(bdd, without, cancel));
                    counted[without] = count;
                }

                var clauseRule = clauses.Count > i ? clauses[i] : rule;
                effects.Add(new ClauseEffect(composite.Clauses[i].Pointer, composite.Pointer, clauseRule, BigInteger.Abs(count - winning)));
            }

            for (int i = 0; i < composite.Clauses.Length; i++)
            {
                if (composite.Clauses[i] is not CompositeNode) continue;
                path.Add((combined, i));
                Walk(composite.Clauses[i], clauses[i]);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    /// <summary>One composite's clauses built once, with the combinations of every prefix and every suffix of them.</summary>
    private sealed class CombinedClauses
    {
        private readonly Bdd _bdd;
        private readonly bool _isAll;
        private readonly int[] _prefix;
        private readonly int[] _suffix;

        public CombinedClauses(Bdd bdd, CompositeNode composite, CancellationToken cancel)
        {
            _bdd = bdd;
            _isAll = composite.IsAll;
            int k = composite.Clauses.Length;
            int identity = _isAll ? Bdd.True : Bdd.False;
            var built = new int[k];
            for (int i = 0; i < k; i++)
            {
                cancel.ThrowIfCancellationRequested();
                built[i] = bdd.Build(composite.Clauses[i]);
            }

            _prefix = new int[k + 1];
            _suffix = new int[k + 1];
            _prefix[0] = identity;
            _suffix[k] = identity;
            for (int i = 0; i < k; i++)
            {
                cancel.ThrowIfCancellationRequested();
                _prefix[i + 1] = bdd.Apply(_isAll, _prefix[i], built[i]);
                _suffix[k - 1 - i] = bdd.Apply(_isAll, built[k - 1 - i], _suffix[k - i]);
            }
        }

        /// <summary>The composite without clause <paramref name="index"/>.</summary>
        public int Without(int index) => _bdd.Apply(_isAll, _prefix[index], _suffix[index + 1]);

        /// <summary>The composite with clause <paramref name="index"/> replaced by the diagram <paramref name="clause"/>.</summary>
        public int With(int index, int clause) =>
            _bdd.Apply(_isAll, _bdd.Apply(_isAll, _prefix[index], clause), _suffix[index + 1]);
    }

    internal sealed class WinningRun(Bdd bdd, int root, CancellationToken cancel) : IRun<BigInteger>
    {
        public BigInteger Run<T>()
            where T : struct, ICount<T> => BddCounting<T>.Count(bdd, root, false, cancel).Winning;
    }

    internal static IEnumerable<(CompositeNode Node, DecisionRule Rule)> Composites(GameNode node, DecisionRule rule)
    {
        if (node is not CompositeNode c) yield break;
        yield return (c, rule);
        var clauses = rule switch
        {
            AllRule a => a.Clauses,
            AnyRule a => a.Clauses,
            _ => [],
        };
        for (int i = 0; i < c.Clauses.Length; i++)
        {
            foreach (var inner in Composites(c.Clauses[i], clauses[i])) yield return inner;
        }
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
