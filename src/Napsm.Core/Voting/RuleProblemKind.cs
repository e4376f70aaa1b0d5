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
