using System.Diagnostics;
using Napsm.Cli;

namespace Napsm.Cli.Tests;

/// <summary>What every command promises: help with an example, exit codes 0/1/2, errors on stderr, plain text off a terminal.</summary>
public class CommandContractTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    public static TheoryData<string> CommandNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in CliApp.Commands) data.Add(c.Name);
        return data;
    }

    /// <summary>The commands that read design files.</summary>
    public static TheoryData<string> FileCommands()
    {
        var data = new TheoryData<string>();
        foreach (var c in CliApp.Commands.Where(c => c.Help.Contains($"napsm {c.Name} <FILE>", StringComparison.Ordinal) || c.Help.Contains($"napsm {c.Name} [<FILE>", StringComparison.Ordinal))) data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Help_shows_usage_and_an_example_with_exit_code_0(string name)
    {
        var (code, output, error) = Run(name, "--help");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        // System.CommandLine writes the help: a description, then "Usage:" with the command line on the next line.
        Assert.StartsWith("Description:\n", output, StringComparison.Ordinal);
        Assert.Contains($"Usage:\n  napsm {name}", output, StringComparison.Ordinal);
        Assert.Contains("Example", output, StringComparison.Ordinal);
        Assert.Contains($"  napsm {name}", output[output.IndexOf("Example", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Help_command_prints_the_same_help(string name) => Assert.Equal(Run(name, "--help").Out, Run("help", name).Out);

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Unknown_option_is_a_usage_error_on_stderr_with_exit_code_2(string name)
    {
        var (code, output, error) = Run(name, "seeds/osce.json", "--no-such-option");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith($"napsm {name}: ", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FileCommands))]
    public void Missing_file_is_reported_on_stderr_with_exit_code_2(string name)
    {
        var args = new List<string> { name, "no-such-design.json" };
        var help = CliApp.Commands.Single(c => c.Name == name).Help;
        if (help.Contains("--body <ID>", StringComparison.Ordinal)) args.AddRange(["--body", "council"]);
        else if (help.Contains("--treaty <ID>", StringComparison.Ordinal)) args.AddRange(["--treaty", "t"]);
        if (help.Contains("--member <ID>", StringComparison.Ordinal)) args.AddRange(["--member", "us"]);
        var (code, output, error) = Run([.. args]);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("no-such-design.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_prints_usage_with_exit_code_2_and_help_with_exit_code_0()
    {
        var (code, output, _) = Run();
        Assert.Equal(2, code);
        Assert.StartsWith("napsm — design and check multilateral security institutions\n", output, StringComparison.Ordinal);
        Assert.Equal(0, Run("--help").Code);
        foreach (var c in CliApp.Commands) Assert.Contains($"  {c.Name,-10} {c.Summary}\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_command_is_reported_on_stderr_with_exit_code_2()
    {
        var (code, output, error) = Run("frobnicate");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("napsm: unknown command 'frobnicate'. Run 'napsm --help' for the list of commands.\n", error);
    }

    [Fact]
    public void Version_prints_the_version_with_exit_code_0()
    {
        var (code, output, _) = Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+\n$", output);
    }

    [Fact]
    public void Check_exit_codes_are_0_for_a_clean_design_and_1_for_a_flawed_one()
    {
        Assert.Equal(0, Run("check", RepoPaths.Of("seeds", "napsm-b-osce-like.json")).Code);
        var (code, output, error) = Run("check", RepoPaths.Of("seeds", "flawed", "body-cycle.json"));
        Assert.Equal(1, code);
        Assert.Equal("", error);
        Assert.Contains(" error NAPSM0202: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_to_a_writer_other_than_the_console_is_never_coloured()
    {
        var (_, output, _) = Run("check", RepoPaths.Of("seeds", "flawed", "body-cycle.json"));
        Assert.DoesNotContain('\u001b', output);
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("", "xterm-256color", true)]
    [InlineData("1", "xterm-256color", false)]
    [InlineData("true", null, false)]
    [InlineData(null, "dumb", false)]
    public void Colour_is_off_with_NO_COLOR_or_a_dumb_terminal(string? noColor, string? term, bool allowed)
    {
        var env = new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["TERM"] = term };
        Assert.Equal(allowed, Terminal.ColourAllowed(k => env.GetValueOrDefault(k)));
    }

    [Fact]
    public void Severity_colours_touch_only_the_severity_word_of_diagnostic_lines()
    {
        const string text = "a.json(1,2): error NAPSM0102: x\n  at /bodies\n<d>#/m: warning NAPSM0201: y\nf: info NAPSM0104: z\nd: 1 error, 1 warning, 1 info\n";
        Assert.Equal(
            "a.json(1,2): \u001b[1;31merror\u001b[0m NAPSM0102: x\n  at /bodies\n<d>#/m: \u001b[1;33mwarning\u001b[0m NAPSM0201: y\nf: \u001b[36minfo\u001b[0m NAPSM0104: z\nd: 1 error, 1 warning, 1 info\n",
            Terminal.ColourSeverities(text));
    }

    /// <summary>A real process: the built tool, its exit code, and no colour when its output is a pipe even if the terminal type says colour.</summary>
    [Fact]
    public void The_tool_as_a_process_exits_1_on_a_flawed_design_and_writes_plain_text_to_a_pipe()
    {
        var napsm = Path.Combine(AppContext.BaseDirectory, "napsm.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { napsm, "check", Path.Combine("seeds", "flawed", "body-cycle.json") },
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["TERM"] = "xterm-256color";
        start.Environment.Remove("NO_COLOR");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "napsm did not finish within a minute");
        Assert.Equal(1, process.ExitCode);
        Assert.Equal("", error);
        Assert.StartsWith("seeds/flawed/body-cycle.json(", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
    }
}
