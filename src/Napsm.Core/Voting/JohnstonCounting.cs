using System.Numerics;

namespace Napsm.Core.Voting;

/// <summary>
/// Johnston's index (and, for small games, Deegan–Packel and Holler–Packel) by counting over classes of interchangeable voters,
/// without listing coalitions. Voters with the same weight in every threshold leaf are interchangeable, so whether a coalition wins,
/// and which of its members are critical, depends only on how many members it has from each class: the vector (k_1, …, k_t) with
/// 0 ≤ k_j ≤ m_j stands for Π C(m_j, k_j) coalitions. A class j with k_j &gt; 0 is critical in a winning vector when the vector minus
/// one member of j loses; then all k_j of its members are. A winning vector is minimal when every class present in it is critical.
/// The work is Π (m_j + 1) vectors times t classes: 66 vectors for the UN Security Council, 2^n only when no two voters are alike.
/// </summary>
internal static class JohnstonCounting
{
    /// <summary>The number of class-count vectors of the game.</summary>
    public static double Vectors(VoterClasses classes)
    {
        double vectors = 1;
        foreach (var m in classes.Sizes) vectors *= m + 1;
        return vectors;
    }

    public static Rational[] Compute(VotingGame game, double maxVectors, CancellationToken cancel) =>
        Compute(VoterClasses.Of(game), maxVectors, false, cancel).Johnston;

    /// <summary>Johnston, and Deegan–Packel and Holler–Packel when <paramref name="minimal"/> (else null).</summary>
    public static (Rational[] Johnston, Rational[]? DeeganPackel, Rational[]? HollerPackel) Compute(
        VoterClasses classes, double maxVectors, bool minimal, CancellationToken cancel)
    {
        double vectors = Vectors(classes);
        if (vectors > maxVectors)
        {
            throw new TooLargeException(NotComputedReason.TooLarge, new AnalysisSize(SizeUnit.Vectors, vectors, maxVectors));
        }

        var win = classes.WinTable((int)vectors, cancel);
        return GameAnalyzer.Dispatch(classes.ClassOf.Length, new CountRun(classes, win, minimal, cancel));
    }

    private sealed class CountRun(VoterClasses classes, bool[] win, bool minimal, CancellationToken cancel)
        : GameAnalyzer.IRun<(Rational[], Rational[]?, Rational[]?)>
    {
        public (Rational[], Rational[]?, Rational[]?) Run<T>()
            where T : struct, ICount<T> => Count<T>(classes, win, minimal, cancel);
    }

    private static (Rational[], Rational[]?, Rational[]?) Count<T>(VoterClasses classes, bool[] win, bool minimal, CancellationToken cancel)
        where T : struct, ICount<T>
    {
        int t = classes.Sizes.Length;
        int n = classes.ClassOf.Length;
        var sizes = classes.Sizes;
        var stride = classes.Strides;
        var binom = Binomials<T>(sizes.Length == 0 ? 0 : sizes.Max());

        // byCritical[j * (n + 1) + c]: winning coalitions in which one given member of class j is critical and c members are.
        var byCritical = new T[t * (n + 1)];

        // bySize[j * (n + 1) + s]: minimal winning coalitions of size s containing one given member of class j; all: how many there are.
        var bySize = minimal ? new T[t * (n + 1)] : null;
        var all = T.Zero;
        var k = new int[t];
        var prefix = new T[t + 1];
        var suffix = new T[t + 1];
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

            if (!win[idx]) continue;
            if ((idx & 0xFFFF) == 0) cancel.ThrowIfCancellationRequested();
            int critical = 0;
            for (int j = 0; j < t; j++)
            {
                if (k[j] > 0 && !win[idx - stride[j]]) critical += k[j];
            }

            int size = 0;
            for (int j = 0; j < t; j++) size += k[j];
            if (critical == 0 && size > 0) continue;
            prefix[0] = T.One;
            for (int j = 0; j < t; j++) prefix[j + 1] = T.Mul(prefix[j], binom[sizes[j]][k[j]]);
            suffix[t] = T.One;
            for (int j = t - 1; j >= 0; j--) suffix[j] = T.Mul(suffix[j + 1], binom[sizes[j]][k[j]]);
            bool isMinimal = critical == size;
            if (isMinimal && bySize is not null) all = T.Add(all, prefix[t]);
            for (int j = 0; j < t; j++)
            {
                if (k[j] == 0 || win[idx - stride[j]]) continue;
                var containing = T.Mul(T.Mul(prefix[j], suffix[j + 1]), binom[sizes[j] - 1][k[j] - 1]);
                ref var cell = ref byCritical[j * (n + 1) + critical];
                cell = T.Add(cell, containing);
                if (isMinimal && bySize is not null)
                {
                    ref var m = ref bySize[j * (n + 1) + size];
                    m = T.Add(m, containing);
                }
            }
        }

