using Napsm.Core.Model;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>
/// A member's power in a body when the voters form the blocs of an alignment (#15; docs/analyses.md "Blocs"): its Owen value (Shapley–Shubik
/// with a priori unions) and Banzhaf–Owen value, and its union's indices in the quotient game, in which each bloc is one player. An
/// excluded member's support never counts: every figure of it is zero.
/// </summary>
public sealed record BlocStake
{
    internal BlocStake(string alignment) => Alignment = alignment;

    /// <summary>The alignment's id.</summary>
    public string Alignment { get; }

    /// <summary>Whether the alignment excludes the member (no one governs with it).</summary>
    public required bool IsExcluded { get; init; }

    /// <summary>Whether the member is in one of the alignment's blocs among the body's voters (otherwise it votes alone, a union of one).</summary>
    public required bool InBloc { get; init; }

    /// <summary>The voters of the member's union in the body, in voter order (the member alone when in no bloc); empty when excluded.</summary>
    public IReadOnlyList<string> Union { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The member's Owen value; <see langword="null"/> when not computed. Compare with <see cref="BodyStake.ShapleyShubik"/>.</summary>
    public Rational? Owen { get; init; }

    /// <summary>The member's Banzhaf–Owen value (absolute: a probability of being decisive, not a share); <see langword="null"/> when not computed.</summary>
    public Rational? BanzhafOwen { get; init; }

    /// <summary>The Shapley–Shubik index of the member's union in the quotient game; <see langword="null"/> when not computed or excluded.</summary>
    public Rational? UnionShapleyShubik { get; init; }

    /// <summary>The normalised Banzhaf index of the member's union in the quotient game; <see langword="null"/> when not computed or excluded.</summary>
    public Rational? UnionBanzhaf { get; init; }

    /// <summary>Whether the member's union, voting together, can block alone (everyone else together loses); false when excluded.</summary>
    public required bool UnionIsVeto { get; init; }

    /// <summary>The parts of the analysis with unions not computed and why; empty when everything was.</summary>
    public IReadOnlyList<Voting.PartNotComputed> NotComputed { get; init => field = ValueList<Voting.PartNotComputed>.From(value); } = ValueList<Voting.PartNotComputed>.Empty;
}
