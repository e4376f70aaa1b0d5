using System.Text.Json;
using Napsm.Cli;

namespace Napsm.Cli.Tests;

/// <summary>
/// The CTBT-shaped design (data/ctbt.json): all 44 Annex 2 States, 180 days, not before 24 September 1998; Russia's ratification of
/// 27 May 2000 revoked on 2 November 2023 (shared/reference/institutions.md §2.3 and second check).
/// </summary>
public class TreatyCommandTests
{
    private static string Data(string name) => CliRunner.Data(name);

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Ctbt_status_names_the_nine_states_still_required_and_the_revocation()
    {
        var (code, output, error) = Run("treaty", Data("ctbt.json"), "--treaty", "ctbt");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("as of 2024-11-01: not in force", output, StringComparison.Ordinal);
        Assert.Contains("Still required:             cn, kp, eg, in, ir, il, pk, ru, us\n", output, StringComparison.Ordinal);
        Assert.Contains("Revoked:                    ru\n", output, StringComparison.Ordinal);
        // Any Annex 2 State blocks alone: by not ratifying, or, having ratified, by revoking as Russia did.
        Assert.Contains("Fewest refusals to block:   1 (any 1 of dz, ar, au, at, bd, be, br, bg, ca, cl, cn, co, kp, cd,\n", output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Before_the_revocation_Russia_counts_as_ratified()
    {
        var (_, output, _) = Run("treaty", Data("ctbt.json"), "--treaty", "ctbt", "--as-of", "2023-01-01", "--format", "json");
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("open", doc.RootElement.GetProperty("state").GetString());
        Assert.Contains("ru", doc.RootElement.GetProperty("ratified").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(8, doc.RootElement.GetProperty("stillRequired").GetArrayLength());
        Assert.Equal("2023-06-30", doc.RootElement.GetProperty("earliestEntryIntoForce").GetString());
    }

    [Fact]
    public void Unknown_treaty_is_reported_with_the_known_ones_and_exit_code_2()
    {
        var (code, _, error) = Run("treaty", Data("ctbt.json"), "--treaty", "npt");
        Assert.Equal(2, code);
        Assert.Contains("has no treaty 'npt' (treaties: ctbt)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_as_of_date_is_a_command_line_error()
    {
        var (code, _, error) = Run("treaty", Data("ctbt.json"), "--treaty", "ctbt", "--as-of", "24/09/1996");
        Assert.Equal(2, code);
        Assert.Contains("not a date in the form yyyy-MM-dd", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_treaty_option_may_be_left_out_when_the_design_has_one_treaty()
    {
        var without = Run("treaty", Data("ctbt.json"), "--as-of", "2024-01-01");
        Assert.Equal((0, ""), (without.Code, without.Err));
        Assert.Equal(Run("treaty", Data("ctbt.json"), "--treaty", "ctbt", "--as-of", "2024-01-01").Out, without.Out);
    }

    [Fact]
    public void Without_the_treaty_option_a_design_with_several_treaties_names_them()
    {
        var (code, _, error) = Run("treaty", RepoPaths.Of("seeds", "six-party-phase3.json"));
        Assert.Equal(2, code);
        Assert.Contains("has 3 treaties; choose one with --treaty ID (", error, StringComparison.Ordinal);
        Assert.Contains("korean-peace-treaty", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fragility_of_three_of_five_named_states_says_any_three_of_them_in_text_and_json()
    {
        var members = string.Join(", ", Enumerable.Range(1, 35).Select(i => $"{{ \"id\": \"p{i:00}\", \"name\": \"P{i}\" }}"));
        var parties = string.Join(", ", Enumerable.Range(1, 35).Select(i => $"\"p{i:00}\""));
        var file = Path.Combine(Path.GetTempPath(), $"napsm-t35-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, $$"""
            { "format": 1, "id": "t35", "name": "T35", "asOf": "2020-01-01", "members": [ {{members}} ],
              "treaties": [ { "id": "t", "name": "T", "parties": [ {{parties}} ],
                "entryIntoForce": { "rule": { "all": [ { "atLeast": 18 }, { "atLeast": 3, "of": ["p03", "p09", "p14", "p22", "p30"] } ] } } } ] }
            """);
        try
        {
            var (code, output, _) = Run("treaty", file);
            Assert.Equal(0, code);
            Assert.Contains("Fewest refusals to block:   3 (any 3 of p03, p09, p14, p22, p30)\n", output, StringComparison.Ordinal);

            var (_, json, _) = Run("treaty", file, "--format", "json");
            using var doc = JsonDocument.Parse(json);
            var choice = Assert.Single(doc.RootElement.GetProperty("blockingChoice").EnumerateArray());
            Assert.Equal(3, choice.GetProperty("count").GetInt32());
            Assert.Equal(["p03", "p09", "p14", "p22", "p30"], choice.GetProperty("of").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(3, doc.RootElement.GetProperty("fewestRefusalsToBlock").GetInt32());
            Assert.Equal(18, doc.RootElement.GetProperty("fewestMoreRatifications").GetInt32());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Ctbt_status_in_markdown_matches_its_golden()
    {
        var (code, output, error) = Run("treaty", Data("ctbt.json"), "--treaty", "ctbt", "--format", "markdown");

        Assert.Equal((0, ""), (code, error));
        Golden.Matches("treaty-ctbt.md", output);
        Assert.Equal(output, Run("treaty", Data("ctbt.json"), "--treaty", "ctbt", "-f", "md").Out);
    }

    [Fact]
    public void Treaty_markdown_gives_each_line_of_the_text_as_a_row_of_two_cells()
    {
        var text = Run("treaty", Data("ctbt.json"), "--treaty", "ctbt").Out;
        var markdown = Run("treaty", Data("ctbt.json"), "--treaty", "ctbt", "--format", "markdown").Out;
        var rows = markdown.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1).ToList();

        // Every line of the text that starts a label (two spaces, then a capital: the heading's continuation is in lower case) is a row.
        Assert.Equal(text.Split('\n').Count(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Length > 2 && char.IsUpper(l[2])), rows.Count);
        Assert.All(rows, r => Assert.Equal(2, r.Split(" | ").Length));
        Assert.Contains("| Revoked | ru |", rows);
    }

    [Fact]
    public void Treaty_help_lists_markdown_among_the_formats()
    {
        var (_, output, _) = Run("treaty", "--help");

        Assert.Contains("text|json|markdown|html", output, StringComparison.Ordinal);
    }
}
