using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

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
