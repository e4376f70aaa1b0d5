using System.Numerics;

namespace Napsm.Core.Voting.Methods;

/// <summary>
/// One weighted threshold with weights too large for a table, by meet in the middle (Horowitz &amp; Sahni 1974, as used for power
/// indices by Uno 2012): the voters of the threshold are split into two halves, each half's 2^(m/2) subset sums are generated in
/// sorted order (merging the list with itself shifted by each weight), and coalitions are counted as pairs (a, b) with a + b in a
/// window by two pointers moving in opposite directions. A voter's swings are the coalitions of the others with weight in
/// [q − w, q − 1] (its own half read without it); Shapley–Shubik counts the pairs per size of each half. Voters of equal weight
/// share one count. Proper/strong look for one pair in [q, T − q] and in [T − q + 1, q − 1]. Voters outside the threshold are
/// null players (swings times 2^(n−m); Shapley–Shubik over the m that weigh). O(2^(m/2)) per distinct weight for Banzhaf,
/// O(m·2^(m/2)) for Shapley–Shubik, 2^(m/2) sums of memory: exact for m up to about 50 whatever the size of the weights.
/// </summary>
internal static class MeetInTheMiddle
{
    /// <summary>The most voters in the threshold: halves of 2^26 sums.</summary>
    public const int MaxVoters = 52;

    public static WorkEstimate Estimate(VotingGame game, MethodRequest request)
    {
        if (game.Root is not ThresholdNode t) return WorkEstimate.Refused("the rule is not one weighted threshold");
        int m = t.Voters.Length;
        if (m > MaxVoters)
        {
            return WorkEstimate.Refused($"{m} weighted voters: meet in the middle is for at most {MaxVoters}",
                new AnalysisSize(SizeUnit.Bytes, HalfBytes(m), HalfBytes(MaxVoters)));
        }

        if (t.Total >= (BigInteger.One << 120)) return WorkEstimate.Refused("the total weight is above 2^120 after scaling", null, NotComputedReason.WeightsOutOfRange);
        int ha = (m + 1) / 2, hb = m - ha;
        double a = Math.Pow(2, ha), b = Math.Pow(2, hb);
        int distinct = t.Weights.Distinct().Count();
        double operations = 4 * (a + b) + (distinct * 2 * (a + b));
        if (request.ShapleyShubik) operations += distinct * 2 * (((hb + 1) * a) + ((ha + 1) * b));
        if (request.Structure) operations += 4 * (a + b);
        int sumBytes = t.Total <= long.MaxValue ? 8 : 16;

        // Two buffers per half while merging, one copy split by size.
        double bytes = 3 * (a + b) * (sumBytes + 4);
        return new WorkEstimate(operations, bytes);
    }

    // Three copies of both halves' sums (8 bytes) and masks (4 bytes).
    private static double HalfBytes(int m) => 3 * (Math.Pow(2, (m + 1) / 2) + Math.Pow(2, m / 2)) * 12;

    public static MethodOutcome Count(VotingGame game, MethodRequest request, CancellationToken cancel)
    {
        var estimate = Estimate(game, request);
        if (!estimate.Applies) throw estimate.Exception();
        var t = (ThresholdNode)game.Root;
        return t.Total <= long.MaxValue ? Count<long>(game, t, request, cancel) : Count<Int128>(game, t, request, cancel);
    }

    private static MethodOutcome Count<TSum>(VotingGame game, ThresholdNode t, MethodRequest request, CancellationToken cancel)
        where TSum : struct, IBinaryInteger<TSum>
    {
        int n = game.Count, m = t.Voters.Length;
        int ha = (m + 1) / 2;
        var w = t.Weights.Select(x => TSum.CreateChecked(x)).ToArray();
        var total = TSum.CreateChecked(t.Total);

        // A quota outside [0, total + 1] behaves like its nearest end.
        var q = t.Quota.Sign <= 0 ? TSum.Zero : t.Quota > t.Total ? total + TSum.One : TSum.CreateChecked(t.Quota);
        var a = Half.Of(w.AsSpan(0, ha), cancel);
        var b = Half.Of(w.AsSpan(ha), cancel);
        var scale = BigInteger.One << (n - m);
        var winning = (BigInteger)AtLeast(a, -1, b, q) * scale;

        var swings = new BigInteger[n];
        BigInteger[]? shapley = null;
        var known = new Dictionary<TSum, (BigInteger Swings, BigInteger Shapley)>();
        var fact = request.ShapleyShubik ? RawPower.Factorials(m) : null;
        if (request.ShapleyShubik) shapley = new BigInteger[n];
        Half<TSum>[]? aBySize = request.ShapleyShubik ? a.BySize() : null, bBySize = request.ShapleyShubik ? b.BySize() : null;
        for (int k = 0; k < m; k++)
        {
            cancel.ThrowIfCancellationRequested();
            if (!known.TryGetValue(w[k], out var counts))
            {
                bool inA = k < ha;
                int bit = inA ? k : k - ha;
                var (own, other) = inA ? (a, b) : (b, a);
                var lo = q - w[k];
                long swing = AtLeast(own, bit, other, lo) - AtLeast(own, bit, other, q);
                var ss = BigInteger.Zero;
                if (fact is not null)
                {
                    var (ownBySize, otherBySize) = inA ? (aBySize!, bBySize!) : (bBySize!, aBySize!);
                    var sizes = new BigInteger[m + 1];
                    for (int i = 0; i < ownBySize.Length; i++)
                    {
                        for (int j = 0; j < otherBySize.Length; j++)
                        {
                            var (x, y) = (ownBySize[i], otherBySize[j]);
                            if (x.Count == 0 || y.Count == 0) continue;
                            long c = AtLeast(x, bit, y, lo) - AtLeast(x, bit, y, q);

                            // i + j others, plus the voter: a coalition of size i + j + 1.
                            if (c != 0) sizes[i + j + 1] += c;
                        }
                    }

                    ss = RawPower.ShapleyNumerator(sizes, m, fact);
                }

                counts = (swing * scale, ss);
                known.Add(w[k], counts);
            }

            swings[t.Voters[k]] = counts.Swings;
            if (shapley is not null) shapley[t.Voters[k]] = counts.Shapley;
        }

        bool[]? bothWin = null, bothLose = null;
        if (request.Structure)
        {
            // Improper iff some coalition weighs s in [q, T − q]; not strong iff some weighs s in [T − q + 1, q − 1].
            bothWin = Find(a, b, q, total - q, t, ha, n);
            bothLose = Find(a, b, total - q + TSum.One, q - TSum.One, t, ha, n);
        }

        return new MethodOutcome
        {
            Power = new RawPower { Winning = winning, Swings = swings, ShapleyNumerators = shapley, ShapleyDenominator = fact is null ? BigInteger.One : fact[m] },
            IsProper = request.Structure ? bothWin is null : null,
            IsStrong = request.Structure ? bothLose is null : null,
            BothWin = bothWin,
            BothLose = bothLose,
        };
    }

