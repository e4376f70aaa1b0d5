using System.Numerics;

namespace Napsm.Core.Voting;

/// <summary>
/// The minimal winning coalitions of a game as a zero-suppressed decision diagram (Minato 1993) derived from its ordered BDD, and
/// the Deegan–Packel and Holler–Packel indices counted on it without listing a coalition. For a monotone f with lo = f|x=0 and
/// hi = f|x=1 at the top variable x: min(f) = min(lo) ∪ { {x} ∪ T : T ∈ min(hi), lo(T) = 0 } (Coudert 1997). Node 0 is the empty
/// family, node 1 the family holding only the empty set; a skipped level means the voter is absent. Children have smaller indices.
/// </summary>
internal sealed class MinimalFamily : IDisposable
{
    public const int Empty = 0;
    public const int Base = 1;

    private readonly Bdd _bdd;
    private readonly IntList _level = new();
    private readonly IntList _lo = new();
    private readonly IntList _hi = new();
    private readonly LongIntMap[] _unique;
    private readonly LongIntMap _notIn = new(64);
    private readonly LongIntMap _min = new(64);
    private readonly int _maxNodes;
    private readonly CancellationToken _cancel;

    public MinimalFamily(Bdd bdd, int maxNodes, CancellationToken cancel)
    {
        _bdd = bdd;
        _maxNodes = maxNodes;
        _cancel = cancel;
        _unique = new LongIntMap[bdd.Levels + 1];
        for (int t = 0; t < 2; t++)
        {
            _level.Add(bdd.Levels);
            _lo.Add(t);
            _hi.Add(t);
        }
    }

    public int Levels => _bdd.Levels;

    public int NodeCount => _level.Count;

    /// <summary>Gives the pooled storage back; the family must not be used afterwards.</summary>
    public void Dispose()
    {
        _level.Dispose();
        _lo.Dispose();
        _hi.Dispose();
        foreach (var t in _unique) t?.Dispose();
        _notIn.Dispose();
        _min.Dispose();
    }

    public int Level(int node) => _level[node];

    public int Lo(int node) => _lo[node];

    public int Hi(int node) => _hi[node];

