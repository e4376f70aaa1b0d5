namespace Napsm.Core.Model;

/// <summary>A conjunction: passes when every clause passes (a double majority, a count with a veto set).</summary>
public sealed record AllRule : DecisionRule
{
    private protected override void CloseHierarchy()
    {
    }

    /// <summary>Creates the rule.</summary>
    /// <param name="clauses">The clauses, all of which must pass.</param>
    public AllRule(IEnumerable<DecisionRule> clauses) => Clauses = ValueList<DecisionRule>.From(clauses);

    /// <summary>The clauses, all of which must pass.</summary>
    public IReadOnlyList<DecisionRule> Clauses
    {
        get;
        init => field = ValueList<DecisionRule>.From(value);
    }

    /// <inheritdoc />
    public override string ToString() => "all(" + string.Join(", ", Clauses) + ")";
}
