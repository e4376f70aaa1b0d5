using System.Numerics;

using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Voting;

/// <summary>
/// Enumeration of all 2^n coalitions, straight from the definitions: the test oracle for the fast algorithms, never used by the
/// analysis itself. Only for n ≤ 24.
/// </summary>
internal static class BruteForce
{
    internal sealed class Result
    {
        public required BigInteger Winning { get; init; }

        public required BigInteger[] Swings { get; init; }

        public required Rational[] ShapleyShubik { get; init; }

        public required Rational[] Johnston { get; init; }

        public required Rational[] DeeganPackel { get; init; }

        public required Rational[] HollerPackel { get; init; }

        public required bool Proper { get; init; }

        public required bool Strong { get; init; }

        public required bool[] Veto { get; init; }

        public required bool[] Win { get; init; }
    }

    public static Result Analyze(VotingGame game, CancellationToken cancel = default)
    {
        int n = game.Count;
        if (n > 24) throw new ArgumentOutOfRangeException(nameof(game), n, "Brute force is limited to 24 voters.");
        int size = 1 << n;
        var win = new bool[size];
        Span<ulong> bits = stackalloc ulong[1];
        for (int s = 0; s < size; s++)
        {
            if ((s & 0xFFFF) == 0) cancel.ThrowIfCancellationRequested();
            bits[0] = (ulong)s;
            win[s] = game.Root.Evaluate(bits);
        }

        var fact = RawPower.Factorials(n);
        var swings = new long[n];
        var bySize = new long[n, n + 1];
        var johnston = new Rational[n];
        var johnstonCounts = new long[n, n + 1];
        long winning = 0;
        bool proper = true, strong = true;
        int full = size - 1;
        for (int s = 0; s < size; s++)
        {
            if (!win[s])
            {
                if (!win[full & ~s]) strong = false;
                continue;
            }

            winning++;
            if (win[full & ~s]) proper = false;
            int critical = 0;
            int pop = BitOperations.PopCount((uint)s);
            for (int i = 0; i < n; i++)
            {
                if ((s & (1 << i)) != 0 && !win[s & ~(1 << i)])
                {
                    swings[i]++;
                    bySize[i, pop]++;
                    critical++;
                }
            }

            for (int i = 0; critical > 0 && i < n; i++)
            {
                if ((s & (1 << i)) != 0 && !win[s & ~(1 << i)]) johnstonCounts[i, critical]++;
            }
        }

        var ss = new Rational[n];
        var raw = new Rational[n];
        var totalJ = Rational.Zero;
        for (int i = 0; i < n; i++)
        {
            var sizes = new BigInteger[n + 1];
            for (int k = 0; k <= n; k++) sizes[k] = bySize[i, k];
            ss[i] = new Rational(RawPower.ShapleyNumerator(sizes, n, fact), fact[n]);
            var j = Rational.Zero;
            for (int c = 1; c <= n; c++)
            {
                if (johnstonCounts[i, c] != 0) j += new Rational(johnstonCounts[i, c], c);
            }

            raw[i] = j;
            totalJ += j;
        }

        for (int i = 0; i < n; i++) johnston[i] = totalJ.Sign == 0 ? Rational.Zero : raw[i] / totalJ;
        // Minimal winning coalitions straight from the definition: winning, and no member can leave without it losing.
        var dpSum = new Rational[n];
        var memberships = new long[n];
        long minimalCount = 0, membershipTotal = 0;
        Array.Fill(dpSum, Rational.Zero);
        for (int s = 0; s < size; s++)
        {
            if (!win[s]) continue;
            bool minimal = true;
            for (int i = 0; i < n && minimal; i++) minimal = (s & (1 << i)) == 0 || !win[s & ~(1 << i)];
            if (!minimal) continue;
            minimalCount++;
            int pop = BitOperations.PopCount((uint)s);
            for (int i = 0; i < n; i++)
            {
                if ((s & (1 << i)) == 0) continue;
                memberships[i]++;
                membershipTotal++;
                dpSum[i] += new Rational(1, pop);
            }
        }

        var deeganPackel = dpSum.Select(x => minimalCount == 0 ? Rational.Zero : x / minimalCount).ToArray();
        var hollerPackel = memberships.Select(x => membershipTotal == 0 ? Rational.Zero : new Rational(x, membershipTotal)).ToArray();
        var veto = new bool[n];
        for (int i = 0; i < n; i++) veto[i] = win[full] && !win[full & ~(1 << i)]; // none when nothing wins (VotingGame.VetoPlayers)
        return new Result
        {
            Winning = winning,
            Swings = swings.Select(x => (BigInteger)x).ToArray(),
            ShapleyShubik = ss,
            Johnston = johnston,
            DeeganPackel = deeganPackel,
            HollerPackel = hollerPackel,
            Proper = proper,
            Strong = strong,
            Veto = veto,
            Win = win,
        };
    }
}
