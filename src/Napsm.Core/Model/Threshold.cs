namespace Napsm.Core.Model;

/// <summary>
/// An exact threshold: a count, a percentage or a fraction. Percentages and fractions are of a total (the number of voters,
/// or the voters' total weight) that is known only when the threshold is applied; see <see cref="Resolve"/>.
/// </summary>
/// <remarks>The value is exact (a <see cref="Rational"/>); the written form is kept so that files round-trip as they were written.</remarks>
public readonly record struct Threshold
{
    private Threshold(ThresholdKind kind, Rational value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>How the threshold is written.</summary>
    public ThresholdKind Kind { get; }

    /// <summary>
    /// The number: the count itself for <see cref="ThresholdKind.Count"/>, the percentage (<c>55</c> for 55%) for
    /// <see cref="ThresholdKind.Percentage"/>, the fraction (<c>2/3</c>) for <see cref="ThresholdKind.Fraction"/>.
    /// </summary>
    public Rational Value { get; }

    /// <summary>An absolute threshold.</summary>
    /// <param name="count">The count or quota; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static Threshold Count(Rational count) =>
        count.Sign < 0 ? throw new ArgumentOutOfRangeException(nameof(count), count, "A threshold cannot be negative.") : new(ThresholdKind.Count, count);

    /// <summary>A percentage of the total, such as 55 for 55%.</summary>
    /// <param name="percent">The percentage; not negative. Values above 100 are representable so that a validator can report them.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative.</exception>
    public static Threshold Percentage(Rational percent) =>
        percent.Sign < 0 ? throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentage threshold cannot be negative.") : new(ThresholdKind.Percentage, percent);

    /// <summary>A fraction of the total, such as 2/3.</summary>
    /// <param name="fraction">The fraction; not negative. Values above 1 are representable so that a validator can report them.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is negative.</exception>
    public static Threshold Fraction(Rational fraction) =>
        fraction.Sign < 0 ? throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "A fraction threshold cannot be negative.") : new(ThresholdKind.Fraction, fraction);

    /// <summary>An absolute count.</summary>
    /// <param name="count">The count.</param>
    public static implicit operator Threshold(int count) => Count(count);

    /// <summary>An absolute count.</summary>
    /// <param name="count">The count; not negative.</param>
    /// <returns>The threshold.</returns>
    public static Threshold FromInt32(int count) => Count(count);

    /// <summary>The threshold as a share of the total (percentages over 100, fractions as they are); <see langword="null"/> for a count.</summary>
    public Rational? Share => Kind switch
    {
        ThresholdKind.Percentage => Value / 100,
        ThresholdKind.Fraction => Value,
        _ => null,
    };

    /// <summary>The absolute threshold for a given total: the count itself, or the share of <paramref name="total"/>, exactly.</summary>
    /// <param name="total">The number of voters, or their total weight.</param>
    /// <returns>The exact threshold; compare a coalition's count or weight with it using the rule's <see cref="Comparison"/>.</returns>
    public Rational Resolve(Rational total) => Kind == ThresholdKind.Count ? Value : Value * total / (Kind == ThresholdKind.Percentage ? 100 : 1);

    /// <summary>
    /// Parses the text form of a threshold: an exact number (<c>"9"</c>, <c>"55.5"</c>), a percentage (<c>"55%"</c>) or a fraction (<c>"2/3"</c>).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="threshold">The threshold when the text is well formed.</param>
    /// <returns>Whether the text is a well-formed, non-negative threshold with no zero denominator.</returns>
    public static bool TryParse(string? text, out Threshold threshold)
    {
        threshold = default;
        if (string.IsNullOrEmpty(text)) return false;
        if (text.EndsWith('%'))
        {
            if (text.Contains('/', StringComparison.Ordinal) || !Rational.TryParse(text[..^1], out var p) || p.Sign < 0) return false;
            threshold = new(ThresholdKind.Percentage, p);
            return true;
        }

        if (!Rational.TryParse(text, out var value) || value.Sign < 0) return false;
        threshold = text.Contains('/', StringComparison.Ordinal) ? new(ThresholdKind.Fraction, value) : new(ThresholdKind.Count, value);
        return true;
    }

    /// <summary>Parses the text form of a threshold as <see cref="TryParse"/> does: <c>Threshold.Parse("2/3")</c>.</summary>
    /// <param name="text">The text: an exact number (<c>"9"</c>), a percentage (<c>"55%"</c>) or a fraction (<c>"2/3"</c>).</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="FormatException">The text is not a well-formed, non-negative threshold with no zero denominator.</exception>
    public static Threshold Parse(string text) =>
        TryParse(text, out var threshold)
            ? threshold
            : throw new FormatException($"\"{text}\" is not a threshold: expected a count such as 9, a percentage such as 55% or a fraction such as 2/3, not negative.");

    /// <summary>The text form: <c>"9"</c>, <c>"55%"</c>, <c>"2/3"</c>, culture-invariant.</summary>
    public override string ToString() => Kind switch
    {
        ThresholdKind.Percentage => (Value.ToDecimalString() ?? Value.ToString()) + "%",
        ThresholdKind.Fraction => Value.IsInteger ? Value + "/1" : Value.ToString(),
        _ => Value.ToDecimalString() ?? Value.ToString(),
    };
}
