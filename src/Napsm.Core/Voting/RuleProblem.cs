using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>
/// A problem found while turning a decision rule into a game. Construction never throws on a malformed rule: it records the
/// problem here and gives the rule a definite meaning (see <see cref="RuleProblemKind"/>), so a validator can report it.
/// </summary>
public sealed record RuleProblem
{
    internal RuleProblem(RuleProblemKind kind, RuleRole role, IEnumerable<string> ids, string pointer, DecisionRule clause)
    {
        Clause = clause;
        Kind = kind;
        Role = role;
        Ids = Model.ValueList<string>.From(ids);
        At = pointer;
    }

    /// <summary>What kind of problem.</summary>
    public RuleProblemKind Kind { get; }

    /// <summary>Where the id or figure stands in the rule: in a head count, as a veto holder, as a weighted voter, or the threshold.</summary>
    public RuleRole Role { get; }

    /// <summary>The ids involved: the non-voter, the voter without a weight; empty for a threshold.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>
    /// The JSON pointer of the offending node relative to the rule (<c>/all/1/veto/2</c>, <c>/weighted/weights/fr</c>,
    /// <c>/weighted/atLeast</c>); the empty string for the rule itself. Append it to the rule's own pointer in the design.
    /// </summary>
    public string At { get; }

    /// <summary>
    /// The clause the problem is in: the rule itself, one of its <c>all</c>/<c>any</c> clauses, or a quorum — the innermost rule
    /// whose pointer <see cref="At"/> lies under.
    /// </summary>
    public DecisionRule Clause { get; }

    /// <summary>For a <see cref="RuleProblemKind.ThresholdOutOfRange"/> problem: how the threshold is out of range; otherwise <see langword="null"/>.</summary>
    public ThresholdFault? Fault { get; internal init; }

    /// <summary>
    /// For a threshold out of range: the threshold as written (<c>101%</c>, <c>3/2</c>, <c>5</c>); <see langword="null"/> for consensus
    /// minus k and for every other kind.
    /// </summary>
    public Threshold? Threshold { get; internal init; }

    /// <summary>For a threshold above its total: whether the rule asks for at least or more than the threshold; otherwise <see langword="null"/>.</summary>
    public Comparison? Comparison { get; internal init; }

    /// <summary>
    /// For a threshold out of range against a total (<see cref="ThresholdFault.ToleratesEveryone"/>,
    /// <see cref="ThresholdFault.AboveVotersCounted"/>, <see cref="ThresholdFault.AboveTotalWeight"/>): the number of voters or the
    /// total weight it exceeds; otherwise <see langword="null"/>.
    /// </summary>
    public Rational? Total { get; internal init; }

    /// <summary>For a <see cref="RuleProblemKind.MissingAttribute"/> problem: the member attribute that gives the weights; otherwise <see langword="null"/>.</summary>
    public string? Attribute { get; internal init; }

    /// <summary>
    /// For a <see cref="RuleProblemKind.MissingAttribute"/> problem: the voter's negative value of <see cref="Attribute"/>;
    /// <see langword="null"/> when the voter has no such attribute, and for every other kind.
    /// </summary>
    public Rational? Value { get; internal init; }

    /// <summary>
    /// For a <see cref="RuleProblemKind.UnknownBody"/> or <see cref="RuleProblemKind.CompoundCycle"/> problem: the id of the body
    /// whose voter (<see cref="Ids"/>) it is; otherwise <see langword="null"/>.
    /// </summary>
    public string? Body { get; internal init; }
}
