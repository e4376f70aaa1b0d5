using System.Numerics;

namespace Napsm.Core.Voting.Methods;

/// <summary>
/// Shapley–Shubik of one weighted threshold by the generating-function table in machine words, once per modulus, combined by the
/// Chinese remainder theorem. The table of counts per coalition size and weight is the memory of the exact DP: with 190 voters every
/// count needs 32 bytes there (the IMF Board of Governors: 366 million cells, 11.7 GB), here 8 bytes per modulus, one modulus at a
/// time (2.9 GB). Every count a voter's Shapley value needs is below 2^(m−1), so residues modulo 2^64·p_1·…·p_r &gt; 2^(m−1) give it
/// exactly; the moduli are 2^64 (plain wrapping words) and the primes 2^63 − 25, 2^62 − 57 and 2^61 − 1.
/// </summary>
internal static class ModularShapley
{
    /// <summary>The most weighted voters: 2^64·(2^63 − 25)·(2^62 − 57)·(2^61 − 1) exceeds 2^249.</summary>
    public const int MaxVoters = 249;

    public static WorkEstimate Estimate(ThresholdNode t)
    {
        if (t.LongWeights is null || t.IsAlwaysTrue || t.IsAlwaysFalse) return WorkEstimate.Refused("not a weighted threshold with weights below 2^63");
        int m = t.Voters.Length;
        if (m > MaxVoters) return WorkEstimate.Refused($"{m} weighted voters: modular counting here is for at most {MaxVoters}");
        var (cells, operations) = TableSize(t.LongWeights, t.LongQuota);
        int moduli = Moduli(m);
        return new WorkEstimate(operations * moduli, cells * 8);
    }

    /// <summary>The cells of the per-size table and the additions that fill it (as <see cref="WeightedDp{T}.ShapleySizes"/> does).</summary>
    internal static (double Cells, double Operations) TableSize(long[] w, long q)
    {
        int m = w.Length;
        long total = w.Sum();
        long last = total - q + 1 < q ? total - q : q - 1;
        var asc = w.Order().ToArray();
        var lo = new long[m + 1];
        var hi = new long[m + 1];
        int rows = 0;
        long minSum = 0, maxSum = 0;
        double cells = 1;
        for (int k = 1; k <= m; k++)
        {
            minSum += asc[k - 1];
            maxSum += asc[m - k];
            if (minSum > last) break;
            (lo[k], hi[k], rows) = (minSum, Math.Min(last, maxSum), k);
            cells += hi[k] - lo[k] + 1;
        }

        double operations = 0;
        long prefix = 0;
        for (int j = 0; j < m; j++)
        {
            prefix += asc[j];
            for (int k = 1; k <= Math.Min(j + 1, rows); k++)
            {
                long from = Math.Max(lo[k], lo[k - 1] + asc[j]), to = Math.Min(Math.Min(hi[k], hi[k - 1] + asc[j]), prefix);
                if (to >= from) operations += to - from + 1;
            }
        }

        return (cells, operations + cells);
    }

    private static int Moduli(int m) => m - 1 < 64 ? 1 : m - 1 < 64 + 62 ? 2 : m - 1 < 64 + 62 + 61 ? 3 : 4;

    /// <summary>The Shapley–Shubik numerators over m! of voters with positive weights <paramref name="w"/> and quota 1 ≤ q ≤ Σw.</summary>
    public static BigInteger[] Numerators(long[] w, long q, CancellationToken cancel)
    {
        int m = w.Length;
        int moduli = Moduli(m);

        // One table at a time: each pass's rows are garbage before the next is built.
        var residues = new List<(BigInteger Modulus, BigInteger[][] Sizes)>();
        long[] weights = [];
        for (int r = 0; r < moduli; r++)
        {
            (long[], BigInteger[][]) pass = r switch
            {
                0 => Pass<Count64>(w, q, cancel),
                1 => Pass<ModP63>(w, q, cancel),
                2 => Pass<ModP62>(w, q, cancel),
                _ => Pass<ModP61>(w, q, cancel),
            };
            weights = pass.Item1;
            residues.Add((r switch { 0 => BigInteger.One << 64, 1 => ModP63.P, 2 => ModP62.P, _ => ModP61.P }, pass.Item2));
        }

        var fact = RawPower.Factorials(m);
        var byWeight = new Dictionary<long, BigInteger>();
        var sizes = new BigInteger[m + 1];
        var modulus = residues.Aggregate(BigInteger.One, (p, x) => p * x.Modulus);
        var basis = residues.Select(x =>
        {
            var rest = modulus / x.Modulus;
            return rest * Inverse(rest % x.Modulus, x.Modulus);
        }).ToArray();
        for (int d = 0; d < weights.Length; d++)
        {
            for (int k = 0; k <= m; k++)
            {
                var x = BigInteger.Zero;
                for (int r = 0; r < residues.Count; r++) x += residues[r].Sizes[d][k] * basis[r];
                sizes[k] = x % modulus;
            }

            byWeight[weights[d]] = RawPower.ShapleyNumerator(sizes, m, fact);
        }

        return w.Select(x => byWeight[x]).ToArray();
    }

