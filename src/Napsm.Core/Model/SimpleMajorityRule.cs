namespace Napsm.Core.Model;

/// <summary>More than half of the voters.</summary>
public sealed record SimpleMajorityRule : DecisionRule
{
    private protected override void CloseHierarchy()
    {
    }

    /// <inheritdoc />
    public override string ToString() => "simpleMajority";
}
