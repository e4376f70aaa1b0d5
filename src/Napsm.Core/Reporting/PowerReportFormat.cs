namespace Napsm.Core.Reporting;

/// <summary>The formats <see cref="PowerReport"/> writes. (HTML and CSV pages of the same figures: <see cref="HtmlReport.Power(Model.Design, Model.Body, Voting.GameAnalysis)"/>, <see cref="CsvReport.Power(Model.Design, Voting.GameAnalysis)"/>.)</summary>
public enum PowerReportFormat
{
    /// <summary>
    /// Text, as <c>napsm power</c> prints it: a heading (rule, voters, winning coalitions, proper/strong/decisive, veto players), a table
    /// of the indices per member, the exact fractions, then the methods and what was not computed, wrapped to
    /// <see cref="PowerReportOptions.Width"/>.
    /// </summary>
    Text,

    /// <summary>
    /// JSON, as <c>napsm power --format json</c> prints it: one object per section (an array of them for several matters), each figure a
    /// number and, for the exact indices, a fraction string beside it (<c>"banzhaf"</c>, <c>"banzhafExact"</c>).
    /// </summary>
    Json,

    /// <summary>
    /// Markdown, as <c>napsm power --format markdown</c> prints it, for documents and review comments: per section a heading, the
    /// statements of the text as a list, the table of indices per member as a pipe table (figures right-aligned), the exact
    /// fractions, the notes; the ternary game and an alignment's unions as their text in a fenced block. Every cell is escaped
    /// (pipes, backslashes, control characters).
    /// </summary>
    Markdown,
}
