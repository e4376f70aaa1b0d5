namespace Napsm.Core.Model;

/// <summary>Every voter must be in favour.</summary>
public sealed record UnanimityRule : DecisionRule
{
    private protected override void CloseHierarchy()
    {
    }

    /// <inheritdoc />
    public override string ToString() => "unanimity";
}
