namespace Napsm.Core.Model;

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
