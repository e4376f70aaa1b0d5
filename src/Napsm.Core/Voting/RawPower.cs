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
        var sum = BigInteger.Zero;
        for (int k = 1; k <= n && k < swingsBySize.Length; k++)
        {
            if (!swingsBySize[k].IsZero) sum += swingsBySize[k] * factorials[k - 1] * factorials[n - k];
        }

        return sum;
    }

    public static BigInteger[] Factorials(int n)
    {
        var f = new BigInteger[n + 1];
        f[0] = BigInteger.One;
        for (int i = 1; i <= n; i++) f[i] = f[i - 1] * i;
        return f;
    }
}

/// <summary>Counting over a decision diagram: winning coalitions, swings per voter, and swings per voter and coalition size.</summary>
internal static class BddCounting<T>
    where T : struct, ICount<T>
{
    public static RawPower Count(Bdd bdd, int root, bool shapley, CancellationToken cancel)
    {
        int n = bdd.Levels;
        var pow2 = new T[n + 1];
        pow2[0] = T.One;
        for (int i = 1; i <= n; i++) pow2[i] = T.Add(pow2[i - 1], pow2[i - 1]);
        var nodes = bdd.Reachable(root);
        var swings = new BigInteger[n];
        if (root <= Bdd.True)
        {
            return new RawPower
            {
                Winning = root == Bdd.True ? BigInteger.One << n : BigInteger.Zero,
                Swings = swings,
                ShapleyNumerators = shapley ? new BigInteger[n] : null,
                ShapleyDenominator = RawPower.Factorials(n)[n],
            };
        }

        // Up counts: satisfying assignments of the levels at and below a node. Children come before parents in index order.
        var up = new Dictionary<int, T>(nodes.Length + 2) { [Bdd.False] = T.Zero, [Bdd.True] = T.One };
        for (int k = nodes.Length - 1; k >= 0; k--)
        {
            int v = nodes[k];
            up[v] = T.Add(Scaled(bdd, v, bdd.Lo(v), up, pow2), Scaled(bdd, v, bdd.Hi(v), up, pow2));
        }

        // Down counts: assignments of the levels above a node that lead to it.
        var down = new Dictionary<int, T>(nodes.Length) { [root] = pow2[bdd.Level(root)] };
        var perLevel = new T[n];
        foreach (int v in nodes)
        {
            var d = down[v];
            int lv = bdd.Level(v);
            foreach (int c in (ReadOnlySpan<int>)[bdd.Lo(v), bdd.Hi(v)])
            {
                if (c <= Bdd.True) continue;
                var add = T.Mul(d, pow2[bdd.Level(c) - lv - 1]);
                down[c] = down.TryGetValue(c, out var existing) ? T.Add(existing, add) : add;
            }

            perLevel[lv] = T.Add(perLevel[lv], T.Mul(d, T.Sub(Scaled(bdd, v, bdd.Hi(v), up, pow2), Scaled(bdd, v, bdd.Lo(v), up, pow2))));
        }

        for (int l = 0; l < n; l++) swings[bdd.Order[l]] = T.ToBig(perLevel[l]);
        var winning = T.ToBig(T.Mul(up[root], pow2[bdd.Level(root)]));
        BigInteger[]? ss = null;
        var fact = RawPower.Factorials(n);
        if (shapley) ss = Shapley(bdd, root, nodes, fact, cancel);
        return new RawPower { Winning = winning, Swings = swings, ShapleyNumerators = ss, ShapleyDenominator = fact[n] };
    }

    private static T Scaled(Bdd bdd, int parent, int child, Dictionary<int, T> up, T[] pow2) =>
        T.Mul(up[child], pow2[bdd.Level(child) - bdd.Level(parent) - 1]);

    // Polynomial version: coefficient k counts assignments with k voters in favour.
    private static BigInteger[] Shapley(Bdd bdd, int root, int[] nodes, BigInteger[] fact, CancellationToken cancel)
    {
        int n = bdd.Levels;
        var binom = new T[n + 1][];
        for (int g = 0; g <= n; g++)
        {
            binom[g] = new T[g + 1];
            binom[g][0] = T.One;
            binom[g][g] = T.One;
            for (int k = 1; k < g; k++) binom[g][k] = T.Add(binom[g - 1][k - 1], binom[g - 1][k]);
        }

        // up[v][k]: satisfying assignments of levels ≥ level(v) with k ones (length n − level + 1).
        var up = new Dictionary<int, T[]>(nodes.Length + 2) { [Bdd.False] = [T.Zero], [Bdd.True] = [T.One] };
        for (int idx = nodes.Length - 1; idx >= 0; idx--)
        {
            int v = nodes[idx];
            int lv = bdd.Level(v);
            var p = new T[n - lv + 1];
            AddExtended(p, 0, up[bdd.Lo(v)], bdd.Level(bdd.Lo(v)) - lv - 1, binom);
            AddExtended(p, 1, up[bdd.Hi(v)], bdd.Level(bdd.Hi(v)) - lv - 1, binom);
            up[v] = p;
            if ((idx & 0x3FF) == 0) cancel.ThrowIfCancellationRequested();
        }

        // down[v][k]: assignments of levels < level(v) with k ones that lead to v.
        var down = new Dictionary<int, T[]>(nodes.Length);
        var rootDown = new T[bdd.Level(root) + 1];
        for (int k = 0; k < rootDown.Length; k++) rootDown[k] = binom[bdd.Level(root)][k];
        down[root] = rootDown;
        var bySize = new T[n][];
        for (int l = 0; l < n; l++) bySize[l] = new T[n + 1];
        var hiExt = new T[n + 1];
        var loExt = new T[n + 1];
        int counter = 0;
        foreach (int v in nodes)
        {
            if ((++counter & 0x3FF) == 0) cancel.ThrowIfCancellationRequested();
            var d = down[v];
            int lv = bdd.Level(v);
            int lo = bdd.Lo(v), hi = bdd.Hi(v);
            foreach (var (c, shift) in (ReadOnlySpan<(int, int)>)[(lo, 0), (hi, 1)])
            {
                if (c <= Bdd.True) continue;
                int lc = bdd.Level(c);
                if (!down.TryGetValue(c, out var dc))
                {
                    dc = new T[lc + 1];
                    down[c] = dc;
                }

                // Levels lv (value = shift) and lv+1..lc−1 (free) are added to d.
                var tmp = new T[lc + 1];
                for (int k = 0; k < d.Length; k++)
                {
                    if (!d[k].IsZero) tmp[k + shift] = d[k];
                }

                int gap = lc - lv - 1;
                AddExtended(dc, 0, tmp.AsSpan(0, Math.Min(tmp.Length, lv + 2)).ToArray(), gap, binom);
            }

            // Swings at this level: d ⊗ (ext(up hi) − ext(up lo)); coalition size = ones above + ones below + 1.
            int width = n - lv;
            Array.Clear(hiExt);
            Array.Clear(loExt);
            AddExtended(hiExt, 0, up[hi], bdd.Level(hi) - lv - 1, binom);
            AddExtended(loExt, 0, up[lo], bdd.Level(lo) - lv - 1, binom);
            var target = bySize[lv];
            for (int b = 0; b < width; b++)
            {
                var diff = T.Sub(hiExt[b], loExt[b]);
                if (diff.IsZero) continue;
                for (int a = 0; a < d.Length; a++)
                {
                    if (!d[a].IsZero) target[a + b + 1] = T.Add(target[a + b + 1], T.Mul(d[a], diff));
                }
            }
        }

        var result = new BigInteger[n];
        var sizes = new BigInteger[n + 1];
        for (int l = 0; l < n; l++)
        {
            for (int k = 0; k <= n; k++) sizes[k] = T.ToBig(bySize[l][k]);
            result[bdd.Order[l]] = RawPower.ShapleyNumerator(sizes, n, fact);
        }

        return result;
    }

    // target[offset + k + j] += p[k] · C(gap, j): p times (1 + x)^gap, shifted by offset.
    private static void AddExtended(T[] target, int offset, T[] p, int gap, T[][] binom)
    {
        var row = binom[gap];
        for (int k = 0; k < p.Length; k++)
        {
            if (p[k].IsZero) continue;
            for (int j = 0; j <= gap; j++)
            {
                int at = offset + k + j;
                if (at < target.Length) target[at] = T.Add(target[at], T.Mul(p[k], row[j]));
            }
        }
    }
}
