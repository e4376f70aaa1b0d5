using NodaTime;

namespace Napsm.Core.Model;

/// <summary>A state or organisation that takes part in the institution.</summary>
public sealed record Member
{
    /// <summary>Creates a member.</summary>
    /// <param name="id">The member's id, unique among members.</param>
    /// <param name="name">The member's name.</param>
    public Member(string id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The member's id, unique among members.</summary>
    public string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>The member's name.</summary>
    public string Name { get; init => field = Guard.NotNull(value); }

    /// <summary>What kind of member: <c>state</c>, <c>organisation</c>, …; optional.</summary>
    public string? Kind { get; init; }

    /// <summary>Named numeric attributes, in the order they were given; compared without regard to order.</summary>
    public IReadOnlyDictionary<string, AttributeValue> Attributes { get; init => field = ValueMap<AttributeValue>.From(value); } = ValueMap<AttributeValue>.Empty;

    /// <summary>The id of the source for the member's participation; optional.</summary>
    public string? Source { get; init; }
}
