namespace Napsm.Cli.Tests;

/// <summary>
/// The command line on System.CommandLine (#17): did-you-mean for commands and options, values parsed into types with our wording,
/// response files, completion, the same option names in every command, and --min-severity.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("napsm-cl-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_mistyped_command_suggests_the_command_meant()
    {
        var (exit, output, error) = CliRunner.Run("powr", "seeds/osce.json");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal("napsm: unknown command 'powr'. Did you mean 'power'? Run 'napsm --help' for the list of commands.\n", error);
    }

    [Fact]
    public void A_mistyped_option_suggests_the_option_meant()
    {
        var (exit, _, error) = CliRunner.Run("check", RepoPaths.Of("seeds", "osce.json"), "--fromat", "json");
        Assert.Equal(2, exit);
        Assert.StartsWith("napsm check: unknown option '--fromat'. Did you mean '--format'?\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_format_names_the_formats_and_suggests_one()
    {
        var (exit, _, error) = CliRunner.Run("schedule", RepoPaths.Of("seeds", "osce.json"), "--format", "jsn");
        Assert.Equal(2, exit);
        Assert.StartsWith("napsm schedule: unknown format 'jsn'; use text, json, markdown, html or csv. Did you mean 'json'?\n", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-02-30", "is not a date of the calendar")]
    [InlineData("30.2.2026", "is not a date in the form yyyy-MM-dd")]
    public void As_of_tells_a_date_off_the_calendar_from_a_wrong_form(string date, string expected)
    {
        var (exit, _, error) = CliRunner.Run("treaty", RepoPaths.Of("seeds", "treaties-ctbt.json"), "--as-of", date);
        Assert.Equal(2, exit);
        Assert.Contains($"--as-of '{date}' {expected}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_file_holds_arguments()
    {
        var rsp = Path.Combine(_dir, "args.rsp");
        File.WriteAllLines(rsp, ["check", RepoPaths.Of("seeds", "osce.json"), "--format", "json"]);
        var (exit, output, error) = CliRunner.Run("@" + rsp);
        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.StartsWith("{\n  \"designs\": [", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_suggest_directive_completes_commands_and_formats()
    {
        var (exit, output, _) = CliRunner.Run("[suggest:9]", "napsm pow");
        Assert.Equal(0, exit);
        Assert.Contains("power", output.Split('\n'));
        var formats = CliRunner.Run("[suggest:35]", "napsm schedule seeds/osce.json -f ").Out.Split('\n');
        Assert.Contains("csv", formats);
        Assert.Contains("html", formats);
    }

    [Fact]
    public void Every_command_with_a_format_lists_its_formats_and_shared_options_have_one_name()
    {
        foreach (var c in CliApp.Commands)
        {
            var help = c.Help;
            if (help.Contains("--format", StringComparison.Ordinal)) Assert.Matches(@"-f, --format <[a-z]+(\|[a-z]+)+>", help);
            Assert.DoesNotContain("--out ", help, StringComparison.Ordinal);
            if (help.Contains("--output", StringComparison.Ordinal)) Assert.Contains("-o, --output <FILE>", help, StringComparison.Ordinal);
            if (help.Contains("--time-limit", StringComparison.Ordinal)) Assert.Contains("--memory-limit <SIZE>", help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_lines_fit_100_columns()
    {
        foreach (var c in CliApp.Commands)
        {
            foreach (var line in c.Help.Split('\n').Where(l => !l.TrimStart().StartsWith("napsm ", StringComparison.Ordinal)))
            {
                Assert.True(line.Length <= 100, $"napsm {c.Name} --help: {line.Length} columns: {line}");
            }
        }
    }

    [Fact]
    public void Min_severity_warning_hides_info_lines_and_says_how_many_while_the_exit_code_counts_them_all()
    {
        var seed = RepoPaths.Of("seeds", "napsm-b-osce-like.json");
        var all = CliRunner.Run("check", seed, "--fail-on", "info");
        Assert.Equal(1, all.Exit);
        Assert.Contains(" info NAPSM", all.Out, StringComparison.Ordinal);
        int infos = all.Out.Split('\n').Count(l => l.Contains(" info NAPSM", StringComparison.Ordinal));

        var (exit, output, _) = CliRunner.Run("check", seed, "--fail-on", "info", "--min-severity", "warning");
        Assert.Equal(all.Exit, exit);
        Assert.DoesNotContain(" info NAPSM", output, StringComparison.Ordinal);
        Assert.Contains(", 0 info\n", output, StringComparison.Ordinal);
        Assert.EndsWith($"hidden by --min-severity warning: {infos} info\n", output, StringComparison.Ordinal);

        var json = CliRunner.Run("check", seed, "--format", "json", "--min-severity", "error").Out;
        Assert.DoesNotContain("\"severity\": \"info\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"severity\": \"warning\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Min_severity_applies_to_the_html_report_too()
    {
        var seed = RepoPaths.Of("seeds", "napsm-b-osce-like.json");
        var all = CliRunner.Run("report", seed, "--time-limit", "none").Out;
        var warnings = CliRunner.Run("report", seed, "--time-limit", "none", "--min-severity", "warning").Out;
        Assert.Contains("NAPSM0311", all, StringComparison.Ordinal);
        Assert.DoesNotContain("NAPSM0311", warnings, StringComparison.Ordinal);
        Assert.Contains("NAPSM0603", warnings, StringComparison.Ordinal);
    }
}
