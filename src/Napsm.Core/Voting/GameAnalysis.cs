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

/// <summary>How much one clause of an <c>all</c>/<c>any</c> matters: the coalitions whose outcome changes if the clause is removed.</summary>
public sealed record ClauseEffect
{
    internal ClauseEffect(string at, string parent, DecisionRule clause, BigInteger changed)
    {
        At = at;
        Parent = parent;
        Clause = clause;
        ChangedCoalitions = changed;
    }

    /// <summary>
    /// The pointer (relative to the rule) of the <c>all</c>/<c>any</c> the clause belongs to (<c>/any/0</c> for <c>/any/0/all/1</c>): its
    /// siblings share it.
    /// </summary>
    public string Parent { get; }

    /// <summary>The clause's JSON pointer relative to the rule (<c>/any/0/all/1</c>).</summary>
    public string At { get; }

    /// <summary>The clause.</summary>
    public DecisionRule Clause { get; }

    /// <summary>The number of coalitions (of all 2^n) whose outcome the clause decides: win with it and lose without, or the reverse.</summary>
    public BigInteger ChangedCoalitions { get; }

    /// <summary>Whether the clause never changes the outcome.</summary>
    public bool IsRedundant => ChangedCoalitions.IsZero;
}

/// <summary>
/// Two disjoint coalitions that witness a property: two winning coalitions for an improper game (<see cref="GameAnalysis.ImproperWitness"/>),
/// or a losing coalition and its losing complement for a game that is not strong (<see cref="GameAnalysis.NotStrongWitness"/>).
/// </summary>
public sealed record CoalitionPair
{
    internal CoalitionPair(IEnumerable<string> first, IEnumerable<string> second)
    {
        First = ValueList<string>.From(first);
        Second = ValueList<string>.From(second);
    }

    /// <summary>The first coalition, as voter ids in voter order.</summary>
    public IReadOnlyList<string> First { get; }

    /// <summary>The second coalition, disjoint from the first.</summary>
    public IReadOnlyList<string> Second { get; }
}

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

/// <summary>Coalitions listed up to a limit, with a clear statement of whether the list is complete.</summary>
public sealed record CoalitionListing
{
    internal CoalitionListing(IEnumerable<IReadOnlyList<string>> coalitions, bool complete)
    {
        Coalitions = ValueList<IReadOnlyList<string>>.From(coalitions);
        IsComplete = complete;
    }

    /// <summary>The coalitions found, each as voter ids in voter order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Coalitions { get; }

    /// <summary>Whether every such coalition is listed; false means "too many to list" (the limit was reached).</summary>
    public bool IsComplete { get; }
}
