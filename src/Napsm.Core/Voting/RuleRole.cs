using Napsm.Core.Model;

namespace Napsm.Core.Voting;

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
