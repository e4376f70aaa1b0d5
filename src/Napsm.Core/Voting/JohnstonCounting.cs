using System.Numerics;

namespace Napsm.Core.Voting;

/// <summary>
/// Johnston's index (and, for small games, Deegan–Packel and Holler–Packel) by counting over classes of interchangeable voters,
/// without listing coalitions: the analysis's entry to <see cref="Methods.ClassCounting"/>, which counts every part the same way.
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

        var outcome = Methods.ClassCounting.Count(classes, classes.ClassOf.Length, new Methods.MethodRequest(false, true, minimal, false), cancel);
        return (outcome.Johnston!, outcome.DeeganPackel, outcome.HollerPackel);
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

    /// <summary>The number of threshold leaves of the rule.</summary>
    public int LeafCount => _leaves.Length;

    /// <summary>A per-class value for each voter.</summary>
    public T[] PerVoter<T>(T[] perClass)
    {
        var result = new T[ClassOf.Length];
        for (int i = 0; i < result.Length; i++) result[i] = perClass[ClassOf[i]];
        return result;
    }

    /// <summary>One coalition with the class-count vector of index <paramref name="index"/>: the first k_j voters of each class j.</summary>
    public bool[] Coalition(int index)
    {
        var k = new int[Sizes.Length];
        for (int j = Sizes.Length - 1; j >= 0; j--)
        {
            k[j] = index / Strides[j];
            index -= k[j] * Strides[j];
        }

        var inside = new bool[ClassOf.Length];
        for (int i = 0; i < inside.Length; i++)
        {
            if (k[ClassOf[i]] > 0)
            {
                k[ClassOf[i]]--;
                inside[i] = true;
            }
        }

        return inside;
    }

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
        else if (node is ComposedNode composed)
        {
            // The direct members are a leaf like any other: members alike in it and in every sub-game's leaves are interchangeable.
            leaves.Add(composed.Direct);
            foreach (var x in composed.Clauses) Collect(x, leaves);
        }
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
                win[idx] = EvaluatePassed(_root, s, sum);
            }
        }

        return win;
    }

    private bool Evaluate(GameNode node, long[] sum)
    {
        if (node is ThresholdNode t) return sum[_leafIndex[t]] >= t.LongQuota;
        if (node is ComposedNode composed)
        {
            return composed.Passes(sum[_leafIndex[composed.Direct]], composed.Clauses.Select(x => Evaluate(x, sum)).ToArray());
        }

        var c = (CompositeNode)node;
        foreach (var x in c.Clauses)
        {
            if (Evaluate(x, sum) != c.IsAll) return !c.IsAll;
        }

        return c.IsAll;
    }

    private bool EvaluatePassed(GameNode node, long[] passed, BigInteger[] sums)
    {
        if (node is ThresholdNode t) return passed[_leafIndex[t]] != 0;
        if (node is ComposedNode composed)
        {
            return composed.Passes(sums[_leafIndex[composed.Direct]], composed.Clauses.Select(x => EvaluatePassed(x, passed, sums)).ToArray());
        }

        var c = (CompositeNode)node;
        foreach (var x in c.Clauses)
        {
            if (EvaluatePassed(x, passed, sums) != c.IsAll) return !c.IsAll;
        }

        return c.IsAll;
    }
}
