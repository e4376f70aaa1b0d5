using System.Numerics;

namespace Napsm.Core.Voting;

/// <summary>Exact counts from one of the counting algorithms, per voter index.</summary>
internal sealed class RawPower
{
    public required BigInteger Winning { get; init; }

    public required BigInteger[] Swings { get; init; }

    /// <summary>
    /// Per voter, the Shapley–Shubik value's exact numerator over <see cref="ShapleyDenominator"/>; null when not computed.
    /// </summary>
    public BigInteger[]? ShapleyNumerators { get; init; }

    public BigInteger ShapleyDenominator { get; init; } = BigInteger.One;

    /// <summary>Σ over sizes k of swingsBySize[k]·(k−1)!(n−k)!, the numerator of the Shapley–Shubik value over n!.</summary>
    public static BigInteger ShapleyNumerator(ReadOnlySpan<BigInteger> swingsBySize, int n, BigInteger[] factorials)
    {
        if (n < SmallFactorials.Length)
        {
            // Counts by size are below 2^n and the numerator is at most n! < 2^128: modulo 2^128 it is exact, without BigInteger products.
            UInt128 small = 0;
            for (int k = 1; k <= n && k < swingsBySize.Length; k++)
            {
                if (!swingsBySize[k].IsZero) small = unchecked(small + (UInt128)swingsBySize[k] * SmallFactorials[k - 1] * SmallFactorials[n - k]);
            }

            return small;
        }

        var sum = BigInteger.Zero;
        for (int k = 1; k <= n && k < swingsBySize.Length; k++)
        {
            if (!swingsBySize[k].IsZero) sum += swingsBySize[k] * factorials[k - 1] * factorials[n - k];
        }

        return sum;
    }

    // 0! … 34!, the factorials below 2^128.
    private static readonly UInt128[] SmallFactorials = Enumerable.Range(0, 35).Select(k => (UInt128)Factorials(k)[k]).ToArray();

    public static BigInteger[] Factorials(int n)
    {
        var f = new BigInteger[n + 1];
        f[0] = BigInteger.One;
        for (int i = 1; i <= n; i++) f[i] = f[i - 1] * i;
        return f;
    }
}

