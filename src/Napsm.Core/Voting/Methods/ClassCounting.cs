using System.Numerics;

namespace Napsm.Core.Voting.Methods;

/// <summary>
/// Every index by counting over classes of interchangeable voters (<see cref="VoterClasses"/>: the same weight in every threshold
/// leaf, so the same membership in every named set). Whether a coalition wins, and which of its members are critical, depend only on
/// its class-count vector (k_1, …, k_t), 0 ≤ k_j ≤ m_j, which stands for Π C(m_j, k_j) coalitions; one pass over the vectors gives
/// the winning coalitions, the swings (per coalition size, for Shapley–Shubik), Johnston (per number of critical members),
/// Deegan–Packel and Holler–Packel (a winning vector is minimal when every class in it is critical) and the proper/strong test
/// (vector k and its complement m − k). The work is Π (m_j + 1) vectors times t classes: 176,144 vectors for the US federal system
/// (Shapley &amp; Shubik 1954), n + 1 for any symmetric game, 2^n only when no two voters are alike.
/// </summary>
internal static class ClassCounting
{
    /// <summary>The class-count vectors a class method must visit, and above which it refuses (its table is indexed by int).</summary>
    public const double MaxVectors = 1 << 30;

    public static WorkEstimate Estimate(VotingGame game, MethodRequest request) => Estimate(VoterClasses.Of(game), game.Count, request);

    public static WorkEstimate Estimate(VoterClasses classes, int n, MethodRequest request)
    {
        double vectors = JohnstonCounting.Vectors(classes);
        int t = classes.Sizes.Length;
        if (vectors > MaxVectors)
        {
            return WorkEstimate.Refused(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{vectors:G4} class-count vectors ({t} classes of interchangeable voters), above {MaxVectors:G4}"),
                new AnalysisSize(SizeUnit.Vectors, vectors, MaxVectors));
        }

        // Per vector: the leaves' sums and the rule (table), then per class a critical test and, for winning vectors, a few products.
        int tables = 1 + (request.ShapleyShubik ? 1 : 0) + (request.Johnston ? 1 : 0) + (request.Minimal ? 1 : 0);
        double words = CountWidth.Words(n);
        double operations = vectors * (classes.LeafCount + t + (t * tables * 3 * words));
        double bytes = vectors + ((double)t * (n + 1) * tables * CountWidth.Bytes(n)) + (2.0 * classes.Sizes.Sum(m => (double)m + 1) * words * 8);
        return new WorkEstimate(operations, bytes);
    }

    public static MethodOutcome Count(VotingGame game, MethodRequest request, CancellationToken cancel) =>
        Count(VoterClasses.Of(game), game.Count, request, cancel);

    public static MethodOutcome Count(VoterClasses classes, int n, MethodRequest request, CancellationToken cancel)
    {
        var estimate = Estimate(classes, n, request);
        if (!estimate.Applies) throw estimate.Exception();
        var win = classes.WinTable((int)JohnstonCounting.Vectors(classes), cancel);
        return GameAnalyzer.Dispatch(n, new CountRun(classes, win, request, cancel));
    }

    private sealed class CountRun(VoterClasses classes, bool[] win, MethodRequest request, CancellationToken cancel) : GameAnalyzer.IRun<MethodOutcome>
    {
        public MethodOutcome Run<T>()
            where T : struct, ICount<T> => Count<T>(classes, win, request, cancel);
    }

