namespace Napsm.Core.Voting.Approximation;

/// <summary>
/// xoshiro256** (Blackman and Vigna 2018), seeded through SplitMix64: a small, fast generator whose sequence for a seed is fixed by this
/// code, not by the runtime (<see cref="Random"/> does not promise its sequence across versions).
/// </summary>
internal struct Xoshiro
{
    private ulong _s0, _s1, _s2, _s3;

    public Xoshiro(long seed)
    {
        ulong z = unchecked((ulong)seed);
        _s0 = SplitMix(ref z);
        _s1 = SplitMix(ref z);
        _s2 = SplitMix(ref z);
        _s3 = SplitMix(ref z);
    }

    private static ulong SplitMix(ref ulong z)
    {
        unchecked
        {
            ulong r = z += 0x9E3779B97F4A7C15UL;
            r = (r ^ (r >> 30)) * 0xBF58476D1CE4E5B9UL;
            r = (r ^ (r >> 27)) * 0x94D049BB133111EBUL;
            return r ^ (r >> 31);
        }
    }

    /// <summary>64 random bits.</summary>
    public ulong Next()
    {
        unchecked
        {
            ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
            ulong t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = ulong.RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>A uniform integer in [0, bound), without bias (Lemire's multiply-and-reject).</summary>
    public int Below(int bound)
    {
        ulong b = (ulong)bound;
        ulong m = Math.BigMul(Next(), b, out ulong low);
        if (low < b)
        {
            ulong threshold = unchecked(0 - b) % b;
            while (low < threshold) m = Math.BigMul(Next(), b, out low);
        }

        return (int)m;
    }
}
