using Napsm.Core.Model;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>A member's voting power in one body of one design, with the change from the baseline design.</summary>
public sealed record BodyStake
{
    internal BodyStake(string body, string name) => (Body, Name) = (body, name);

    /// <summary>The body's id.</summary>
    public string Body { get; }

    /// <summary>The body's name.</summary>
    public string Name { get; }

    /// <summary>The body's rule, as text.</summary>
    public required string Rule { get; init; }

    /// <summary>The number of voters.</summary>
    public required int Voters { get; init; }

    /// <summary>Whether the member votes in the body; when not, its power is zero.</summary>
    public required bool IsVoter { get; init; }

    /// <summary>Shapley–Shubik index; <see langword="null"/> when not computed (too large).</summary>
    public Rational? ShapleyShubik { get; init; }

    /// <summary>Normalised Banzhaf index; <see langword="null"/> when not computed (too large).</summary>
    public Rational? Banzhaf { get; init; }

    /// <summary>
    /// Whether the member is a veto player of the body (see <see cref="Voting.VotingGame.VetoPlayers"/>); false for a non-voter;
    /// <see langword="null"/> when the rule has problems.
    /// </summary>
    public bool? IsVeto { get; init; }

    /// <summary>Whether the member's vote never changes an outcome; <see langword="null"/> when not computed. False for a non-voter.</summary>
    public bool? IsDummy { get; init; }

    /// <summary>The parts of the body's analysis not computed and why; empty when everything was.</summary>
    public IReadOnlyList<Voting.PartNotComputed> NotComputed { get; init => field = ValueList<Voting.PartNotComputed>.From(value); } = ValueList<Voting.PartNotComputed>.Empty;

    /// <summary>The change from the baseline design's body of the same id; <see langword="null"/> for the baseline itself or a body it does not have.</summary>
    public PowerChange? Change { get; init; }

    /// <summary>
    /// The member's power in the ternary game of the body's rule (#15: yes, abstain or no), when the rule reads abstention (a base, a quorum,
    /// a veto abstention does not block); <see langword="null"/> otherwise. The figures above it are then those of the binary game (every
    /// voter present, abstention counted as no).
    /// </summary>
    public TernaryStake? Ternary { get; init; }

    /// <summary>
    /// The member's power in the body under the alignment <see cref="StakeOptions.Alignment"/> (#15), beside the plain figures above;
    /// <see langword="null"/> when no alignment was asked for, the design has none of that id, or the member has no seat in the body.
    /// </summary>
    public BlocStake? Bloc { get; init; }

    /// <summary><see cref="ShapleyShubik"/> as a double; NaN when not computed.</summary>
    public double ShapleyShubikAsDouble => ShapleyShubik?.ToDouble() ?? double.NaN;

    /// <summary><see cref="Banzhaf"/> as a double; NaN when not computed.</summary>
    public double BanzhafAsDouble => Banzhaf?.ToDouble() ?? double.NaN;
}
