using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Voting;

/// <summary>
/// The fixed-width counters the counting algorithms use (arithmetic modulo 2^64, 2^128, 2^256, and unbounded) and the open-addressing
/// map of the decision diagram, checked against BigInteger and Dictionary. Written from the survivors and uncovered mutants of
/// mutation testing (docs/mutation-testing.md): the voting tests never reached 256-bit multiplication or the map's growth.
/// </summary>
public class CountAndMapProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(300);

    // Limbs biased towards the carries' edge cases: 0, 1, all ones, the top bit.
    private static readonly Gen<ulong> Limb = Gen.Frequency(
        (3, ArbMap.Default.GeneratorFor<ulong>()),
        (1, Gen.Elements(0UL, 1UL, ulong.MaxValue, 1UL << 63, ulong.MaxValue - 1)));

    private static readonly Gen<BigInteger> Value256 =
        from a in Limb from b in Limb from c in Limb from d in Limb
        select new BigInteger(a) | (new BigInteger(b) << 64) | (new BigInteger(c) << 128) | (new BigInteger(d) << 192);

    private static T From<T>(BigInteger n)
        where T : struct, ICount<T>
    {
        // Double and add, from the top bit: uses only Add, so it also builds values that Mul is then checked on.
        var x = T.Zero;
        for (int bit = (int)n.GetBitLength() - 1; bit >= 0; bit--)
        {
            x = T.Add(x, x);
            if (!(n >> bit & 1).IsZero) x = T.Add(x, T.One);
        }

        return x;
    }

    private static Property Laws<T>(BigInteger a, BigInteger b, int bits)
        where T : struct, ICount<T>
    {
        var modulus = BigInteger.One << bits;
        var (x, y) = (From<T>(a % modulus), From<T>(b % modulus));
        BigInteger Mod(BigInteger v) => ((v % modulus) + modulus) % modulus;
        return (T.ToBig(x) == a % modulus).Label("round trip")
            .And(T.ToBig(T.Add(x, y)) == Mod(a + b)).Label("add")
            .And(T.ToBig(T.Sub(x, y)) == Mod(a - b)).Label("sub")
            .And(T.ToBig(T.Mul(x, y)) == Mod(a * b)).Label("mul");
    }

    [Fact]
    public void Count256_is_arithmetic_modulo_2_to_the_256() =>
        Prop.ForAll(Arb.From(Gen.Zip(Value256, Value256)), p => Laws<Count256>(p.Item1, p.Item2, 256)).Check(Quick);

    [Fact]
    public void Count128_is_arithmetic_modulo_2_to_the_128() =>
        Prop.ForAll(Arb.From(Gen.Zip(Value256, Value256)), p => Laws<Count128>(p.Item1, p.Item2, 128)).Check(Quick);

    [Fact]
    public void Count64_is_arithmetic_modulo_2_to_the_64() =>
        Prop.ForAll(Arb.From(Gen.Zip(Value256, Value256)), p => Laws<Count64>(p.Item1, p.Item2, 64)).Check(Quick);

    [Fact]
    public void BigCount_is_exact_arithmetic() =>
        Prop.ForAll(Arb.From(Gen.Zip(Value256, Value256)), p =>
            (BigCount.ToBig(BigCount.Mul(From<BigCount>(p.Item1), From<BigCount>(p.Item2))) == p.Item1 * p.Item2).Label("mul")
            .And(BigCount.ToBig(BigCount.Sub(From<BigCount>(p.Item1), From<BigCount>(p.Item2))) == p.Item1 - p.Item2).Label("sub"))
            .Check(Quick);

    [Fact]
    public void Only_zero_is_zero_in_every_width()
    {
        Assert.True(Count64.Zero.IsZero);
        Assert.True(Count128.Zero.IsZero);
        Assert.True(Count256.Zero.IsZero);
        Assert.True(BigCount.Zero.IsZero);
        Assert.False(Count64.One.IsZero);
        Assert.False(Count128.One.IsZero);
        Assert.False(BigCount.One.IsZero);
        for (int limb = 0; limb < 4; limb++)
        {
            var v = From<Count256>(BigInteger.One << (64 * limb));
            Assert.False(v.IsZero, $"2^{64 * limb} is not zero");
            Assert.True(Count256.Sub(v, v).IsZero, $"2^{64 * limb} - itself is zero");
        }
    }

    private static readonly Gen<(bool Add, long Key, int Value)[]> Operations =
        Gen.ArrayOf(
            from add in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
            from key in Gen.Frequency((3, Gen.Choose(0, 200).Select(k => (long)k)), (1, ArbMap.Default.GeneratorFor<long>().Select(k => k == -1 ? 0 : Math.Abs(k % long.MaxValue))))
            from value in Gen.Choose(-1000, 1000)
            select (add, key, value));

    [Fact]
    public void LongIntMap_behaves_like_a_dictionary() =>
        Prop.ForAll(Arb.From(Gen.Zip(Gen.Choose(0, 100), Operations)), input =>
        {
            using var map = new LongIntMap(input.Item1);
            var model = new Dictionary<long, int>();
            foreach (var (add, key, value) in input.Item2)
            {
                if (add)
                {
                    map.Add(key, value);
                    model[key] = value;
                }
                else
                {
                    bool found = map.TryGetValue(key, out int got);
                    if (found != model.TryGetValue(key, out int expected) || (found && got != expected)) return false.Label($"lookup of {key}");
                }
            }

            return (map.Count == model.Count).Label("count")
                .And(model.All(kv => map.TryGetValue(kv.Key, out int v) && v == kv.Value)).Label("every key found with its last value");
        }).Check(Quick);

    [Fact]
    public void LongIntMap_keeps_every_key_through_many_growths_and_forgets_them_when_cleared()
    {
        using var map = new LongIntMap();
        for (int i = 0; i < 5000; i++) map.Add(i * 7919L, i);

        Assert.Equal(5000, map.Count);
        for (int i = 0; i < 5000; i++) Assert.True(map.TryGetValue(i * 7919L, out int v) && v == i, $"key {i * 7919L}");
        Assert.False(map.TryGetValue(1, out _));

        map.Clear();
        Assert.Equal(0, map.Count);
        Assert.False(map.TryGetValue(7919L, out _));
        map.Add(7919L, 3);
        Assert.True(map.TryGetValue(7919L, out int again) && again == 3);
    }
}
