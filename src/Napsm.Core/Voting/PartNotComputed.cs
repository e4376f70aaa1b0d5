namespace Napsm.Core.Voting;

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
}
