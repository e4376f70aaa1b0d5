using System.Numerics;

namespace Napsm.Core.Voting;

/// <summary>
/// The ternary analysis by counting over class-count vectors (#15; docs/analyses.md "Ternary games"). Voters with the same weight in every
/// leaf of the ternary rule are interchangeable, so whether a profile passes depends only on how many of each class vote yes, abstain and
/// vote no: a vector (y_c, a_c, n_c) with y_c + a_c + n_c = m_c stands for Π m_c!/(y_c! a_c! n_c!) profiles.
/// <list type="bullet">
/// <item>Winning profiles: the sum over passing vectors.</item>
/// <item>Banzhaf (Felsenthal &amp; Machover 1997): a voter of class c voting yes in a passing vector decides when the vector with it voting no
/// fails; that profile of the others is counted by the multinomial with one yes of class c taken out.</item>
/// <item>Shapley–Shubik (roll-calls): over partial vectors (y, a, n, u) with u voters still to vote, a prefix is <em>determined</em> when it
/// passes with every later voter voting no, or fails with every later voter voting yes (the rule is monotone in no &lt; abstain &lt; yes). A
/// voter of class c is the pivot when the prefix before it is undetermined and its vote determines it; each such prefix of k votes is
/// k!·(n−1−k)!·3^(n−1−k) of the n!·3^n roll-calls.</item>
/// </list>
/// The work is Π (m_c+1)(m_c+2)/2 full and Π C(m_c+3, 3) partial vectors: 1,386 and 16,016 for the UN Security Council, C(196, 3) for
/// 193 voters alike, and beyond any limit when few voters are alike (then the parts are "not computed: too large").
/// </summary>
internal static class TernaryCounting
{
    public static TernaryAnalysis Analyze(VotingGame game, AnalysisOptions options, CancellationToken cancel)
    {
        int n = game.Count;
        var wanted = new List<AnalysisPart> { AnalysisPart.WinningCoalitions, AnalysisPart.Swings };
        if (options.Indices.HasFlag(PowerIndices.ShapleyShubik)) wanted.Add(AnalysisPart.ShapleyShubik);
        var failures = new Dictionary<AnalysisPart, PartNotComputed>();
        var members = game.Voters.Select(id => new TernaryVoterPower(id)).ToArray();
        if (game.Problems.Count > 0 && !options.AnalyseDespiteProblems)
        {
            return new TernaryAnalysis(game)
            {
                Members = members,
                NotComputed = wanted.Select(p => new PartNotComputed(p, NotComputedReason.InvalidRule, null)).ToList(),
            };
        }

        var root = game.TernaryRoot;
        members = Blocking(game, root, members);
        var done = new List<PartMethod>();
        BigInteger? winning = null;
        BigInteger[]? swings = null;
        BigInteger[]? shapley = null;
        using var budget = AnalysisBudget.Start(options, cancel);
        try
        {
            var counter = Counter.Create(root, n, budget, options);
            (winning, swings) = counter.WinningAndSwings(budget.Token);
            done.Add(new PartMethod(AnalysisPart.WinningCoalitions, AnalysisMethod.Classes));
            done.Add(new PartMethod(AnalysisPart.Swings, AnalysisMethod.Classes));
            if (wanted.Contains(AnalysisPart.ShapleyShubik))
            {
                try
                {
                    shapley = counter.ShapleyNumerators(budget.Token);
                    done.Add(new PartMethod(AnalysisPart.ShapleyShubik, AnalysisMethod.Classes));
                }
                catch (TooLargeException e)
                {
                    failures[AnalysisPart.ShapleyShubik] = new PartNotComputed(AnalysisPart.ShapleyShubik, e.Reason, e.Size);
                }
            }
        }
        catch (TooLargeException e)
        {
            foreach (var p in wanted.Where(p => done.All(d => d.Part != p))) failures.TryAdd(p, new PartNotComputed(p, e.Reason, e.Size));
        }
        catch (OperationCanceledException) when (budget.Token.IsCancellationRequested)
        {
            var stopped = budget.Stopped();
            foreach (var p in wanted.Where(p => done.All(d => d.Part != p))) failures.TryAdd(p, new PartNotComputed(p, stopped.Reason, stopped.Size));
        }

        var profiles = BigInteger.Pow(3, n);
        if (swings is not null)
        {
            var total = swings.Aggregate(BigInteger.Zero, (a, b) => a + b);
            var others = BigInteger.Pow(3, Math.Max(0, n - 1));
            for (int i = 0; i < n; i++)
            {
                members[i] = members[i] with
                {
                    Swings = swings[i],
                    Penrose = new Rational(swings[i], others),
                    Banzhaf = total.IsZero ? Rational.Zero : new Rational(swings[i], total),
                    IsDummy = swings[i].IsZero,
                };
            }
        }

        if (shapley is not null)
        {
            var denominator = RawPower.Factorials(n)[n] * profiles;
            for (int i = 0; i < n; i++) members[i] = members[i] with { ShapleyShubik = new Rational(shapley[i], denominator) };
        }

        return new TernaryAnalysis(game)
        {
            WinningProfiles = winning,
            PowerToAct = winning is { } w ? new Rational(w, profiles) : null,
            Members = members,
            Methods = done,
            NotComputed = wanted.Where(failures.ContainsKey).Select(p => failures[p]).ToList(),
        };
    }

