namespace Napsm.Core.Reporting;

/// <summary>The formats <see cref="ScheduleReport"/> writes. (HTML and CSV: <see cref="HtmlReport.Schedule"/>, <see cref="CsvReport.Schedule"/>.)</summary>
public enum ScheduleReportFormat
{
    /// <summary>
    /// Text, as <c>napsm schedule</c> prints it: every event with its earliest and latest date and its slack, then the critical path; or
    /// each conflict as its chain of constraints, each with its place in the file.
    /// </summary>
    Text,

    /// <summary>
    /// JSON, as <c>napsm schedule --format json</c> prints it: <c>{ "design", "consistent", "events", "criticalPath", "conflicts",
    /// "conflictsTruncated", "approximated", "unresolved" }</c>, dates as <c>yyyy-MM-dd</c>.
    /// </summary>
    Json,

    /// <summary>
    /// Markdown, as <c>napsm schedule --format markdown</c> prints it, for documents and review comments: a heading, the events as a
    /// pipe table (earliest, latest, slack) and the critical path as a numbered list; or each conflict as a numbered list of its
    /// constraints, each with its place in the file. Every cell is escaped (pipes, backslashes, control characters).
    /// </summary>
    Markdown,
}
