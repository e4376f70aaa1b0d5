namespace Napsm.Core.Reporting;

/// <summary>How a <see cref="ScheduleReport"/> is written: the width of its text.</summary>
public sealed record ScheduleReportOptions
{
    /// <summary>The default options: text 100 cells wide.</summary>
    public static ScheduleReportOptions Default { get; } = new();

    /// <summary>
    /// The width of text output in cells (terminal columns): long lines wrap to it, their continuation lines indented. JSON ignores it.
    /// The default value is 100.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int Width
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The width of text output must be at least 1 cell.");
    } = 100;
}
