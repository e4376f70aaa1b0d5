using System.Text.Json;

namespace Napsm.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private const string Clean = """
        { "format": 1, "id": "clean", "name": "Clean", "amendment": { "rule": "unanimity" },
          "members": [ { "id": "cn", "name": "China" }, { "id": "jp", "name": "Japan" }, { "id": "kr", "name": "Korea" } ],
          "bodies": [ { "id": "council", "name": "Council", "voters": ["cn", "jp", "kr"], "rule": "simpleMajority" } ] }
        """;

    // A dangling voter (error NAPSM0102) and a chair who does not vote (warning NAPSM0204).
    private const string Flawed = """
        { "format": 1, "id": "flawed", "name": "Flawed", "amendment": { "rule": "unanimity" },
          "members": [ { "id": "cn", "name": "China" }, { "id": "jp", "name": "Japan" }, { "id": "kr", "name": "Korea" } ],
          "bodies": [ { "id": "council", "name": "Council", "voters": ["cn", "jp", "kr"], "rule": "simpleMajority" },
                      { "id": "wg", "name": "Working group", "voters": ["cn", "jpn"], "rule": "simpleMajority", "chair": "kr" } ] }
        """;

    private const string OnlyWarning = """
        { "format": 1, "id": "warned", "name": "Warned", "amendment": { "rule": "unanimity" },
          "members": [ { "id": "cn", "name": "China" }, { "id": "jp", "name": "Japan" }, { "id": "kr", "name": "Korea" } ],
          "bodies": [ { "id": "council", "name": "Council", "voters": ["cn", "jp", "kr"], "rule": "simpleMajority" },
                      { "id": "wg", "name": "Working group", "voters": ["cn", "jp"], "rule": "simpleMajority", "chair": "kr" } ] }
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("napsm-check-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Clean_design_exits_0_with_a_summary()
    {
        var (exit, stdout, _) = CliRunner.Run("check", Write("clean.json", Clean));
        Assert.Equal(0, exit);
        Assert.Equal("clean: 0 errors, 0 warnings, 0 info\n", stdout);
    }

    [Fact]
    public void Design_with_an_error_exits_1_and_prints_compiler_style_lines()
    {
        var (exit, stdout, _) = CliRunner.Run("check", Write("flawed.json", Flawed));
        Assert.Equal(1, exit);
        Assert.Matches(@"flawed\.json\(4,\d+\): error NAPSM0102: a voter of body 'wg' \(Working group\): member 'jpn' does not exist \(did you mean 'jp'\?\)", stdout);
        Assert.Contains("  help: ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_pass_by_default_and_fail_with_fail_on_warning()
    {
        var file = Write("warned.json", OnlyWarning);
        Assert.Equal(0, CliRunner.Run("check", file).Exit);
        Assert.Equal(1, CliRunner.Run("check", file, "--fail-on", "warning").Exit);
    }

    [Fact]
    public void Severity_option_regrades_and_none_turns_a_rule_off()
    {
        var file = Write("warned.json", OnlyWarning);
        Assert.Equal(1, CliRunner.Run("check", file, "--severity", "NAPSM0204=error").Exit);
        var (exit, stdout, _) = CliRunner.Run("check", file, "--fail-on", "info", "--severity", "NAPSM0204=none");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("NAPSM0204", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Suppress_option_drops_a_rule()
    {
        var (exit, stdout, _) = CliRunner.Run("check", Write("flawed.json", Flawed), "--suppress", "NAPSM0102");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("NAPSM0102", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_lists_each_design_with_its_diagnostics()
    {
        var (exit, stdout, _) = CliRunner.Run("check", Write("clean.json", Clean), Write("flawed.json", Flawed), "--format", "json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(stdout);
        var designs = doc.RootElement.GetProperty("designs").EnumerateArray().ToList();
        Assert.Equal(["clean", "flawed"], designs.Select(d => d.GetProperty("design").GetString()));
        Assert.Equal(["NAPSM0204", "NAPSM0102"], designs[1].GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
    }

    [Fact]
    public void Sarif_format_has_no_absolute_paths()
    {
        var (_, stdout, _) = CliRunner.Run("check", Write("flawed.json", Flawed), "--format", "sarif");
        using var doc = JsonDocument.Parse(stdout);
        var uri = doc.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.False(Path.IsPathRooted(uri), uri);
        Assert.EndsWith("flawed.json", uri, StringComparison.Ordinal);
        Assert.DoesNotContain("\"" + _dir, stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_format_prints_a_table()
    {
        var (_, stdout, _) = CliRunner.Run("check", Write("flawed.json", Flawed), "--format", "markdown");
        Assert.Contains("| Severity | Rule | Location | Message |", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_design_exits_2_with_a_located_error_on_stderr()
    {
        var (exit, _, stderr) = CliRunner.Run("check", Write("broken.json", "{ \"format\": 1, \"id\": \"x\", \"name\": \"X\", \"members\": [ } "));
        Assert.Equal(2, exit);
        Assert.Matches(@"broken\.json\(1,\d+\): error: ", stderr);
    }

    [Fact]
    public void Missing_file_exits_2()
    {
        var (exit, _, stderr) = CliRunner.Run("check", Path.Combine(_dir, "nope.json"));
        Assert.Equal(2, exit);
        Assert.Contains("nope.json", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "x.json", "--format", "xml")]
    [InlineData("check", "x.json", "--fail-on", "none")]
    [InlineData("check", "x.json", "--severity", "NAPSM0204")]
    [InlineData("check", "x.json", "--bogus")]
    public void Wrong_command_line_exits_2(params string[] args) => Assert.Equal(2, CliRunner.Run(args).Exit);
}
