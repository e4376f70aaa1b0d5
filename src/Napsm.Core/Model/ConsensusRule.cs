namespace Napsm.Core.Model;

/// <summary>
/// Nobody objects. The same winning coalitions as <see cref="UnanimityRule"/> — every voter is in favour or at least does not
/// object — but the model keeps the distinction: under consensus an abstention does not block.
/// </summary>
public sealed record ConsensusRule : DecisionRule
{
    private protected override void CloseHierarchy()
    {
    }

    /// <inheritdoc />
    public override string ToString() => "consensus";
}
