using System.Numerics;
using Napsm.Core;

namespace Napsm.Core.Tests;

public class RationalTests
{
    [Fact]
    public void Default_is_zero_over_one()
    {
        Assert.Equal(Rational.Zero, default);
        Assert.Equal(BigInteger.One, default(Rational).Denominator);
    }

    [Theory]
    [InlineData("2/3", "2/3")]
    [InlineData("4/6", "2/3")]
    [InlineData("0.55", "11/20")]
    [InlineData("-1.5", "-3/2")]
    [InlineData("12", "12")]
    [InlineData("3/-4", null)]
    [InlineData("1/0", null)]
    [InlineData("0/0", null)]
    [InlineData("1e3", null)]
    [InlineData(".5", null)]
    [InlineData("5.", null)]
    [InlineData("", null)]
    public void Parse_reads_exact_numbers_and_rejects_malformed_ones(string text, string? expected)
    {
        var ok = Rational.TryParse(text, out var value);
        Assert.Equal(expected is not null, ok);
        if (expected is not null) Assert.Equal(expected, value.ToString());
    }

    [Theory]
    [InlineData(7, 2, "3.5")]
    [InlineData(1, 3, null)]
    [InlineData(-1, 8, "-0.125")]
    [InlineData(40, 1, "40")]
    public void Decimal_text_is_exact_or_absent(long n, long d, string? expected) =>
        Assert.Equal(expected, new Rational(n, d).ToDecimalString());

    [Fact]
    public void ToDouble_is_accurate_for_huge_parts()
    {
        var big = new Rational(BigInteger.Pow(10, 400) + 1, BigInteger.Pow(10, 400) * 3);
        Assert.Equal(1d / 3, big.ToDouble(), 15);
    }

    [Fact]
    public void Floor_and_ceiling_round_towards_the_right_infinity()
    {
        Assert.Equal(new BigInteger(3), new Rational(33, 10).Floor());
        Assert.Equal(new BigInteger(4), new Rational(33, 10).Ceiling());
        Assert.Equal(new BigInteger(-4), new Rational(-33, 10).Floor());
        Assert.Equal(new BigInteger(-3), new Rational(-33, 10).Ceiling());
    }
}
