namespace Napsm.Core.Model;

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
