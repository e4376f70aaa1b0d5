using NodaTime;

namespace Napsm.Core.Model;

/// <summary>A dated ratification, revocation or withdrawal by a party.</summary>
public sealed record Ratification
{
    /// <summary>Creates the event.</summary>
    /// <param name="member">The id of the party.</param>
    /// <param name="date">The date of the event.</param>
    /// <param name="kind">What the event does.</param>
    public Ratification(string member, LocalDate date, RatificationKind kind = RatificationKind.Ratified)
    {
        Member = member;
        Date = date;
        Kind = kind;
    }

    /// <summary>The id of the party.</summary>
    public string Member { get; init => field = Guard.NotNull(value); }

    /// <summary>The date of the event.</summary>
    public LocalDate Date { get; init; }

    /// <summary>What the event does. The default value is <see cref="RatificationKind.Ratified"/>.</summary>
    public RatificationKind Kind { get; init; }

    /// <summary>The id of the source; optional.</summary>
    public string? Source { get; init; }
}