/// <summary>
/// Counting over a decision diagram: winning coalitions, swings per voter, and swings per voter and coalition size. A node's "up"
/// count is the number of satisfying assignments of the levels at and below it, its "down" count the number of assignments of the
/// levels above it that reach it; a voter's swings are Σ over its nodes of down·(up(high) − up(low)), skipped levels counting
/// twice each (or (1 + x) each, per coalition size). Linear in the diagram for Banzhaf, O(size·n²) for Shapley–Shubik.
/// </summary>
internal static class BddCounting<T>
    where T : struct, ICount<T>
{
    public static RawPower Count(Bdd bdd, int root, bool shapley, CancellationToken cancel)
    {
        int n = bdd.Levels;
        var fact = RawPower.Factorials(n);
        var swings = new BigInteger[n];
        if (root <= Bdd.True)
        {
            return new RawPower
            {
                Winning = root == Bdd.True ? BigInteger.One << n : BigInteger.Zero,
                Swings = swings,
                ShapleyNumerators = shapley ? new BigInteger[n] : null,
                ShapleyDenominator = fact[n],
            };
        }

        var pow2 = new T[n + 1];
        pow2[0] = T.One;
        for (int i = 1; i <= n; i++) pow2[i] = T.Add(pow2[i - 1], pow2[i - 1]);

        // Compact numbering: reachable nodes 0..r−1 (parents before children), FALSE = r, TRUE = r + 1.
        var d = Compact.Of(bdd, root);
        int r = d.Count;
        var up = Pooled.Rent<T>(r + 2);
        var down = Pooled.Rent<T>(r + 2);
        try
        {
            up[r + 1] = T.One;
            for (int k = r - 1; k >= 0; k--)
            {
                up[k] = T.Add(T.Mul(up[d.Lo[k]], pow2[d.Level[d.Lo[k]] - d.Level[k] - 1]), T.Mul(up[d.Hi[k]], pow2[d.Level[d.Hi[k]] - d.Level[k] - 1]));
            }

            down[0] = pow2[d.Level[0]];
            var perLevel = new T[n];
            for (int k = 0; k < r; k++)
            {
                var dk = down[k];
                int lv = d.Level[k], lo = d.Lo[k], hi = d.Hi[k];
                down[lo] = T.Add(down[lo], T.Mul(dk, pow2[d.Level[lo] - lv - 1]));
                down[hi] = T.Add(down[hi], T.Mul(dk, pow2[d.Level[hi] - lv - 1]));
                var diff = T.Sub(T.Mul(up[hi], pow2[d.Level[hi] - lv - 1]), T.Mul(up[lo], pow2[d.Level[lo] - lv - 1]));
                perLevel[lv] = T.Add(perLevel[lv], T.Mul(dk, diff));
            }

            for (int l = 0; l < n; l++) swings[bdd.Order[l]] = T.ToBig(perLevel[l]);
            var winning = T.ToBig(T.Mul(up[0], pow2[d.Level[0]]));
            var ss = shapley ? Shapley(bdd, d, fact, cancel) : null;
            return new RawPower { Winning = winning, Swings = swings, ShapleyNumerators = ss, ShapleyDenominator = fact[n] };
        }
        finally
        {
            Pooled.Return(up);
            Pooled.Return(down);
            d.Return();
        }
    }

    /// <summary>The reachable part of a diagram in flat arrays.</summary>
    internal sealed class Compact
    {
        public required int Count { get; init; }

        public required int[] Level { get; init; }

        public required int[] Lo { get; init; }

        public required int[] Hi { get; init; }

        public static Compact Of(Bdd bdd, int root)
        {
            var nodes = bdd.Reachable(root, out int r);
            var index = Pooled.Rent<int>(bdd.NodeCount);
            index[Bdd.False] = r;
            index[Bdd.True] = r + 1;
            for (int k = 0; k < r; k++) index[nodes[k]] = k;
            var level = Pooled.Rent<int>(r + 2);
            var lo = Pooled.Rent<int>(r);
            var hi = Pooled.Rent<int>(r);
            level[r] = level[r + 1] = bdd.Levels;
            for (int k = 0; k < r; k++)
            {
                level[k] = bdd.Level(nodes[k]);
                lo[k] = index[bdd.Lo(nodes[k])];
                hi[k] = index[bdd.Hi(nodes[k])];
            }

            Pooled.Return(index);
            Pooled.Return(nodes);
            return new Compact { Count = r, Level = level, Lo = lo, Hi = hi };
        }

        /// <summary>Gives the arrays back to the pool; the instance must not be used afterwards.</summary>
        public void Return()
        {
            Pooled.Return(Level);
            Pooled.Return(Lo);
            Pooled.Return(Hi);
        }
    }

    // Polynomial version: coefficient k counts assignments with k voters in favour. Polys are rows of stride n + 1.
    private static BigInteger[] Shapley(Bdd bdd, Compact d, BigInteger[] fact, CancellationToken cancel)
    {
        int n = bdd.Levels;
        int r = d.Count;
        int stride = n + 1;
        var binom = new T[n + 1][];
        for (int g = 0; g <= n; g++)
        {
            binom[g] = new T[g + 1];
            binom[g][0] = T.One;
            binom[g][g] = T.One;
            for (int k = 1; k < g; k++) binom[g][k] = T.Add(binom[g - 1][k - 1], binom[g - 1][k]);
        }

        var up = Pooled.Rent<T>((r + 2) * stride);
        var down = Pooled.Rent<T>((r + 2) * stride);
        var bySize = Pooled.Rent<T>(n * stride);
        try
        {
            return Shapley(bdd, d, fact, binom, up, down, bySize, cancel);
        }
        finally
        {
            Pooled.Return(up);
            Pooled.Return(down);
            Pooled.Return(bySize);
        }
    }

    private static BigInteger[] Shapley(Bdd bdd, Compact d, BigInteger[] fact, T[][] binom, T[] up, T[] down, T[] bySize, CancellationToken cancel)
    {
        int n = bdd.Levels;
        int r = d.Count;
        int stride = n + 1;

        // up[v][k]: satisfying assignments of levels ≥ level(v) with k ones (degree ≤ n − level(v)).
        up[(r + 1) * stride] = T.One;
        for (int k = r - 1; k >= 0; k--)
        {
            if ((k & 0x3FF) == 0) cancel.ThrowIfCancellationRequested();
            var p = up.AsSpan(k * stride, stride);
            int lv = d.Level[k];
            AddExtended(p, 0, up, d.Lo[k], n - d.Level[d.Lo[k]], d.Level[d.Lo[k]] - lv - 1, binom, stride);
            AddExtended(p, 1, up, d.Hi[k], n - d.Level[d.Hi[k]], d.Level[d.Hi[k]] - lv - 1, binom, stride);
        }

        // down[v][k]: assignments of levels < level(v) with k ones that reach v (degree ≤ level(v)).
        int rootLevel = d.Level[0];
        for (int k = 0; k <= rootLevel; k++) down[k] = binom[rootLevel][k];
        var diff = new T[stride];
        for (int k = 0; k < r; k++)
        {
            if ((k & 0x3FF) == 0) cancel.ThrowIfCancellationRequested();
            int lv = d.Level[k], lo = d.Lo[k], hi = d.Hi[k];
            AddExtended(down.AsSpan(lo * stride, stride), 0, down, k, lv, d.Level[lo] - lv - 1, binom, stride);
            AddExtended(down.AsSpan(hi * stride, stride), 1, down, k, lv, d.Level[hi] - lv - 1, binom, stride);

            // Swings at this level: down ⊗ (ext(up hi) − ext(up lo)); coalition size = ones above + ones below + 1.
            Array.Clear(diff);
            AddExtended(diff, 0, up, hi, n - d.Level[hi], d.Level[hi] - lv - 1, binom, stride);
            SubExtended(diff, up, lo, n - d.Level[lo], d.Level[lo] - lv - 1, binom, stride);
            var dv = down.AsSpan(k * stride, lv + 1);
            var target = bySize.AsSpan(lv * stride, stride);
            int width = n - lv;
            for (int b = 0; b < width; b++)
            {
                var x = diff[b];
                if (x.IsZero) continue;
                for (int a = 0; a < dv.Length; a++) target[a + b + 1] = T.Add(target[a + b + 1], T.Mul(dv[a], x));
            }
        }

        var result = new BigInteger[n];
        var sizes = new BigInteger[stride];
        for (int l = 0; l < n; l++)
        {
            for (int k = 0; k <= n; k++) sizes[k] = T.ToBig(bySize[l * stride + k]);
            result[bdd.Order[l]] = RawPower.ShapleyNumerator(sizes, n, fact);
        }

        return result;
    }

    // target[offset + k + j] += src[node][k] · C(gap, j) for k ≤ degree: the node's poly times (1 + x)^gap, shifted by offset.
    private static void AddExtended(Span<T> target, int offset, T[] src, int node, int degree, int gap, T[][] binom, int stride)
    {
        var p = src.AsSpan(node * stride, degree + 1);
        if (gap == 0)
        {
            for (int k = 0; k < p.Length; k++) target[offset + k] = T.Add(target[offset + k], p[k]);
            return;
        }

        var row = binom[gap];
        for (int k = 0; k < p.Length; k++)
        {
            var pk = p[k];
            if (pk.IsZero) continue;
            var t = target.Slice(offset + k, gap + 1);
            for (int j = 0; j <= gap; j++) t[j] = T.Add(t[j], T.Mul(pk, row[j]));
        }
    }

    private static void SubExtended(Span<T> target, T[] src, int node, int degree, int gap, T[][] binom, int stride)
    {
        var p = src.AsSpan(node * stride, degree + 1);
        var row = binom[gap];
        for (int k = 0; k < p.Length; k++)
        {
            var pk = p[k];
            if (pk.IsZero) continue;
            for (int j = 0; j <= gap; j++) target[k + j] = T.Sub(target[k + j], T.Mul(pk, row[j]));
        }
    }
}
