using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>Chooses and runs the exact algorithms for one game; see docs/analyses.md for the definitions and references.</summary>
internal static class GameAnalyzer
{
    public static GameAnalysis Analyze(VotingGame game, AnalysisOptions options, CancellationToken cancel, bool forceDiagram = false)
    {
        int n = game.Count;
        var notComputed = new List<string>();
        var root = game.Root;

        // The diagrams' pooled storage goes back when the analysis is done (the result holds no diagram).
        using var owned = new Owned();
        bool wantSs = options.Indices.HasFlag(PowerIndices.ShapleyShubik);

        // One weighted threshold with a modest total weight: generating-function DP, and subset sums for the structure.
        // Anything else: a decision diagram (Bolus 2011), which also answers the structural questions.
        var threshold = root as ThresholdNode;
        bool useDp = threshold is { IsAlwaysTrue: false, IsAlwaysFalse: false, LongWeights: not null } && threshold.Total <= (1L << 27) && !forceDiagram;
        Bdd? bdd = null;
        int bddRoot = -1;
        string? bddFailure = null;
        if (!useDp)
        {
            try
            {
                bdd = owned.Add(new Bdd(VariableOrder(root, n), options.MaxDiagramNodes, cancel));
                bdd.Precheck(root);
                bddRoot = bdd.Build(root);
            }
            catch (TooLargeException e)
            {
                bdd = null;
                bddFailure = e.Message;
            }
        }

        RawPower? raw = null;
        try
        {
            raw = useDp
                ? ThresholdPower(threshold!, n, wantSs, options, notComputed, cancel)
                : bdd is not null ? DiagramPower(bdd, bddRoot, n, wantSs, options, notComputed, cancel) : null;
        }
        catch (TooLargeException e)
        {
            notComputed.Add("the power analysis not computed: too large (" + e.Message + ")");
        }

        if (raw is null && bddFailure is not null) notComputed.Add("the power analysis not computed: too large (" + bddFailure + ")");

        // Structure.
        bool? proper = null, strong = null;
        CoalitionPair? witness = null, deadlock = null;
        if (bdd is not null)
        {
            try
            {
                var bothWin = bdd.FindSelfDualPair(bddRoot, true);
                proper = bothWin is null;
                var bothLose = bdd.FindSelfDualPair(bddRoot, false);
                strong = bothLose is null;
                if (bothWin is not null) witness = Witness(game, bothWin);
                if (bothLose is not null) deadlock = Complementary(game, bothLose);
            }
            catch (TooLargeException e)
            {
                notComputed.Add("the proper and strong test not computed: too large (" + e.Message + ")");
            }
        }
        else if (useDp)
        {
            var lw = threshold!.LongWeights!;
            (proper, strong, witness, deadlock) = SubsetSums.ProperStrong(game, threshold, lw, options, notComputed, cancel);
        }
        else
        {
            notComputed.Add("the proper and strong test not computed: too large (" + bddFailure + ")");
        }

        var full = game.NewBits();
        for (int i = 0; i < n; i++) full[i >> 6] |= 1UL << (i & 63);
        var members = new VoterPower[n];
        var totalSwings = raw?.Swings.Aggregate(BigInteger.Zero, (a, b) => a + b) ?? BigInteger.Zero;
        var extra = ExtraIndices(game, bdd, bddRoot, bddFailure, options, forceDiagram, owned, notComputed, cancel);
        string? dictator = null;
        var empty = game.NewBits();
        bool emptyWins = game.IsWinning(empty);
        var fractions = new Dictionary<(BigInteger, BigInteger?), (Rational Penrose, Rational Banzhaf, Rational? ShapleyShubik)>();
        var penroseDenominator = BigInteger.One << Math.Max(0, n - 1);
        for (int i = 0; i < n; i++)
        {
            full[i >> 6] &= ~(1UL << (i & 63));
            bool veto = !game.IsWinning(full);
            full[i >> 6] |= 1UL << (i & 63);
            var p = new VoterPower(game.Voters[i]) { IsVeto = veto };
            if (raw is not null)
            {
                var sw = raw.Swings[i];
                var ssNumerator = raw.ShapleyNumerators?[i];

                // Voters alike in power share their fractions: each gcd is taken once per distinct value, not once per voter.
                if (!fractions.TryGetValue((sw, ssNumerator), out var f))
                {
                    f = (new Rational(sw, penroseDenominator),
                        totalSwings.IsZero ? Rational.Zero : new Rational(sw, totalSwings),
                        ssNumerator is { } ssn ? new Rational(ssn, raw.ShapleyDenominator) : null);
                    fractions.Add((sw, ssNumerator), f);
                }

                p = p with
                {
                    Swings = sw,
                    Penrose = f.Penrose,
                    Banzhaf = f.Banzhaf,
                    ShapleyShubik = f.ShapleyShubik,
                    IsDummy = sw.IsZero,
                    Johnston = extra.Johnston?[i],
                    DeeganPackel = extra.DeeganPackel?[i],
                    HollerPackel = extra.HollerPackel?[i],
                };
            }
            else
            {
                p = p with { Johnston = extra.Johnston?[i], DeeganPackel = extra.DeeganPackel?[i], HollerPackel = extra.HollerPackel?[i] };
            }
            members[i] = p;
            if (veto && !emptyWins)
            {
                var single = game.NewBits();
                single[i >> 6] |= 1UL << (i & 63);
                if (game.IsWinning(single)) dictator = game.Voters[i];
            }
        }

        var clauses = options.ClauseEffects && bdd is not null && raw is not null
            ? ClauseEffects(game, bdd, raw.Winning, notComputed, cancel)
            : [];
        if (options.ClauseEffects && root is CompositeNode && (bdd is null || raw is null)) notComputed.Add("the clause analysis not computed: too large (no decision diagram)");

        return new GameAnalysis(game)
        {
            Status = raw is null ? AnalysisStatus.TooLarge : AnalysisStatus.Computed,
            NotComputed = notComputed,
            WinningCoalitions = raw?.Winning ?? BigInteger.Zero,
            PowerToAct = raw is null ? Rational.Zero : new Rational(raw.Winning, BigInteger.One << n),
            IsProper = proper,
            IsStrong = strong,
            ImproperWitness = witness,
            NotStrongWitness = deadlock,
            TotalSwings = totalSwings,
            Members = members,
            Dictator = dictator,
            Clauses = clauses,
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
        _ => [],
    };

    private static RawPower ThresholdPower(ThresholdNode t, int n, bool wantSs, AnalysisOptions options, List<string> notComputed, CancellationToken cancel)
    {
        int m = t.Voters.Length;
        long q = t.LongQuota;
        int bytes = CountBytes(m);
        if ((double)q * bytes > options.MaxTableBytes) throw new TooLargeException($"quota {q} needs a table above {options.MaxTableBytes} bytes");
        var w = t.LongWeights!;
        var (winning, swings) = Dispatch(m, new BanzhafRun(w, q, cancel));
        var scale = BigInteger.One << (n - m);
        var all = new BigInteger[n];
        for (int k = 0; k < m; k++) all[t.Voters[k]] = swings[k] * scale;
        BigInteger[]? ss = null;
        var denominator = BigInteger.One;
        if (wantSs)
        {
            double cells = 0;
            long minSum = 0;
            var sorted = w.OrderBy(x => x).ToArray();
            for (int k = 1; k <= m && minSum + sorted[k - 1] < q; k++)
            {
                minSum += sorted[k - 1];
                cells += q - minSum;
            }

            if (cells * bytes > options.MaxTableBytes)
            {
                notComputed.Add($"Shapley–Shubik not computed: too large (table of {cells:0} cells above {options.MaxTableBytes} bytes)");
            }
            else
            {
                // Voters outside the weighted leaf are null players: they change nobody's Shapley value, so it is computed over the m others.
                var partial = Dispatch(m, new ShapleyRun(w, q, cancel));
                ss = new BigInteger[n];
                for (int k = 0; k < m; k++) ss[t.Voters[k]] = partial[k];
                denominator = RawPower.Factorials(m)[m];
            }
        }

        return new RawPower { Winning = winning * scale, Swings = all, ShapleyNumerators = ss, ShapleyDenominator = denominator };
    }

    private static RawPower DiagramPower(Bdd bdd, int root, int n, bool wantSs, AnalysisOptions options, List<string> notComputed, CancellationToken cancel)
    {
        bool ss = wantSs;
        if (ss)
        {
            double size = bdd.ReachableCount(root);
            double work = size * n * n / 4;
            double memory = size * (n + 1) * 2 * CountBytes(n);
            if (work > 4e9 || memory > options.MaxTableBytes)
            {
                notComputed.Add("Shapley–Shubik not computed: too large (decision diagram too big for per-size counting)");
                ss = false;
            }
        }

        return Dispatch(n, new DiagramRun(bdd, root, ss, cancel));
    }

    internal static int CountBytes(int n) => n + 1 <= 64 ? 8 : n + 1 <= 128 ? 16 : n + 1 <= 256 ? 32 : 64;

    internal interface IRun<out TResult>
    {
        TResult Run<T>()
            where T : struct, ICount<T>;
    }

    internal static TResult Dispatch<TResult>(int n, IRun<TResult> run) =>
        n + 1 <= 64 ? run.Run<Count64>() : n + 1 <= 128 ? run.Run<Count128>() : n + 1 <= 256 ? run.Run<Count256>() : run.Run<BigCount>();

    private sealed class BanzhafRun(long[] w, long q, CancellationToken cancel) : IRun<(BigInteger, BigInteger[])>
    {
        public (BigInteger, BigInteger[]) Run<T>()
            where T : struct, ICount<T> => WeightedDp<T>.Banzhaf(w, q, cancel);
    }

    private sealed class ShapleyRun(long[] w, long q, CancellationToken cancel) : IRun<BigInteger[]>
    {
        public BigInteger[] Run<T>()
            where T : struct, ICount<T> => WeightedDp<T>.Shapley(w, q, cancel);
    }

    private sealed class DiagramRun(Bdd bdd, int root, bool ss, CancellationToken cancel) : IRun<RawPower>
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

    private static List<ClauseEffect> ClauseEffects(VotingGame game, Bdd bdd, BigInteger winning, List<string> notComputed, CancellationToken cancel)
    {
        var effects = new List<ClauseEffect>();
        try
        {
            foreach (var (composite, rule) in Composites(game.Root, game.Rule))
            {
                for (int i = 0; i < composite.Clauses.Length; i++)
                {
                    var without = Replace(game.Root, composite, composite.Without(i));
                    int r = bdd.Build(without);
                    var count = Dispatch(game.Count, new WinningRun(bdd, r, cancel));
                    var clauseRule = rule switch
                    {
                        AllRule a => a.Clauses[i],
                        AnyRule a => a.Clauses[i],
                        _ => rule,
                    };
                    effects.Add(new ClauseEffect(composite.Clauses[i].Pointer, clauseRule, BigInteger.Abs(count - winning)));
                }
            }
        }
        catch (TooLargeException e)
        {
            notComputed.Add("the clause analysis not computed: too large (" + e.Message + ")");
        }

        return effects;
    }

    private sealed class WinningRun(Bdd bdd, int root, CancellationToken cancel) : IRun<BigInteger>
    {
        public BigInteger Run<T>()
            where T : struct, ICount<T> => BddCounting<T>.Count(bdd, root, false, cancel).Winning;
    }

    private static IEnumerable<(CompositeNode Node, DecisionRule Rule)> Composites(GameNode node, DecisionRule rule)
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

    private static GameNode Replace(GameNode node, CompositeNode target, CompositeNode replacement)
    {
        if (ReferenceEquals(node, target)) return replacement;
        if (node is CompositeNode c) return new CompositeNode(c.Pointer, c.IsAll, c.Clauses.Select(x => Replace(x, target, replacement)).ToArray());
        return node;
    }

    private static (Rational[]? Johnston, Rational[]? DeeganPackel, Rational[]? HollerPackel) ExtraIndices(
        VotingGame game, Bdd? bdd, int bddRoot, string? bddFailure, AnalysisOptions options, bool forceDiagram, Owned owned, List<string> notComputed, CancellationToken cancel)
    {
        int n = game.Count;
        Rational[]? johnston = null, dp = null, hp = null;
        bool wantJohnston = options.Indices.HasFlag(PowerIndices.Johnston);
        bool wantMinimal = options.Indices.HasFlag(PowerIndices.DeeganPackel) || options.Indices.HasFlag(PowerIndices.HollerPackel);
        if (wantJohnston || wantMinimal)
        {
            // Bounded like enumerating 2^MaxEnumeratedVoters coalitions, but counted over classes of interchangeable voters. When the
            // class lattice is tiny (the UN Security Council has 66 vectors) it also gives Deegan–Packel and Holler–Packel for free.
            var classes = VoterClasses.Of(game);
            double vectors = JohnstonCounting.Vectors(classes);
            double maxVectors = Math.Min(Math.Pow(2, options.MaxEnumeratedVoters), Math.Min(options.MaxTableBytes, 1 << 30));
            bool tiny = !forceDiagram && vectors * classes.Sizes.Length <= 1 << 16 && vectors <= maxVectors;
            if (wantJohnston || tiny)
            {
                try
                {
                    (var j, var d, var h) = JohnstonCounting.Compute(classes, maxVectors, wantMinimal && tiny, cancel);
                    if (wantJohnston) johnston = j;
                    (dp, hp) = (d, h);
                }
                catch (TooLargeException e)
                {
                    notComputed.Add("Johnston not computed: too large (" + e.Message + ")");
                }
            }
        }

        if (wantMinimal && hp is not null)
        {
            if (!options.Indices.HasFlag(PowerIndices.DeeganPackel)) dp = null;
            if (!options.Indices.HasFlag(PowerIndices.HollerPackel)) hp = null;
            return (johnston, dp, hp);
        }

        bool wantDp = options.Indices.HasFlag(PowerIndices.DeeganPackel);
        if (wantDp || options.Indices.HasFlag(PowerIndices.HollerPackel))
        {
            try
            {
                if (bdd is null)
                {
                    if (bddFailure is not null) throw new TooLargeException(bddFailure);
                    bdd = owned.Add(new Bdd(VariableOrder(game.Root, n), options.MaxDiagramNodes, cancel));
                    bdd.Precheck(game.Root);
                    bddRoot = bdd.Build(game.Root);
                }

                var family = owned.Add(new MinimalFamily(bdd, options.MaxDiagramNodes, cancel));
                int minimal = family.Minimal(bddRoot);
                string? sizesTooLarge;
                (dp, hp, sizesTooLarge) = Dispatch(n, new MinimalRun(family, minimal, bdd, wantDp, options.MaxTableBytes, cancel));
                if (sizesTooLarge is not null) notComputed.Add("Deegan–Packel not computed: too large (" + sizesTooLarge + ")");
                if (!options.Indices.HasFlag(PowerIndices.HollerPackel)) hp = null;
            }
            catch (TooLargeException e)
            {
                notComputed.Add("the Deegan–Packel and Holler–Packel analysis not computed: too large (" + e.Message + ")");
            }
        }

        return (johnston, dp, hp);
    }

    private sealed class MinimalRun(MinimalFamily family, int root, Bdd bdd, bool bySize, long maxTableBytes, CancellationToken cancel)
        : IRun<(Rational[]?, Rational[], string?)>
    {
        public (Rational[]?, Rational[], string?) Run<T>()
            where T : struct, ICount<T> => MinimalCounting<T>.Count(family, root, bdd, bySize, maxTableBytes, cancel);
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
