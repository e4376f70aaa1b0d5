using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>
/// The exact analysis of a <see cref="VotingGame"/>: coalition counts, structure (proper, strong, decisive, veto and dummy players,
/// clause effects) and power indices. A figure that was not computed is null, never zero; its part is listed once in
/// <see cref="NotComputed"/> with the reason, and <see cref="Methods"/> says which method produced each part that was.
/// </summary>
public sealed record GameAnalysis
{
    internal GameAnalysis(VotingGame game) => Game = game;

    /// <summary>The game analysed.</summary>
    public VotingGame Game { get; }

    /// <summary>The parts asked for that were not computed, once each, in the order of <see cref="AnalysisPart"/>; empty when everything was.</summary>
    public IReadOnlyList<PartNotComputed> NotComputed { get; init => field = ValueList<PartNotComputed>.From(value); } = ValueList<PartNotComputed>.Empty;

    /// <summary>The method that produced each part computed, in the order of <see cref="AnalysisPart"/>.</summary>
    public IReadOnlyList<PartMethod> Methods { get; init => field = ValueList<PartMethod>.From(value); } = ValueList<PartMethod>.Empty;

    /// <summary>
    /// The parts the exact methods did not compute (they stay in <see cref="NotComputed"/>, with the reason) that were approximated
    /// instead, as <see cref="AnalysisOptions.Approximation"/> asked; empty when nothing was approximated.
    /// </summary>
    public IReadOnlyList<PartApproximation> Approximations { get; init => field = ValueList<PartApproximation>.From(value); } = ValueList<PartApproximation>.Empty;

    /// <summary>How a part was approximated, or null when it was not (it was exact, not asked for, or not computed at all).</summary>
    /// <param name="part">The part.</param>
    /// <returns>The entry of <see cref="Approximations"/> for the part, or null.</returns>
    public PartApproximation? ApproximationOf(AnalysisPart part) => Approximations.FirstOrDefault(a => a.Part == part);

    /// <summary>Whether a part was computed (it was asked for and is not listed in <see cref="NotComputed"/>).</summary>
    /// <param name="part">The part.</param>
    /// <returns>Whether its figures are present.</returns>
    public bool IsComputed(AnalysisPart part) => Methods.Any(m => m.Part == part);

    /// <summary>Why a part was not computed, or null when it was (or was not asked for).</summary>
    /// <param name="part">The part.</param>
    /// <returns>The entry of <see cref="NotComputed"/> for the part, or null.</returns>
    public PartNotComputed? ReasonFor(AnalysisPart part) => NotComputed.FirstOrDefault(r => r.Part == part);

    /// <summary>The number of voters (the voters themselves are <c>Game.Voters</c>).</summary>
    public int VoterCount => Game.Count;

    /// <summary>The number of winning coalitions among the 2^n; null when not computed.</summary>
    public BigInteger? WinningCoalitions { get; init; }

    /// <summary>Power to act (Coleman): winning coalitions / 2^n; null when not computed.</summary>
    public Rational? PowerToAct { get; init; }

    /// <summary>Whether no two disjoint coalitions both win; null when not computed.</summary>
    public bool? IsProper { get; init; }

    /// <summary>Whether every losing coalition's complement wins; null when not computed.</summary>
    public bool? IsStrong { get; init; }

    /// <summary>Proper and strong: of every coalition and its complement exactly one wins; null when not computed.</summary>
    public bool? IsDecisive => (IsProper, IsStrong) is (bool p, bool s) ? p && s : null;

    /// <summary>When the game is improper, two disjoint winning coalitions, each shrunk to a minimal winning coalition.</summary>
    public CoalitionPair? ImproperWitness { get; init; }

    /// <summary>When the game is not strong, a losing coalition and its complement, which loses too (a possible deadlock).</summary>
    public CoalitionPair? NotStrongWitness { get; init; }

    /// <summary>The total number of swings of all voters; null when not computed.</summary>
    public BigInteger? TotalSwings { get; init; }

    /// <summary>Each voter's power, in voter order.</summary>
    public IReadOnlyList<VoterPower> Members { get; init => field = ValueList<VoterPower>.From(value); } = ValueList<VoterPower>.Empty;

    /// <summary>The veto players (see <see cref="VotingGame.VetoPlayers"/>); empty when the rule has problems.</summary>
    public IReadOnlyList<string> VetoPlayers => Members.Where(m => m.IsVeto == true).Select(m => m.Id).ToArray();

    /// <summary>The voters with no swing; empty when the swings were not computed.</summary>
    public IReadOnlyList<string> DummyPlayers => Members.Where(m => m.IsDummy == true).Select(m => m.Id).ToArray();

    /// <summary>A voter who wins alone while nobody else can win without it, or null (also when the rule has problems).</summary>
    public string? Dictator { get; init; }

    /// <summary>
    /// For every clause of every <c>all</c>/<c>any</c> in the rule, how many coalitions it changes; empty when not computed (see
    /// <see cref="AnalysisPart.Clauses"/>).
    /// </summary>
    public IReadOnlyList<ClauseEffect> Clauses { get; init => field = ValueList<ClauseEffect>.From(value); } = ValueList<ClauseEffect>.Empty;
}
