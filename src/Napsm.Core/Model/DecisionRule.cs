namespace Napsm.Core.Model;

/// <summary>
/// A decision rule: which coalitions of voters can pass a decision. Every rule denotes a monotone simple game over the voters of
/// the body it belongs to (or the parties of a treaty, for an entry-into-force condition). Build rules with <see cref="Rule"/>.
/// </summary>
/// <remarks>Rules are immutable records with structural equality; the set of subtypes is closed.</remarks>
public abstract record DecisionRule
{
    private protected DecisionRule()
    {
    }

    /// <summary>The rule in the design-file notation, e.g. <c>all(atLeast 9, veto[cn, fr])</c>; for messages, not for parsing.</summary>
    public abstract override string ToString();

    // Records cannot hide their protected copy constructor, so an abstract member nobody outside the library can implement
    // keeps the hierarchy closed: engines may switch over the subtypes exhaustively.
    private protected abstract void CloseHierarchy();
}

/// <summary>Every voter must be in favour.</summary>
public sealed record UnanimityRule : DecisionRule
{
    private protected override void CloseHierarchy()
    {
    }

    /// <inheritdoc />
    public override string ToString() => "unanimity";
}

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

/// <summary>More than half of the voters.</summary>
public sealed record SimpleMajorityRule : DecisionRule
{
    private protected override void CloseHierarchy()
    {
    }

    /// <inheritdoc />
    public override string ToString() => "simpleMajority";
}

/// <summary>Consensus minus k: passes unless more than <see cref="K"/> voters object (at least n − k in favour).</summary>
public sealed record ConsensusMinusRule : DecisionRule
{
    private protected override void CloseHierarchy()
    {
    }

    /// <summary>Creates the rule.</summary>
    /// <param name="k">How many objections the rule tolerates; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is negative.</exception>
    public ConsensusMinusRule(int k) => K = k;

    /// <summary>How many objections the rule tolerates.</summary>
    public int K
    {
        get;
        init => field = value < 0 ? throw new ArgumentOutOfRangeException(nameof(value), value, "Consensus minus k needs k ≥ 0.") : value;
    }

    /// <inheritdoc />
    public override string ToString() => $"consensusMinus {K}";
}

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

/// <summary>
/// A weighted quota: passes when the total weight of the voters in favour is at least (or more than) the threshold. Weights are
/// given inline (<see cref="Weights"/>) or taken from a member attribute (<see cref="Attribute"/>); a percentage or fraction is of
/// the voters' total weight.
/// </summary>
public sealed record WeightedRule : DecisionRule
{
    private protected override void CloseHierarchy()
    {
    }

    private WeightedRule(Comparison comparison, Threshold threshold, IReadOnlyDictionary<string, Rational>? weights, string? attribute)
    {
        Comparison = comparison;
        Threshold = threshold;
        Weights = weights is null ? null : ValueMap<Rational>.From(weights);
        Attribute = attribute;
    }

    /// <summary>A weighted rule with inline weights.</summary>
    /// <param name="weights">The weight of each voter; not negative.</param>
    /// <param name="comparison">At least, or more than.</param>
    /// <param name="threshold">The quota.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative.</exception>
    public static WeightedRule WithWeights(IEnumerable<KeyValuePair<string, Rational>> weights, Comparison comparison, Threshold threshold)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var map = ValueMap<Rational>.From(weights);
        foreach (var (voter, weight) in map)
        {
            if (weight.Sign < 0) throw new ArgumentOutOfRangeException(nameof(weights), weight, $"The weight of \"{voter}\" is negative.");
        }

        return new(comparison, threshold, map, null);
    }

    /// <summary>A weighted rule whose weights are a member attribute, such as <c>population</c>.</summary>
    /// <param name="attribute">The attribute name.</param>
    /// <param name="comparison">At least, or more than.</param>
    /// <param name="threshold">The quota.</param>
    /// <returns>The rule.</returns>
    public static WeightedRule ByAttribute(string attribute, Comparison comparison, Threshold threshold)
    {
        ArgumentException.ThrowIfNullOrEmpty(attribute);
        return new(comparison, threshold, null, attribute);
    }

    /// <summary>At least, or more than.</summary>
    public Comparison Comparison { get; init; }

    /// <summary>The quota.</summary>
    public Threshold Threshold { get; init; }

    /// <summary>The inline weights by voter id, or <see langword="null"/> when the weights come from <see cref="Attribute"/>.</summary>
    public IReadOnlyDictionary<string, Rational>? Weights { get; }

    /// <summary>The member attribute that gives the weights, or <see langword="null"/> when they are inline.</summary>
    public string? Attribute { get; }

    /// <summary>What the quota is a share of: the total weight of the voters (the default), of those present, or of those present and voting.</summary>
    public VoteBase Base { get; init; }

    /// <summary>A rule over who is present: unless the present voters pass it, this rule does not pass; optional.</summary>
    public DecisionRule? Quorum { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        "weighted(" + (Attribute is not null ? "by " + Attribute : string.Join(", ", Weights!.Select(w => w.Key + " " + w.Value))) + "; " +
        (Comparison == Comparison.AtLeast ? "atLeast " : "moreThan ") + Threshold + Options.Describe(Base, Quorum) + ")";
}

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

/// <summary>How the options of a rule read in messages.</summary>
internal static class Options
{
    public static string Describe(VoteBase @base, DecisionRule? quorum) =>
        (@base switch { VoteBase.Present => " of those present", VoteBase.PresentAndVoting => " of those present and voting", _ => "" }) +
        (quorum is null ? "" : ", quorum " + quorum);
}

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