    private static MethodOutcome Count<T>(VoterClasses classes, bool[] win, MethodRequest request, CancellationToken cancel)
        where T : struct, ICount<T>
    {
        int t = classes.Sizes.Length;
        int n = classes.ClassOf.Length;
        int stride = n + 1;
        var sizes = classes.Sizes;
        var strides = classes.Strides;
        var (choose, chooseOthers) = BinomialRows<T>(sizes);

        var winning = T.Zero;
        var swings = new T[t];

        // Per class j and coalition size / number of critical members: coalitions in which one given member of j is critical.
        var bySize = request.ShapleyShubik ? new T[t * stride] : null;
        var byCritical = request.Johnston ? new T[t * stride] : null;

        // Minimal winning coalitions of each size containing one given member of class j, and how many there are in all.
        var minimalBySize = request.Minimal ? new T[t * stride] : null;
        var minimalCount = T.Zero;
        int bothWin = -1, bothLose = -1;
        int last = win.Length - 1;
        var k = new int[t];
        var prefix = new T[t + 1];
        var suffix = new T[t + 1];
        prefix[0] = T.One;
        suffix[t] = T.One;
        for (int idx = 0; idx < win.Length; idx++)
        {
            if (idx > 0)
            {
                for (int j = 0; ; j++)
                {
                    if (++k[j] <= sizes[j]) break;
                    k[j] = 0;
                }
            }

            if ((idx & 0xFFF) == 0) cancel.ThrowIfCancellationRequested();
            bool wins = win[idx];
            if (request.Structure)
            {
                if (wins && bothWin < 0 && win[last - idx]) bothWin = idx;
                else if (!wins && bothLose < 0 && !win[last - idx]) bothLose = idx;
            }

            if (!wins) continue;
            for (int j = 0; j < t; j++) prefix[j + 1] = T.Mul(prefix[j], choose[j][k[j]]);
            winning = T.Add(winning, prefix[t]);
            int critical = 0, size = 0;
            for (int j = 0; j < t; j++)
            {
                size += k[j];
                if (k[j] > 0 && !win[idx - strides[j]]) critical += k[j];
            }

            if (critical == 0) continue;
            for (int j = t - 1; j >= 0; j--) suffix[j] = T.Mul(suffix[j + 1], choose[j][k[j]]);
            bool minimal = critical == size;
            if (minimal) minimalCount = T.Add(minimalCount, prefix[t]);
            for (int j = 0; j < t; j++)
            {
                if (k[j] == 0 || win[idx - strides[j]]) continue;
                var containing = T.Mul(T.Mul(prefix[j], suffix[j + 1]), chooseOthers[j][k[j] - 1]);
                swings[j] = T.Add(swings[j], containing);
                if (bySize is not null) Add(ref bySize[(j * stride) + size], containing);
                if (byCritical is not null) Add(ref byCritical[(j * stride) + critical], containing);
                if (minimal && minimalBySize is not null) Add(ref minimalBySize[(j * stride) + size], containing);
            }
        }

        var swingsPerVoter = new BigInteger[n];
        var perClassSwings = swings.Select(T.ToBig).ToArray();
        for (int i = 0; i < n; i++) swingsPerVoter[i] = perClassSwings[classes.ClassOf[i]];
        BigInteger[]? shapley = null;
        var fact = request.ShapleyShubik ? RawPower.Factorials(n) : null;
        if (bySize is not null)
        {
            var perClass = new BigInteger[t];
            var row = new BigInteger[stride];
            for (int j = 0; j < t; j++)
            {
                for (int s = 0; s < stride; s++) row[s] = T.ToBig(bySize[(j * stride) + s]);
                perClass[j] = RawPower.ShapleyNumerator(row, n, fact!);
            }

            shapley = new BigInteger[n];
            for (int i = 0; i < n; i++) shapley[i] = perClass[classes.ClassOf[i]];
        }

        return new MethodOutcome
        {
            Power = new RawPower
            {
                Winning = T.ToBig(winning),
                Swings = swingsPerVoter,
                ShapleyNumerators = shapley,
                ShapleyDenominator = fact is null ? BigInteger.One : fact[n],
            },
            Johnston = byCritical is null ? null : Johnston(classes, byCritical),
            DeeganPackel = minimalBySize is null ? null : DeeganPackel(classes, minimalBySize, T.ToBig(minimalCount)),
            HollerPackel = minimalBySize is null ? null : HollerPackel(classes, minimalBySize),
            IsProper = request.Structure ? bothWin < 0 : null,
            IsStrong = request.Structure ? bothLose < 0 : null,
            BothWin = bothWin < 0 ? null : classes.Coalition(bothWin),
            BothLose = bothLose < 0 ? null : classes.Coalition(bothLose),
        };
    }

    private static void Add<T>(ref T cell, T x)
        where T : struct, ICount<T> => cell = T.Add(cell, x);

