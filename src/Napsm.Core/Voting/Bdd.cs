namespace Napsm.Core.Voting;

/// <summary>Thrown inside an algorithm when a limit is exceeded; the analysis turns it into a "not computed: too large" outcome.</summary>
/// <summary>
/// A method stopped because a part would exceed a limit; the analysis records the reason and size for the parts it was computing and may
/// try another method. Never escapes <see cref="VotingGame.Analyze"/>.
/// </summary>
internal sealed class TooLargeException(NotComputedReason reason, AnalysisSize? size) : Exception(reason.ToString())
{
    public NotComputedReason Reason { get; } = reason;

    public AnalysisSize? Size { get; } = size;

    public static TooLargeException Nodes(int limit) => new(NotComputedReason.TooLarge, new AnalysisSize(SizeUnit.Nodes, null, limit));

    public static TooLargeException Weights() => new(NotComputedReason.WeightsOutOfRange, null);
}

/// <summary>
/// Reduced ordered binary decision diagrams over the voters (Bryant 1986), built for voting games as in Bolus (2011): every threshold
/// leaf is built directly with interval memoisation (Behle 2008), then conjunctions and disjunctions are applied. Node 0 is FALSE and
/// node 1 TRUE; terminals sit at level <see cref="Levels"/>. Children always have smaller indices than their parents.
/// </summary>
internal sealed class Bdd : IDisposable
{
    public const int False = 0;
    public const int True = 1;

    private readonly IntList _level = new();
    private readonly IntList _lo = new();
    private readonly IntList _hi = new();
    private readonly LongIntMap[] _unique;
    private readonly int _maxNodes;
    private readonly CancellationToken _cancel;
    private Dictionary<ThresholdNode, int>? _leaves;
    private LongIntMap? _applyMemo;

    public Bdd(int[] order, int maxNodes, CancellationToken cancel)
    {
        Order = order;
        Levels = order.Length;
        LevelOf = new int[order.Length];
        for (int l = 0; l < order.Length; l++) LevelOf[order[l]] = l;
        _maxNodes = maxNodes;
        _cancel = cancel;
        _unique = new LongIntMap[order.Length + 1];
        for (int t = 0; t < 2; t++)
        {
            _level.Add(Levels);
            _lo.Add(t);
            _hi.Add(t);
        }
    }

    /// <summary>Voter index at each level.</summary>
    public int[] Order { get; }

    /// <summary>Level of each voter index.</summary>
    public int[] LevelOf { get; }

    public int Levels { get; }

    public int NodeCount => _level.Count;

    /// <summary>Gives the pooled storage back; the diagram must not be used afterwards.</summary>
    public void Dispose()
    {
        _level.Dispose();
        _lo.Dispose();
        _hi.Dispose();
        foreach (var t in _unique) t?.Dispose();
        _applyMemo?.Dispose();
    }

    public int Level(int node) => _level[node];

    public int Lo(int node) => _lo[node];

    public int Hi(int node) => _hi[node];

    public int Make(int level, int lo, int hi)
    {
        if (lo == hi) return lo;
        long key = ((long)lo << 32) | (uint)hi;
        var table = _unique[level] ??= new LongIntMap(4);
        if (table.TryGetValue(key, out var existing)) return existing;
        int id = _level.Count;
        if (id >= _maxNodes) throw TooLargeException.Nodes(_maxNodes);
        if ((id & 0xFFF) == 0) _cancel.ThrowIfCancellationRequested();
        _level.Add(level);
        _lo.Add(lo);
        _hi.Add(hi);
        table.Add(key, id);
        return id;
    }

    public int Build(GameNode node) => node switch
    {
        ThresholdNode t => BuiltLeaf(t),
        CompositeNode c => c.Clauses.Length == 0
            ? (c.IsAll ? True : False)
            : c.Clauses.Skip(1).Aggregate(Build(c.Clauses[0]), (acc, clause) => Apply(c.IsAll, acc, Build(clause))),
        ComposedNode c => BuildComposed(c),
        _ => throw new NotSupportedException(),
    };

