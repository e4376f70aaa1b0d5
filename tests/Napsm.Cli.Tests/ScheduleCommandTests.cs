using System.Text.Json;
using Napsm.Cli;

namespace Napsm.Cli.Tests;

public class ScheduleCommandTests
{
    private static string Data(string name) => CliRunner.Data(name);

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    private static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), "napsm-schedule-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Schedule_of_the_2007_phases_shows_the_60_day_and_31_December_deadlines()
    {
        var (code, output, error) = Run("schedule", Data("six-party-2007.json"));
        Assert.Equal(0, code);
        Assert.Equal("", error);
        // 13 February 2007 + 60 days = 14 April 2007 (Initial Actions, para II); 31 December 2007 (Second-Phase Actions).
        Assert.Contains("initial-actions.end     2007-02-13  2007-04-14  60\n", output, StringComparison.Ordinal);
        Assert.Contains("second-phase.end        2007-12-31  2007-12-31  0\n", output, StringComparison.Ordinal);
        Assert.Contains("Critical path to second-phase.end (2007-12-31):", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_as_json_gives_every_event_with_iso_dates()
    {
        var (code, output, _) = Run("schedule", Data("six-party-2007.json"), "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var end = doc.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("event").GetString() == "initial-actions.end");
        Assert.Equal("2007-04-14", end.GetProperty("latest").GetString());
        Assert.True(doc.RootElement.GetProperty("consistent").GetBoolean());
        Assert.NotEmpty(doc.RootElement.GetProperty("criticalPath").EnumerateArray());
    }

    [Fact]
    public void Schedule_output_is_the_same_byte_for_byte_on_every_run()
    {
        Assert.Equal(Run("schedule", Data("six-party-2007.json"), "--format", "json").Out, Run("schedule", Data("six-party-2007.json"), "--format", "json").Out);
    }

    [Fact]
    public void A_deadline_after_the_window_is_a_conflict_with_exit_code_1_and_file_positions()
    {
        // The shut-down of Yongbyon (the commitment given for hfo-50k) due after the window, whether its list is on one line or not.
        var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(Data("six-party-2007.json")),
            "\"within\": \"P60D\",(\\s*\"inExchangeFor\": \\[\\s*\"hfo-50k\")", "\"due\": \"2007-05-01\",$1");
        Assert.Contains("2007-05-01", text, StringComparison.Ordinal);
        var path = TempFile(text);
        try
        {
            var (code, output, _) = Run("schedule", path);
            Assert.Equal(1, code);
            // Sentences wrap at 100 columns; read them with the line breaks and indents as single spaces.
            var words = string.Join(' ', output.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("'initial-actions' must end within 60 days of 2007-02-13, that is by 2007-04-14", words, StringComparison.Ordinal);
            Assert.Contains("but 'shut-down-yongbyon' is due 2007-05-01 (17 days short)", words, StringComparison.Ordinal);
            Assert.Contains(path + "(", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_that_does_not_load_is_reported_on_stderr_with_exit_code_2()
    {
        var path = TempFile("{ \"format\": 1, \"id\": \"d\", \"name\": \"D\", \"phases\": [ { \"id\": \"p\", \"name\": \"P\", \"window\": { \"start\": \"2007-13-40\" } } ] }");
        try
        {
            var (code, output, error) = Run("schedule", path);
            Assert.Equal(2, code);
            Assert.Equal("", output);
            Assert.StartsWith(path + "(1,", error, StringComparison.Ordinal);
            Assert.Contains("): error: ", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Schedule_without_a_file_is_a_command_line_error()
    {
        var (code, _, error) = Run("schedule");
        Assert.Equal(2, code);
        Assert.Contains("missing FILE", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_markdown_of_the_2007_phases_matches_its_golden()
    {
        var (code, output, error) = Run("schedule", Data("six-party-2007.json"), "--format", "markdown");

        Assert.Equal((0, ""), (code, error));
        Golden.Matches("schedule-six-party-2007.md", output);
        Assert.Equal(output, Run("schedule", Data("six-party-2007.json"), "-f", "md").Out);
    }

    [Fact]
    public void Schedule_markdown_of_a_conflict_lists_its_chain_as_a_table_with_file_positions_and_exit_code_1()
    {
        // Shut-down of Yongbyon due after the 60-day window, whatever the layout of the file.
        var design = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Data("six-party-2007.json")))!;
        var commitment = design["phases"]!.AsArray().SelectMany(p => p!["commitments"]?.AsArray() ?? []).Single(c => (string?)c!["id"] == "shut-down-yongbyon")!.AsObject();
        commitment.Remove("within");
        commitment["due"] = "2007-05-01";
        var path = TempFile(design.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        try
        {
            var (code, output, _) = Run("schedule", path, "--format", "markdown");

            Assert.Equal(1, code);
            Assert.StartsWith("## Schedule of `six-party-2007`: inconsistent, 1 conflict\n\n### Conflict 1\n\n", output, StringComparison.Ordinal);
            Assert.Contains("| place | pointer | constraint |\n|---|---|---|\n| `" + path.Replace('\\', '/').Replace("|", "\\|", StringComparison.Ordinal), output.Replace('\\', '/'), StringComparison.Ordinal);
            Assert.Contains("but 'shut-down-yongbyon' is due 2007-05-01 (17 days short)", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Schedule_help_lists_markdown_among_the_formats()
    {
        var (_, output, _) = Run("schedule", "--help");

        Assert.Contains("text|json|markdown|html|csv", output, StringComparison.Ordinal);
    }
}
