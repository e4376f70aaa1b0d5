using System.Text.Json;
using Napsm.Cli;

namespace Napsm.Cli.Tests;

public class PowerCommandTests
{
    private static string Data(string name) => CliRunner.Data(name);

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Power_json_for_the_eec_1958_council_matches_the_contract_key_for_key()
    {
        var (code, output, error) = Run("power", Data("power-eec-1958.json"), "--body", "council", "--format", "json", "--indices", "penrose,banzhaf,shapleyShubik");
        Assert.Equal((0, ""), (code, error));
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(["design", "body", "voters", "winningCoalitions", "powerToAct", "proper", "strong", "decisive", "members", "methods"], root.EnumerateObject().Select(p => p.Name));
        Assert.Contains("\"powerToAct\": 0.21875", output, StringComparison.Ordinal);
        var fr = root.GetProperty("members")[0];
        Assert.Equal(["id", "swings", "penrose", "banzhaf", "banzhafExact", "shapleyShubik", "shapleyShubikExact", "veto", "dummy"], fr.EnumerateObject().Select(p => p.Name));
        Assert.Equal("""{"id":"fr","swings":"10","penrose":0.3125,"banzhaf":0.238095238095,"banzhafExact":"5/21","shapleyShubik":0.233333333333,"shapleyShubikExact":"7/30","veto":false,"dummy":false}""",
            JsonSerializer.Serialize(fr));
        Assert.Equal(("eec-1958", "council", 6, "14"), (root.GetProperty("design").GetString(), root.GetProperty("body").GetString(), root.GetProperty("voters").GetInt32(), root.GetProperty("winningCoalitions").GetString()));
        Assert.Equal((true, false, false), (root.GetProperty("proper").GetBoolean(), root.GetProperty("strong").GetBoolean(), root.GetProperty("decisive").GetBoolean()));
    }