    /// <summary>
    /// A threshold over members and sub-games (a compound body): F(k, r) = "items k.. reach weight r" is F(k+1, r) ∨ (g_k ∧ F(k+1, r − w_k)),
    /// which is the if-then-else on g_k because the game is monotone (F(k+1, r − w_k) ⊇ F(k+1, r)); memoised by (k, r), at most as many
    /// entries as the node limit.
    /// </summary>
    private int BuildComposed(ComposedNode c)
    {
        var items = new List<(int Node, System.Numerics.BigInteger Weight)>();
        for (int k = 0; k < c.Direct.Voters.Length; k++) items.Add((Make(LevelOf[c.Direct.Voters[k]], False, True), c.Direct.Weights[k]));
        for (int k = 0; k < c.Clauses.Length; k++) items.Add((Build(c.Clauses[k]), c.ClauseWeights[k]));
        var rest = new System.Numerics.BigInteger[items.Count + 1];
        for (int k = items.Count - 1; k >= 0; k--) rest[k] = rest[k + 1] + items[k].Weight;
        var memo = new Dictionary<(int, System.Numerics.BigInteger), int>();

        int Reach(int k, System.Numerics.BigInteger r)
        {
            if (r.Sign <= 0) return True;
            if (r > rest[k]) return False;
            if (memo.TryGetValue((k, r), out var known)) return known;
            if (memo.Count >= _maxNodes) throw TooLargeException.Nodes(_maxNodes);
            if ((memo.Count & 0xFF) == 0) _cancel.ThrowIfCancellationRequested();
            int without = Reach(k + 1, r);
            int with = Reach(k + 1, r - items[k].Weight);
            int node = Apply(false, without, Apply(true, items[k].Node, with));
            memo.Add((k, r), node);
            return node;
        }

        return Reach(0, c.Quota);
    }

    /// <summary>
    /// Fails fast, before building anything, when one threshold leaf of <paramref name="root"/> alone needs more nodes than the limit:
    /// all leaves share this diagram's node store, so building would only run into the limit later, after seconds and gigabytes.
    /// </summary>
    public void Precheck(GameNode root)
    {
        if (root is CompositeNode c)
        {
            foreach (var clause in c.Clauses) Precheck(clause);
        }
        else if (root is ComposedNode composed)
        {
            foreach (var clause in composed.Clauses) Precheck(clause);
        }
        else if (root is ThresholdNode t && LowerBound(t, _maxNodes) > _maxNodes - 2)
        {
            throw TooLargeException.Nodes(_maxNodes);
        }
    }

    /// <summary>
    /// A lower bound on the nodes of a threshold leaf's diagram in this order, or 0 when too costly to bound. At level l the reachable
    /// remainders are q − s for the subset sums s of the weights above l. Where the subset sums of the weights from l on cover every
    /// integer up to their total (checked by the sufficient condition w_l ≤ 1 + the total below), distinct remainders in
    /// (0, total from l] are distinct functions that all depend on voter l, so each is its own node. Counting them takes a bit set of
    /// subset sums below q, level by level: O(levels · q / 64), never more than a few times 10^7 word operations.
    /// </summary>
    internal long LowerBound(ThresholdNode t, long stopAbove)
    {
        if (t.IsAlwaysTrue || t.IsAlwaysFalse || t.LongWeights is null) return 0;
        long q = t.LongQuota;
        long words = (q + 63) / 64;
        if ((double)words * Levels > 3e7) return 0;
        var weight = new long[Levels];
        for (int k = 0; k < t.Voters.Length; k++) weight[LevelOf[t.Voters[k]]] = t.LongWeights[k];
        var rest = new long[Levels + 1];
        for (int l = Levels - 1; l >= 0; l--) rest[l] = rest[l + 1] + weight[l];
        var dense = new bool[Levels + 1];
        dense[Levels] = true;
        for (int l = Levels - 1; l >= 0; l--) dense[l] = dense[l + 1] && weight[l] <= rest[l + 1] + 1;

        var sums = new ulong[words];
        sums[0] = 1;
        long nodes = 0;
        for (int l = 0; l < Levels && nodes <= stopAbove; l++)
        {
            long w = weight[l];
            if (w == 0) continue;
            if (dense[l]) nodes += CountBits(sums, Math.Max(0, q - rest[l]), q - 1);
            ShiftOr(sums, w, q);
        }

        return nodes;
    }

