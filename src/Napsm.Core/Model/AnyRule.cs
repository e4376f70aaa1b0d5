namespace Napsm.Core.Model;

/// <summary>A disjunction: passes when any clause passes.</summary>
public sealed record AnyRule : DecisionRule
{
    private protected override void CloseHierarchy()
    {
    }

    /// <summary>Creates the rule.</summary>
    /// <param name="clauses">The clauses, any of which suffices.</param>
    public AnyRule(IEnumerable<DecisionRule> clauses) => Clauses = ValueList<DecisionRule>.From(clauses);

    /// <summary>The clauses, any of which suffices.</summary>
    public IReadOnlyList<DecisionRule> Clauses
    {
        get;
        init => field = ValueList<DecisionRule>.From(value);
    }

    /// <inheritdoc />
    public override string ToString() => "any(" + string.Join(", ", Clauses) + ")";
}