    [Fact]
    public void Power_json_marks_luxembourg_as_the_dummy()
    {
        var (_, output, _) = Run("power", Data("power-eec-1958.json"), "--body", "council", "--format", "json");
        using var doc = JsonDocument.Parse(output);
        var lu = doc.RootElement.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "lu");
        Assert.True(lu.GetProperty("dummy").GetBoolean());
        Assert.Equal("0", lu.GetProperty("swings").GetString());
    }

    [Fact]
    public void Power_json_adds_the_extra_indices_after_the_contract_keys_by_default()
    {
        var (_, output, _) = Run("power", Data("power-unsc.json"), "--body", "council", "--format", "json");
        using var doc = JsonDocument.Parse(output);
        var cn = doc.RootElement.GetProperty("members")[0];
        var names = cn.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal("dummy", names[8]);
        Assert.Equal(["johnston", "johnstonExact", "deeganPackel", "deeganPackelExact", "hollerPackel", "hollerPackelExact"], names[9..]);
        Assert.Equal(("848", "421/2145", true), (cn.GetProperty("swings").GetString(), cn.GetProperty("shapleyShubikExact").GetString(), cn.GetProperty("veto").GetBoolean()));
    }

    [Fact]
    public void Power_json_output_is_the_same_bytes_every_time()
    {
        var first = Run("power", Data("power-unsc.json"), "--body", "council", "--format", "json").Out;
        Assert.Equal(first, Run("power", Data("power-unsc.json"), "--body", "council", "--format", "json").Out);
    }

    [Fact]
    public void Power_text_shows_a_table_with_a_row_per_member_and_the_structure()
    {
        var (code, output, _) = Run("power", Data("power-unsc.json"), "--body", "council");
        Assert.Equal(0, code);
        Assert.Contains("848 of 32768 coalitions win", output, StringComparison.Ordinal);
        Assert.Contains("Proper: yes   Strong: no   Decisive: no", output, StringComparison.Ordinal);
        Assert.Contains("Veto players: cn, fr, ru, uk, us", output, StringComparison.Ordinal);
        var cnRow = output.Split('\n').Single(l => l.StartsWith("cn ", StringComparison.Ordinal));
        Assert.Contains("0.196270", cnRow, StringComparison.Ordinal);
        Assert.Contains("cn: Banzhaf 106/635, Shapley-Shubik 421/2145", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_text_names_the_dummy_of_the_eec_1958_council()
    {
        var (_, output, _) = Run("power", Data("power-eec-1958.json"), "--body", "council");
        Assert.Contains("Dummies: lu", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_of_a_treaty_analyses_its_entry_into_force_rule_over_the_parties()
    {
        var (code, output, _) = Run("power", Data("power-eec-1958.json"), "--treaty", "rome", "--format", "json", "--indices", "banzhaf");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("rome", doc.RootElement.GetProperty("treaty").GetString());
        Assert.Equal("1", doc.RootElement.GetProperty("winningCoalitions").GetString());
        Assert.All(doc.RootElement.GetProperty("members").EnumerateArray(), m => Assert.True(m.GetProperty("veto").GetBoolean()));
    }

    [Fact]
    public void Power_with_an_unknown_body_exits_2_and_lists_the_bodies()
    {
        var (code, output, error) = Run("power", Data("power-eec-1958.json"), "--body", "commission");
        Assert.Equal((2, ""), (code, output));
        Assert.Contains("no body 'commission'", error, StringComparison.Ordinal);
        Assert.Contains("Bodies: council", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_with_an_unreadable_design_exits_2_with_file_line_and_column()
    {
        var path = Path.Combine(Path.GetTempPath(), "napsm-power-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "{\n  \"format\": 1,\n  \"id\": \"x\",\n  \"name\": \"X\",\n  \"bogus\": 1\n}\n");
        try
        {
            var (code, _, error) = Run("power", path, "--body", "council");
            Assert.Equal(2, code);
            Assert.Matches(@"^.+\(\d+,\d+\): error: ", error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Power_without_body_or_treaty_is_a_command_line_error()
    {
        var (code, _, error) = Run("power", Data("power-eec-1958.json"));
        Assert.Equal(2, code);
        Assert.Contains("--body", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_with_an_unknown_index_is_a_command_line_error()
    {
        var (code, _, error) = Run("power", Data("power-eec-1958.json"), "--body", "council", "--indices", "banzhaf,coleman");
        Assert.Equal(2, code);
        Assert.Contains("unknown index 'coleman'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_body_or_treaty_the_only_rule_of_the_design_is_analysed()
    {
        var body = Run("power", RepoPaths.Of("seeds", "kedo-1997-board.json"));
        Assert.Equal((0, ""), (body.Code, body.Err));
        Assert.Equal(Run("power", RepoPaths.Of("seeds", "kedo-1997-board.json"), "--body", "executive-board").Out, body.Out);
        var treaty = Run("power", RepoPaths.Of("seeds", "treaties-semipalatinsk.json"), "--format", "json");
        Assert.Equal((0, ""), (treaty.Code, treaty.Err));
        Assert.Equal(Run("power", RepoPaths.Of("seeds", "treaties-semipalatinsk.json"), "--treaty", "semipalatinsk", "--format", "json").Out, treaty.Out);
    }

    [Fact]
    public void Without_body_or_treaty_a_design_with_several_rules_names_the_choices()
    {
        var (code, output, error) = Run("power", RepoPaths.Of("seeds", "eec-1958.json"));
        Assert.Equal((2, ""), (code, output));
        Assert.Contains("has 3 rules to analyse; choose one with --body council-qmv-commission-proposal, --body council-qmv-other, --body council-simple-majority.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_and_treaty_together_are_a_command_line_error()
    {
        var (code, _, error) = Run("power", Data("power-eec-1958.json"), "--body", "council", "--treaty", "t");
        Assert.Equal(2, code);
        Assert.Contains("not both", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_analyses_every_matter_of_a_body_one_json_object_each_with_its_matter()
    {
        var (code, output, error) = Run("power", Data("power-matters.json"), "--body", "council", "--format", "json", "--indices", "banzhaf");
        Assert.Equal((0, ""), (code, error));
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(["procedural", "substantive"], doc.RootElement.EnumerateArray().Select(e => e.GetProperty("matter").GetString()));
        Assert.Equal(["9949", "848"], doc.RootElement.EnumerateArray().Select(e => e.GetProperty("winningCoalitions").GetString()));
    }

    [Fact]
    public void Power_with_a_matter_analyses_that_matter_alone()
    {
        var (code, output, _) = Run("power", Data("power-matters.json"), "--body", "council", "--matter", "substantive", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(["design", "body", "matter", "game", "voters"], doc.RootElement.EnumerateObject().Take(5).Select(p => p.Name));
        var text = Run("power", Data("power-matters.json"), "--body", "council", "--matter", "procedural").Out;
        Assert.Contains("Matter: procedural", text, StringComparison.Ordinal);
        Assert.DoesNotContain("substantive", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_with_an_unknown_matter_lists_the_matters()
    {
        var (code, _, error) = Run("power", Data("power-matters.json"), "--body", "council", "--matter", "budget");
        Assert.Equal(2, code);
        Assert.Contains("no matter 'budget'. Matters: procedural, substantive.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_of_a_body_with_only_its_rule_has_no_matter_key()
    {
        var (_, output, _) = Run("power", Data("power-unsc.json"), "--body", "council", "--format", "json");
        Assert.DoesNotContain("\"matter\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_adds_the_labelled_ternary_game_for_a_matter_whose_veto_abstention_does_not_block()
    {
        var (code, output, error) = Run("power", Data("power-matters.json"), "--body", "council", "--matter", "substantive", "--format", "json");
        Assert.Equal((0, ""), (code, error));
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.StartsWith("binary:", root.GetProperty("game").GetString(), StringComparison.Ordinal);
        Assert.Equal("ternary", root.EnumerateObject().Last().Name);
        var ternary = root.GetProperty("ternary");
        Assert.StartsWith("ternary:", ternary.GetProperty("game").GetString(), StringComparison.Ordinal);
        Assert.Equal(("14348907", "146796"), (ternary.GetProperty("profiles").GetString(), ternary.GetProperty("winningProfiles").GetString()));
        var cn = ternary.GetProperty("members")[0];
        Assert.Equal(["id", "veto", "abstentionBlocks", "absenceBlocks", "swings", "penrose", "banzhaf", "banzhafExact", "shapleyShubik", "shapleyShubikExact", "dummy"],
            cn.EnumerateObject().Select(p => p.Name));
        Assert.Equal((true, false, "118525786/725416965"), (cn.GetProperty("veto").GetBoolean(), cn.GetProperty("abstentionBlocks").GetBoolean(), cn.GetProperty("shapleyShubikExact").GetString()));
        var text = Run("power", Data("power-matters.json"), "--body", "council", "--matter", "substantive").Out;
        Assert.Contains("Game: binary", text, StringComparison.Ordinal);
        Assert.Contains("Ternary game (every voter present", text, StringComparison.Ordinal);
        Assert.Contains("Shapley-Shubik (ternary)", text, StringComparison.Ordinal);
        Assert.Contains("Veto by voting no: cn, fr, ru, uk, us   Abstention blocks: (none)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_gives_the_ternary_game_of_any_rule_with_the_ternary_option_and_none_without()
    {
        var (_, plain, _) = Run("power", Data("power-unsc.json"), "--body", "council", "--format", "json");
        Assert.DoesNotContain("\"ternary\"", plain, StringComparison.Ordinal);
        var (code, output, error) = Run("power", Data("power-unsc.json"), "--body", "council", "--format", "json", "--ternary");
        Assert.Equal((0, ""), (code, error));
        using var doc = JsonDocument.Parse(output);
        var ternary = doc.RootElement.GetProperty("ternary");
        Assert.Equal("26025", ternary.GetProperty("winningProfiles").GetString());
        Assert.Equal("421/2145", ternary.GetProperty("members")[0].GetProperty("shapleyShubikExact").GetString());
        Assert.True(ternary.GetProperty("members")[0].GetProperty("abstentionBlocks").GetBoolean());
    }

    [Fact]
    public void Power_with_an_alignment_adds_owen_values_per_member_and_the_quotient_game_per_bloc()
    {
        var (code, output, error) = Run("power", Data("power-aligned.json"), "--body", "council", "--format", "json", "--alignment", "caucus");
        Assert.Equal((0, ""), (code, error));
        using var doc = JsonDocument.Parse(output);
        var alignment = doc.RootElement.GetProperty("alignment");
        Assert.Equal("caucus", alignment.GetProperty("id").GetString());
        var members = alignment.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(15, members.Count);
        Assert.Equal(1.0, members.Sum(m => m.GetProperty("owen").GetDouble()), 9);
        var e1 = members.Single(m => m.GetProperty("id").GetString() == "e1");
        Assert.True(e1.GetProperty("excluded").GetBoolean());
        Assert.Equal("0", e1.GetProperty("owenExact").GetString());
        var unions = alignment.GetProperty("unions").EnumerateArray().ToList();
        Assert.True(unions[0].GetProperty("bloc").GetBoolean());
        Assert.True(unions[0].GetProperty("veto").GetBoolean());
        var text = Run("power", Data("power-aligned.json"), "--body", "council", "--alignment", "caucus").Out;
        Assert.Contains("Alignment caucus (Two caucuses of permanent members)", text, StringComparison.Ordinal);
        Assert.Contains("Bloc 1 [cn, ru]: quotient game Shapley-Shubik", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_with_an_unknown_alignment_lists_the_alignments()
    {
        var (code, _, error) = Run("power", Data("power-aligned.json"), "--body", "council", "--alignment", "nato");
        Assert.Equal(2, code);
        Assert.Contains("no alignment 'nato' in design", error, StringComparison.Ordinal);
        Assert.Contains("Alignments: caucus.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_markdown_of_the_eec_1958_council_matches_its_golden()
    {
        var (code, output, error) = Run("power", Data("power-eec-1958.json"), "--body", "council", "--format", "markdown");

        Assert.Equal((0, ""), (code, error));
        Golden.Matches("power-eec-1958.md", output);
    }

    [Fact]
    public void Power_md_is_an_alias_of_markdown()
    {
        var markdown = Run("power", Data("power-unsc.json"), "--body", "council", "--format", "markdown").Out;

        Assert.Equal(markdown, Run("power", Data("power-unsc.json"), "--body", "council", "-f", "md").Out);
        Assert.StartsWith("## ", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_markdown_has_a_pipe_table_with_a_row_per_member_and_right_aligned_figures()
    {
        var (_, output, _) = Run("power", Data("power-unsc.json"), "--body", "council", "--format", "markdown", "--indices", "banzhaf,shapleyShubik");
        var lines = output.Split('\n');

        Assert.Contains("| member | swings | Banzhaf | Shapley-Shubik | veto | dummy |", lines);
        Assert.Contains("|---|---:|---:|---:|---|---|", lines);
        Assert.Equal(15, lines.Count(l => l.StartsWith("| `", StringComparison.Ordinal)));
        Assert.Contains("- `cn`: Banzhaf 106/635, Shapley-Shubik 421/2145", lines);
        Assert.Contains("- Veto players: `cn`, `fr`, `ru`, `uk`, `us` · Dummies: none", lines);
    }

    [Fact]
    public void Power_markdown_of_a_body_with_several_matters_has_a_section_per_matter()
    {
        var (code, output, _) = Run("power", Data("power-matters.json"), "--format", "markdown");
        var text = Run("power", Data("power-matters.json")).Out;

        Assert.Equal(0, code);
        Assert.Equal(text.Split('\n').Count(l => l.StartsWith("Matter: ", StringComparison.Ordinal)), output.Split('\n').Count(l => l.StartsWith("## ", StringComparison.Ordinal)));
        Assert.Contains("- Matter: `", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_markdown_with_the_ternary_game_puts_it_in_a_fenced_block_of_its_own()
    {
        var (code, output, _) = Run("power", Data("power-unsc.json"), "--body", "council", "--format", "markdown", "--ternary");

        Assert.Equal(0, code);
        Assert.Contains("\n### Ternary game\n\n```text\nTernary game (", output, StringComparison.Ordinal);
        Assert.EndsWith("\n```\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_help_lists_markdown_among_the_formats()
    {
        var (_, output, _) = Run("power", "--help");

        Assert.Contains("text|json|markdown|html|csv", output, StringComparison.Ordinal);
    }
}