    /// <summary>Who blocks by voting no, by abstaining and by being absent, everyone else voting yes: 3n + 1 evaluations.</summary>
    private static TernaryVoterPower[] Blocking(VotingGame game, TernaryNode root, TernaryVoterPower[] members)
    {
        int n = game.Count;
        var votes = new Vote[n];
        var present = game.NewBits();
        for (int i = 0; i < n; i++) present[i >> 6] |= 1UL << (i & 63);
        bool passes = root.Evaluate(votes, present);
        var result = new TernaryVoterPower[n];
        for (int i = 0; i < n; i++)
        {
            bool Blocks(Vote vote)
            {
                votes[i] = vote;
                if (vote == Vote.Absent) present[i >> 6] &= ~(1UL << (i & 63));
                bool fails = !root.Evaluate(votes, present);
                votes[i] = Vote.Yes;
                present[i >> 6] |= 1UL << (i & 63);
                return passes && fails;
            }

            result[i] = members[i] with { BlocksByVotingNo = Blocks(Vote.No), BlocksByAbstaining = Blocks(Vote.Abstain), BlocksByAbsence = Blocks(Vote.Absent) };
        }

        return result;
    }

    /// <summary>The classes of the ternary rule and the counts over their vectors.</summary>
    private sealed class Counter
    {
        private readonly TernaryNode _root;
        private readonly int _n;
        private readonly int[] _classOf;
        private readonly int[] _sizes;
        private readonly AnalysisBudget _budget;
        private readonly double _maxVectors;
        private readonly BigInteger[] _fact;

        private Counter(TernaryNode root, int n, int[] classOf, int[] sizes, AnalysisBudget budget, AnalysisOptions options)
        {
            _root = root;
            _n = n;
            _classOf = classOf;
            _sizes = sizes;
            _budget = budget;
            _maxVectors = Math.Pow(2, Math.Min(options.MaxEnumeratedVoters, 62));
            _fact = RawPower.Factorials(n);
        }

        public static Counter Create(TernaryNode root, int n, AnalysisBudget budget, AnalysisOptions options)
        {
            var leaves = root.Leaves().ToArray();
            // Refine one partition leaf by leaf: voters stay together while they weigh the same in every leaf so far.
            var classOf = new int[n];
            int classes = n > 0 ? 1 : 0;
            foreach (var leaf in leaves)
            {
                var weight = new Dictionary<int, BigInteger>();
                for (int k = 0; k < leaf.Voters.Length; k++) weight[leaf.Voters[k]] = leaf.Weights[k];
                var renumber = new Dictionary<(int, BigInteger), int>();
                for (int i = 0; i < n; i++)
                {
                    var key = (classOf[i], weight.GetValueOrDefault(i, BigInteger.Zero));
                    if (!renumber.TryGetValue(key, out var c)) renumber.Add(key, c = renumber.Count);
                    classOf[i] = c;
                }

                classes = renumber.Count;
            }

            var sizes = new int[classes];
            var first = new int[classes];
            Array.Fill(first, -1);
            for (int i = 0; i < n; i++)
            {
                sizes[classOf[i]]++;
                if (first[classOf[i]] < 0) first[classOf[i]] = i;
            }

            // Sums and shares in 64 bits, products in 128: beyond that the weights are out of this method's range.
            var limit = BigInteger.One << 62;
            foreach (var leaf in leaves)
            {
                var total = leaf.Weights.Aggregate(BigInteger.Zero, (a, b) => a + b);
                if (total >= limit || BigInteger.Abs(leaf.ShareNumerator) >= limit || leaf.ShareDenominator >= limit) throw TooLargeException.Weights();
                var weight = new Dictionary<int, BigInteger>();
                for (int k = 0; k < leaf.Voters.Length; k++) weight[leaf.Voters[k]] = leaf.Weights[k];
                leaf.ClassWeights = first.Select(v => (long)weight.GetValueOrDefault(v, BigInteger.Zero)).ToArray();
                leaf.ClampedQuota = (long)BigInteger.Max(BigInteger.MinusOne, BigInteger.Min(leaf.Quota, total + 1));
            }

            return new Counter(root, n, classOf, sizes, budget, options);
        }

