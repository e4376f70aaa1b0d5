using NodaTime;

namespace Napsm.Core.Model;

/// <summary>A named numeric attribute of a member (population, votes, emission share): an exact number, optionally dated and sourced.</summary>
public sealed record AttributeValue
{
    /// <summary>Creates an attribute value.</summary>
    /// <param name="value">The exact value; it must have a finite decimal expansion so that it can be written in a design file.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> has no finite decimal expansion (such as 1/3).</exception>
    public AttributeValue(Rational value) => Value = value;

    /// <summary>The exact value.</summary>
    public Rational Value
    {
        get;
        init => field = value.IsDecimal ? value : throw new ArgumentException($"An attribute value must be a finite decimal; {value} is not.", nameof(value));
    }

    /// <summary>The date the value refers to; optional.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>The id of the source the value comes from; optional.</summary>
    public string? Source { get; init; }

    /// <summary>A value with no date or source.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator AttributeValue(long value) => new((Rational)value);

    /// <summary>A value with no date or source.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue FromInt64(long value) => new((Rational)value);
}
