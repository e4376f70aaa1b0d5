namespace Napsm.Core.Model;

/// <summary>Factory methods for decision rules, so a design reads like the institution it describes: <c>Rule.All(Rule.AtLeast(9), Rule.Veto("cn", "fr"))</c>.</summary>
public static class Rule
{
    /// <summary>Every voter must be in favour.</summary>
    public static DecisionRule Unanimity { get; } = new UnanimityRule();

    /// <summary>Nobody objects (abstention does not block).</summary>
    public static DecisionRule Consensus { get; } = new ConsensusRule();

    /// <summary>More than half of the voters.</summary>
    public static DecisionRule SimpleMajority { get; } = new SimpleMajorityRule();

    /// <summary>Passes unless more than <paramref name="k"/> voters object.</summary>
    /// <param name="k">The number of objections tolerated.</param>
    /// <returns>The rule.</returns>
    public static DecisionRule ConsensusMinus(int k) => new ConsensusMinusRule(k);

    /// <summary>At least <paramref name="threshold"/> voters (of all, or of <paramref name="of"/>) in favour.</summary>
    /// <param name="threshold">A count, percentage or fraction.</param>
    /// <param name="of">The voters counted, or <see langword="null"/> for all.</param>
    /// <returns>The rule.</returns>
    public static DecisionRule AtLeast(Threshold threshold, params IEnumerable<string>? of) => new HeadCountRule(Comparison.AtLeast, threshold, NullIfEmpty(of));

    /// <summary>More than <paramref name="threshold"/> voters (of all, or of <paramref name="of"/>) in favour.</summary>
    /// <param name="threshold">A count, percentage or fraction.</param>
    /// <param name="of">The voters counted, or <see langword="null"/> for all.</param>
    /// <returns>The rule.</returns>
    public static DecisionRule MoreThan(Threshold threshold, params IEnumerable<string>? of) => new HeadCountRule(Comparison.MoreThan, threshold, NullIfEmpty(of));

    /// <summary>At least <paramref name="threshold"/> of a base other than every voter, such as two-thirds of those present and voting.</summary>
    /// <param name="threshold">A count, percentage or fraction (of the base).</param>
    /// <param name="base">What the threshold is a share of.</param>
    /// <returns>The rule.</returns>
    public static DecisionRule AtLeast(Threshold threshold, VoteBase @base) => new HeadCountRule(Comparison.AtLeast, threshold) { Base = @base };

    /// <summary>More than <paramref name="threshold"/> of a base other than every voter, such as a majority of those present and voting.</summary>
    /// <param name="threshold">A count, percentage or fraction (of the base).</param>
    /// <param name="base">What the threshold is a share of.</param>
    /// <returns>The rule.</returns>
    public static DecisionRule MoreThan(Threshold threshold, VoteBase @base) => new HeadCountRule(Comparison.MoreThan, threshold) { Base = @base };

    /// <summary>The given voters block only by voting no: an abstention or absence does not block (UN Charter Art. 27(3) in practice).</summary>
    /// <param name="holders">The veto holders.</param>
    /// <returns>The rule.</returns>
    public static DecisionRule VetoByVotingNo(params IEnumerable<string> holders) => new VetoRule(holders) { AbstentionBlocks = false };

    /// <summary>A weighted quota with inline weights: passes when the weight in favour is at least <paramref name="quota"/>.</summary>
    /// <param name="weights">Each voter's weight.</param>
    /// <param name="quota">The quota: a count of weight, a percentage or a fraction of the total weight.</param>
    /// <returns>The rule.</returns>
    public static DecisionRule Weighted(IEnumerable<KeyValuePair<string, Rational>> weights, Threshold quota) => WeightedRule.WithWeights(weights, Comparison.AtLeast, quota);

    /// <summary>A weighted quota taken from a member attribute: passes when the weight in favour is at least <paramref name="quota"/>.</summary>
    /// <param name="attribute">The attribute, such as <c>population</c>.</param>
    /// <param name="quota">The quota: a count of weight, a percentage or a fraction of the total weight.</param>
    /// <returns>The rule.</returns>
    public static DecisionRule WeightedBy(string attribute, Threshold quota) => WeightedRule.ByAttribute(attribute, Comparison.AtLeast, quota);

    /// <summary>The given voters must all be in favour.</summary>
    /// <param name="holders">The veto holders.</param>
    /// <returns>The rule.</returns>
    public static DecisionRule Veto(params IEnumerable<string> holders) => new VetoRule(holders);

    /// <summary>Every clause must pass.</summary>
    /// <param name="clauses">The clauses.</param>
    /// <returns>The rule.</returns>
    public static DecisionRule All(params IEnumerable<DecisionRule> clauses) => new AllRule(clauses);

    /// <summary>Any clause suffices.</summary>
    /// <param name="clauses">The clauses.</param>
    /// <returns>The rule.</returns>
    public static DecisionRule Any(params IEnumerable<DecisionRule> clauses) => new AnyRule(clauses);

    private static IEnumerable<string>? NullIfEmpty(IEnumerable<string>? of) => of is null || !of.Any() ? null : of;
}
