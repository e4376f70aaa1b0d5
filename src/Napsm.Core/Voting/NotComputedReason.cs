using System.Globalization;

namespace Napsm.Core.Voting;

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
