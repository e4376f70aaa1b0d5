using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>One voter's power in a game, exactly (as <see cref="Rational"/>) and as doubles.</summary>
public sealed record VoterPower
{
    internal VoterPower(string id) => Id = id;

    /// <summary>The voter's id.</summary>
    public string Id { get; }

    /// <summary>The number of swings: winning coalitions that lose when the voter leaves; null when not computed.</summary>
    public BigInteger? Swings { get; init; }

    /// <summary>
    /// Penrose (absolute Banzhaf): swings / 2^(n−1), the probability of being decisive when every coalition is equally likely; null when
    /// not computed.
    /// </summary>
    public Rational? Penrose { get; init; }

    /// <summary>Normalised Banzhaf: swings / total swings (zero when nobody has a swing); null when not computed.</summary>
    public Rational? Banzhaf { get; init; }

    /// <summary>Shapley–Shubik: the share of the n! voter orderings in which the voter is pivotal; null when not computed.</summary>
    public Rational? ShapleyShubik { get; init; }

    /// <summary>Johnston (normalised); null when not computed.</summary>
    public Rational? Johnston { get; init; }

    /// <summary>Deegan–Packel; null when not computed.</summary>
    public Rational? DeeganPackel { get; init; }

    /// <summary>Holler–Packel (public good index); null when not computed.</summary>
    public Rational? HollerPackel { get; init; }

    /// <summary>Whether the voter is a veto player (see <see cref="VotingGame.VetoPlayers"/>); null when the rule has problems.</summary>
    public bool? IsVeto { get; init; }

    /// <summary>Whether the voter never matters: no swing at all. Null when the swings were not computed.</summary>
    public bool? IsDummy { get; init; }

    /// <summary>
    /// Penrose approximated (see <see cref="AnalysisOptions.Approximation"/>), when <see cref="Penrose"/> was not computed exactly and an
    /// approximation was asked for; null otherwise. Never set beside an exact value.
    /// </summary>
    public ApproximateFigure? ApproximatePenrose { get; init; }

    /// <summary>Normalised Banzhaf approximated, when <see cref="Banzhaf"/> was not computed exactly and an approximation was asked for; null otherwise.</summary>
    public ApproximateFigure? ApproximateBanzhaf { get; init; }

    /// <summary>Shapley–Shubik approximated, when <see cref="ShapleyShubik"/> was not computed exactly and an approximation was asked for; null otherwise.</summary>
    public ApproximateFigure? ApproximateShapleyShubik { get; init; }

    /// <summary><see cref="Penrose"/> as a double; NaN when not computed.</summary>
    public double PenroseAsDouble => Penrose?.ToDouble() ?? double.NaN;

    /// <summary><see cref="Banzhaf"/> as a double; NaN when not computed.</summary>
    public double BanzhafAsDouble => Banzhaf?.ToDouble() ?? double.NaN;

    /// <summary><see cref="ShapleyShubik"/> as a double; NaN when not computed.</summary>
    public double ShapleyShubikAsDouble => ShapleyShubik?.ToDouble() ?? double.NaN;
}
