using Napsm.Core.Validation;

namespace Napsm.Cli.Tests;

public class ExplainAndRulesCommandTests
{
    [Fact]
    public void Explain_prints_the_help_text_of_a_rule()
    {
        var (exit, stdout, _) = CliRunner.Run("explain", "NAPSM0202");
        Assert.Equal(0, exit);
        Assert.StartsWith("NAPSM0202: Reporting cycle (error, Bodies)", stdout, StringComparison.Ordinal);
        Assert.Contains("Why it matters", stdout, StringComparison.Ordinal);
        Assert.Contains("Example (triggers NAPSM0202)", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("napsm0202")]
    [InlineData("202")]
    public void Explain_accepts_lower_case_and_bare_numbers(string id)
    {
        var (exit, stdout, _) = CliRunner.Run("explain", id);
        Assert.Equal(0, exit);
        Assert.StartsWith("NAPSM0202:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_of_an_unknown_id_exits_2_with_a_suggestion()
    {
        var (exit, _, stderr) = CliRunner.Run("explain", "NAPSM0220");
        Assert.Equal(2, exit);
        Assert.Contains("unknown rule id 'NAPSM0220'", stderr, StringComparison.Ordinal);
        Assert.Contains("Did you mean NAPSM", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_without_an_id_is_a_command_line_error()
    {
        var (exit, _, stderr) = CliRunner.Run("explain");
        Assert.Equal(2, exit);
        Assert.Contains("napsm explain:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_lists_every_rule_of_the_catalogue_one_per_line()
    {
        var (exit, stdout, _) = CliRunner.Run("rules");
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(RuleCatalog.All.Select(d => d.Id), lines.Select(l => l[..9]));
        Assert.Equal("NAPSM0202  error    Bodies      Reporting cycle", lines.Single(l => l.StartsWith("NAPSM0202", StringComparison.Ordinal)));
    }

    [Fact]
    public void Rules_in_markdown_is_the_reference_page()
    {
        var (exit, stdout, _) = CliRunner.Run("rules", "--format", "markdown");
        Assert.Equal(0, exit);
        Assert.StartsWith("# Diagnostics\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_with_an_unknown_format_is_a_command_line_error()
    {
        var (exit, _, stderr) = CliRunner.Run("rules", "--format", "xml");
        Assert.Equal(2, exit);
        Assert.Contains("unknown format 'xml'", stderr, StringComparison.Ordinal);
    }
}
