using System.Text.Json;
using Napsm.Tests.Shared;

namespace Napsm.Cli.Tests;

/// <summary>
/// A file that cannot be read as a design is in every report of <c>napsm check</c> (#17): a SARIF result NAPSM0001 at the load error's
/// file, line and column (valid against the SARIF 2.1.0 schema), a JSON design entry with "design": null, a Markdown section; exit code 2
/// stays, and the compiler-style line on stderr too.
/// </summary>
public sealed class LoadErrorReportTests : IDisposable
{
    // A trailing bracket where a member should be: the reader stops on line 3.
    private const string Broken = "{\n  \"format\": 1, \"id\": \"x\", \"name\": \"X\",\n  \"members\": [ } ]\n}\n";
    private readonly string _dir = Directory.CreateTempSubdirectory("napsm-load-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static string Write(string dir, string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Json_has_the_design_entry_with_the_load_error()
    {
        var broken = Write("broken.json", Broken);
        var (exit, output, _) = CliRunner.Run("check", broken, "--format", "json");
        Assert.Equal(2, exit);
        using var doc = JsonDocument.Parse(output);
        var entry = Assert.Single(doc.RootElement.GetProperty("designs").EnumerateArray());
        Assert.EndsWith("broken.json", entry.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("design").ValueKind);
        var d = Assert.Single(entry.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("NAPSM0001", d.GetProperty("id").GetString());
        Assert.Equal("error", d.GetProperty("severity").GetString());
        Assert.Equal(3, d.GetProperty("location").GetProperty("line").GetInt32());
    }

    [Fact]
    public void Markdown_has_a_section_for_the_file_and_counts_its_error()
    {
        var broken = Write("broken.json", Broken);
        var (exit, output, _) = CliRunner.Run("check", broken, "--format", "markdown");
        Assert.Equal(2, exit);
        Assert.Contains("1 design checked: 1 error, 0 warnings, 0 info.", output, StringComparison.Ordinal);
        Assert.Contains("broken.json` — not read as a design", output, StringComparison.Ordinal);
        Assert.Contains("| NAPSM0001 The file could not be read as a design |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_keeps_the_load_error_on_stderr_once_and_reports_the_other_files_on_stdout()
    {
        var broken = Write("broken.json", Broken);
        var (exit, output, error) = CliRunner.Run("check", broken, RepoPaths.Of("seeds", "osce.json"));
        Assert.Equal(2, exit);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"broken\.json\(3,\d+\): error: ", error);
        Assert.DoesNotContain("broken.json", output, StringComparison.Ordinal);
        Assert.StartsWith("osce", output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void NAPSM0001_is_documented_in_napsm_rules_and_explain()
    {
        Assert.Contains("NAPSM0001", CliRunner.Run("rules").Out, StringComparison.Ordinal);
        var (exit, output, _) = CliRunner.Run("explain", "NAPSM0001");
        Assert.Equal(0, exit);
        Assert.Contains("The file could not be read as a design", output, StringComparison.Ordinal);
    }

    internal const string BrokenText = Broken;
}

/// <summary>The SARIF schema test, extended with a file that cannot be read (#17).</summary>
public partial class CheckSeedsInEveryFormatTests
{
    [Fact]
    public void Sarif_has_a_NAPSM0001_result_at_the_load_errors_place_and_validates_against_the_schema()
    {
        var dir = Directory.CreateTempSubdirectory("napsm-load-").FullName;
        try
        {
        var broken = LoadErrorReportTests.Write(dir, "broken.json", LoadErrorReportTests.BrokenText);
        var (exit, output, error) = CliRunner.Run("check", broken, RepoPaths.Of("seeds", "osce.json"), "--format", "sarif");
        Assert.Equal(2, exit);
        Assert.Matches(@"broken\.json\(3,\d+\): error: ", error);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("", SarifSchema.Errors(Schema.Value, doc.RootElement));
        var run = doc.RootElement.GetProperty("runs")[0];
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "NAPSM0001");
        Assert.Equal("error", result.GetProperty("level").GetString());
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("broken.json", physical.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.True(physical.GetProperty("region").GetProperty("startColumn").GetInt32() > 1);
        // The rule is described in the log, as every other rule is.
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("NAPSM0001", rules);
        Assert.Equal(rules.IndexOf("NAPSM0001"), result.GetProperty("ruleIndex").GetInt32());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
