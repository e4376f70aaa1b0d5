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

/// <summary>
/// The exact analysis of the ternary game of a rule (#15): every voter present and voting yes, abstaining or voting no, all 3^n profiles
/// counted, with Felsenthal &amp; Machover's (1997) Banzhaf and Shapley–Shubik indices of ternary voting games and each voter's ways to block.
/// Beside the binary analysis (<see cref="VotingGame.Analyze"/>, abstention counted as no); a figure not computed is null, never zero,
/// and its part is listed in <see cref="NotComputed"/> (<see cref="AnalysisPart.WinningCoalitions"/> for the winning profiles,
/// <see cref="AnalysisPart.Swings"/>, <see cref="AnalysisPart.ShapleyShubik"/>).
/// </summary>
public sealed record TernaryAnalysis
{
    internal TernaryAnalysis(VotingGame game) => Game = game;

    /// <summary>The game analysed.</summary>
    public VotingGame Game { get; }

    /// <summary>The number of voters.</summary>
    public int Voters => Game.Count;

    /// <summary>The number of profiles: 3^n.</summary>
    public BigInteger Profiles => BigInteger.Pow(3, Game.Count);

    /// <summary>The number of profiles (of the 3^n) at which the rule passes; null when not computed.</summary>
    public BigInteger? WinningProfiles { get; init; }

    /// <summary>The share of the 3^n profiles at which the rule passes; null when not computed.</summary>
    public Rational? PowerToAct { get; init; }

    /// <summary>Each voter's power and ways to block, in voter order.</summary>
    public IReadOnlyList<TernaryVoterPower> Members { get; init => field = ValueList<TernaryVoterPower>.From(value); } = ValueList<TernaryVoterPower>.Empty;

    /// <summary>The voters who block by voting no when everyone else votes yes (veto in the abstention-aware sense); empty when the rule has problems.</summary>
    public IReadOnlyList<string> VetoPlayers => Members.Where(m => m.BlocksByVotingNo == true).Select(m => m.Id).ToArray();

    /// <summary>The parts not computed, once each, in the order of <see cref="AnalysisPart"/>; empty when everything was.</summary>
    public IReadOnlyList<PartNotComputed> NotComputed { get; init => field = ValueList<PartNotComputed>.From(value); } = ValueList<PartNotComputed>.Empty;

    /// <summary>The method that produced each part computed (<see cref="AnalysisMethod.Classes"/>: counting over class-count vectors).</summary>
    public IReadOnlyList<PartMethod> Methods { get; init => field = ValueList<PartMethod>.From(value); } = ValueList<PartMethod>.Empty;

    /// <summary>Whether a part was computed.</summary>
    /// <param name="part">The part.</param>
    /// <returns>Whether its figures are present.</returns>
    public bool IsComputed(AnalysisPart part) => Methods.Any(m => m.Part == part);

    /// <summary>Why a part was not computed, or null when it was (or was not asked for).</summary>
    /// <param name="part">The part.</param>
    /// <returns>The entry of <see cref="NotComputed"/> for the part, or null.</returns>
    public PartNotComputed? ReasonFor(AnalysisPart part) => NotComputed.FirstOrDefault(r => r.Part == part);
}