    private int Make(int level, int lo, int hi)
    {
        if (hi == Empty) return lo;
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

    /// <summary>The family of minimal true sets of the monotone function of BDD node <paramref name="u"/>.</summary>
    public int Minimal(int u)
    {
        if (u == Bdd.False) return Empty;
        if (u == Bdd.True) return Base;
        if (_min.TryGetValue(u, out var done)) return done;
        int lo = Minimal(_bdd.Lo(u));
        int hi = NotIn(Minimal(_bdd.Hi(u)), _bdd.Lo(u));
        int result = Make(_bdd.Level(u), lo, hi);
        _min.Add(u, result);
        return result;
    }

    // The sets of family z on which BDD function g is false (voters outside a set against).
    private int NotIn(int z, int g)
    {
        if (z == Empty || g == Bdd.True) return Empty;
        if (g == Bdd.False) return z;
        long key = ((long)z << 32) | (uint)g;
        if (_notIn.TryGetValue(key, out var done)) return done;
        int result;
        if (z == Base)
        {
            // g at the empty coalition: follow the low branches.
            int v = g;
            while (v > Bdd.True) v = _bdd.Lo(v);
            result = v == Bdd.False ? Base : Empty;
        }
        else
        {
            int lz = _level[z], lg = _bdd.Level(g);
            if (lz < lg) result = Make(lz, NotIn(_lo[z], g), NotIn(_hi[z], g));
            else if (lg < lz) result = NotIn(z, _bdd.Lo(g));
            else result = Make(lz, NotIn(_lo[z], _bdd.Lo(g)), NotIn(_hi[z], _bdd.Hi(g)));
        }

        _notIn.Add(key, result);
        return result;
    }

    /// <summary>The nodes reachable from <paramref name="root"/> (terminals excluded), parents before children.</summary>
    public int[] Reachable(int root)
    {
        if (root <= Base) return [];
        var seen = new bool[_level.Count];
        var stack = new Stack<int>();
        stack.Push(root);
        seen[root] = true;
        int count = 0;
        while (stack.Count > 0)
        {
            int v = stack.Pop();
            count++;
            foreach (int c in (ReadOnlySpan<int>)[_lo[v], _hi[v]])
            {
                if (c > Base && !seen[c])
                {
                    seen[c] = true;
                    stack.Push(c);
                }
            }
        }

        var nodes = new int[count];
        int k = 0;
        for (int v = _level.Count - 1; v > Base; v--)
        {
            if (seen[v]) nodes[k++] = v;
        }

        return nodes;
    }
}

/// <summary>Counts on the diagram of minimal winning coalitions: per voter, how many contain it, and how many of each size.</summary>
internal static class MinimalCounting<T>
    where T : struct, ICount<T>
{
    /// <summary>
    /// Deegan–Packel (null when <paramref name="bySize"/> is false) and Holler–Packel per voter index. A node's "up" count is the number
    /// of sets below it, its "down" count the number of partial sets above it that reach it; the sets containing the voter at a node's
    /// level through that node number down·up(high). Deegan–Packel needs the same per set size: polynomials, O(size·n²).
    /// </summary>
    public static (Rational[]? DeeganPackel, Rational[] HollerPackel, TooLargeException? TooLarge) Count(MinimalFamily zdd, int root, Bdd bdd, bool bySize, long maxTableBytes, CancellationToken cancel)
    {
        int n = zdd.Levels;
        var nodes = zdd.Reachable(root);
        int r = nodes.Length;

        // Compact numbering: reachable nodes 0..r−1 (parents first), Empty = r, Base = r + 1.
        var index = new int[zdd.NodeCount];
        index[MinimalFamily.Empty] = r;
        index[MinimalFamily.Base] = r + 1;
        for (int k = 0; k < r; k++) index[nodes[k]] = k;
        var level = new int[r];
        var lo = new int[r];
        var hi = new int[r];
        for (int k = 0; k < r; k++)
        {
            level[k] = zdd.Level(nodes[k]);
            lo[k] = index[zdd.Lo(nodes[k])];
            hi[k] = index[zdd.Hi(nodes[k])];
        }

        var up = new T[r + 2];
        up[r + 1] = root == MinimalFamily.Empty ? T.Zero : T.One;
        for (int k = r - 1; k >= 0; k--) up[k] = T.Add(up[lo[k]], up[hi[k]]);
        var total = T.ToBig(r == 0 ? up[r + 1] : up[0]);
        var down = new T[r + 2];
        if (r > 0) down[0] = T.One;
        var members = new T[n];
        for (int k = 0; k < r; k++)
        {
            down[lo[k]] = T.Add(down[lo[k]], down[k]);
            down[hi[k]] = T.Add(down[hi[k]], down[k]);
            members[level[k]] = T.Add(members[level[k]], T.Mul(down[k], up[hi[k]]));
        }

        var hp = new Rational[n];
        var memberships = new BigInteger[n];
        var sum = BigInteger.Zero;
        for (int l = 0; l < n; l++)
        {
            memberships[l] = T.ToBig(members[l]);
            sum += memberships[l];
        }

        for (int l = 0; l < n; l++) hp[bdd.Order[l]] = sum.IsZero ? Rational.Zero : new Rational(memberships[l], sum);
        if (!bySize) return (null, hp, null);

        if (total.IsZero)
        {
            var zero = new Rational[n];
            Array.Fill(zero, Rational.Zero);
            return (zero, hp, null);
        }

        double memory = (double)(r + 2) * (n + 1) * 2 * GameAnalyzer.CountBytes(n);
        double work = (double)r * n * n / 4;
        if (work > GameAnalyzer.MaxOperations) return (null, hp, new TooLargeException(NotComputedReason.TooLarge, new AnalysisSize(SizeUnit.Operations, work, GameAnalyzer.MaxOperations)));
        if (memory > maxTableBytes) return (null, hp, new TooLargeException(NotComputedReason.TooLarge, new AnalysisSize(SizeUnit.Bytes, memory, maxTableBytes)));

        var sizes = Pooled.Rent<T>(n * (n + 1));
        try
        {
            SizesPerLevel(sizes, n, r, level, lo, hi, root != MinimalFamily.Empty, cancel);
            return (PerVoter(sizes, n, total, bdd), hp, null);
        }
        finally
        {
            Pooled.Return(sizes);
        }
    }

    private static Rational[] PerVoter(T[] sizes, int n, BigInteger total, Bdd bdd)
    {
        var dp = new Rational[n];

        // Σ_k count/k over the common denominator L = lcm of the sizes that occur: one exact fraction per voter.
        var lcm = BigInteger.One;
        for (int k = 2; k <= n; k++)
        {
            for (int l = 0; l < n; l++)
            {
                if (sizes[l * (n + 1) + k].IsZero) continue;
                lcm = lcm / BigInteger.GreatestCommonDivisor(lcm, k) * k;
                break;
            }
        }

        for (int l = 0; l < n; l++)
        {
            var numerator = BigInteger.Zero;
            for (int k = 1; k <= n; k++)
            {
                var x = sizes[l * (n + 1) + k];
                if (!x.IsZero) numerator += T.ToBig(x) * (lcm / k);
            }

            dp[bdd.Order[l]] = new Rational(numerator, lcm * total);
        }

        return dp;
    }

    // sizes[l·(n+1) + k] (zero on entry): minimal winning coalitions of size k containing the voter at level l.
    private static void SizesPerLevel(T[] sizes, int n, int r, int[] level, int[] lo, int[] hi, bool nonEmpty, CancellationToken cancel)
    {
        int stride = n + 1;
        var up = Pooled.Rent<T>((r + 2) * stride);
        var down = Pooled.Rent<T>((r + 2) * stride);
        try
        {
            SizesPerLevel(sizes, up, down, n, r, level, lo, hi, nonEmpty, cancel);
        }
        finally
        {
            Pooled.Return(up);
            Pooled.Return(down);
        }
    }

    private static void SizesPerLevel(T[] sizes, T[] up, T[] down, int n, int r, int[] level, int[] lo, int[] hi, bool nonEmpty, CancellationToken cancel)
    {
        int stride = n + 1;
        if (nonEmpty) up[(r + 1) * stride] = T.One;
        for (int k = r - 1; k >= 0; k--)
        {
            if ((k & 0x3FF) == 0) cancel.ThrowIfCancellationRequested();
            var p = up.AsSpan(k * stride, stride);
            int degree = n - level[k];
            var a = up.AsSpan(lo[k] * stride, stride);
            var b = up.AsSpan(hi[k] * stride, stride);
            for (int j = 0; j <= degree; j++) p[j] = a[j];
            for (int j = 0; j < degree; j++) p[j + 1] = T.Add(p[j + 1], b[j]);
        }

        if (r == 0) return;
        down[0] = T.One;
        for (int k = 0; k < r; k++)
        {
            if ((k & 0x3FF) == 0) cancel.ThrowIfCancellationRequested();
            int lv = level[k];
            var d = down.AsSpan(k * stride, lv + 1);
            var dl = down.AsSpan(lo[k] * stride, stride);
            var dh = down.AsSpan(hi[k] * stride, stride);
            for (int a = 0; a < d.Length; a++)
            {
                dl[a] = T.Add(dl[a], d[a]);
                dh[a + 1] = T.Add(dh[a + 1], d[a]);
            }

            // Sets through this node's high branch: a members above, the voter, b below.
            var u = up.AsSpan(hi[k] * stride, n - lv);
            var target = sizes.AsSpan(lv * stride, stride);
            for (int b = 0; b < u.Length; b++)
            {
                var x = u[b];
                if (x.IsZero) continue;
                for (int a = 0; a < d.Length; a++) target[a + b + 1] = T.Add(target[a + b + 1], T.Mul(d[a], x));
            }
        }
    }
}
