using System.Numerics;

namespace Napsm.Core.Voting;

/// <summary>
/// A counting number for the counting algorithms: a ring of integers modulo 2^width (or exact, for <see cref="BigCount"/>).
/// Because reduction modulo 2^width is a ring homomorphism, any sum, difference or product computed in it is exact whenever the true
/// result lies in [0, 2^width): the algorithms pick the narrowest width that holds 2^n and may subtract freely.
/// </summary>
internal interface ICount<T>
    where T : struct, ICount<T>
{
    static abstract T Zero { get; }

    static abstract T One { get; }

    static abstract T Add(T a, T b);

    static abstract T Sub(T a, T b);

    static abstract T Mul(T a, T b);

    static abstract BigInteger ToBig(T a);

    /// <summary>The residue of a non-negative integer (modulo 2^width; exact for <see cref="BigCount"/>).</summary>
    static abstract T FromBig(BigInteger a);

    bool IsZero { get; }
}

internal readonly struct Count64 : ICount<Count64>
{
    private readonly ulong _v;

    private Count64(ulong v) => _v = v;

    public static Count64 Zero => default;

    public static Count64 One => new(1);

    public bool IsZero => _v == 0;

    public static Count64 Add(Count64 a, Count64 b) => new(unchecked(a._v + b._v));

    public static Count64 Sub(Count64 a, Count64 b) => new(unchecked(a._v - b._v));

    public static Count64 Mul(Count64 a, Count64 b) => new(unchecked(a._v * b._v));

    public static BigInteger ToBig(Count64 a) => a._v;

    public static Count64 FromBig(BigInteger a) => new((ulong)(a & ulong.MaxValue));
}

internal readonly struct Count128 : ICount<Count128>
{
    private readonly UInt128 _v;

    private Count128(UInt128 v) => _v = v;

    public static Count128 Zero => default;

    public static Count128 One => new(1);

    public bool IsZero => _v == 0;

    public static Count128 Add(Count128 a, Count128 b) => new(unchecked(a._v + b._v));

    public static Count128 Sub(Count128 a, Count128 b) => new(unchecked(a._v - b._v));

    public static Count128 Mul(Count128 a, Count128 b) => new(unchecked(a._v * b._v));

    public static BigInteger ToBig(Count128 a) => a._v;

    public static Count128 FromBig(BigInteger a) => new((UInt128)(a & UInt128.MaxValue));
}

/// <summary>256-bit wrapping integer, four 64-bit limbs, least significant first.</summary>
internal readonly struct Count256 : ICount<Count256>
{
    private readonly ulong _a, _b, _c, _d;

    private Count256(ulong a, ulong b, ulong c, ulong d)
    {
        _a = a;
        _b = b;
        _c = c;
        _d = d;
    }

    public static Count256 Zero => default;

    public static Count256 One => new(1, 0, 0, 0);

    public bool IsZero => (_a | _b | _c | _d) == 0;

    public static Count256 Add(Count256 x, Count256 y)
    {
        unchecked
        {
            ulong a = x._a + y._a;
            ulong carry = a < x._a ? 1UL : 0UL;
            ulong b = x._b + y._b;
            ulong c1 = b < x._b ? 1UL : 0UL;
            b += carry;
            c1 |= b < carry ? 1UL : 0UL;
            ulong c = x._c + y._c;
            ulong c2 = c < x._c ? 1UL : 0UL;
            c += c1;
            c2 |= c < c1 ? 1UL : 0UL;
            ulong d = x._d + y._d + c2;
            return new Count256(a, b, c, d);
        }
    }

    public static Count256 Sub(Count256 x, Count256 y) => Add(x, Negate(y));

    private static Count256 Negate(Count256 y) => Add(new Count256(~y._a, ~y._b, ~y._c, ~y._d), One);

    public static Count256 Mul(Count256 x, Count256 y)
    {
        unchecked
        {
            Span<ulong> xs = [x._a, x._b, x._c, x._d];
            Span<ulong> ys = [y._a, y._b, y._c, y._d];
            Span<ulong> r = stackalloc ulong[4];
            for (int i = 0; i < 4; i++)
            {
                if (xs[i] == 0) continue;
                ulong carry = 0;
                for (int j = 0; i + j < 4; j++)
                {
                    ulong hi = Math.BigMul(xs[i], ys[j], out ulong lo);
                    ulong s = r[i + j] + lo;
                    hi += s < lo ? 1UL : 0UL;
                    ulong s2 = s + carry;
                    hi += s2 < s ? 1UL : 0UL;
                    r[i + j] = s2;
                    carry = hi;
                }
            }

            return new Count256(r[0], r[1], r[2], r[3]);
        }
    }

    public static Count256 FromBig(BigInteger v) =>
        new((ulong)(v & ulong.MaxValue), (ulong)((v >> 64) & ulong.MaxValue), (ulong)((v >> 128) & ulong.MaxValue), (ulong)((v >> 192) & ulong.MaxValue));

    public static BigInteger ToBig(Count256 v) =>
        ((BigInteger)v._d << 192) | ((BigInteger)v._c << 128) | ((BigInteger)v._b << 64) | v._a;
}

internal readonly struct BigCount : ICount<BigCount>
{
    private readonly BigInteger _v;

    private BigCount(BigInteger v) => _v = v;

    public static BigCount Zero => default;

    public static BigCount One => new(BigInteger.One);

    public bool IsZero => _v.IsZero;

    public static BigCount Add(BigCount a, BigCount b) => new(a._v + b._v);

    public static BigCount Sub(BigCount a, BigCount b) => new(a._v - b._v);

    public static BigCount Mul(BigCount a, BigCount b) => new(a._v * b._v);

    public static BigInteger ToBig(BigCount a) => a._v;

    public static BigCount FromBig(BigInteger a) => new(a);
}
