namespace Napsm.Core.Voting.Approximation;

/// <summary>
/// A compiled rule for sampling: each weighted threshold's sum over a coalition is computed once, and whether the coalition wins with or
/// without one voter follows from the sums by adding or removing that voter's weight, so testing every voter for a swing costs the size
/// of the tree per voter, not the size of the rule. Null from <see cref="TryCreate"/> when a weight does not fit 64 bits or the table of
/// weights would be too large: sampling then evaluates the rule itself.
/// </summary>
internal sealed class FastRule
{
    private readonly int[] _kind; // 0 leaf, 1 all, 2 any
    private readonly int[] _leaf;
    private readonly int[][] _children;
    private readonly long[][] _weight; // [leaf][voter], dense
    private readonly long[] _quota;
    private readonly int[][] _leafVoters;
    private readonly long[][] _leafWeights;

    private FastRule(List<int> kind, List<int> leaf, List<int[]> children, List<ThresholdNode> leaves, int n)
    {
        _kind = [.. kind];
        _leaf = [.. leaf];
        _children = [.. children];
        _quota = leaves.Select(l => l.LongQuota).ToArray();
        _leafVoters = leaves.Select(l => l.Voters).ToArray();
        _leafWeights = leaves.Select(l => l.LongWeights!).ToArray();
        _weight = new long[leaves.Count][];
        for (int l = 0; l < leaves.Count; l++)
        {
            _weight[l] = new long[n];
            for (int k = 0; k < leaves[l].Voters.Length; k++) _weight[l][leaves[l].Voters[k]] = leaves[l].LongWeights![k];
        }

        Sums = new long[leaves.Count];
    }

    /// <summary>The leaves' sums over the current coalition (see <see cref="Load"/>).</summary>
    public long[] Sums { get; }

    public int Leaves => _quota.Length;

    public static FastRule? TryCreate(GameNode root, int n)
    {
        var kind = new List<int>();
        var leaf = new List<int>();
        var children = new List<int[]>();
        var leaves = new List<ThresholdNode>();
        bool ok = true;
        int Add(GameNode node)
        {
            int index = kind.Count;
            kind.Add(0);
            leaf.Add(-1);
            children.Add([]);
            switch (node)
            {
                case ThresholdNode t:
                    if (t.LongWeights is null) ok = false;
                    leaf[index] = leaves.Count;
                    leaves.Add(t);
                    break;
                case CompositeNode c:
                    kind[index] = c.IsAll ? 1 : 2;
                    children[index] = c.Clauses.Select(Add).ToArray();
                    break;
                default:
                    ok = false;
                    break;
            }

            return index;
        }

        Add(root);
        if (!ok || (double)leaves.Count * n > 20_000_000) return null;
        return new FastRule(kind, leaf, children, leaves, n);
    }

    /// <summary>Sets <see cref="Sums"/> to the leaves' sums over the coalition.</summary>
    public void Load(ReadOnlySpan<ulong> coalition)
    {
        for (int l = 0; l < _quota.Length; l++)
        {
            long sum = 0;
            var voters = _leafVoters[l];
            var weights = _leafWeights[l];
            for (int k = 0; k < voters.Length; k++)
            {
                int v = voters[k];
                if ((coalition[v >> 6] & (1UL << (v & 63))) != 0) sum += weights[k];
            }

            Sums[l] = sum;
        }
    }

    /// <summary>Whether the loaded coalition, with <paramref name="voter"/>'s weight added (<paramref name="delta"/> = 1), removed (−1) or neither (0), wins.</summary>
    public bool Wins(int voter, int delta) => Eval(0, voter, delta);

    private bool Eval(int node, int voter, int delta)
    {
        int k = _kind[node];
        if (k == 0)
        {
            int l = _leaf[node];
            return Sums[l] + delta * _weight[l][voter] >= _quota[l];
        }

        bool all = k == 1;
        foreach (var c in _children[node])
        {
            if (Eval(c, voter, delta) != all) return !all;
        }

        return all;
    }
}
