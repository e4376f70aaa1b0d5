namespace Napsm.Core.Model;

/// <summary>
/// A stricter amendment procedure for parts of the design (#16): an entrenched charter core, a council's composition. The most specific
/// entry covering a change governs it; an entry covering <c>amendment</c> governs changes to the amendment rules themselves.
/// </summary>
public sealed record AmendmentEntry
{
    /// <summary>Creates an amendment entry.</summary>
    /// <param name="id">Its id, unique among amendment entries.</param>
    /// <param name="covers">
    /// The parts it covers: element kinds (<c>members</c>, <c>bodies</c>, <c>principles</c>, <c>phases</c>, <c>treaties</c>,
    /// <c>amendment</c>) or one element (<c>bodies/council</c>, <c>principles/ID</c>, <c>treaties/ID</c>).
    /// </param>
    /// <param name="rule">The decision rule over all members that adopts a change to those parts.</param>
    public AmendmentEntry(string id, IEnumerable<string> covers, DecisionRule rule)
    {
        Id = id;
        Covers = ValueList<string>.From(Guard.NotNull(covers));
        Rule = rule;
    }

    /// <summary>The entry's id, unique among amendment entries.</summary>
    public string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>The parts of the design the entry covers (see the constructor).</summary>
    public IReadOnlyList<string> Covers { get; init => field = ValueList<string>.From(value); }

    /// <summary>The decision rule over all members that adopts a change to those parts.</summary>
    public DecisionRule Rule { get; init => field = Guard.NotNull(value); }

    /// <summary>The ratification such a change needs before it takes effect; optional.</summary>
    public EntryIntoForce? Ratification { get; init; }

    /// <summary>The id of the source; optional.</summary>
    public string? Source { get; init; }

    /// <summary>A note; optional.</summary>
    public string? Note { get; init; }
}
