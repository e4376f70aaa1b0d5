using Napsm.Core.Reporting;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Validation;

public class RulesDocTests
{
    private const string Regenerate = "dotnet run --project src/Napsm.Cli -- rules --format markdown > docs/rules.md";

    [Fact]
    public void Docs_rules_md_is_generated_from_the_current_descriptors()
    {
        var path = Repo.Path("docs", "rules.md");
        var expected = ReportWriter.FormatRules(RuleCatalog.All, ReportFormat.Markdown);
        var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : "";
        Assert.True(expected == actual, $"docs/rules.md is stale: regenerate it with `{Regenerate}` (from the repository root).");
    }

    [Fact]
    public void Docs_have_a_section_with_an_anchor_for_every_rule()
    {
        var doc = ReportWriter.FormatRules(RuleCatalog.All, ReportFormat.Markdown);
        Assert.All(RuleCatalog.All, d => Assert.Contains($"<a id=\"{d.Id.ToLowerInvariant()}\"></a>\n## {d.Id}: {d.Title}", doc, StringComparison.Ordinal));
    }
}
