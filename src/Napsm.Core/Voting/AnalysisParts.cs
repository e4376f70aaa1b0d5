using System.Globalization;

namespace Napsm.Core.Voting;

/// <summary>A part of a <see cref="GameAnalysis"/> that is computed (or not) as a whole.</summary>
public enum AnalysisPart
{
    /// <summary>The number of winning coalitions and the power to act (<see cref="GameAnalysis.WinningCoalitions"/>, <see cref="GameAnalysis.PowerToAct"/>).</summary>
    WinningCoalitions,

    /// <summary>Whether the game is proper, strong and decisive, with the witnesses (<see cref="GameAnalysis.IsProper"/>, <see cref="GameAnalysis.IsStrong"/>).</summary>
    Structure,

    /// <summary>Swing counts and what follows from them: Penrose, normalised Banzhaf, total swings and dummy players.</summary>
    Swings,

    /// <summary>The Shapley–Shubik index.</summary>
    ShapleyShubik,

    /// <summary>Johnston's index.</summary>
    Johnston,

    /// <summary>The Deegan–Packel index.</summary>
    DeeganPackel,

    /// <summary>The Holler–Packel (public good) index.</summary>
    HollerPackel,

    /// <summary>How many coalitions each clause of an <c>all</c>/<c>any</c> changes (<see cref="GameAnalysis.Clauses"/>).</summary>
    Clauses,
}

/// <summary>Why a part of an analysis was not computed.</summary>
public enum NotComputedReason
{
    /// <summary>Every applicable method would exceed a size limit of <see cref="AnalysisOptions"/> (diagram nodes, table bytes, class vectors).</summary>
    TooLarge,

    /// <summary>The analysis ran out of time (<see cref="AnalysisOptions.TimeLimit"/>) before this part was done.</summary>
    TimeLimit,

    /// <summary>The part would need more memory than <see cref="AnalysisOptions.MemoryLimit"/>.</summary>
    MemoryLimit,

    /// <summary>The weights do not fit the exact methods: above 2^63 after scaling the rationals to integers.</summary>
    WeightsOutOfRange,

    /// <summary>The rule has problems (<see cref="VotingGame.Problems"/>): no figure of it is meaningful.</summary>
    InvalidRule,

    /// <summary>The caller cancelled the analysis before this part was done.</summary>
    Cancelled,
}

/// <summary>What a size in a <see cref="PartNotComputed"/> measures.</summary>
public enum SizeUnit
{
    /// <summary>Bytes of a table or of memory.</summary>
    Bytes,

    /// <summary>Nodes of a decision diagram.</summary>
    Nodes,

    /// <summary>Class-count vectors (coalitions counted by how many members they have of each class of interchangeable voters).</summary>
    Vectors,

    /// <summary>Elementary operations, estimated.</summary>
    Operations,

    /// <summary>Seconds of time.</summary>
    Seconds,
}

/// <summary>A size that exceeded a limit: what was measured (or estimated), and the limit.</summary>
/// <param name="Unit">What the figures measure.</param>
/// <param name="Amount">The size needed, or <see langword="null"/> when the method stopped on reaching the limit without knowing the total.
/// For <see cref="SizeUnit.Seconds"/>: the time this analysis had when that was a part of <paramref name="Limit"/> (the games of one
/// command share its limit), else null.</param>
/// <param name="Limit">The limit it exceeded.</param>
public sealed record AnalysisSize(SizeUnit Unit, double? Amount, double Limit);

/// <summary>The exact method (or the approximation) that produced a part of an analysis.</summary>
public enum AnalysisMethod
{
    /// <summary>Counting by generating functions (dynamic programming over integer weights), for one weighted threshold.</summary>
    GeneratingFunction,

    /// <summary>Reachable coalition weights as a subset-sum bit set, for the structure of one weighted threshold.</summary>
    SubsetSums,

    /// <summary>A reduced ordered binary decision diagram of the rule (and one of its minimal winning coalitions), counted by paths.</summary>
    DecisionDiagram,

    /// <summary>Counting over class-count vectors of interchangeable voters.</summary>
    Classes,

    /// <summary>Enumeration of every coalition, 64 at a time in the bits of a machine word (for up to 32 voters).</summary>
    BitParallel,

    /// <summary>Meet in the middle: the sorted subset sums of two halves of the voters, paired by two pointers (one weighted threshold).</summary>
    MeetInTheMiddle,

    /// <summary>Generating functions counted modulo several moduli and combined by the Chinese remainder theorem (Shapley–Shubik).</summary>
    ModularGeneratingFunction,
}

/// <summary>One part of an analysis that was not computed, and why.</summary>
public sealed record PartNotComputed
{
    internal PartNotComputed(AnalysisPart part, NotComputedReason reason, AnalysisSize? size)
    {
        Part = part;
        Reason = reason;
        Size = size;
    }

    /// <summary>The part.</summary>
    public AnalysisPart Part { get; }

    /// <summary>Why it was not computed.</summary>
    public NotComputedReason Reason { get; }

    /// <summary>The size that exceeded a limit, when one did; null for a rule with problems, weights out of range or a cancellation.</summary>
    public AnalysisSize? Size { get; }

    /// <summary>
    /// The measurement in a few words, for writers to quote after the reason (<c>a table of 1,200 bytes, above the limit of 63</c>);
    /// derived from <see cref="Reason"/> and <see cref="Size"/> only.
    /// </summary>
    public string Detail => (Reason, Size) switch
    {
        (NotComputedReason.WeightsOutOfRange, _) => "above 2^63 after scaling",
        (NotComputedReason.InvalidRule, _) => "the rule has problems",
        (NotComputedReason.Cancelled, _) => "cancelled",
        (NotComputedReason.TimeLimit, { Amount: { } part } s) => "stopped after its part, " + Number(part) + " s, of the limit of " + Number(s.Limit) + " s",
        (NotComputedReason.TimeLimit, { } s) => "stopped at the limit of " + Number(s.Limit) + " s",
        (_, { Unit: SizeUnit.Nodes, Amount: null } s) => "a decision diagram above " + Number(s.Limit) + " nodes",
        (_, { Unit: SizeUnit.Bytes } s) => (s.Amount is { } a ? "needs " + Number(a) + " bytes" : "needs more") + ", above the limit of " + Number(s.Limit),
        (_, { } s) => (s.Amount is { } a ? Number(a) : "more than " + Number(s.Limit)) + " " + UnitName(s.Unit) + (s.Amount is null ? "" : ", above the limit of " + Number(s.Limit)),
        _ => "",
    };

    private static string UnitName(SizeUnit unit) => unit switch
    {
        SizeUnit.Nodes => "decision-diagram nodes",
        SizeUnit.Vectors => "class vectors to count",
        SizeUnit.Operations => "operations",
        SizeUnit.Seconds => "seconds",
        _ => "bytes",
    };

    private static string Number(double value) => value < 1e15 && value == Math.Floor(value)
        ? value.ToString("#,0", CultureInfo.InvariantCulture)
        : value.ToString("G4", CultureInfo.InvariantCulture);
}

/// <summary>Which method produced one part of an analysis.</summary>
/// <param name="Part">The part.</param>
/// <param name="Method">The method.</param>
public sealed record PartMethod(AnalysisPart Part, AnalysisMethod Method);
