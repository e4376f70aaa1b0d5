namespace Napsm.Core.Model;

/// <summary>A veto set: passes only when every holder is in favour (each holder can block).</summary>
public sealed record VetoRule : DecisionRule
{
    private protected override void CloseHierarchy()
    {
    }

    /// <summary>Creates the rule.</summary>
    /// <param name="holders">The voters who must all be in favour.</param>
    public VetoRule(IEnumerable<string> holders) => Holders = ValueList<string>.From(holders);

    /// <summary>The voters who must all be in favour.</summary>
    public IReadOnlyList<string> Holders
    {
        get;
        init => field = ValueList<string>.From(value);
    }

    /// <summary>
    /// Whether a holder's abstention (or absence) blocks, as a vote against does: <see langword="true"/> (the default: every holder must
    /// vote in favour) or <see langword="false"/> (a holder blocks only by voting no: the UN Security Council's practice under
    /// Art. 27(3) of the Charter since 1946).
    /// </summary>
    public bool AbstentionBlocks { get; init; } = true;

    /// <inheritdoc />
    public override string ToString() => "veto[" + string.Join(", ", Holders) + "]" + (AbstentionBlocks ? "" : " (abstention does not block)");
}
