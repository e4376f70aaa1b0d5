namespace Napsm.Core.Reporting;

/// <summary>The formats <see cref="TreatyReport"/> writes. (HTML: <see cref="HtmlReport.Treaty"/>.)</summary>
public enum TreatyReportFormat
{
    /// <summary>
    /// Text, as <c>napsm treaty</c> prints it: the state as of the date, who has ratified and who has not, the parties still required,
    /// the pivotal parties or the blockers, the earliest date of entry into force, the fewest refusals that would block it.
    /// </summary>
    Text,

    /// <summary>
    /// JSON, as <c>napsm treaty --format json</c> prints it: every field of the status, dates as <c>yyyy-MM-dd</c>, absent figures as
    /// <see langword="null"/>.
    /// </summary>
    Json,

    /// <summary>
    /// Markdown, as <c>napsm treaty --format markdown</c> prints it, for documents and review comments: a heading with the state, then
    /// the lines of the text as a two-column pipe table. Every cell is escaped (pipes, backslashes, control characters).
    /// </summary>
    Markdown,
}
