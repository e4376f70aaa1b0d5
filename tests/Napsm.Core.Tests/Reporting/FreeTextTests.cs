using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Napsm.Core.Analysis;
using Napsm.Core.Reporting;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Reporting;

/// <summary>
/// Free text reaches no output raw: <see cref="FreeText"/> escapes control, format and separator characters, and every text and
/// Markdown writer uses it, so that a name cannot drive a terminal, reorder a line or forge one.
/// </summary>
public class FreeTextTests
{
    [Theory]
    [InlineData("\u001b[31mred", "\\u001B[31mred")]
    [InlineData("csi\u009b2J", "csi\\u009B2J")]
    [InlineData("a\rb", "a\\u000Db")]
    [InlineData("a\nb", "a\\u000Ab")]
    [InlineData("nel\u0085", "nel\\u0085")]
    [InlineData("nul\0", "nul\\u0000")]
    [InlineData("bidi\u202Eevil", "bidi\\u202Eevil")]
    [InlineData("zero\u200Bwidth", "zero\\u200Bwidth")]
    [InlineData("bom\uFEFF", "bom\\uFEFF")]
    [InlineData("line\u2028sep", "line\\u2028sep")]
    [InlineData("tab\tstop", "tab\\u0009stop")]
    [InlineData("tag\U000E0041", "tag\\uE0041")]
    public void Escape_writes_every_unsafe_character_as_a_visible_code(string text, string expected) =>
        Assert.Equal(expected, FreeText.Escape(text));

    [Fact]
    public void Escape_writes_a_lone_surrogate_as_a_code() => Assert.Equal("lone\\uD800!", FreeText.Escape("lone" + (char)0xD800 + "!"));

    [Theory]
    [InlineData("Democratic People's Republic of Korea")]
    [InlineData("Côte d'Ivoire — 中国 — Ελλάδα — 대한민국 — हिन्दी")]
    [InlineData("emoji 🇰🇷 and C:\\path")]
    public void Escape_keeps_printable_text_of_any_script_as_it_is(string text)
    {
        Assert.Same(text, FreeText.Escape(text));
        Assert.False(FreeText.NeedsEscaping(text));
    }

    [Property(MaxTest = 300)]
    public Property Escaped_text_has_no_control_format_or_separator_character() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Choose(0, 0x2100).Select(i => (char)i)).Select(cs => new string(cs))), text =>
        {
            var escaped = FreeText.Escape(text);
            bool safe = escaped.EnumerateRunes().All(r => Rune.GetUnicodeCategory(r) is not (UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)) && !escaped.Any(char.IsSurrogate);
            bool identityWhenSafe = FreeText.NeedsEscaping(text) || ReferenceEquals(escaped, text);
            return (safe && identityWhenSafe).Label($"escaped: {escaped}");
        });

    /// <summary>Names that try to forge lines (a fake diagnostic, a GitHub Actions command, a Markdown table row) and to drive the terminal.</summary>
    private const string Evil = "Evil\\nINJECTED(1,1): error NAPSM0000: fake\\r\\n::error file=x::owned\\n| fake | row |\\u001b[2J\\u009b31m\\u0085\\u202E\\u0000";

    private static DesignDocument Hostile(string id = "d") => DesignJson.Parse($$"""
        { "format": 1, "id": "{{id}}", "name": "{{Evil}}", "asOf": "2026-01-01",
          "members": [ { "id": "a", "name": "{{Evil}}" }, { "id": "b", "name": "B" } ],
          "bodies": [ { "id": "council", "name": "{{Evil}}", "voters": ["a", "b", "zz"], "rule": "simpleMajority", "chair": "a" } ],
          "phases": [ { "id": "p", "name": "{{Evil}}", "commitments": [
            { "id": "c", "by": ["a"], "action": "{{Evil}}", "due": "2026-06-01" } ] } ],
          "treaties": [ { "id": "t", "name": "{{Evil}}", "parties": ["a", "b"] } ] }
        """, file: "evil\n::error file=x::.json");

    private static void AssertSafe(string output, string what)
    {
        foreach (var ch in output)
        {
            Assert.False(ch != '\n' && FreeText.NeedsEscaping(ch.ToString()), $"{what}: raw U+{(int)ch:X4} in the output");
        }

        foreach (var line in output.Split('\n'))
        {
            Assert.False(line.StartsWith("INJECTED", StringComparison.Ordinal), $"{what}: a forged line: {line}");
            Assert.False(line.StartsWith("::error", StringComparison.Ordinal), $"{what}: a forged line: {line}");
            Assert.False(line.StartsWith("| fake", StringComparison.Ordinal), $"{what}: a forged table row: {line}");
        }
    }

    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Markdown)]
    public void Check_reports_escape_names_file_names_and_messages(ReportFormat format)
    {
        var report = new DesignValidator().Validate(Hostile());
        Assert.NotEmpty(report.Diagnostics);

        AssertSafe(ReportWriter.Format([report], format), format.ToString());
    }

    [Theory]
    [InlineData(AnalysisFormat.Text)]
    [InlineData(AnalysisFormat.Markdown)]
    public void Stake_reports_escape_names_in_headings_tables_and_paragraphs(AnalysisFormat format) =>
        AssertSafe(StakeReport.For("a", new[] { Hostile() }).Format(format), "stake " + format);

    [Theory]
    [InlineData(AnalysisFormat.Text)]
    [InlineData(AnalysisFormat.Markdown)]
    public void Diff_reports_escape_names_and_changed_values(AnalysisFormat format)
    {
        var before = DesignJson.Parse("""
            { "format": 1, "id": "d", "name": "D", "members": [ { "id": "a", "name": "A" }, { "id": "b", "name": "B" } ],
              "bodies": [ { "id": "council", "name": "C", "voters": ["a", "b"], "rule": "unanimity" } ] }
            """);

        AssertSafe(DesignDiff.Compare(before, Hostile()).Format(format), "diff " + format);
    }

    [Theory]
    [InlineData(GraphView.Phases, GraphFormat.Dot)]
    [InlineData(GraphView.Phases, GraphFormat.Mermaid)]
    [InlineData(GraphView.Bodies, GraphFormat.Dot)]
    [InlineData(GraphView.Bodies, GraphFormat.Mermaid)]
    [InlineData(GraphView.Treaties, GraphFormat.Dot)]
    [InlineData(GraphView.Treaties, GraphFormat.Mermaid)]
    public void Diagrams_escape_names(GraphView view, GraphFormat format) =>
        AssertSafe(DesignGraph.Write(Hostile().Design, view, format), $"{view} {format}");
}
