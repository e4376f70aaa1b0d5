namespace Napsm.Core.Voting;

/// <summary>How a threshold is out of its range (a <see cref="RuleProblemKind.ThresholdOutOfRange"/> problem).</summary>
public enum ThresholdFault
{
    /// <summary>
    /// Consensus minus k with k at least the number of voters (<see cref="RuleProblem.Total"/>; k is the clause's
    /// <see cref="Model.ConsensusMinusRule.K"/>): the rule passes even with nobody in favour.
    /// </summary>
    ToleratesEveryone,

    /// <summary>A percentage above 100%: the rule can never pass.</summary>
    PercentageAbove100,

    /// <summary>A fraction above 1: the rule can never pass.</summary>
    FractionAboveOne,

    /// <summary>A head count's threshold above the number of voters it counts (<see cref="RuleProblem.Total"/>): the rule can never pass.</summary>
    AboveVotersCounted,

    /// <summary>A weighted rule's quota above the total weight (<see cref="RuleProblem.Total"/>): the rule can never pass.</summary>
    AboveTotalWeight,
}
