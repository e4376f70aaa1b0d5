using Napsm.Core.Model;
using Napsm.Core.Reporting.Html;
using Napsm.Core.Reporting.Tables;
using Napsm.Core.Scheduling;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;

namespace Napsm.Core.Reporting;

/// <summary>
/// Writes the tables of analyses as CSV (RFC 4180): a header row, CRLF line ends, fields quoted when needed. Each number is two
/// columns, the exact fraction (<c>1/3</c>) and the decimal (six places); a figure not computed has an empty decimal and
/// <c>not computed: why</c> as its exact text. Control characters and line breaks in names are shown as <c>\uXXXX</c> (<see cref="FreeText.Escape"/>), and a text
/// cell a spreadsheet would run as a formula is prefixed with <c>'</c>. Stake and diff tables are in <see cref="Analysis.AnalysisCsv"/>.
/// </summary>
public static class CsvReport
{
    /// <summary>The tables <see cref="Schedule"/> can write: <c>events</c>, <c>critical-path</c>, <c>conflicts</c>.</summary>
    public static IReadOnlyList<string> ScheduleTables { get; } = ["events", "critical-path", "conflicts"];

    /// <summary>The power table of a body or treaty's game: one row per voter (weight share when weighted, Shapley–Shubik, Banzhaf, Penrose, swings, veto, dummy).</summary>
    /// <param name="design">The design (for member names and weights).</param>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The CSV text.</returns>
    public static string Power(Design design, GameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(analysis);
        return CsvTable.Write(PowerHtml.Table(design, "power", analysis));
    }

    /// <summary>
    /// The power table with the ternary game beside it (#15): the binary columns labelled "(binary)", then the ternary Shapley–Shubik and
    /// Banzhaf indices and who blocks by voting no, labelled "(ternary)"; a figure not computed is empty with the reason, as elsewhere.
    /// </summary>
    /// <param name="design">The design.</param>
    /// <param name="analysis">The analysis of the game.</param>
    /// <param name="ternary">The ternary analysis of the same game; null for none (the plain table).</param>
    /// <returns>The CSV text.</returns>
    public static string Power(Design design, GameAnalysis analysis, TernaryAnalysis? ternary)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(analysis);
        return CsvTable.Write(PowerHtml.Table(design, "power", analysis, ternary));
    }

    /// <summary>One table of a schedule.</summary>
    /// <param name="result">The schedule.</param>
    /// <param name="table">One of <see cref="ScheduleTables"/>; the default is <c>events</c>.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentException"><paramref name="table"/> is not one of <see cref="ScheduleTables"/>.</exception>
    public static string Schedule(ScheduleResult result, string table = "events")
    {
        ArgumentNullException.ThrowIfNull(result);
        return CsvTable.Write(Pick(ScheduleHtml.Tables(result), table));
    }

    internal static ReportTable Pick(IReadOnlyList<ReportTable> tables, string name) =>
        tables.FirstOrDefault(t => t.Name == name)
        ?? throw new ArgumentException($"No table '{name}': expected one of {string.Join(", ", tables.Select(t => t.Name))}.", nameof(name));
}
