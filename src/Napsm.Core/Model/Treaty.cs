using NodaTime;

namespace Napsm.Core.Model;

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