    // Bits lo..hi (inclusive) set in the bit set.
    private static long CountBits(ulong[] bits, long lo, long hi)
    {
        if (lo > hi) return 0;
        long count = 0;
        long first = lo >> 6, last = hi >> 6;
        for (long i = first; i <= last; i++)
        {
            ulong word = bits[i];
            if (i == first) word &= ulong.MaxValue << (int)(lo & 63);
            if (i == last && (hi & 63) != 63) word &= (1UL << (int)((hi & 63) + 1)) - 1;
            count += System.Numerics.BitOperations.PopCount(word);
        }

        return count;
    }

    // bits |= bits << shift, keeping only bits below limit.
    private static void ShiftOr(ulong[] bits, long shift, long limit)
    {
        long wordShift = shift >> 6;
        int bitShift = (int)(shift & 63);
        for (long i = bits.Length - 1; i >= wordShift; i--)
        {
            long j = i - wordShift;
            ulong moved = bits[j] << bitShift;
            if (bitShift != 0 && j > 0) moved |= bits[j - 1] >> (64 - bitShift);
            bits[i] |= moved;
        }

        if ((limit & 63) != 0) bits[^1] &= (1UL << (int)(limit & 63)) - 1;
    }

    // Leaves are built once: the clause analysis rebuilds the rule without each clause from the same leaves.
    private int BuiltLeaf(ThresholdNode t)
    {
        _leaves ??= new Dictionary<ThresholdNode, int>(ReferenceEqualityComparer.Instance);
        if (!_leaves.TryGetValue(t, out var root))
        {
            root = BuildThreshold(t);
            _leaves.Add(t, root);
        }

        return root;
    }

    private int BuildThreshold(ThresholdNode t)
    {
        if (t.IsAlwaysTrue) return True;
        if (t.IsAlwaysFalse) return False;
        if (t.LongWeights is null) throw TooLargeException.Weights();
        var weight = new long[Levels];
        for (int k = 0; k < t.Voters.Length; k++) weight[LevelOf[t.Voters[k]]] = t.LongWeights[k];
        var rest = new long[Levels + 1];
        for (int l = Levels - 1; l >= 0; l--) rest[l] = rest[l + 1] + weight[l];
        var memo = new List<(long Lo, long Hi, int Node)>[Levels + 1];
        return BuildThreshold(0, t.LongQuota, weight, rest, memo).Node;
    }

    // Builds the diagram of "weight from levels ≥ level is at least r"; returns the node and the interval of r values with the same node.
    private (int Node, long Lo, long Hi) BuildThreshold(int level, long r, long[] weight, long[] rest, List<(long Lo, long Hi, int Node)>[] memo)
    {
        const long NegInf = long.MinValue / 4, PosInf = long.MaxValue / 4;
        if (r <= 0) return (True, NegInf, 0);
        if (r > rest[level]) return (False, rest[level] + 1, PosInf);
        var list = memo[level] ??= [];
        int lo = 0, hi = list.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var e = list[mid];
            if (r < e.Lo) hi = mid - 1;
            else if (r > e.Hi) lo = mid + 1;
            else return (e.Node, e.Lo, e.Hi);
        }

        int node;
        long ilo, ihi;
        long w = weight[level];
        if (w == 0)
        {
            (node, ilo, ihi) = BuildThreshold(level + 1, r, weight, rest, memo);
        }
        else
        {
            var (h, hlo, hhi) = BuildThreshold(level + 1, r - w, weight, rest, memo);
            var (l, llo, lhi) = BuildThreshold(level + 1, r, weight, rest, memo);
            node = Make(level, l, h);
            ilo = Math.Max(hlo == NegInf ? NegInf : hlo + w, llo);
            ihi = Math.Min(hhi == PosInf ? PosInf : hhi + w, lhi);
        }

