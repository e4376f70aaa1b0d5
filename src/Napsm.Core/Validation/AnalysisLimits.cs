using Napsm.Core.Model;

namespace Napsm.Core.Validation;

/// <summary>
/// Bounds for the expensive analyses. An analysis that would exceed them is skipped and reported (NAPSM0312), never silently passed.
/// </summary>
public sealed record AnalysisLimits
{
    /// <summary>The default limits.</summary>
    public static AnalysisLimits Default { get; } = new();

    /// <summary>The most voters a rule may have for the analyses that enumerate coalitions. The default value is 25.</summary>
    public int MaxEnumeratedVoters { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit must not be negative."); } = 25;

    /// <summary>
    /// The most work (states of a decision diagram or a dynamic programme, steps of a search) one analysis may use. The default value
    /// is 5,000,000.
    /// </summary>
    public long MaxWork { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit must not be negative."); } = 5_000_000;

    /// <summary>
    /// The time all the voting analyses of one validation run may take together, counted from the first; what is not done by then is
    /// NAPSM0312 ("time limit"). Null (the default) for none; <c>napsm check</c> sets 10 s unless told otherwise.
    /// </summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>The bytes each voting analysis of the run may allocate; null (the default) for none beyond the table limit.</summary>
    public long? MemoryLimit { get; init => field = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit must be positive."); }
}
