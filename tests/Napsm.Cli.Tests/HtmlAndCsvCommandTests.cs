namespace Napsm.Cli.Tests;

/// <summary><c>--format html</c>, <c>--format csv</c> with <c>--table</c>, and <c>napsm report</c> (the pages themselves are tested in Napsm.Core.Tests).</summary>
public sealed class HtmlAndCsvCommandTests
{
    private static string Seed(string name) => RepoPaths.Of("seeds", name);

    private static string[] Alternatives => [Seed("napsm-a-evolved-six-party.json"), Seed("napsm-b-osce-like.json"), Seed("napsm-c-treaty-organisation.json")];

    public static TheoryData<string[]> HtmlCommands() => new()
    {
        new[] { "check", Seed("unsc.json"), "--format", "html" },
        new[] { "power", Seed("eec-1958.json"), "--body", "council-qmv-commission-proposal", "--format", "html" },
        new[] { "schedule", Seed("six-party-2007-initial-actions.json"), "--format", "html" },
        new[] { "treaty", Seed("treaties-ctbt.json"), "--format", "html" },
        new[] { "graph", Seed("napsm-b-osce-like.json"), "--view", "bodies", "--format", "html" },
        new[] { "diff", Seed("kedo-1997-board.json"), Seed("kedo-1997-side-agreement.json"), "--format", "html" },
        new[] { "stake", Seed("napsm-a-evolved-six-party.json"), Seed("napsm-b-osce-like.json"), "--member", "kp", "--format", "html" },
        new[] { "report", Seed("napsm-a-evolved-six-party.json"), Seed("napsm-b-osce-like.json"), "--member", "kp" },
    };

    [Theory]
    [MemberData(nameof(HtmlCommands))]
    public void Html_is_one_self_contained_page_with_charts_the_same_each_time(string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args);
        Assert.True(exit == 0, stderr);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", stdout, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", stdout, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", stdout, StringComparison.Ordinal);
        if (args[0] != "check") Assert.Contains("<svg ", stdout, StringComparison.Ordinal);
        Assert.Equal(stdout, CliRunner.Run(args).Out);
    }

    [Fact]
    public void Csv_tables_are_chosen_by_name_and_have_exact_and_decimal_columns()
    {
        var (exit, stdout, _) = CliRunner.Run(["stake", .. Alternatives, "--member", "kp", "--format", "csv"]);
        Assert.Equal(0, exit);
        Assert.StartsWith("Design,Body,Body name,Seat,Shapley–Shubik,Shapley–Shubik (decimal),Banzhaf,Banzhaf (decimal),", stdout, StringComparison.Ordinal);
        Assert.Contains(",1/6,0.166667,", stdout, StringComparison.Ordinal);
        Assert.Contains("\r\n", stdout, StringComparison.Ordinal);

        var commitments = CliRunner.Run(["stake", .. Alternatives, "--member", "kp", "--format", "csv", "--table", "commitments"]);
        Assert.StartsWith("Design,Horizon,Commitment,Side,Due,Phase,What\r\n", commitments.Out, StringComparison.Ordinal);

        var events = CliRunner.Run("schedule", Seed("six-party-2007-initial-actions.json"), "--format", "csv", "--table", "critical-path");
        Assert.StartsWith("Event,Earliest,Because,At\r\n", events.Out, StringComparison.Ordinal);

        var power = CliRunner.Run("power", Seed("eec-1958.json"), "--body", "council-qmv-commission-proposal", "--format", "csv");
        Assert.StartsWith("Member,Name,Weight share,Weight share (decimal),Shapley–Shubik,Shapley–Shubik (decimal),", power.Out, StringComparison.Ordinal);

        var shifts = CliRunner.Run("diff", Seed("kedo-1997-board.json"), Seed("kedo-1997-side-agreement.json"), "--format", "csv");
        Assert.StartsWith("Body,Member,Member name,Shapley–Shubik before,", shifts.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_table_is_a_command_line_error_that_lists_the_tables()
    {
        var (exit, _, stderr) = CliRunner.Run(["stake", .. Alternatives, "--member", "kp", "--format", "csv", "--table", "nope"]);
        Assert.Equal(2, exit);
        Assert.Contains("unknown table 'nope'; use summary, power, commitments, treaties, diagnostics.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_csv_is_a_command_line_error()
    {
        var (exit, _, stderr) = CliRunner.Run("schedule", Seed("six-party-2007-initial-actions.json"), "--table", "events");
        Assert.Equal(2, exit);
        Assert.Contains("--table goes with --format csv.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_writes_its_page_to_the_output_file()
    {
        var dir = Directory.CreateTempSubdirectory("napsm-report-");
        try
        {
            var file = Path.Combine(dir.FullName, "report.html");
            var (exit, stdout, stderr) = CliRunner.Run(["report", .. Alternatives, "--member", "kp", "-o", file]);
            Assert.True(exit == 0, stderr);
            Assert.Equal("", stdout);
            var html = File.ReadAllText(file);
            Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
            Assert.Contains("napsm-c-treaty-organisation", html, StringComparison.Ordinal);
            Assert.Contains("Power of Democratic People", html, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Report_names_an_unknown_member()
    {
        var (exit, _, stderr) = CliRunner.Run(["report", .. Alternatives, "--member", "zz"]);
        Assert.Equal(2, exit);
        Assert.Contains("no design has a member 'zz'", stderr, StringComparison.Ordinal);
    }
}