        list.Insert(lo, (ilo, ihi, node));
        return (node, ilo, ihi);
    }

    public int Apply(bool and, int a, int b)
    {
        // One memo table for every apply on this diagram, emptied each time, instead of a new one growing from scratch.
        var memo = _applyMemo ??= new LongIntMap(64);
        memo.Clear();
        return Apply(and, a, b, memo);
    }

    private int Apply(bool and, int a, int b, LongIntMap memo)
    {
        if (and)
        {
            if (a == False || b == False) return False;
            if (a == True) return b;
            if (b == True) return a;
        }
        else
        {
            if (a == True || b == True) return True;
            if (a == False) return b;
            if (b == False) return a;
        }

        if (a == b) return a;
        if (a > b) (a, b) = (b, a);
        long key = ((long)a << 32) | (uint)b;
        if (memo.TryGetValue(key, out var done)) return done;
        int la = _level[a], lb = _level[b];
        int level = Math.Min(la, lb);
        int a0 = la == level ? _lo[a] : a, a1 = la == level ? _hi[a] : a;
        int b0 = lb == level ? _lo[b] : b, b1 = lb == level ? _hi[b] : b;
        int result = Make(level, Apply(and, a0, b0, memo), Apply(and, a1, b1, memo));
        memo.Add(key, result);
        return result;
    }

    /// <summary>The dual-argument function x ↦ f(complement of x): swaps every node's children.</summary>
    public int Flip(int root)
    {
        var memo = new Dictionary<int, int>();
        return Flip(root, memo);
    }

    private int Flip(int v, Dictionary<int, int> memo)
    {
        if (v <= True) return v;
        if (memo.TryGetValue(v, out var done)) return done;
        int result = Make(_level[v], Flip(_hi[v], memo), Flip(_lo[v], memo));
        memo[v] = result;
        return result;
    }

    /// <summary>
    /// An assignment x with f(x) = f(¬x) = <paramref name="value"/>, where f is the function of <paramref name="root"/> (voter indices set
    /// to true), or null when none exists. With value true it finds two disjoint winning coalitions (x and its complement: the game is
    /// improper); with value false, a losing coalition whose complement loses too (the game is not strong). Walks pairs of nodes
    /// without building any, remembering the pairs that failed.
    /// </summary>
    public bool[]? FindSelfDualPair(int root, bool value)
    {
        int bad = value ? False : True;
        var failed = new HashSet<long>();
        var x = new bool[Levels];
        return Search(root, root) ? x : null;

        bool Search(int u, int v)
        {
            if (u == bad || v == bad) return false;
            if (u <= True && v <= True) return true;
            long key = ((long)u << 32) | (uint)v;
            if (failed.Contains(key)) return false;
            int lu = _level[u], lv = _level[v];
            int level = Math.Min(lu, lv);

            // x at this level = 1: u follows high, v (read at ¬x) follows low; and the reverse.
            int u1 = lu == level ? _hi[u] : u, u0 = lu == level ? _lo[u] : u;
            int v1 = lv == level ? _lo[v] : v, v0 = lv == level ? _hi[v] : v;
            if (Search(u1, v1))
            {
                x[Order[level]] = true;
                return true;
            }

            if (Search(u0, v0))
            {
                x[Order[level]] = false;
                return true;
            }

            failed.Add(key);
            return false;
        }
    }

    /// <summary>The number of nodes reachable from <paramref name="root"/> (terminals excluded).</summary>
    public int ReachableCount(int root)
    {
        var nodes = Reachable(root, out int count);
        Pooled.Return(nodes);
        return count;
    }

    /// <summary>
    /// The nodes reachable from <paramref name="root"/> (terminals excluded), parents before children, in the first
    /// <paramref name="count"/> elements of a pooled array (give it back with <see cref="Pooled.Return{T}"/>).
    /// </summary>
    public int[] Reachable(int root, out int count)
    {
        count = 0;
        if (root <= True) return Pooled.Rent<int>(0);
        int total = _level.Count;
        var seen = Pooled.Rent<bool>(total);
        var stack = Pooled.Rent<int>(total);
        int top = 0;
        stack[top++] = root;
        seen[root] = true;
        while (top > 0)
        {
            int v = stack[--top];
            count++;
            int lo = _lo[v], hi = _hi[v];
            if (lo > True && !seen[lo])
            {
                seen[lo] = true;
                stack[top++] = lo;
            }

            if (hi > True && !seen[hi])
            {
                seen[hi] = true;
                stack[top++] = hi;
            }
        }

        // Children have smaller indices than parents: descending index order puts parents first.
        int k = 0;
        for (int v = total - 1; v > True; v--)
        {
            if (seen[v]) stack[k++] = v;
        }

        Pooled.Return(seen);
        return stack;
    }

    /// <summary>One satisfying assignment (voter indices set to true), with unconstrained voters false; null for FALSE.</summary>
    public bool[]? AnySat(int root)
    {
        if (root == False) return null;
        var x = new bool[Levels];
        int v = root;
        while (v > True)
        {
            if (_lo[v] != False)
            {
                v = _lo[v];
            }
            else
            {
                x[Order[_level[v]]] = true;
                v = _hi[v];
            }
        }

        return x;
    }
}
