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
}
