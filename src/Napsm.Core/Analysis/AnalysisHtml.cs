using Napsm.Core.Analysis.Html;
using Napsm.Core.Model;
using Napsm.Core.Reporting;
using Napsm.Core.Reporting.Tables;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>
/// Stake reports, diffs and the combined report of a set of designs as self-contained HTML pages (see <see cref="HtmlReport"/> for
/// what every page guarantees: no script or network, charts with titles and tables, escaping, deterministic bytes).
/// </summary>
public static class AnalysisHtml
{
    /// <summary>
    /// What is at stake for a member: small multiples of the member's power per body (one panel per design, one scale), the changes
    /// from the baseline as signed bars, commitments by horizon, treaties and the diagnostics that involve the member.
    /// </summary>
    /// <param name="report">The stake report.</param>
    /// <returns>The page.</returns>
    public static string Stake(StakeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return AnalysisHtmlReports.Stake(report);
    }

    /// <summary>A diff: the elements that changed, the power shifts per body as signed bars, and the diagnostics that came and went.</summary>
    /// <param name="diff">The diff.</param>
    /// <returns>The page.</returns>
    public static string Diff(DesignDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        return AnalysisHtmlReports.Diff(diff);
    }

    /// <summary>
    /// One page for a set of designs: for each, its diagnostics, bodies diagram, the power of every body, its schedule and phases,
    /// its treaties; then, when <paramref name="member"/> is given, what is at stake for that member across the designs (the first is
    /// the baseline); and the power shifts and changes of each later design from the first.
    /// </summary>
    /// <param name="documents">The designs, the baseline first.</param>
    /// <param name="member">The member whose stake to show, or <see langword="null"/> for none.</param>
    /// <param name="asOf">The date at which to evaluate each design's treaties.</param>
    /// <param name="voting">Voting analysis options (limits); <see langword="null"/> for the defaults.</param>
    /// <param name="validation">Validation options; <see langword="null"/> for the defaults.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentException"><paramref name="documents"/> is empty.</exception>
    public static string Report(IEnumerable<DesignDocument> documents, string? member, Func<Design, LocalDate> asOf, AnalysisOptions? voting = null, ValidationOptions? validation = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(asOf);
        var list = documents.ToList();
        if (list.Count == 0) throw new ArgumentException("At least one design is needed.", nameof(documents));
        return AnalysisHtmlReports.Report(list, member, asOf, voting, new DesignValidator(validation));
    }

    /// <summary>
    /// One page for a set of designs, as <see cref="Report"/> gives it, with each design's diagnostics from <paramref name="validator"/> (rules of your own, or the evolution step rules
    /// that <c>napsm report</c> adds).
    /// </summary>
    /// <param name="documents">The designs, the baseline first.</param>
    /// <param name="member">The member whose stake to show, or <see langword="null"/> for none.</param>
    /// <param name="asOf">The date at which to evaluate each design's treaties.</param>
    /// <param name="voting">Voting analysis options (limits); <see langword="null"/> for the defaults.</param>
    /// <param name="validator">The validator of each design's diagnostics.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentException"><paramref name="documents"/> is empty.</exception>
    public static string ReportWithValidator(IEnumerable<DesignDocument> documents, string? member, Func<Design, LocalDate> asOf, AnalysisOptions? voting,
        DesignValidator validator)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(asOf);
        ArgumentNullException.ThrowIfNull(validator);
        var list = documents.ToList();
        if (list.Count == 0) throw new ArgumentException("At least one design is needed.", nameof(documents));
        return AnalysisHtmlReports.Report(list, member, asOf, voting, validator);
    }
}