    /// <summary>Per class, C(m_j, k) for k ≤ m_j and C(m_j − 1, k) for k &lt; m_j, computed once per distinct class size.</summary>
    private static (T[][] Choose, T[][] ChooseOthers) BinomialRows<T>(int[] sizes)
        where T : struct, ICount<T>
    {
        var rows = new Dictionary<int, T[]>();
        T[] Row(int m)
        {
            if (rows.TryGetValue(m, out var known)) return known;

            // C(m, k + 1) = C(m, k)·(m − k)/(k + 1) exactly in BigInteger, then reduced: no O(m²) Pascal triangle for 5,000 alike voters.
            var row = new T[m + 1];
            var c = BigInteger.One;
            for (int i = 0; i <= m; i++)
            {
                row[i] = T.FromBig(c);
                c = c * (m - i) / (i + 1);
            }

            rows.Add(m, row);
            return row;
        }

        var choose = new T[sizes.Length][];
        var others = new T[sizes.Length][];
        for (int j = 0; j < sizes.Length; j++)
        {
            choose[j] = Row(sizes[j]);
            others[j] = Row(Math.Max(0, sizes[j] - 1));
        }

        return (choose, others);
    }

    // Σ_c count_c / c over the common denominator L = lcm of the c that occur: one exact fraction per class, then normalised.
    private static Rational[] Johnston<T>(VoterClasses classes, T[] byCritical)
        where T : struct, ICount<T>
    {
        int t = classes.Sizes.Length;
        int stride = classes.ClassOf.Length + 1;
        var l = Lcm(byCritical, t, stride);
        var raw = new BigInteger[t];
        var total = BigInteger.Zero;
        for (int j = 0; j < t; j++)
        {
            for (int c = 1; c < stride; c++)
            {
                var x = byCritical[(j * stride) + c];
                if (!x.IsZero) raw[j] += T.ToBig(x) * (l / c);
            }

            total += raw[j] * classes.Sizes[j];
        }

        return classes.PerVoter(raw.Select(r => total.IsZero ? Rational.Zero : new Rational(r, total)).ToArray());
    }

    private static Rational[] DeeganPackel<T>(VoterClasses classes, T[] minimalBySize, BigInteger count)
        where T : struct, ICount<T>
    {
        int t = classes.Sizes.Length;
        int stride = classes.ClassOf.Length + 1;
        var lcm = Lcm(minimalBySize, t, stride);
        var perClass = new Rational[t];
        for (int j = 0; j < t; j++)
        {
            var numerator = BigInteger.Zero;
            for (int s = 1; s < stride; s++)
            {
                var x = minimalBySize[(j * stride) + s];
                if (!x.IsZero) numerator += T.ToBig(x) * (lcm / s);
            }

            perClass[j] = count.IsZero ? Rational.Zero : new Rational(numerator, lcm * count);
        }

        return classes.PerVoter(perClass);
    }

    private static Rational[] HollerPackel<T>(VoterClasses classes, T[] minimalBySize)
        where T : struct, ICount<T>
    {
        int t = classes.Sizes.Length;
        int stride = classes.ClassOf.Length + 1;
        var memberships = new BigInteger[t];
        var total = BigInteger.Zero;
        for (int j = 0; j < t; j++)
        {
            var m = T.Zero;
            for (int s = 1; s < stride; s++) m = T.Add(m, minimalBySize[(j * stride) + s]);
            memberships[j] = T.ToBig(m);
            total += memberships[j] * classes.Sizes[j];
        }

        return classes.PerVoter(memberships.Select(m => total.IsZero ? Rational.Zero : new Rational(m, total)).ToArray());
    }

    // The lcm of the c ≥ 1 with a non-zero cell in some row of the table of t rows.
    private static BigInteger Lcm<T>(T[] table, int t, int stride)
        where T : struct, ICount<T>
    {
        var l = BigInteger.One;
        for (int c = 2; c < stride; c++)
        {
            for (int j = 0; j < t; j++)
            {
                if (table[(j * stride) + c].IsZero) continue;
                l = l / BigInteger.GreatestCommonDivisor(l, c) * c;
                break;
            }
        }

        return l;
    }
}
