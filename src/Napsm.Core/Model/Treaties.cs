using NodaTime;

namespace Napsm.Core.Model;

/// <summary>
/// When a treaty enters into force: a decision rule over its parties' standing ratifications, then a delay, and not before a date
/// (CTBT: all 44 Annex 2 states, then 180 days, not before 24 September 1998).
/// </summary>
public sealed record EntryIntoForce
{
    /// <summary>Creates the condition.</summary>
    /// <param name="rule">The rule over the parties: a coalition of ratifying parties that passes it brings the treaty into force.</param>
    public EntryIntoForce(DecisionRule rule) => Rule = rule;

    /// <summary>The rule over the parties: a coalition of ratifying parties that passes it brings the treaty into force.</summary>
    public DecisionRule Rule { get; init => field = Guard.NotNull(value); }

    /// <summary>The delay between the rule first being met and entry into force (<c>P180D</c>); optional.</summary>
    public Period? Delay { get; init; }

    /// <summary>The earliest date of entry into force; optional.</summary>
    public LocalDate? NotBefore { get; init; }
}

/// <summary>What a ratification event does.</summary>
public enum RatificationKind
{
    /// <summary>The member deposits its ratification.</summary>
    Ratified,

    /// <summary>The member revokes an earlier ratification (Russia and the CTBT, 2023).</summary>
    Revoked,

    /// <summary>The member withdraws from the treaty.</summary>
    Withdrawn,
}

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

/// <summary>How a party may leave a treaty.</summary>
public sealed record WithdrawalTerms
{
    /// <summary>The notice a withdrawal takes to become effective (<c>P3M</c>); optional.</summary>
    public Period? Notice { get; init; }

    /// <summary>How long after entry into force a party may first give notice (<c>P3Y</c>); optional.</summary>
    public Period? NotBefore { get; init; }
}

/// <summary>An agreement with parties, an entry-into-force condition, dependencies and withdrawal terms.</summary>
public sealed record Treaty
{
    /// <summary>Creates a treaty.</summary>
    /// <param name="id">The treaty's id, unique among treaties.</param>
    /// <param name="name">The treaty's name.</param>
    /// <param name="parties">The ids of its parties (or prospective parties).</param>
    public Treaty(string id, string name, IEnumerable<string> parties)
    {
        Id = id;
        Name = name;
        Parties = ValueList<string>.From(parties);
    }

    /// <summary>The treaty's id, unique among treaties.</summary>
    public string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>The treaty's name.</summary>
    public string Name { get; init => field = Guard.NotNull(value); }

    /// <summary>The ids of its parties (or prospective parties), in order.</summary>
    public IReadOnlyList<string> Parties { get; init => field = ValueList<string>.From(value); }

    /// <summary>The date it was opened for signature; optional.</summary>
    public LocalDate? OpenedForSignature { get; init; }

    /// <summary>What must hold before it can enter into force: other treaties in force, commitments met, phases ended.</summary>
    public IReadOnlyList<ElementRef> Requires { get; init => field = ValueList<ElementRef>.From(value); } = ValueList<ElementRef>.Empty;

    /// <summary>The entry-into-force condition; optional (a treaty without one is in force once signed).</summary>
    public EntryIntoForce? EntryIntoForce { get; init; }

    /// <summary>Ratification events, in the order given (the analyses apply them in date order).</summary>
    public IReadOnlyList<Ratification> Ratifications { get; init => field = ValueList<Ratification>.From(value); } = ValueList<Ratification>.Empty;

    /// <summary>How a party may leave; optional.</summary>
    public WithdrawalTerms? Withdrawal { get; init; }

    /// <summary>The id of the source; optional.</summary>
    public string? Source { get; init; }
}
