using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Napsm.Tests.Shared;
using Napsm.Core.Model;
using Napsm.Core.Reporting;
using Napsm.Core.Serialization;
using Napsm.Core.Tests.Validation;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Reporting;

public class ReportTests
{
    // Two bodies reporting to each other (NAPSM0202, a chain) and a dangling voter (NAPSM0102, with a suggestion), from a "file".
    private static ValidationReport Flawed()
    {
        var design = ValidatorTests.Clean()
            .Body("wg", "Working group", b => b.Voters("a", "bb").Rule(Rule.Consensus).ReportsTo("sec"))
            .Body("sec", "Secretariat", b => b.Voters("a", "b").Rule(Rule.Consensus).ReportsTo("wg"))
            .Build();
        var positions = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
        {
            [""] = (1, 1),
            ["/members/1"] = (5, 5),
            ["/bodies/1"] = (10, 5),
            ["/bodies/1/voters/1"] = (10, 40),
            ["/bodies/1/reportsTo"] = (10, 70),
            ["/bodies/2"] = (11, 5),
            ["/bodies/2/reportsTo"] = (11, 60),
        };
        return new DesignValidator().Validate(new DesignDocument(design, "designs/flawed.json", positions));
    }

    [Fact]
    public void Text_report_is_compiler_style_with_related_locations_help_and_summary()
    {
        var text = ReportWriter.Format([Flawed()], ReportFormat.Text);
        var expected = """
            designs/flawed.json(10,40): error NAPSM0102: a voter of body 'wg' (Working group): member 'bb' does not exist (did you mean 'b'?)
              at /bodies/1/voters/1
              designs/flawed.json(5,5): note: member 'b' is declared here
              help: Correct the reference or declare the missing element. (napsm explain NAPSM0102)
            designs/flawed.json(11,60): error NAPSM0202: bodies report to each other in a cycle: body 'sec' (Secretariat) → body 'wg' (Working group) → body 'sec' (Secretariat)
              at /bodies/2/reportsTo
              designs/flawed.json(10,70): note: body 'wg' (Working group) reports to body 'sec' (Secretariat)
              help: Remove one 'reportsTo' of the cycle so that the senior body reports to no one in it. (napsm explain NAPSM0202)
            d: 2 errors, 0 warnings, 0 info

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Text_report_without_a_file_shows_the_design_id_and_pointer()
    {
        var report = new DesignValidator().Validate(ValidatorTests.Clean().Member("x", "X").Build());
        Assert.StartsWith("<d>#/members/2: info NAPSM0201: member 'x' (X) sits in no body", ReportWriter.Format([report], ReportFormat.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_report_follows_the_contract_exactly()
    {
        using var doc = JsonDocument.Parse(ReportWriter.Format([Flawed()], ReportFormat.Json));
        var root = doc.RootElement;
        Assert.Equal(["designs"], root.EnumerateObject().Select(p => p.Name));
        var design = Assert.Single(root.GetProperty("designs").EnumerateArray().ToList());
        Assert.Equal(["file", "design", "diagnostics"], design.EnumerateObject().Select(p => p.Name));
        Assert.Equal("designs/flawed.json", design.GetProperty("file").GetString());
        Assert.Equal("d", design.GetProperty("design").GetString());
        var first = design.GetProperty("diagnostics")[0];
        Assert.Equal(["id", "severity", "message", "location", "related"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("NAPSM0102", first.GetProperty("id").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        var location = first.GetProperty("location");
        Assert.Equal(["pointer", "line", "column"], location.EnumerateObject().Select(p => p.Name));
        Assert.Equal("/bodies/1/voters/1", location.GetProperty("pointer").GetString());
        Assert.Equal(10, location.GetProperty("line").GetInt32());
        Assert.Equal(40, location.GetProperty("column").GetInt32());
        var related = Assert.Single(first.GetProperty("related").EnumerateArray().ToList());
        Assert.Equal(["pointer", "line", "column", "message"], related.EnumerateObject().Select(p => p.Name));
        Assert.Equal("/members/1", related.GetProperty("pointer").GetString());
    }

    [Fact]
    public void Sarif_report_validates_against_the_sarif_2_1_0_schema()
    {
        var sarif = ReportWriter.Format([Flawed(), new DesignValidator().Validate(ValidatorTests.Clean().Member("x", "X").Build())], ReportFormat.Sarif);
        Assert.Equal("", SarifSchema.Errors(Schema.Value, JsonDocument.Parse(sarif).RootElement));
    }

    [Fact]
    public void Sarif_results_point_at_their_rule_and_the_file_relatively()
    {
        var sarif = JsonNode.Parse(ReportWriter.Format([Flawed()], ReportFormat.Sarif))!;
        var run = sarif["runs"]![0]!;
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.Equal(RuleCatalog.All.Count, rules.Count);
        foreach (var result in run["results"]!.AsArray())
        {
            Assert.Equal(result!["ruleId"]!.GetValue<string>(), rules[result["ruleIndex"]!.GetValue<int>()]!["id"]!.GetValue<string>());
            var physical = result["locations"]![0]!["physicalLocation"]!;
            Assert.Equal("designs/flawed.json", physical["artifactLocation"]!["uri"]!.GetValue<string>());
            Assert.True(physical["region"]!["startLine"]!.GetValue<int>() >= 1);
        }
    }

    [Fact]
    public void Sarif_rule_has_descriptions_help_and_default_level()
    {
        var sarif = JsonNode.Parse(ReportWriter.Format([Flawed()], ReportFormat.Sarif))!;
        var rule = sarif["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == "NAPSM0104")!;
        Assert.Equal("UnsourcedOrUncited", rule["name"]!.GetValue<string>());
        Assert.Equal("Unsourced or uncited", rule["shortDescription"]!["text"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(rule["fullDescription"]!["text"]!.GetValue<string>()));
        Assert.Contains("How to fix", rule["help"]!["markdown"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("note", rule["defaultConfiguration"]!["level"]!.GetValue<string>());
    }

    [Fact]
    public void Sarif_cycle_is_a_code_flow_through_every_body_of_the_cycle()
    {
        var sarif = JsonNode.Parse(ReportWriter.Format([Flawed()], ReportFormat.Sarif))!;
        var cycle = sarif["runs"]![0]!["results"]!.AsArray().Single(r => r!["ruleId"]!.GetValue<string>() == "NAPSM0202")!;
        var steps = cycle["codeFlows"]![0]!["threadFlows"]![0]!["locations"]!.AsArray();
        Assert.Equal(["/bodies/2/reportsTo", "/bodies/1/reportsTo"],
            steps.Select(s => s!["location"]!["logicalLocations"]![0]!["fullyQualifiedName"]!.GetValue<string>()[2..]));
    }

    [Fact]
    public void Markdown_report_has_a_table_row_per_diagnostic_and_the_help()
    {
        var md = ReportWriter.Format([Flawed()], ReportFormat.Markdown);
        Assert.Contains("| Severity | Rule | Location | Message |", md, StringComparison.Ordinal);
        Assert.Contains("| ❌ error | NAPSM0202 Reporting cycle | `designs/flawed.json(11,60)` `/bodies/2/reportsTo` |", md, StringComparison.Ordinal);
        Assert.Contains("- **NAPSM0102 — Dangling reference**: Correct the reference or declare the missing element.", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_headings_show_a_file_name_as_code_without_entities()
    {
        var md = ReportWriter.Format([new ValidationReport("d", "designs/r&d <draft>.json", [], Severity.Error)], ReportFormat.Markdown);
        Assert.Contains("### `d` — `designs/r&d <draft>.json`", md, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Sarif)]
    [InlineData(ReportFormat.Markdown)]
    public void Every_format_is_deterministic_and_uses_newline_line_ends(ReportFormat format)
    {
        var first = ReportWriter.Format([Flawed()], format);
        Assert.Equal(first, ReportWriter.Format([Flawed()], format));
        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("\n", first, StringComparison.Ordinal);
    }

    internal static readonly Lazy<JsonSchema> Schema = new(() => SarifSchema.Load(Repo.Path("tests", "Napsm.Core.Tests", "Reporting", "Data", "sarif-schema-2.1.0.json")));
}