        private int T => _sizes.Length;

        private double Product(Func<int, double> perClass)
        {
            double p = 1;
            for (int c = 0; c < T; c++) p *= perClass(c);
            return p;
        }

        private void Check(double vectors, double bytesPerVector)
        {
            if (vectors > _maxVectors) throw new TooLargeException(NotComputedReason.TooLarge, new AnalysisSize(SizeUnit.Vectors, vectors, _maxVectors));
            _budget.CheckTable(vectors * bytesPerVector);
        }

        /// <summary>The winning profiles and each voter's swings, over the full vectors.</summary>
        public (BigInteger Winning, BigInteger[] Swings) WinningAndSwings(CancellationToken cancel)
        {
            int t = T;
            Check(Product(c => (_sizes[c] + 1.0) * (_sizes[c] + 2.0) / 2), 0);
            // Per class, its (yes, abstain, no) triples with their multinomials, and the multinomial with one yes taken out.
            var triples = new (int Y, int A, int N, BigInteger Mult, BigInteger LessOneYes)[t][];
            for (int c = 0; c < t; c++)
            {
                int m = _sizes[c];
                var list = new List<(int, int, int, BigInteger, BigInteger)>();
                // Multinomials by their recurrences (one small multiplication and division each), not from factorials: m!/(y! a! n!)
                // with n = m − y − a; the one with a yes taken out is that times y/m.
                var rowStart = BigInteger.One;
                for (int y = 0; y <= m; y++)
                {
                    if (y > 0) rowStart = rowStart * (m - y + 1) / y;
                    var mult = rowStart;
                    for (int a = 0; a <= m - y; a++)
                    {
                        if (a > 0) mult = mult * (m - y - a + 1) / a;
                        list.Add((y, a, m - y - a, mult, y > 0 ? mult * y / m : BigInteger.Zero));
                    }
                }

                triples[c] = [.. list];
            }

            var idx = new int[t];
            var yes = new int[t];
            var abstain = new int[t];
            var no = new int[t];
            void Load(int c)
            {
                var e = triples[c][idx[c]];
                (yes[c], abstain[c], no[c]) = (e.Y, e.A, e.N);
            }

            for (int c = 0; c < t; c++) Load(c);
            var winning = BigInteger.Zero;
            var perClass = new BigInteger[t];
            long steps = 0;
            while (true)
            {
                if ((++steps & 4095) == 0) cancel.ThrowIfCancellationRequested();
                if (_root.Evaluate(yes, abstain, no))
                {
                    var mult = BigInteger.One;
                    for (int c = 0; c < t; c++) mult *= triples[c][idx[c]].Mult;
                    winning += mult;
                    for (int c = 0; c < t; c++)
                    {
                        if (yes[c] == 0) continue;
                        yes[c]--;
                        no[c]++;
                        bool fails = !_root.Evaluate(yes, abstain, no);
                        yes[c]++;
                        no[c]--;
                        if (!fails) continue;
                        // The profiles of the others at which one voter of class c, voting yes, decides.
                        var others = triples[c][idx[c]].LessOneYes;
                        for (int l = 0; l < t; l++)
                        {
                            if (l != c) others *= triples[l][idx[l]].Mult;
                        }

                        perClass[c] += others;
                    }
                }

                int d = 0;
                while (d < t && ++idx[d] == triples[d].Length)
                {
                    idx[d] = 0;
                    Load(d);
                    d++;
                }

                if (d == t) break;
                Load(d);
            }

            return (winning, _classOf.Select(c => perClass[c]).ToArray());
        }

