using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using Napsm.Tests.Shared;

namespace Napsm.Cli.Tests;

/// <summary>
/// <c>napsm check</c> over every curated design in seeds/ and seeds/flawed/, in each of the four report formats: the exit code says
/// whether an error remains, every design appears in every format, and the four formats report the same diagnostics.
/// </summary>
public partial class CheckSeedsInEveryFormatTests
{
    public static TheoryData<string, int> Folders() => new() { { "seeds", 0 }, { "flawed", 1 } };

    private static IReadOnlyList<string> Files(string folder) => folder == "seeds" ? RepoPaths.Seeds() : RepoPaths.FlawedSeeds();

    // No time limit: the formats must be compared on the same analyses, and whether a slow seed (the IMF Board of Governors, 8 s
    // of CPU) finishes within 10 s depends on the machine's load.
    private static (int Exit, string Out, string Err) Check(string folder, string format) =>
        CliRunner.Run(["check", .. Files(folder), "--format", format, "--time-limit", "none"]);

    // "file(line,col): severity NAPSMnnnn: message" — the first line of each text diagnostic.
    [GeneratedRegex(@"^.+\(\d+,\d+\): (error|warning|info) (NAPSM\d{4}): ", RegexOptions.Multiline)]
    private static partial Regex TextDiagnostic();

    [GeneratedRegex(@"^\| \S+ (error|warning|info) \| (NAPSM\d{4}) ", RegexOptions.Multiline)]
    private static partial Regex MarkdownRow();

    // A diagnostic folded under its root cause: a note of the root in text ("(and 3 more like it here)" counts those of one rule at
    // one place), a line of the root's row in Markdown.
    [GeneratedRegex(@"^  .+: note: follows from this: (error|warning|info) (NAPSM\d{4}): .*?(?:\(and (\d+) more like it here\))?$", RegexOptions.Multiline)]
    private static partial Regex TextDerived();

    [GeneratedRegex(@"⤷ follows from this: (error|warning|info) (NAPSM\d{4}) ")]
    private static partial Regex MarkdownDerived();

    private static List<string> FromText(string text) =>
    [
        .. Matches(TextDiagnostic(), text),
        .. TextDerived().Matches(text).SelectMany(m => Enumerable.Repeat(m.Groups[1].Value + " " + m.Groups[2].Value,
            1 + (m.Groups[3].Success ? int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) : 0))),
    ];

    private static List<string> FromJson(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.GetProperty("designs").EnumerateArray()
            .SelectMany(d => d.GetProperty("diagnostics").EnumerateArray())
            .Select(d => d.GetProperty("severity").GetString() + " " + d.GetProperty("id").GetString())];
    }

    private static List<string> FromSarif(string sarif)
    {
        using var doc = JsonDocument.Parse(sarif);
        return [.. doc.RootElement.GetProperty("runs").EnumerateArray()
            .SelectMany(r => r.GetProperty("results").EnumerateArray())
            .Select(r => (r.GetProperty("level").GetString() == "note" ? "info" : r.GetProperty("level").GetString()) + " " + r.GetProperty("ruleId").GetString())];
    }

    private static List<string> Matches(Regex regex, string text) => [.. regex.Matches(text).Select(m => m.Groups[1].Value + " " + m.Groups[2].Value)];

    private static List<string> Sorted(IEnumerable<string> items) => [.. items.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_format_exits_0_on_the_seeds_and_1_on_the_flawed_designs(string folder, int expectedExit)
    {
        foreach (var format in new[] { "text", "json", "sarif", "markdown" })
        {
            var (exit, output, error) = Check(folder, format);
            Assert.True(expectedExit == exit, $"napsm check {folder} --format {format}: exit {exit}\n{error}\n{output}");
            Assert.Equal("", error);
        }
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void The_four_formats_report_the_same_diagnostics(string folder, int expectedExit)
    {
        _ = expectedExit;
        var json = Sorted(FromJson(Check(folder, "json").Out));
        Assert.Equal(json, Sorted(FromText(Check(folder, "text").Out)));
        Assert.Equal(json, Sorted(FromSarif(Check(folder, "sarif").Out)));
        var markdown = Check(folder, "markdown").Out;
        Assert.Equal(json, Sorted([.. Matches(MarkdownRow(), markdown), .. Matches(MarkdownDerived(), markdown)]));
        if (folder == "flawed") Assert.Contains(json, d => d.StartsWith("error ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_design_appears_in_every_format(string folder, int expectedExit)
    {
        _ = expectedExit;
        var files = Files(folder).Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/')).ToList();
        var ids = files.Select(f => Path.GetFileNameWithoutExtension(f)).ToList();
        using (var doc = JsonDocument.Parse(Check(folder, "json").Out))
        {
            Assert.Equal(files.Count, doc.RootElement.GetProperty("designs").GetArrayLength());
        }

        var markdown = Check(folder, "markdown").Out;
        var text = Check(folder, "text").Out;
        Assert.Contains($"{files.Count} designs checked", markdown, StringComparison.Ordinal);
        Assert.Contains($"{files.Count} designs:", text, StringComparison.Ordinal);
        using var sarif = JsonDocument.Parse(Check(folder, "sarif").Out);
        var uris = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
        Assert.All(uris, u => Assert.False(Path.IsPathRooted(u), u));
        if (folder == "flawed")
        {
            // Each flawed design shows its flaw, so each file is named by some SARIF result and has its own Markdown section.
            Assert.All(files, f => Assert.Contains(uris, u => u.EndsWith(Path.GetFileName(f), StringComparison.Ordinal)));
            Assert.All(ids, id => Assert.Contains($"### `{id}`", markdown, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Sarif_output_validates_against_the_sarif_2_1_0_schema(string folder, int expectedExit)
    {
        _ = expectedExit;
        using var doc = JsonDocument.Parse(Check(folder, "sarif").Out);
        Assert.Equal("", SarifSchema.Errors(Schema.Value, doc.RootElement));
    }

    private static readonly Lazy<JsonSchema> Schema = new(() => SarifSchema.Load(RepoPaths.Of("tests", "Napsm.Core.Tests", "Reporting", "Data", "sarif-schema-2.1.0.json")));
}