    private static (long[], BigInteger[][]) Pass<T>(long[] w, long q, CancellationToken cancel)
        where T : struct, ICount<T>
    {
        var (weights, sizes) = WeightedDp<T>.ShapleySizes(w, q, cancel);
        return (weights, sizes.Select(row => row.Select(T.ToBig).ToArray()).ToArray());
    }

    // a⁻¹ modulo m for gcd(a, m) = 1, by the extended Euclidean algorithm.
    private static BigInteger Inverse(BigInteger a, BigInteger m)
    {
        BigInteger r0 = m, r1 = a, t0 = 0, t1 = 1;
        while (!r1.IsZero)
        {
            var quotient = r0 / r1;
            (r0, r1) = (r1, r0 - (quotient * r1));
            (t0, t1) = (t1, t0 - (quotient * t1));
        }

        return ((t0 % m) + m) % m;
    }

    /// <summary>Residues modulo the prime 2^63 − 25.</summary>
    internal readonly struct ModP63 : ICount<ModP63>
    {
        public const ulong Prime = 9223372036854775783UL;
        private readonly ulong _v;

        private ModP63(ulong v) => _v = v;

        public static BigInteger P => Prime;

        public static ModP63 Zero => default;

        public static ModP63 One => new(1);

        public bool IsZero => _v == 0;

        public static ModP63 Add(ModP63 a, ModP63 b) => new(Residues.Add(a._v, b._v, Prime));

        public static ModP63 Sub(ModP63 a, ModP63 b) => new(Residues.Add(a._v, Prime - b._v, Prime));

        public static ModP63 Mul(ModP63 a, ModP63 b) => new((ulong)((UInt128)a._v * b._v % Prime));

        public static BigInteger ToBig(ModP63 a) => a._v;

        public static ModP63 FromBig(BigInteger a) => new((ulong)(a % Prime));
    }

    /// <summary>Residues modulo the prime 2^62 − 57.</summary>
    internal readonly struct ModP62 : ICount<ModP62>
    {
        public const ulong Prime = 4611686018427387847UL;
        private readonly ulong _v;

        private ModP62(ulong v) => _v = v;

        public static BigInteger P => Prime;

        public static ModP62 Zero => default;

        public static ModP62 One => new(1);

        public bool IsZero => _v == 0;

        public static ModP62 Add(ModP62 a, ModP62 b) => new(Residues.Add(a._v, b._v, Prime));

        public static ModP62 Sub(ModP62 a, ModP62 b) => new(Residues.Add(a._v, Prime - b._v, Prime));

        public static ModP62 Mul(ModP62 a, ModP62 b) => new((ulong)((UInt128)a._v * b._v % Prime));

        public static BigInteger ToBig(ModP62 a) => a._v;

        public static ModP62 FromBig(BigInteger a) => new((ulong)(a % Prime));
    }

    /// <summary>Residues modulo the Mersenne prime 2^61 − 1.</summary>
    internal readonly struct ModP61 : ICount<ModP61>
    {
        public const ulong Prime = 2305843009213693951UL;
        private readonly ulong _v;

        private ModP61(ulong v) => _v = v;

        public static BigInteger P => Prime;

        public static ModP61 Zero => default;

        public static ModP61 One => new(1);

        public bool IsZero => _v == 0;

        public static ModP61 Add(ModP61 a, ModP61 b) => new(Residues.Add(a._v, b._v, Prime));

        public static ModP61 Sub(ModP61 a, ModP61 b) => new(Residues.Add(a._v, Prime - b._v, Prime));

        public static ModP61 Mul(ModP61 a, ModP61 b) => new((ulong)((UInt128)a._v * b._v % Prime));

        public static BigInteger ToBig(ModP61 a) => a._v;

        public static ModP61 FromBig(BigInteger a) => new((ulong)(a % Prime));
    }

    private static class Residues
    {
        // a, b < p < 2^63: the sum fits a word; one conditional subtraction reduces it.
        public static ulong Add(ulong a, ulong b, ulong p)
        {
            ulong s = a + b;
            return s >= p ? s - p : s;
        }
    }
}
