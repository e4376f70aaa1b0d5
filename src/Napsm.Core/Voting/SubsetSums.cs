namespace Napsm.Core.Voting;

/// <summary>Proper and strong for one weighted threshold, from the set of reachable coalition weights (a subset-sum bit set).</summary>
internal static class SubsetSums
{
    // A coalition of weight s and its complement (weight T − s) both win iff s ≥ q and T − s ≥ q; both lose iff s < q and T − s < q.
    public static (bool? Proper, bool? Strong, CoalitionPair? Witness, CoalitionPair? Deadlock) ProperStrong(
        VotingGame game, ThresholdNode t, long[] w, AnalysisBudget budget, CancellationToken cancel)
    {
        long total = w.Sum();
        long q = t.LongQuota;
        budget.CheckTable((double)(total + 1) / 8 * (w.Length + 1));

        // rows[j] = reachable sums using the first j voters; kept for the witness.
        int words = (int)((total + 64) / 64);
        var rows = new ulong[w.Length + 1][];
        rows[0] = new ulong[words];
        rows[0][0] = 1;
        for (int j = 0; j < w.Length; j++)
        {
            cancel.ThrowIfCancellationRequested();
            var prev = rows[j];
            var next = (ulong[])prev.Clone();
            OrShifted(next, prev, w[j]);
            rows[j + 1] = next;
        }

        var reach = rows[w.Length];
        long? improperSum = FirstIn(reach, q, total - q);
        bool proper = improperSum is null;
        long? deadlockSum = FirstIn(reach, total - q + 1, q - 1);
        bool strong = deadlockSum is null;
        var witness = improperSum is { } s ? GameAnalyzer.Witness(game, Coalition(game, t, w, rows, s)) : null;
        var deadlock = deadlockSum is { } d ? GameAnalyzer.Complementary(game, Coalition(game, t, w, rows, d)) : null;
        return (proper, strong, witness, deadlock);
    }

    // Walks back through the rows: voter j is in the coalition when the sum is not reachable without it.
    private static bool[] Coalition(VotingGame game, ThresholdNode t, long[] w, ulong[][] rows, long s)
    {
        var inside = new bool[game.Count];
        for (int j = w.Length - 1; j >= 0; j--)
        {
            if (!Get(rows[j], s))
            {
                inside[t.Voters[j]] = true;
                s -= w[j];
            }
        }

        return inside;
    }

    private static bool Get(ulong[] bits, long i) => (bits[i >> 6] & (1UL << (int)(i & 63))) != 0;

    private static long? FirstIn(ulong[] bits, long from, long to)
    {
        for (long s = Math.Max(0, from); s <= to; s++)
        {
            if (Get(bits, s)) return s;
        }

        return null;
    }

    // next |= prev << shift (bit shift over the whole array).
    private static void OrShifted(ulong[] next, ulong[] prev, long shift)
    {
        int wordShift = (int)(shift >> 6), bitShift = (int)(shift & 63);
        for (int i = next.Length - 1; i >= wordShift; i--)
        {
            ulong v = prev[i - wordShift] << bitShift;
            if (bitShift != 0 && i - wordShift - 1 >= 0) v |= prev[i - wordShift - 1] >> (64 - bitShift);
            next[i] |= v;
        }
    }
}
