using System.Globalization;
using System.Numerics;

namespace Napsm.Core;

/// <summary>
/// An exact rational number: a <see cref="BigInteger"/> numerator over a positive <see cref="BigInteger"/> denominator,
/// always kept in lowest terms. Thresholds, weights and power indices use it so that no decision depends on floating point.
/// </summary>
/// <remarks>The default value is zero. Instances are immutable and safe to share between threads.</remarks>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>, IComparable
{
    // Stored as denominator - 1 so that default(Rational) is 0/1, not 0/0.
    private readonly BigInteger _denominatorMinusOne;

    /// <summary>Creates the rational <paramref name="numerator"/>/<paramref name="denominator"/>, reduced to lowest terms.</summary>
    /// <param name="numerator">The numerator; any integer.</param>
    /// <param name="denominator">The denominator; must not be zero. A negative denominator moves its sign to the numerator.</param>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero.</exception>
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException($"A rational number cannot have a zero denominator (numerator {numerator}).");
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero)
        {
            numerator /= gcd;
            denominator /= gcd;
        }

        Numerator = numerator;
        _denominatorMinusOne = denominator - 1;
    }

    /// <summary>The numerator in lowest terms; carries the sign.</summary>
    public BigInteger Numerator { get; }

    /// <summary>The denominator in lowest terms; always positive.</summary>
    public BigInteger Denominator => _denominatorMinusOne + 1;

    /// <summary>Zero.</summary>
    public static Rational Zero => default;

    /// <summary>One.</summary>
    public static Rational One => new(1, 1);

    /// <summary>Whether this number is an integer (its denominator is one).</summary>
    public bool IsInteger => _denominatorMinusOne.IsZero;

    /// <summary>-1, 0 or 1 according to the sign of this number.</summary>
    public int Sign => Numerator.Sign;

    /// <summary>Whether this number has a finite decimal expansion (its denominator has no prime factor other than 2 and 5).</summary>
    public bool IsDecimal
    {
        get
        {
            var d = Denominator;
            while (d.IsEven) d >>= 1;
            while ((d % 5).IsZero) d /= 5;
            return d.IsOne;
        }
    }

    /// <summary>Converts an integer to a rational.</summary>
    /// <param name="value">The integer.</param>
    public static implicit operator Rational(long value) => new(value, BigInteger.One);

    /// <summary>Converts a big integer to a rational.</summary>
    /// <param name="value">The integer.</param>
    public static implicit operator Rational(BigInteger value) => new(value, BigInteger.One);

    /// <summary>Converts an integer to a rational.</summary>
    /// <param name="value">The integer.</param>
    /// <returns>The rational with that value.</returns>
    public static Rational FromInt64(long value) => value;

    /// <summary>The largest integer not greater than this number.</summary>
    public BigInteger Floor()
    {
        var q = BigInteger.DivRem(Numerator, Denominator, out var r);
        return r.Sign < 0 ? q - 1 : q;
    }

    /// <summary>The smallest integer not less than this number.</summary>
    public BigInteger Ceiling()
    {
        var q = BigInteger.DivRem(Numerator, Denominator, out var r);
        return r.Sign > 0 ? q + 1 : q;
    }

    /// <summary>The nearest double. Exact figures should be read from <see cref="Numerator"/> and <see cref="Denominator"/>.</summary>
    public double ToDouble()
    {
        if (Numerator.IsZero) return 0d;
        // Scale so that the quotient carries at least 64 significant bits, then divide once: accurate even when both parts overflow a double.
        var n = BigInteger.Abs(Numerator);
        var d = Denominator;
        long shift = 64 - ((long)n.GetBitLength() - (long)d.GetBitLength());
        var q = shift >= 0 ? (n << (int)shift) / d : n / (d << (int)-shift);
        var result = Math.ScaleB((double)q, (int)-shift);
        return Numerator.Sign < 0 ? -result : result;
    }

    /// <summary>The sum of two rationals.</summary>
    public static Rational operator +(Rational a, Rational b) => new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    /// <summary>The difference of two rationals.</summary>
    public static Rational operator -(Rational a, Rational b) => new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    /// <summary>The negation of a rational.</summary>
    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);

    /// <summary>The product of two rationals.</summary>
    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    /// <summary>The quotient of two rationals.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="b"/> is zero.</exception>
    public static Rational operator /(Rational a, Rational b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    /// <summary>Adds two rationals.</summary>
    public static Rational Add(Rational left, Rational right) => left + right;

    /// <summary>Subtracts two rationals.</summary>
    public static Rational Subtract(Rational left, Rational right) => left - right;

    /// <summary>Multiplies two rationals.</summary>
    public static Rational Multiply(Rational left, Rational right) => left * right;

    /// <summary>Divides two rationals.</summary>
    public static Rational Divide(Rational left, Rational right) => left / right;

    /// <summary>Negates a rational.</summary>
    public static Rational Negate(Rational item) => -item;

    /// <inheritdoc />
    public bool Equals(Rational other) => Numerator == other.Numerator && _denominatorMinusOne == other._denominatorMinusOne;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, _denominatorMinusOne);

    /// <inheritdoc />
    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Rational r => CompareTo(r),
        _ => throw new ArgumentException($"Cannot compare a Rational with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(Rational left, Rational right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Rational left, Rational right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    public static bool operator <(Rational left, Rational right) => left.CompareTo(right) < 0;

    /// <summary>Greater than.</summary>
    public static bool operator >(Rational left, Rational right) => left.CompareTo(right) > 0;

    /// <summary>Less than or equal.</summary>
    public static bool operator <=(Rational left, Rational right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than or equal.</summary>
    public static bool operator >=(Rational left, Rational right) => left.CompareTo(right) >= 0;

    /// <summary>The exact text of this number: <c>"7/30"</c>, or <c>"5"</c> for an integer, culture-invariant.</summary>
    public override string ToString() =>
        IsInteger
            ? Numerator.ToString(CultureInfo.InvariantCulture)
            : Numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The exact decimal text of this number (<c>"3.25"</c>), or <see langword="null"/> when it has no finite decimal expansion (see <see cref="IsDecimal"/>).
    /// </summary>
    public string? ToDecimalString()
    {
        if (!IsDecimal) return null;
        if (IsInteger) return Numerator.ToString(CultureInfo.InvariantCulture);
        var d = Denominator;
        int places = 0;
        var power = BigInteger.One;
        while (!(power % d).IsZero)
        {
            power *= 10;
            places++;
        }

        var scaled = BigInteger.Abs(Numerator) * (power / d);
        var digits = scaled.ToString(CultureInfo.InvariantCulture).PadLeft(places + 1, '0');
        var text = digits[..^places] + "." + digits[^places..];
        return Numerator.Sign < 0 ? "-" + text : text;
    }

    /// <summary>
    /// Parses an exact number written as an integer (<c>"12"</c>), a fraction (<c>"2/3"</c>) or a decimal (<c>"0.55"</c>, <c>"-1.5"</c>);
    /// no exponent, no spaces, culture-invariant.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number, when the text is well formed and no denominator is zero.</param>
    /// <returns>Whether the text was a well-formed number.</returns>
    public static bool TryParse(string? text, out Rational value)
    {
        value = default;
        if (string.IsNullOrEmpty(text) || text.Length > 1000) return false;
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            var denominatorText = text[(slash + 1)..];
            if (denominatorText.StartsWith('-') || !TryParseDecimal(text[..slash], out var n) || !TryParseDecimal(denominatorText, out var d) || d.Sign == 0) return false;
            value = n / d;
            return true;
        }

        return TryParseDecimal(text, out value);
    }

    /// <summary>Parses an exact number as <see cref="TryParse(string?, out Rational)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="FormatException">The text is not a well-formed number or has a zero denominator.</exception>
    public static Rational Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"\"{text}\" is not an exact number: expected an integer, a decimal such as 0.55, or a fraction such as 2/3 with a non-zero denominator.");

    private static bool TryParseDecimal(string text, out Rational value)
    {
        value = default;
        if (text.Length == 0) return false;
        int i = 0;
        bool negative = false;
        if (text[0] == '-') { negative = true; i = 1; }
        if (i >= text.Length) return false;
        BigInteger mantissa = BigInteger.Zero;
        int fractionDigits = 0;
        bool seenPoint = false, seenDigit = false;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c is >= '0' and <= '9')
            {
                mantissa = mantissa * 10 + (c - '0');
                seenDigit = true;
                if (seenPoint) fractionDigits++;
            }
            else if (c == '.' && !seenPoint && seenDigit)
            {
                seenPoint = true;
            }
            else
            {
                return false;
            }
        }

        if (!seenDigit || (seenPoint && fractionDigits == 0)) return false;
        value = new Rational(negative ? -mantissa : mantissa, BigInteger.Pow(10, fractionDigits));
        return true;
    }
}