        // Σ_c count/c over the common denominator L = lcm of the c that occur: one exact fraction per voter at the end.
        var l = Lcm(byCritical, t, n);

        var raw = new BigInteger[t];
        var total = BigInteger.Zero;
        for (int j = 0; j < t; j++)
        {
            for (int c = 1; c <= n; c++)
            {
                var x = byCritical[j * (n + 1) + c];
                if (!x.IsZero) raw[j] += T.ToBig(x) * (l / c);
            }

            total += raw[j] * sizes[j];
        }

        var perClass = new Rational[t];
        for (int j = 0; j < t; j++) perClass[j] = total.IsZero ? Rational.Zero : new Rational(raw[j], total);
        var johnston = PerVoter(classes, perClass);
        if (bySize is null) return (johnston, null, null);

        var count = T.ToBig(all);
        var dpClass = new Rational[t];
        var hpClass = new Rational[t];
        var memberships = new BigInteger[t];
        var membershipTotal = BigInteger.Zero;
        var lcm = Lcm(bySize, t, n);
        for (int j = 0; j < t; j++)
        {
            var numerator = BigInteger.Zero;
            for (int s = 1; s <= n; s++)
            {
                var x = bySize[j * (n + 1) + s];
                if (x.IsZero) continue;
                var big = T.ToBig(x);
                numerator += big * (lcm / s);
                memberships[j] += big;
            }

            membershipTotal += memberships[j] * sizes[j];
            dpClass[j] = count.IsZero ? Rational.Zero : new Rational(numerator, lcm * count);
        }

        for (int j = 0; j < t; j++) hpClass[j] = membershipTotal.IsZero ? Rational.Zero : new Rational(memberships[j], membershipTotal);
        return (johnston, PerVoter(classes, dpClass), PerVoter(classes, hpClass));
    }

    private static Rational[] PerVoter(VoterClasses classes, Rational[] perClass)
    {
        var result = new Rational[classes.ClassOf.Length];
        for (int i = 0; i < result.Length; i++) result[i] = perClass[classes.ClassOf[i]];
        return result;
    }

    // The lcm of the c ≥ 1 with a non-zero cell in some row of the table of t rows of n + 1.
    private static BigInteger Lcm<T>(T[] table, int t, int n)
        where T : struct, ICount<T>
    {
        var l = BigInteger.One;
        for (int c = 2; c <= n; c++)
        {
            for (int j = 0; j < t; j++)
            {
                if (table[j * (n + 1) + c].IsZero) continue;
                l = l / BigInteger.GreatestCommonDivisor(l, c) * c;
                break;
            }
        }

        return l;
    }

    internal static T[][] Binomials<T>(int max)
        where T : struct, ICount<T>
    {
        var b = new T[max + 1][];
        for (int g = 0; g <= max; g++)
        {
            b[g] = new T[g + 1];
            b[g][0] = T.One;
            b[g][g] = T.One;
            for (int i = 1; i < g; i++) b[g][i] = T.Add(b[g - 1][i - 1], b[g - 1][i]);
        }

        return b;
    }
}

/// <summary>
/// The voters grouped into classes of interchangeable voters (equal weight in every threshold leaf, so swapping two of them maps the
/// rule to itself), and the game evaluated on class-count vectors in mixed radix: vector (k_j) has index Σ k_j·stride_j.
/// </summary>
internal sealed class VoterClasses
{
    private readonly GameNode _root;
    private readonly ThresholdNode[] _leaves;
    private readonly Dictionary<ThresholdNode, int> _leafIndex;

