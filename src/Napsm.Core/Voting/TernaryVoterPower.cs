using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>
/// One voter's power in the ternary game of a rule (each voter votes yes, abstains or votes no; Felsenthal &amp; Machover 1997), exactly and
/// as doubles, with how it can block. See docs/analyses.md ("Ternary games").
/// </summary>
public sealed record TernaryVoterPower
{
    internal TernaryVoterPower(string id) => Id = id;

    /// <summary>The voter's id.</summary>
    public string Id { get; }

    /// <summary>
    /// Whether the voter blocks by voting no when every other voter votes yes: a veto player in the abstention-aware sense (the UN Security
    /// Council's permanent members under Art. 27(3) as applied). Null when the rule has problems; false for everyone when the rule does not
    /// pass even with every voter in favour.
    /// </summary>
    public bool? BlocksByVotingNo { get; init; }

    /// <summary>
    /// Whether the voter also blocks by abstaining when every other voter votes yes (a veto that abstention exercises, as under
    /// <c>abstentionBlocks: true</c> or unanimity). Null when the rule has problems.
    /// </summary>
    public bool? BlocksByAbstaining { get; init; }

    /// <summary>Whether the voter blocks by being absent when every other voter votes yes (a quorum that needs it). Null when the rule has problems.</summary>
    public bool? BlocksByAbsence { get; init; }

    /// <summary>
    /// The number of profiles of the other voters (of 3^(n−1)) at which this voter's vote decides: the rule passes if it votes yes and fails
    /// if it votes no. Null when not computed.
    /// </summary>
    public BigInteger? Swings { get; init; }

    /// <summary>
    /// Felsenthal &amp; Machover's Banzhaf measure of a ternary game (absolute): <see cref="Swings"/> / 3^(n−1), the probability that the voter's
    /// vote decides when every voter votes yes, abstains or votes no with equal probability. Null when not computed.
    /// </summary>
    public Rational? Penrose { get; init; }

    /// <summary>The ternary Banzhaf index: <see cref="Swings"/> / the total over all voters (zero when nobody's vote decides). Null when not computed.</summary>
    public Rational? Banzhaf { get; init; }

    /// <summary>
    /// Felsenthal &amp; Machover's Shapley–Shubik index of a ternary game: the probability that the voter is the pivot of a random roll-call (an
    /// order of the voters and a vote for each, all 3^n·n! equally likely), the pivot being the voter whose vote, with the votes cast before
    /// it, first makes the outcome certain whatever the later voters do. Null when not computed.
    /// </summary>
    public Rational? ShapleyShubik { get; init; }

    /// <summary>Whether the voter's vote never decides (no swing); null when the swings were not computed.</summary>
    public bool? IsDummy { get; init; }

    /// <summary><see cref="Penrose"/> as a double; NaN when not computed.</summary>
    public double PenroseAsDouble => Penrose?.ToDouble() ?? double.NaN;

    /// <summary><see cref="Banzhaf"/> as a double; NaN when not computed.</summary>
    public double BanzhafAsDouble => Banzhaf?.ToDouble() ?? double.NaN;

    /// <summary><see cref="ShapleyShubik"/> as a double; NaN when not computed.</summary>
    public double ShapleyShubikAsDouble => ShapleyShubik?.ToDouble() ?? double.NaN;
}
