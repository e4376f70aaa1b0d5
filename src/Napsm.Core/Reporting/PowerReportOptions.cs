namespace Napsm.Core.Reporting;

/// <summary>How a <see cref="PowerReport"/> is written: the indices it shows and the width of its text.</summary>
public sealed record PowerReportOptions
{
    /// <summary>The default options: every index, text 100 cells wide.</summary>
    public static PowerReportOptions Default { get; } = new();

    /// <summary>The indices to show. The default value is <see cref="PowerReportIndices.All"/>.</summary>
    public PowerReportIndices Indices { get; init; } = PowerReportIndices.All;

    /// <summary>
    /// The width of text output in cells (terminal columns): statements and tables wrap to it. JSON ignores it. The default value is 100.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int Width
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The width of text output must be at least 1 cell.");
    } = 100;
}
