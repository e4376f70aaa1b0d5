using System.Text.RegularExpressions;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Validation;

public class CatalogTests
{
    // The table of issue 5: every id with its default severity. Ids are never reused, so this list only grows.
    private static readonly (string Id, Severity Severity)[] IssueTable =
    [
        ("NAPSM0101", Severity.Error), ("NAPSM0102", Severity.Error), ("NAPSM0103", Severity.Error), ("NAPSM0104", Severity.Info),
        ("NAPSM0105", Severity.Warning), ("NAPSM0201", Severity.Info), ("NAPSM0202", Severity.Error), ("NAPSM0203", Severity.Warning),
        ("NAPSM0204", Severity.Warning), ("NAPSM0301", Severity.Error), ("NAPSM0302", Severity.Error), ("NAPSM0303", Severity.Error),
        ("NAPSM0304", Severity.Warning), ("NAPSM0305", Severity.Warning), ("NAPSM0306", Severity.Info), ("NAPSM0307", Severity.Error),
        ("NAPSM0308", Severity.Error), ("NAPSM0309", Severity.Error), ("NAPSM0310", Severity.Info), ("NAPSM0311", Severity.Info),
        ("NAPSM0312", Severity.Info), ("NAPSM0313", Severity.Warning), ("NAPSM0314", Severity.Info), ("NAPSM0401", Severity.Error),
        ("NAPSM0402", Severity.Error), ("NAPSM0403", Severity.Error), ("NAPSM0404", Severity.Error), ("NAPSM0405", Severity.Warning),
        ("NAPSM0406", Severity.Warning), ("NAPSM0407", Severity.Info), ("NAPSM0501", Severity.Error), ("NAPSM0502", Severity.Error),
        ("NAPSM0503", Severity.Warning), ("NAPSM0504", Severity.Error), ("NAPSM0505", Severity.Error), ("NAPSM0506", Severity.Info),
        ("NAPSM0601", Severity.Error), ("NAPSM0602", Severity.Warning), ("NAPSM0603", Severity.Warning), ("NAPSM0604", Severity.Warning),
        ("NAPSM0605", Severity.Warning), ("NAPSM0901", Severity.Warning),
    ];

    [Fact]
    public void Catalogue_has_every_id_of_the_issue_with_its_severity()
    {
        foreach (var (id, severity) in IssueTable)
        {
            Assert.True(RuleCatalog.TryFind(id, out var d), id + " is missing");
            Assert.Equal(severity, d.DefaultSeverity);
        }
    }

    [Fact]
    public void Catalogue_ids_are_unique_well_formed_and_ordered()
    {
        var ids = RuleCatalog.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Distinct(StringComparer.Ordinal).Count(), ids.Count);
        Assert.All(ids, id => Assert.Matches("^NAPSM[0-9]{4}$", id));
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Every_descriptor_explains_itself()
    {
        Assert.All(RuleCatalog.All, d =>
        {
            Assert.Contains("Why it matters", d.HelpText, StringComparison.Ordinal);
            Assert.Contains("How to fix", d.HelpText, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(d.Fix));
            Assert.Matches("^[A-Z][A-Za-z]+$", d.Name);
        });
    }

    [Fact]
    public void Release_tracking_files_list_exactly_the_catalogue()
    {
        var rows = new[] { "RuleReleases.Shipped.md", "RuleReleases.Unshipped.md" }
            .SelectMany(f => File.ReadAllLines(Repo.Path("src", "Napsm.Core", "Validation", f)))
            .Select(line => Regex.Match(line, @"^(NAPSM\d{4}) \| (\w+) \| (\w+) \| (.+)$"))
            .Where(m => m.Success)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value.Trim()))
            .OrderBy(r => r.Item1, StringComparer.Ordinal)
            .ToList();
        var catalogue = RuleCatalog.All.Select(d => (d.Id, d.Category, d.DefaultSeverity.ToString(), d.Title)).ToList();
        Assert.Equal(catalogue, rows);
    }

    [Theory]
    [InlineData("NAPSM0203", "NAPSM0203")]
    [InlineData("napsm0203", "NAPSM0203")]
    [InlineData("203", "NAPSM0203")]
    [InlineData("NAPSM0230", "NAPSM0203")]
    public void Suggest_finds_the_intended_id(string typed, string expected) => Assert.Equal(expected, RuleCatalog.Suggest(typed));

    [Fact]
    public void Suggest_gives_nothing_for_unrelated_text() => Assert.Null(RuleCatalog.Suggest("hello world"));
}
