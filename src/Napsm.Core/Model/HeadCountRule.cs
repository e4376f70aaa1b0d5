namespace Napsm.Core.Model;

/// <summary>
/// A head count: passes when the number of voters in favour — of all the voters, or of the subset <see cref="Of"/> — is at least
/// (or more than) the threshold. A percentage or fraction is of the number of voters counted.
/// </summary>
public sealed record HeadCountRule : DecisionRule
{
    private protected override void CloseHierarchy()
    {
    }

    /// <summary>Creates the rule.</summary>
    /// <param name="comparison">At least, or more than.</param>
    /// <param name="threshold">The threshold.</param>
    /// <param name="of">The voters counted, or <see langword="null"/> for all the voters.</param>
    public HeadCountRule(Comparison comparison, Threshold threshold, IEnumerable<string>? of = null)
    {
        Comparison = comparison;
        Threshold = threshold;
        Of = of is null ? null : ValueList<string>.From(of);
    }

    /// <summary>At least, or more than.</summary>
    public Comparison Comparison { get; init; }

    /// <summary>The threshold.</summary>
    public Threshold Threshold { get; init; }

    /// <summary>The voters counted, or <see langword="null"/> when every voter counts.</summary>
    public IReadOnlyList<string>? Of
    {
        get;
        init => field = value is null ? null : ValueList<string>.From(value);
    }

    /// <summary>What the threshold is a share of: the voters counted (the default), those present, or those present and voting.</summary>
    public VoteBase Base { get; init; }

    /// <summary>A rule over who is present: unless the present voters pass it, this rule does not pass; optional.</summary>
    public DecisionRule? Quorum { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        (Comparison == Comparison.AtLeast ? "atLeast " : "moreThan ") + Threshold + (Of is null ? "" : " of [" + string.Join(", ", Of) + "]") +
        Options.Describe(Base, Quorum);
}
