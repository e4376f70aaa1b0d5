using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>Whether an analysis (or a part of it) was computed.</summary>
public enum AnalysisStatus
{
    /// <summary>Computed exactly.</summary>
    Computed,

    /// <summary>Not computed: it would exceed a limit of <see cref="AnalysisOptions"/>.</summary>
    TooLarge,
}

/// <summary>One voter's power in a game, exactly (as <see cref="Rational"/>) and as doubles.</summary>
public sealed record VoterPower
{
    internal VoterPower(string id) => Id = id;

    /// <summary>The voter's id.</summary>
    public string Id { get; }

    /// <summary>The number of swings: winning coalitions that lose when the voter leaves.</summary>
    public BigInteger Swings { get; init; }

    /// <summary>Penrose (absolute Banzhaf): swings / 2^(n−1), the probability of being decisive when every coalition is equally likely.</summary>
    public Rational Penrose { get; init; }

    /// <summary>Normalised Banzhaf: swings / total swings (zero when nobody has a swing).</summary>
    public Rational Banzhaf { get; init; }

    /// <summary>Shapley–Shubik: the share of the n! voter orderings in which the voter is pivotal; null when not computed.</summary>
    public Rational? ShapleyShubik { get; init; }

    /// <summary>Johnston (normalised); null when not computed.</summary>
    public Rational? Johnston { get; init; }

    /// <summary>Deegan–Packel; null when not computed.</summary>
    public Rational? DeeganPackel { get; init; }

    /// <summary>Holler–Packel (public good index); null when not computed.</summary>
    public Rational? HollerPackel { get; init; }

    /// <summary>Whether the voter can block alone: every winning coalition contains it.</summary>
    public bool IsVeto { get; init; }

    /// <summary>Whether the voter never matters: no swing at all. Null when the swings were not computed.</summary>
    public bool? IsDummy { get; init; }

    /// <summary><see cref="Penrose"/> as a double.</summary>
    public double PenroseAsDouble => Penrose.ToDouble();

    /// <summary><see cref="Banzhaf"/> as a double.</summary>
    public double BanzhafAsDouble => Banzhaf.ToDouble();

    /// <summary><see cref="ShapleyShubik"/> as a double; NaN when not computed.</summary>
    public double ShapleyShubikAsDouble => ShapleyShubik?.ToDouble() ?? double.NaN;
}

/// <summary>How much one clause of an <c>all</c>/<c>any</c> matters: the coalitions whose outcome changes if the clause is removed.</summary>
public sealed record ClauseEffect
{
    internal ClauseEffect(string at, DecisionRule clause, BigInteger changed)
    {
        At = at;
        Clause = clause;
        ChangedCoalitions = changed;
    }

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
/// clause effects) and power indices. Parts that exceeded a limit are listed in <see cref="NotComputed"/>.
/// </summary>
public sealed record GameAnalysis
{
    internal GameAnalysis(VotingGame game) => Game = game;

    /// <summary>The game analysed.</summary>
    public VotingGame Game { get; }

    /// <summary>Whether the counts and Banzhaf/Penrose indices were computed.</summary>
    public AnalysisStatus Status { get; init; }

    /// <summary>What was not computed and why (<c>"Shapley–Shubik not computed: too large (…)"</c>); empty when everything was.</summary>
    public IReadOnlyList<string> NotComputed { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The number of voters.</summary>
    public int Voters => Game.Count;

    /// <summary>The number of winning coalitions among the 2^n.</summary>
    public BigInteger WinningCoalitions { get; init; }

    /// <summary>Power to act (Coleman): winning coalitions / 2^n.</summary>
    public Rational PowerToAct { get; init; }

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

    /// <summary>The total number of swings of all voters.</summary>
    public BigInteger TotalSwings { get; init; }

    /// <summary>Each voter's power, in voter order.</summary>
    public IReadOnlyList<VoterPower> Members { get; init => field = ValueList<VoterPower>.From(value); } = ValueList<VoterPower>.Empty;

    /// <summary>The voters every winning coalition contains.</summary>
    public IReadOnlyList<string> VetoPlayers => Members.Where(m => m.IsVeto).Select(m => m.Id).ToArray();

    /// <summary>The voters with no swing.</summary>
    public IReadOnlyList<string> DummyPlayers => Members.Where(m => m.IsDummy == true).Select(m => m.Id).ToArray();

    /// <summary>A voter who wins alone while nobody else can win without it, or null.</summary>
    public string? Dictator { get; init; }

    /// <summary>For every clause of every <c>all</c>/<c>any</c> in the rule, how many coalitions it changes.</summary>
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
