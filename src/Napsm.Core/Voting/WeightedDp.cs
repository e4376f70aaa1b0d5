using System.Numerics;

namespace Napsm.Core.Voting;

/// <summary>
/// Generating-function dynamic programming for one weighted threshold (Brams &amp; Affuso 1976; Matsui &amp; Matsui 2000; Uno 2012):
/// f[s] counts coalitions of weight s below the quota q. A voter's swings are the coalitions of the others with weight in
/// [q − w, q − 1]; the others' counts follow from f by dividing out (1 + x^w), which in a window sum is the alternating series
/// Σ_m (−1)^m W(a − m·w, b − m·w) over prefix sums of f — O(q/w) per voter after an O(n·q) build. Shapley–Shubik does the same
/// with a second index for coalition size: O(n²·q) to build, O(n·min(n, q/w)) per voter. All counting is in the ring modulo 2^width
/// (see <see cref="ICount{T}"/>), exact because every final count is below 2^n.
/// </summary>
internal static class WeightedDp<T>
    where T : struct, ICount<T>
{
    /// <summary>Swings and winning coalitions for voters with positive integer weights and quota 1 ≤ q ≤ Σw.</summary>
    public static (BigInteger Winning, BigInteger[] Swings) Banzhaf(long[] w, long q, CancellationToken cancel)
    {
        int m = w.Length;
        long totalWeight = 0;
        foreach (var x in w) totalWeight += x;

        // A coalition wins when its complement weighs at most r = Σw − q. Above half the total that is the smaller side: count the
        // complements, in a table of Σw − q + 1 cells instead of q (an 85% majority: 0.18 of the cells). A swing of weight w is then a
        // coalition of the others whose complement among them weighs in [r − w + 1, r].
        bool complements = totalWeight - q + 1 < q;
        long cells = complements ? totalWeight - q + 1 : q;
        long last = cells - 1;
        var f = new T[cells];
        f[0] = T.One;
        long top = 0;

        // The table is the same in any voter order, but a pass only touches sums up to the total so far: smallest weights first keep
        // most passes short (the IMF's 150 smallest members hold 18% of the votes: their passes cover a fifth of the table).
        var ascending = (long[])w.Clone();
        Array.Sort(ascending);
        for (int j = 0; j < m; j++)
        {
            if ((j & 7) == 0) cancel.ThrowIfCancellationRequested();
            long wj = ascending[j];
            top = Math.Min(last, top + wj);
            for (long s = top; s >= wj; s--) f[s] = T.Add(f[s], f[s - wj]);
        }

        // Prefix sums in place: P[s] = Σ_{t ≤ s} f[t].
        for (long s = 1; s < cells; s++) f[s] = T.Add(f[s], f[s - 1]);
        var total = T.One;
        for (int j = 0; j < m; j++) total = T.Add(total, total);
        var winning = complements ? f[last] : T.Sub(total, f[last]);
        var swings = new BigInteger[m];
        var cache = new Dictionary<long, BigInteger>();
        for (int j = 0; j < m; j++)
        {
            if (cache.TryGetValue(w[j], out var known))
            {
                swings[j] = known;
                continue;
            }

            // Coalitions of the others with weight in [a, b]: [q − w, q − 1], or their complements' window [r − w + 1, r].
            long wj = w[j];
            long a = Math.Max(0, complements ? last - wj + 1 : q - wj), b = last;
            var sum = T.Zero;
            bool positive = true;
            while (b >= 0)
            {
                var window = T.Sub(f[b], a > 0 ? f[a - 1] : T.Zero);
                sum = positive ? T.Add(sum, window) : T.Sub(sum, window);
                positive = !positive;
                a = Math.Max(0, a - wj);
                b -= wj;
            }

            swings[j] = T.ToBig(sum);
            cache[wj] = swings[j];
        }

        return (T.ToBig(winning), swings);
    }

    /// <summary>
    /// Shapley–Shubik numerators over m! for voters with positive integer weights and quota 1 ≤ q ≤ Σw: per voter,
    /// Σ_k c(k)·k!(m−k−1)! where c(k) counts k-coalitions of the others with weight in [q − w, q − 1].
    /// </summary>
    public static BigInteger[] Shapley(long[] w, long q, CancellationToken cancel)
    {
        int m = w.Length;
        var (weights, counts) = ShapleySizes(w, q, cancel);
        var fact = RawPower.Factorials(m);
        var byWeight = new Dictionary<long, BigInteger>();
        var sizes = new BigInteger[m + 1];
        for (int d = 0; d < weights.Length; d++)
        {
            for (int k = 0; k <= m; k++) sizes[k] = T.ToBig(counts[d][k]);
            byWeight[weights[d]] = RawPower.ShapleyNumerator(sizes, m, fact);
        }

        return w.Select(x => byWeight[x]).ToArray();
    }

    /// <summary>
    /// Per distinct weight (ascending), the swings of a voter of that weight per coalition size s (index s, 1 ≤ s ≤ m) in the ring
    /// of <typeparamref name="T"/>: <see cref="Shapley"/> takes them exactly, <see cref="Methods.ModularShapley"/> modulo several
    /// moduli at a time.
    /// </summary>
    public static (long[] Weights, T[][] Sizes) ShapleySizes(long[] w, long q, CancellationToken cancel)
    {
        int m = w.Length;
        long totalWeight = 0;
        foreach (var x in w) totalWeight += x;

        // As for Banzhaf: above half the total, count the complements (weight ≤ r = Σw − q), a smaller table.
        bool complements = totalWeight - q + 1 < q;
        long last = complements ? totalWeight - q : q - 1;

        // g[k][s − lo[k]]: k-coalitions of weight s, for s in [lo[k], hi[k]] ∩ [0, last]; rows kept only over their support.
        var lo = new long[m + 1];
        var hi = new long[m + 1];
        var rows = new T[m + 1][];
        rows[0] = [T.One];
        lo[0] = 0;
        hi[0] = 0;
        for (int k = 1; k <= m; k++)
        {
            lo[k] = long.MaxValue;
            hi[k] = -1;
        }

        // Supports first (cheap), so every row is allocated once at its final size.
        var sortedAsc = w.OrderBy(x => x).ToArray();
        var sortedDesc = sortedAsc.Reverse().ToArray();
        long minSum = 0, maxSum = 0;
        for (int k = 1; k <= m; k++)
        {
            minSum += sortedAsc[k - 1];
            maxSum += sortedDesc[k - 1];
            if (minSum > last) break;
            lo[k] = minSum;
            hi[k] = Math.Min(last, maxSum);
            rows[k] = new T[hi[k] - lo[k] + 1];
        }

        // Smallest weights first: after j voters no coalition weighs more than their total, which bounds every row's update.
        int used = 0; // rows with a possible non-zero entry so far
        long prefix = 0;
        for (int j = 0; j < m; j++)
        {
            cancel.ThrowIfCancellationRequested();
            long wj = sortedAsc[j];
            prefix += wj;
            used = Math.Min(used + 1, m);
            for (int k = used; k >= 1; k--)
            {
                var dst = rows[k];
                var src = rows[k - 1];
                if (dst is null || src is null) continue;
                // dst[s] += src[s − wj] for s in the overlap.
                long sFrom = Math.Max(lo[k], lo[k - 1] + wj);
                long sTo = Math.Min(Math.Min(hi[k], hi[k - 1] + wj), prefix);
                if (sFrom > sTo) continue;
                var d = dst.AsSpan((int)(sFrom - lo[k]), (int)(sTo - sFrom + 1));
                var s2 = src.AsSpan((int)(sFrom - wj - lo[k - 1]), d.Length);
                for (int i = 0; i < d.Length; i++) d[i] = T.Add(d[i], s2[i]);
                if ((k & 31) == 0) cancel.ThrowIfCancellationRequested();
            }
        }

        // Prefix sums per row.
        foreach (var row in rows)
        {
            if (row is null) continue;
            for (int i = 1; i < row.Length; i++) row[i] = T.Add(row[i], row[i - 1]);
        }

        var weights = sortedAsc.Distinct().ToArray();
        var result = new T[weights.Length][];
        for (int d = 0; d < weights.Length; d++)
        {
            long wj = weights[d];
            if ((d & 7) == 0) cancel.ThrowIfCancellationRequested();
            var sizes = result[d] = new T[m + 1];
            for (int k = 0; k < m; k++)
            {
                // c(k) = Σ_t (−1)^t W_{k−t}(a − t·w, b − t·w) for the window [a, b]: k-coalitions of the others in [q − w, q − 1],
                // or k-complements among the others in [r − w + 1, r].
                var sum = T.Zero;
                long a = Math.Max(0, complements ? last - wj + 1 : q - wj), b = last;
                bool positive = true;
                for (int t = 0; t <= k && b >= 0; t++)
                {
                    var window = Window(rows[k - t], lo[k - t], hi[k - t], a, b);
                    sum = positive ? T.Add(sum, window) : T.Sub(sum, window);
                    positive = !positive;
                    a = Math.Max(0, a - wj);
                    b -= wj;
                }

                // A k-coalition of the others plus the voter has size k + 1; the complement of a k-complement, m − k.
                sizes[complements ? m - k : k + 1] = sum;
            }
        }

        return (weights, result);
    }

    private static T Window(T[]? prefix, long lo, long hi, long a, long b)
    {
        if (prefix is null) return T.Zero;
        long from = Math.Max(a, lo), to = Math.Min(b, hi);
        if (from > to) return T.Zero;
        var upper = prefix[to - lo];
        return from > lo ? T.Sub(upper, prefix[from - 1 - lo]) : upper;
    }
}