    /// <summary>
    /// The pairs (x from <paramref name="own"/> without bit <paramref name="skip"/> (−1: none), y from <paramref name="other"/>) with
    /// x + y ≥ r: x ascending, the first y that reaches r − x moving down.
    /// </summary>
    private static long AtLeast<TSum>(Half<TSum> own, int skip, Half<TSum> other, TSum r)
        where TSum : struct, IBinaryInteger<TSum>
    {
        uint without = skip < 0 ? 0 : 1u << skip;
        var ys = other.Sums;
        int p = other.Count;
        long count = 0;
        for (int i = 0; i < own.Count; i++)
        {
            if ((own.Masks[i] & without) != 0) continue;
            var need = r - own.Sums[i];
            while (p > 0 && ys[p - 1] >= need) p--;
            count += other.Count - p;
        }

        return count;
    }

    // One coalition with weight in [lo, hi], or null: for x ascending, the smallest y with x + y ≥ lo moves down.
    private static bool[]? Find<TSum>(Half<TSum> a, Half<TSum> b, TSum lo, TSum hi, ThresholdNode t, int ha, int n)
        where TSum : struct, IBinaryInteger<TSum>
    {
        if (lo > hi) return null;
        int p = b.Count;
        for (int i = 0; i < a.Count; i++)
        {
            var need = lo - a.Sums[i];
            while (p > 0 && b.Sums[p - 1] >= need) p--;
            if (p < b.Count && a.Sums[i] + b.Sums[p] <= hi)
            {
                var inside = new bool[n];
                for (int k = 0; k < t.Voters.Length; k++)
                {
                    bool set = k < ha ? (a.Masks[i] >> k & 1) == 1 : (b.Masks[p] >> (k - ha) & 1) == 1;
                    inside[t.Voters[k]] = set;
                }

                return inside;
            }
        }

        return null;
    }

    private static class Half
    {
        /// <summary>Every subset sum of <paramref name="weights"/>, ascending, with its subset as a bit mask.</summary>
        public static Half<TSum> Of<TSum>(ReadOnlySpan<TSum> weights, CancellationToken cancel)
            where TSum : struct, IBinaryInteger<TSum>
        {
            int size = 1 << weights.Length;
            var sums = new TSum[size];
            var masks = new uint[size];
            var nextSums = new TSum[size];
            var nextMasks = new uint[size];
            int count = 1;
            for (int j = 0; j < weights.Length; j++)
            {
                cancel.ThrowIfCancellationRequested();
                var wj = weights[j];
                uint bit = 1u << j;

                // Merge the list with itself shifted by wj: both are sorted.
                int x = 0, y = 0, o = 0;
                while (x < count || y < count)
                {
                    if (y == count || (x < count && sums[x] <= sums[y] + wj))
                    {
                        nextSums[o] = sums[x];
                        nextMasks[o++] = masks[x++];
                    }
                    else
                    {
                        nextSums[o] = sums[y] + wj;
                        nextMasks[o++] = masks[y++] | bit;
                    }
                }

                (sums, nextSums) = (nextSums, sums);
                (masks, nextMasks) = (nextMasks, masks);
                count *= 2;
            }

            return new Half<TSum>(sums, masks, count);
        }
    }

    private sealed class Half<TSum>(TSum[] sums, uint[] masks, int count)
        where TSum : struct, IBinaryInteger<TSum>
    {
        public TSum[] Sums { get; } = sums;

        public uint[] Masks { get; } = masks;

        public int Count { get; } = count;

        /// <summary>The half split by subset size, each part still ascending.</summary>
        public Half<TSum>[] BySize()
        {
            int bits = BitOperations.Log2((uint)Count);
            var counts = new int[bits + 1];
            for (int i = 0; i < Count; i++) counts[BitOperations.PopCount(Masks[i])]++;
            var parts = counts.Select(c => (Sums: new TSum[c], Masks: new uint[c], Filled: 0)).ToArray();
            for (int i = 0; i < Count; i++)
            {
                ref var part = ref parts[BitOperations.PopCount(Masks[i])];
                part.Sums[part.Filled] = Sums[i];
                part.Masks[part.Filled++] = Masks[i];
            }

            return parts.Select(p => new Half<TSum>(p.Sums, p.Masks, p.Filled)).ToArray();
        }
    }
}
