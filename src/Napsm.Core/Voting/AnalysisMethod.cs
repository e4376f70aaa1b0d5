using System.Globalization;

namespace Napsm.Core.Voting;

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
