using System.Numerics;
using System.Text;

namespace Napsm.Core.Serialization;

/// <summary>Exact reading of JSON number literals (no floating point).</summary>
internal static class Numbers
{
    private const int MaxLiteralLength = 1000;
    private const int MaxExponent = 100;

    /// <summary>Parses a JSON number literal exactly; <see langword="null"/> and a reason when it does not fit an exact decimal.</summary>
    public static Rational? TryParse(string literal, out string? problem)
    {
        problem = null;
        if (literal.Length > MaxLiteralLength)
        {
            problem = $"the number has {literal.Length} characters, more than the {MaxLiteralLength} allowed";
            return null;
        }

        int e = literal.IndexOfAny(['e', 'E']);
        var mantissaText = e < 0 ? literal : literal[..e];
        if (!Rational.TryParse(mantissaText, out var mantissa) || mantissaText.Contains('/', StringComparison.Ordinal))
        {
            problem = $"{literal} is not a number";
            return null;
        }

        if (mantissa.Sign == 0 && literal.StartsWith('-'))
        {
            problem = $"{literal} is a negative zero; write 0";
            return null;
        }

        if (e < 0) return mantissa;
        if (!int.TryParse(literal.AsSpan(e + 1), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var exponent)
            || Math.Abs(exponent) > MaxExponent)
        {
            problem = $"{literal} is out of range: exponents beyond ±{MaxExponent} are not accepted";
            return null;
        }

        var scale = new Rational(BigInteger.Pow(10, Math.Abs(exponent)), BigInteger.One);
        return exponent >= 0 ? mantissa * scale : mantissa / scale;
    }

    public static string Literal(ReadOnlySpan<byte> raw) => Encoding.UTF8.GetString(raw);
}
