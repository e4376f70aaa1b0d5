using Napsm.Core.Analysis;
using Napsm.Core.Analysis.Html;
using Napsm.Core.Reporting.Html;
using Napsm.Core.Reporting.Tables;

namespace Napsm.Core.Tests.Reporting.Html;

/// <summary>Every HTML page of every seed passes the checker and is deterministic; every table of every seed writes as CSV and as text that fits.</summary>
public class SeedHtmlTests
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var s in SeedHtmlReports.Seeds()) data.Add(s);
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_page_of_a_seed_is_well_formed_accessible_and_deterministic(string seed)
    {
        foreach (var (name, html) in SeedHtmlReports.Pages(seed))
        {
            var first = html();
            Assert.True(HtmlChecker.Problems(first).Count == 0, seed + " " + name + ": " + string.Join("; ", HtmlChecker.Problems(first)));
            Assert.Equal(first, html());
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_table_of_a_seed_is_rfc_4180_and_fits_100_columns(string seed)
    {
        foreach (var table in SeedHtmlReports.Tables(seed))
        {
            var rows = ReportKitTests.ParseCsv(CsvTable.Write(table));
            var width = table.Columns.Sum(c => c.Kind == ColumnKind.Figure ? 2 : 1);
            Assert.Equal(table.Rows.Count + 1, rows.Count);
            Assert.All(rows, r => Assert.Equal(width, r.Count));
            var longestId = table.Rows.SelectMany(r => r.Where((_, i) => table.Columns[i].Kind == ColumnKind.Id).Select(c => TextTable.Width(c.Text))).DefaultIfEmpty(0).Max();
            foreach (var line in TextTable.Write(table, 100).Split('\n'))
                Assert.True(TextTable.Width(line) <= Math.Max(100, longestId + 100), seed + " " + table.Name + ": " + line);
        }
    }

    [Fact]
    public void The_napsm_stake_page_has_small_multiples_signed_bars_and_commitments_by_horizon()
    {
        var stake = SeedHtmlReports.NapsmStake();
        var html = AnalysisHtmlReports.Stake(stake);
        Assert.Empty(HtmlChecker.Problems(html));
        var titles = HtmlChecker.ChartTitles(html);
        Assert.Equal(["napsm-a-evolved-six-party (baseline)", "napsm-b-osce-like", "napsm-c-treaty-organisation"], titles.Take(3));
        Assert.Equal(2, titles.Count(t => t.Contains(" vs napsm-a-evolved-six-party", StringComparison.Ordinal)));
        Assert.Single(titles, t => t.Contains("by horizon", StringComparison.Ordinal));
    }

    [Fact]
    public void The_napsm_diff_page_draws_power_shifts_as_signed_bars()
    {
        var docs = SeedHtmlReports.Napsm();
        var diff = DesignDiff.Compare(docs[0], docs[1]);
        var html = AnalysisHtmlReports.Diff(diff);
        Assert.Empty(HtmlChecker.Problems(html));
        Assert.Equal(diff.PowerShifts.Select(p => p.Body).Distinct().Count(), HtmlChecker.ChartTitles(html).Count);
        Assert.Equal(html, AnalysisHtmlReports.Diff(DesignDiff.Compare(docs[0], docs[1])));
    }
}
