using Napsm.Core.Model;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>
/// A member's power in the ternary game of a body (#15; docs/analyses.md "Ternary games"): Felsenthal &amp; Machover's Shapley–Shubik and
/// Banzhaf indices, and how it blocks. Zero and false for a member without a seat.
/// </summary>
public sealed record TernaryStake
{
    internal TernaryStake()
    {
    }

    /// <summary>The ternary Shapley–Shubik index (roll-calls); <see langword="null"/> when not computed.</summary>
    public Rational? ShapleyShubik { get; init; }

    /// <summary>The ternary Banzhaf index (normalised); <see langword="null"/> when not computed.</summary>
    public Rational? Banzhaf { get; init; }

    /// <summary>Whether the member blocks by voting no, everyone else voting yes (the veto in the abstention-aware sense); null when the rule has problems.</summary>
    public bool? BlocksByVotingNo { get; init; }

    /// <summary>Whether the member also blocks by abstaining, everyone else voting yes; null when the rule has problems.</summary>
    public bool? BlocksByAbstaining { get; init; }

    /// <summary>The parts of the ternary analysis not computed and why; empty when everything was.</summary>
    public IReadOnlyList<Voting.PartNotComputed> NotComputed { get; init => field = ValueList<Voting.PartNotComputed>.From(value); } = ValueList<Voting.PartNotComputed>.Empty;
}