    private VoterClasses(GameNode root, ThresholdNode[] leaves, int[] classOf, int[] sizes)
    {
        _root = root;
        _leaves = leaves;
        _leafIndex = new Dictionary<ThresholdNode, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < leaves.Length; i++) _leafIndex[leaves[i]] = i;
        ClassOf = classOf;
        Sizes = sizes;
        Strides = new int[sizes.Length];
        long s = 1;
        for (int j = 0; j < sizes.Length; j++)
        {
            Strides[j] = (int)Math.Min(s, int.MaxValue);
            s *= sizes[j] + 1L;
            s = Math.Min(s, int.MaxValue);
        }
    }

    /// <summary>The class of each voter; classes are numbered in order of their first voter.</summary>
    public int[] ClassOf { get; }

    /// <summary>The number of voters in each class.</summary>
    public int[] Sizes { get; }

    public int[] Strides { get; }

    public static VoterClasses Of(VotingGame game)
    {
        int n = game.Count;
        var leaves = new List<ThresholdNode>();
        Collect(game.Root, leaves);
        var classOf = new int[n];
        int count = n == 0 ? 0 : 1;
        var weight = new BigInteger[n];
        foreach (var leaf in leaves)
        {
            Array.Clear(weight);
            for (int k = 0; k < leaf.Voters.Length; k++) weight[leaf.Voters[k]] = leaf.Weights[k];
            var refined = new Dictionary<(int, BigInteger), int>();
            for (int i = 0; i < n; i++)
            {
                var key = (classOf[i], weight[i]);
                if (!refined.TryGetValue(key, out var c))
                {
                    c = refined.Count;
                    refined.Add(key, c);
                }

                classOf[i] = c;
            }

            count = refined.Count;
        }

        var sizes = new int[count];
        foreach (var c in classOf) sizes[c]++;
        return new VoterClasses(game.Root, leaves.ToArray(), classOf, sizes);
    }

    private static void Collect(GameNode node, List<ThresholdNode> leaves)
    {
        if (node is ThresholdNode t) leaves.Add(t);
        else if (node is CompositeNode c) foreach (var x in c.Clauses) Collect(x, leaves);
    }

    /// <summary>Whether each class-count vector wins, with the leaves' sums kept up to date as the vector counts up.</summary>
    public bool[] WinTable(int vectors, CancellationToken cancel)
    {
        int t = Sizes.Length;
        int leaves = _leaves.Length;

        // Per leaf and class, the weight of one member of the class (all members weigh the same).
        var classWeight = new BigInteger[leaves][];
        bool small = true;
        for (int f = 0; f < leaves; f++)
        {
            var leaf = _leaves[f];
            classWeight[f] = new BigInteger[t];
            for (int k = 0; k < leaf.Voters.Length; k++) classWeight[f][ClassOf[leaf.Voters[k]]] = leaf.Weights[k];
            small &= leaf.LongWeights is not null;
        }

        var win = new bool[vectors];
        var k2 = new int[t];
        if (small)
        {
            // Every sum of a leaf's weights is at most its total, which fits in a long.
            var w = new long[t * leaves];
            var sum = new long[leaves];
            for (int f = 0; f < leaves; f++)
            {
                for (int j = 0; j < t; j++) w[j * leaves + f] = (long)classWeight[f][j];
            }

            for (int idx = 0; idx < vectors; idx++)
            {
                if (idx > 0)
                {
                    for (int j = 0; ; j++)
                    {
                        var row = w.AsSpan(j * leaves, leaves);
                        if (++k2[j] <= Sizes[j])
                        {
                            for (int f = 0; f < leaves; f++) sum[f] += row[f];
                            break;
                        }

                        for (int f = 0; f < leaves; f++) sum[f] -= Sizes[j] * row[f];
                        k2[j] = 0;
                    }
                }

                if ((idx & 0xFFFF) == 0) cancel.ThrowIfCancellationRequested();
                win[idx] = Evaluate(_root, sum);
            }
        }
        else
        {
            var sum = new BigInteger[leaves];
            var s = new long[leaves];
            for (int idx = 0; idx < vectors; idx++)
            {
                if (idx > 0)
                {
                    for (int j = 0; ; j++)
                    {
                        if (++k2[j] <= Sizes[j])
                        {
                            for (int f = 0; f < leaves; f++) sum[f] += classWeight[f][j];
                            break;
                        }

                        for (int f = 0; f < leaves; f++) sum[f] -= Sizes[j] * classWeight[f][j];
                        k2[j] = 0;
                    }
                }

                if ((idx & 0xFF) == 0) cancel.ThrowIfCancellationRequested();

                // Compare exactly in BigInteger, then hand the evaluator a 0/1 sum against a quota of 1.
                for (int f = 0; f < leaves; f++) s[f] = sum[f] >= _leaves[f].Quota ? 1 : 0;
                win[idx] = EvaluatePassed(_root, s);
            }
        }

        return win;
    }

    private bool Evaluate(GameNode node, long[] sum)
    {
        if (node is ThresholdNode t) return sum[_leafIndex[t]] >= t.LongQuota;
        var c = (CompositeNode)node;
        foreach (var x in c.Clauses)
        {
            if (Evaluate(x, sum) != c.IsAll) return !c.IsAll;
        }

        return c.IsAll;
    }

    private bool EvaluatePassed(GameNode node, long[] passed)
    {
        if (node is ThresholdNode t) return passed[_leafIndex[t]] != 0;
        var c = (CompositeNode)node;
        foreach (var x in c.Clauses)
        {
            if (EvaluatePassed(x, passed) != c.IsAll) return !c.IsAll;
        }

        return c.IsAll;
    }
}
