namespace Napsm.Core.Model;

/// <summary>
/// How a design changes itself (#16): the decision rule over all members that adopts an amendment, and optionally the ratification
/// it then needs before it takes effect (an entry-into-force condition over members, as a treaty's). A design without one can be
/// changed only by every member (unanimity); the validator says so (NAPSM1001).
/// </summary>
public sealed record AmendmentProcedure
{
    /// <summary>Creates an amendment procedure.</summary>
    /// <param name="rule">The decision rule over all members that adopts an amendment.</param>
    public AmendmentProcedure(DecisionRule rule) => Rule = rule;

    /// <summary>The decision rule over all members that adopts an amendment.</summary>
    public DecisionRule Rule { get; init => field = Guard.NotNull(value); }

    /// <summary>The ratification an adopted amendment needs before it takes effect (rule over members, delay); optional.</summary>
    public EntryIntoForce? Ratification { get; init; }

    /// <summary>The id of the source the procedure comes from (a charter's amendment article); optional.</summary>
    public string? Source { get; init; }

    /// <summary>A note; optional.</summary>
    public string? Note { get; init; }
}

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

/// <summary>Who admits new members (#16): a decision rule over all members; without one, the amendment procedure's rule applies.</summary>
public sealed record AccessionProcedure
{
    /// <summary>Creates an accession procedure.</summary>
    /// <param name="rule">The decision rule over all members that admits a new member.</param>
    public AccessionProcedure(DecisionRule rule) => Rule = rule;

    /// <summary>The decision rule over all members that admits a new member.</summary>
    public DecisionRule Rule { get; init => field = Guard.NotNull(value); }

    /// <summary>The id of the source (NATO's Art. 10, a charter's admission article); optional.</summary>
    public string? Source { get; init; }

    /// <summary>A note; optional.</summary>
    public string? Note { get; init; }
}
