using System.Globalization;

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
