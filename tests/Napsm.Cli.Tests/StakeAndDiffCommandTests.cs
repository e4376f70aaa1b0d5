using System.Text.Json;

namespace Napsm.Cli.Tests;

/// <summary><c>napsm stake</c> and <c>napsm diff</c> on the repository's seeds (found by walking up to Napsm.Core.sln).</summary>
public sealed class StakeAndDiffCommandTests
{
    private static readonly string Seeds = FindSeeds();

    private static string FindSeeds()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Napsm.Core.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Napsm.Core.sln not found"), "seeds");
    }

    private static string Seed(string name) => Path.Combine(Seeds, name);

    private static string[] Alternatives => [Seed("napsm-a-evolved-six-party.json"), Seed("napsm-b-osce-like.json"), Seed("napsm-c-treaty-organisation.json")];

    [Fact]
    public void Stake_on_the_NAPSM_alternatives_exits_0_with_the_report()
    {
        var (exit, stdout, stderr) = CliRunner.Run(["stake", .. Alternatives, "--member", "us"]);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.StartsWith("What is at stake for us (United States of America)", stdout, StringComparison.Ordinal);
        Assert.Contains("napsm-c-treaty-organisation", stdout, StringComparison.Ordinal);
        Assert.Contains("Commitments by horizon", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Stake_and_diff_with_min_severity_warning_list_and_count_no_info()
    {
        string[] designs = [Seed("napsm-a-evolved-six-party.json"), Seed("napsm-b-osce-like.json")];
        var all = CliRunner.Run(["stake", .. designs, "--member", "us", "--format", "json"]);
        var warnings = CliRunner.Run(["stake", .. designs, "--member", "us", "--format", "json", "--min-severity", "warning"]);
        Assert.Equal((0, 0), (all.Exit, warnings.Exit));
        static IEnumerable<string> Severities(string json)
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.GetProperty("designs").EnumerateArray()
                .SelectMany(d => d.GetProperty("diagnostics").EnumerateArray().Select(x => x.GetProperty("severity").GetString()!)).ToList();
        }

        Assert.Contains("info", Severities(all.Out));
        Assert.DoesNotContain("info", Severities(warnings.Out));
        Assert.Contains("warning", Severities(warnings.Out));

        var diff = CliRunner.Run(["diff", .. designs, "--min-severity", "warning"]);
        Assert.Equal(0, diff.Exit);
        Assert.DoesNotContain(": info NAPSM", diff.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(" info NAPSM", diff.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Stake_with_an_alignment_weighs_the_member_under_the_scenario_in_the_designs_that_have_it()
    {
        // The 2007 second-phase actions have no alignment scenario; the NAPSM alternatives all have "coordination".
        var (exit, stdout, stderr) = CliRunner.Run(
            ["stake", Seed("six-party-2007-second-phase.json"), .. Alternatives, "--member", "kr", "--alignment", "coordination", "--format", "json"]);
        Assert.Equal((0, ""), (exit, stderr));
        using var doc = JsonDocument.Parse(stdout);
        var designs = doc.RootElement.GetProperty("designs").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.Null, designs[0].GetProperty("alignment").ValueKind);
        Assert.Equal("coordination", designs[3].GetProperty("alignment").GetString());
        var council = designs[3].GetProperty("bodies")[0];
        Assert.Equal("1/5", council.GetProperty("shapleyShubik").GetProperty("exact").GetString());
        Assert.Equal("5/18", council.GetProperty("alignment").GetProperty("owen").GetProperty("exact").GetString());
    }

    [Fact]
    public void Stake_with_an_alignment_no_design_has_exits_2_listing_the_alignments()
    {
        var (exit, stdout, stderr) = CliRunner.Run(["stake", .. Alternatives, "--member", "kr", "--alignment", "nato"]);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("no design has an alignment 'nato'. Alignments: coordination.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Stake_with_an_unknown_member_exits_2_listing_the_members()
    {
        var (exit, stdout, stderr) = CliRunner.Run(["stake", .. Alternatives, "--member", "xx"]);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("no design has a member 'xx'", stderr, StringComparison.Ordinal);
        Assert.Contains("mn", stderr, StringComparison.Ordinal);
        Assert.Contains("United States of America", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Stake_without_a_member_exits_2()
    {
        var (exit, _, stderr) = CliRunner.Run(["stake", .. Alternatives]);
        Assert.Equal(2, exit);
        Assert.Contains("--member is required", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Stake_with_an_unreadable_file_exits_2_naming_it()
    {
        var (exit, _, stderr) = CliRunner.Run(["stake", Seed("does-not-exist.json"), "--member", "us"]);
        Assert.Equal(2, exit);
        Assert.Contains("does-not-exist.json", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Stake_with_a_bad_horizon_exits_2()
    {
        var (exit, _, stderr) = CliRunner.Run(["stake", .. Alternatives, "--member", "us", "--near", "one year"]);
        Assert.Equal(2, exit);
        Assert.Contains("--near", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Stake_baseline_is_shown_first_and_marked()
    {
        var (exit, stdout, _) = CliRunner.Run(["stake", .. Alternatives, "--member", "kp", "--baseline", Seed("six-party-phase3.json"), "--format", "json"]);
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("six-party-phase3", json.RootElement.GetProperty("baseline").GetString());
        var designs = json.RootElement.GetProperty("designs");
        Assert.Equal(4, designs.GetArrayLength());
        Assert.True(designs[0].GetProperty("isBaseline").GetBoolean());
    }

    [Fact]
    public void Stake_in_markdown_has_headings_and_tables()
    {
        var (exit, stdout, _) = CliRunner.Run(["stake", .. Alternatives, "--member", "us", "--format", "markdown"]);
        Assert.Equal(0, exit);
        Assert.StartsWith("# What is at stake for us", stdout, StringComparison.Ordinal);
        Assert.Contains("| Body | Name | Rule | Voters | Shapley–Shubik |", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Stake_output_is_the_same_on_every_run()
    {
        var first = CliRunner.Run(["stake", .. Alternatives, "--member", "us"]).Out;
        Assert.Equal(first, CliRunner.Run(["stake", .. Alternatives, "--member", "us"]).Out);
    }

    [Fact]
    public void Diff_of_the_six_party_process_and_an_alternative_exits_0_with_power_shifts()
    {
        var (exit, stdout, stderr) = CliRunner.Run(["diff", Seed("six-party-phase3.json"), Seed("napsm-c-treaty-organisation.json")]);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.StartsWith("How napsm-c-treaty-organisation differs from six-party-phase3", stdout, StringComparison.Ordinal);
        Assert.Contains("Voting power shifts", stdout, StringComparison.Ordinal);
        Assert.Contains("+ council (Council of the Northeast Asian Peace and Security Organisation): added", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_of_the_two_KEDO_boards_shows_the_side_agreements_vetoes_in_json()
    {
        var (exit, stdout, _) = CliRunner.Run(["diff", Seed("kedo-1997-board.json"), Seed("kedo-1997-side-agreement.json"), "--format", "json"]);
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var shifts = json.RootElement.GetProperty("powerShifts").EnumerateArray().ToList();
        Assert.Contains(shifts, s => s.GetProperty("member").GetString() == "us" && s.GetProperty("vetoAfter").GetBoolean() && !s.GetProperty("vetoBefore").GetBoolean());
    }

    [Fact]
    public void Diff_of_a_file_with_itself_says_there_is_no_difference()
    {
        var (exit, stdout, _) = CliRunner.Run(["diff", Seed("unsc.json"), Seed("unsc.json")]);
        Assert.Equal(0, exit);
        Assert.Contains("No differences", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_with_one_file_exits_2()
    {
        var (exit, _, stderr) = CliRunner.Run(["diff", Seed("unsc.json")]);
        Assert.Equal(2, exit);
        Assert.Contains("exactly two design files", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_with_an_unknown_format_exits_2()
    {
        var (exit, _, stderr) = CliRunner.Run(["diff", Seed("unsc.json"), Seed("unsc.json"), "--format", "sarif"]);
        Assert.Equal(2, exit);
        Assert.Contains("unknown format 'sarif'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_commands_are_listed_in_the_help()
    {
        var (_, stdout, _) = CliRunner.Run(["--help"]);
        Assert.Contains("stake", stdout, StringComparison.Ordinal);
        Assert.Contains("diff", stdout, StringComparison.Ordinal);
    }
}