        /// <summary>Each voter's Shapley–Shubik numerator over n!·3^n, by roll-call prefixes over the partial vectors.</summary>
        public BigInteger[] ShapleyNumerators(CancellationToken cancel)
        {
            int t = T;
            double count = Product(c => (_sizes[c] + 1.0) * (_sizes[c] + 2.0) * (_sizes[c] + 3.0) / 6);
            Check(count, 1);
            // Per class, its (yes, abstain, no, unvoted) quadruples, the index each reaches when one unvoted voter votes yes, abstains or
            // votes no, and the multinomials (of the class, and with one unvoted voter — the one about to vote — taken out).
            var quads = new (int Y, int A, int N, int U, BigInteger Mult, BigInteger LessOneUnvoted)[t][];
            var next = new int[t][];
            for (int c = 0; c < t; c++)
            {
                int m = _sizes[c];
                var list = new List<(int, int, int, int, BigInteger, BigInteger)>();
                var local = new Dictionary<(int, int, int), int>();
                // m!/(y! a! n! u!) by recurrences along y, a and n; the one with an unvoted voter taken out is that times u/m.
                var yStart = BigInteger.One;
                for (int y = 0; y <= m; y++)
                {
                    if (y > 0) yStart = yStart * (m - y + 1) / y;
                    var aStart = yStart;
                    for (int a = 0; a <= m - y; a++)
                    {
                        if (a > 0) aStart = aStart * (m - y - a + 1) / a;
                        var mult = aStart;
                        for (int nv = 0; nv <= m - y - a; nv++)
                        {
                            if (nv > 0) mult = mult * (m - y - a - nv + 1) / nv;
                            int u = m - y - a - nv;
                            local[(y, a, nv)] = list.Count;
                            list.Add((y, a, nv, u, mult, u > 0 ? mult * u / m : BigInteger.Zero));
                        }
                    }
                }

                quads[c] = [.. list];
                next[c] = new int[list.Count * 3];
                for (int k = 0; k < list.Count; k++)
                {
                    var (y, a, nv, u, _, _) = list[k];
                    next[c][3 * k] = u > 0 ? local[(y + 1, a, nv)] : -1;
                    next[c][3 * k + 1] = u > 0 ? local[(y, a + 1, nv)] : -1;
                    next[c][3 * k + 2] = u > 0 ? local[(y, a, nv + 1)] : -1;
                }
            }

            var strides = new long[t];
            long size = 1;
            for (int c = 0; c < t; c++)
            {
                strides[c] = size;
                size *= quads[c].Length;
            }

            // Pass 1: which prefixes are determined (1: passes whatever the later votes, 2: fails whatever they are).
            var determined = new byte[size];
            var idx = new int[t];
            var yes = new int[t];
            var abstain = new int[t];
            var no = new int[t];
            var low = new int[t];
            var high = new int[t];
            for (long g = 0; g < size; g++)
            {
                if ((g & 4095) == 0) cancel.ThrowIfCancellationRequested();
                for (int c = 0; c < t; c++)
                {
                    var e = quads[c][idx[c]];
                    (yes[c], abstain[c], no[c]) = (e.Y, e.A, e.N);
                    low[c] = e.N + e.U;
                    high[c] = e.Y + e.U;
                }

                if (_root.Evaluate(yes, abstain, low)) determined[g] = 1;
                else if (!_root.Evaluate(high, abstain, no)) determined[g] = 2;
                Advance(idx, quads);
            }

            // Pass 2: an undetermined prefix of k votes, and a voter of class c whose vote determines it. Sums are kept per k (the
            // coefficient k!·(n−1−k)!·3^(n−1−k) is applied once at the end).
            var byVotes = new BigInteger[t, _n];
            Array.Clear(idx);
            for (long g = 0; g < size; g++)
            {
                if ((g & 4095) == 0) cancel.ThrowIfCancellationRequested();
                if (determined[g] == 0)
                {
                    int k = 0;
                    for (int c = 0; c < t; c++)
                    {
                        var e = quads[c][idx[c]];
                        k += e.Y + e.A + e.N;
                    }

                    for (int c = 0; c < t; c++)
                    {
                        var e = quads[c][idx[c]];
                        if (e.U == 0) continue;
                        int pivots = 0;
                        for (int v = 0; v < 3; v++)
                        {
                            long target = g + (next[c][3 * idx[c] + v] - idx[c]) * strides[c];
                            if (determined[target] != 0) pivots++;
                        }

                        if (pivots == 0) continue;
                        var ways = e.LessOneUnvoted * pivots;
                        for (int l = 0; l < t; l++)
                        {
                            if (l != c) ways *= quads[l][idx[l]].Mult;
                        }

                        byVotes[c, k] += ways;
                    }
                }

                Advance(idx, quads);
            }

            var perClass = new BigInteger[t];
            for (int k = 0; k < _n; k++)
            {
                var coefficient = _fact[k] * _fact[_n - 1 - k] * BigInteger.Pow(3, _n - 1 - k);
                for (int c = 0; c < t; c++)
                {
                    if (!byVotes[c, k].IsZero) perClass[c] += byVotes[c, k] * coefficient;
                }
            }

            return _classOf.Select(c => perClass[c]).ToArray();
        }

        private static void Advance<TItem>(int[] idx, TItem[][] lists)
        {
            for (int d = 0; d < idx.Length; d++)
            {
                if (++idx[d] < lists[d].Length) return;
                idx[d] = 0;
            }
        }
    }
}
