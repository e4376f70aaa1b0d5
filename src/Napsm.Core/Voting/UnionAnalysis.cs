using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>
/// The analysis of a game with a priori unions (#15, docs/analyses.md "Blocs"): the Owen and Banzhaf–Owen values per voter and the quotient
/// game's indices per union, on the game restricted to the voters not excluded. A figure not computed is null; its part is listed in
/// <see cref="NotComputed"/> (<see cref="AnalysisPart.ShapleyShubik"/> for the Owen values and the quotient Shapley–Shubik,
/// <see cref="AnalysisPart.Swings"/> for Banzhaf–Owen and the quotient Banzhaf).
/// </summary>
public sealed record UnionAnalysis
{
    internal UnionAnalysis(VotingGame game) => Game = game;

    /// <summary>The game analysed.</summary>
    public VotingGame Game { get; }

    /// <summary>The unions: the blocs given (those with a voter), in order, then each voter in no bloc and not excluded, in voter order.</summary>
    public IReadOnlyList<UnionPower> Unions { get; init => field = ValueList<UnionPower>.From(value); } = ValueList<UnionPower>.Empty;

    /// <summary>Each voter's values, in voter order.</summary>
    public IReadOnlyList<UnionVoterPower> Members { get; init => field = ValueList<UnionVoterPower>.From(value); } = ValueList<UnionVoterPower>.Empty;

    /// <summary>The parts not computed, once each; empty when everything was.</summary>
    public IReadOnlyList<PartNotComputed> NotComputed { get; init => field = ValueList<PartNotComputed>.From(value); } = ValueList<PartNotComputed>.Empty;
}
