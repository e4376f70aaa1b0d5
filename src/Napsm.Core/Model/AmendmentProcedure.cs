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
