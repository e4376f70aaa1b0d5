using Napsm.Core.Model;
using Napsm.Core.Reporting.Html;
using Napsm.Core.Reporting.Tables;
using Napsm.Core.Scheduling;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;

namespace Napsm.Core.Reporting;

/// <summary>
/// Writes analyses as one self-contained HTML page each: inline CSS and SVG charts drawn by the library, no script, no network, no
/// fonts fetched (a Content-Security-Policy forbids loading anything), readable printed. Every chart has a title, axis labels, a
/// <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c> for screen readers and the same figures in a table beside it; exact fractions are
/// in the tables and tooltips, and a figure that was not computed is shown as such, never as 0. Every user string is escaped, and
/// control, bidi and invisible characters are shown as <c>\uXXXX</c> (<see cref="FreeText.Escape"/>). Output is deterministic (same input, same bytes, any culture).
/// Stake reports, diffs and the combined report of several designs are in <see cref="Analysis.AnalysisHtml"/>.
/// </summary>
public static class HtmlReport
{
    /// <summary>Validation reports: the counts per severity and a table of diagnostics per design, with the help of each rule.</summary>
    /// <param name="reports">The reports, one per design, in the order to show them.</param>
    /// <returns>The page.</returns>
    public static string Check(IEnumerable<ValidationReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return HtmlReports.Check(reports.ToList());
    }

    /// <summary>The power of a body's rule: bars of Shapley–Shubik and Banzhaf per member (and weight share where weighted), veto and dummy marked.</summary>
    /// <param name="design">The design.</param>
    /// <param name="body">The body.</param>
    /// <param name="analysis">The analysis of the body's game (<see cref="VotingGame.ForBody"/>).</param>
    /// <returns>The page.</returns>
    public static string Power(Design design, Body body, GameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(analysis);
        return HtmlReports.Power(design, "body", body.Id, body.Name, analysis);
    }

    /// <summary>
    /// The power of a body's rule per member with the ternary game beside it (#15, a rule that reads abstention): the binary columns are
    /// labelled "(binary)" (every voter present, abstention counted as no) and the ternary Shapley–Shubik and Banzhaf indices of
    /// Felsenthal &amp; Machover and who blocks by voting no are added, labelled "(ternary)".
    /// </summary>
    /// <param name="design">The design.</param>
    /// <param name="body">The body.</param>
    /// <param name="analysis">The analysis of the body's game.</param>
    /// <param name="ternary">The ternary analysis of the same game (<see cref="VotingGame.AnalyzeTernary()"/>); null for none.</param>
    /// <returns>The page.</returns>
    public static string Power(Design design, Body body, GameAnalysis analysis, TernaryAnalysis? ternary)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(analysis);
        return HtmlReports.Power(design, "body", body.Id, body.Name, analysis, ternary);
    }

    /// <summary>The power of a treaty's entry-into-force rule over its parties, drawn as for a body.</summary>
    /// <param name="design">The design.</param>
    /// <param name="treaty">The treaty.</param>
    /// <param name="analysis">The analysis of the treaty's game (<see cref="VotingGame.ForTreaty"/>).</param>
    /// <returns>The page.</returns>
    public static string Power(Design design, Treaty treaty, GameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(treaty);
        ArgumentNullException.ThrowIfNull(analysis);
        return HtmlReports.Power(design, "treaty", treaty.Id, treaty.Name, analysis);
    }

    /// <summary>
    /// A schedule: a Gantt chart of the phases (earliest dates, slack to the latest end, commitments as marks, the critical path
    /// highlighted) and the events table; when the constraints cannot all hold, each conflict drawn as its chain of constraints.
    /// </summary>
    /// <param name="design">The design.</param>
    /// <param name="result">Its schedule (<see cref="TemporalNetwork.Analyze"/>).</param>
    /// <returns>The page.</returns>
    public static string Schedule(Design design, ScheduleResult result)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(result);
        return HtmlReports.Schedule(design, result);
    }

    /// <summary>A treaty's ratifications over time as a step line against its entry-into-force condition, the date it was met, the blockers named.</summary>
    /// <param name="design">The design.</param>
    /// <param name="treaty">The treaty.</param>
    /// <param name="status">Its status (<see cref="TreatyStatus.Of"/>).</param>
    /// <returns>The page.</returns>
    public static string Treaty(Design design, Treaty treaty, TreatyStatus status)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(treaty);
        ArgumentNullException.ThrowIfNull(status);
        return HtmlReports.Treaty(design, treaty, status);
    }

    /// <summary>A view of a design as a layered diagram; members connected alike are grouped into one box when there are many.</summary>
    /// <param name="design">The design.</param>
    /// <param name="view">What to draw.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="view"/> is not defined.</exception>
    public static string Graph(Design design, GraphView view)
    {
        ArgumentNullException.ThrowIfNull(design);
        return HtmlReports.Graph(design, view);
    }
}
