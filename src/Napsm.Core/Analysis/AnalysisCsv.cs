using Napsm.Core.Analysis.Html;
using Napsm.Core.Model;
using Napsm.Core.Reporting;
using Napsm.Core.Reporting.Tables;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>Stake and diff tables as CSV, one table per call (see <see cref="CsvReport"/> for the format).</summary>
public static class AnalysisCsv
{
    /// <summary>The tables of a stake report: <c>summary</c>, <c>power</c>, <c>commitments</c>, <c>treaties</c>, <c>diagnostics</c>.</summary>
    public static IReadOnlyList<string> StakeTables { get; } = ["summary", "power", "commitments", "treaties", "diagnostics"];

    /// <summary>The tables of a diff: <c>changes</c>, <c>power-shifts</c>, <c>diagnostics</c>.</summary>
    public static IReadOnlyList<string> DiffTables { get; } = ["changes", "power-shifts", "diagnostics"];

    /// <summary>One table of a stake report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="table">One of <see cref="StakeTables"/>; the default is <c>power</c>.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentException"><paramref name="table"/> is not one of <see cref="StakeTables"/>.</exception>
    public static string Stake(StakeReport report, string table = "power")
    {
        ArgumentNullException.ThrowIfNull(report);
        return CsvTable.Write(CsvReport.Pick(StakeHtml.Tables(report), table));
    }

    /// <summary>One table of a diff.</summary>
    /// <param name="diff">The diff.</param>
    /// <param name="table">One of <see cref="DiffTables"/>; the default is <c>power-shifts</c>.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentException"><paramref name="table"/> is not one of <see cref="DiffTables"/>.</exception>
    public static string Diff(DesignDiff diff, string table = "power-shifts")
    {
        ArgumentNullException.ThrowIfNull(diff);
        return CsvTable.Write(CsvReport.Pick(DiffHtml.Tables(diff), table));
    }
}
