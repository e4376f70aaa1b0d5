using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>What is wrong with a decision rule as a game over its voters.</summary>
public enum RuleProblemKind
{
    /// <summary>
    /// The rule names someone who is not a voter: a veto holder, a member of an <c>of</c> list or a key of inline weights.
    /// The game treats that person as never in favour (a non-voter veto holder makes its clause impossible to pass).
    /// </summary>
    NotAVoter,

    /// <summary>A voter has no inline weight; the game gives the voter weight zero.</summary>
    MissingWeight,

    /// <summary>A voter lacks the member attribute that gives the weights (or it is negative); the game gives the voter weight zero.</summary>
    MissingAttribute,

    /// <summary>
    /// A threshold outside its range: consensus minus k with k at least the number of voters, a quota above the total, a percentage
    /// above 100% or a fraction above 1. The game applies the threshold as written (so it may pass with nobody, or never).
    /// </summary>
    ThresholdOutOfRange,

    /// <summary>
    /// A voter <c>body:ID</c> names no body of the design (found when a compound body is expanded, <see cref="VotingGame.Expand(Design, Body, Decision?, AnalysisContext?)"/>);
    /// the expanded game keeps it as one opaque voter.
    /// </summary>
    UnknownBody,

    /// <summary>
    /// A voter <c>body:ID</c> closes a cycle of bodies voting in each other (found when a compound body is expanded); the expanded game
    /// keeps it as one opaque voter.
    /// </summary>
    CompoundCycle,
}

/// <summary>Where in a rule the person or figure a <see cref="RuleProblem"/> is about stands.</summary>
public enum RuleRole
{
    /// <summary>In the <c>of</c> list of a head count (<c>atLeast</c>, <c>majority</c> … <c>of</c>).</summary>
    HeadCount,

    /// <summary>A holder of a <c>veto</c>.</summary>
    VetoHolder,

    /// <summary>A voter of a <c>weighted</c> rule: a key of its inline weights, or a voter weighed by an attribute.</summary>
    WeightedVoter,

    /// <summary>The threshold of a rule (a quota, a percentage, a fraction, consensus minus k).</summary>
    Threshold,

    /// <summary>A voter of the body (a <c>body:ID</c> voter of a compound body).</summary>
    Voter,
}

/// <summary>
/// A problem found while turning a decision rule into a game. Construction never throws on a malformed rule: it records the
/// problem here and gives the rule a definite meaning (see <see cref="RuleProblemKind"/>), so a validator can report it.
/// </summary>
public sealed record RuleProblem
{
    internal RuleProblem(RuleProblemKind kind, RuleRole role, IEnumerable<string> ids, string pointer, DecisionRule clause, string message)
    {
        Clause = clause;
        Kind = kind;
        Role = role;
        Ids = Model.ValueList<string>.From(ids);
        At = pointer;
        Message = message;
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

    /// <summary>A sentence describing the problem, naming the ids involved.</summary>
    public string Message { get; }
}
