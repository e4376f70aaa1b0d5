namespace Napsm.Cli.Tests;

/// <summary>Regression tests for the CLI defects of issue 21: clear errors instead of crashes, and free text that cannot forge output.</summary>
public sealed class DefectCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("napsm-defects-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [InlineData("--near", "PT1H", "--near takes a period of years, months, weeks and days (such as P1Y or P18M); 'PT1H' has a time part.")]
    [InlineData("--near", "P-1Y", "--near takes a period that is not negative; got 'P-1Y'.")]
    [InlineData("--near", "P8000Y", "--near P8000Y counted from the asOf of design 'late' (2026-01-01) ends after 9999-12-31, the last date designs use.")]
    [InlineData("--near", "P2147483647D", "--near P2147483647D counted from the asOf of design 'late' (2026-01-01) ends after 9999-12-31, the last date designs use.")]
    [InlineData("--medium", "P999999M", "--medium P999999M counted from the asOf of design 'late' (2026-01-01) ends after 9999-12-31, the last date designs use.")]
    public void Stake_horizons_that_cannot_be_counted_are_clear_errors(string option, string period, string message)
    {
        var file = Write("late.json", """{ "format": 1, "id": "late", "name": "Late", "asOf": "2026-01-01", "members": [ { "id": "a", "name": "A" } ] }""");

        var (exit, output, error) = CliRunner.Run("stake", file, "--member", "a", option, period);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"napsm stake: {message}\nRun 'napsm stake --help' for usage.\n", error);
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("-0001-12-31")]
    public void Treaty_as_of_a_year_outside_0001_to_9999_is_an_error(string date)
    {
        var (exit, _, error) = CliRunner.Run("treaty", CliRunner.Data("ctbt.json"), "--as-of", date);

        Assert.Equal(2, exit);
        Assert.StartsWith($"napsm treaty: --as-of '{date}' is outside the years 0001 to 9999 that design files use.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_treaty_whose_delay_runs_past_9999_12_31_is_never_in_force()
    {
        var file = Write("never.json", """
            { "format": 1, "id": "d", "name": "D", "asOf": "9999-06-01", "members": [ { "id": "a", "name": "A" } ],
              "treaties": [ { "id": "t", "name": "T", "parties": ["a"], "entryIntoForce": { "rule": { "atLeast": 1 }, "delay": "P1Y" },
                "ratifications": [ { "member": "a", "date": "9999-05-01" } ] } ] }
            """);

        var (exit, output, error) = CliRunner.Run("treaty", file);

        Assert.True(exit == 0, error);
        Assert.DoesNotContain("Entered into force:", output, StringComparison.Ordinal);
        Assert.Contains("Earliest entry into force:  never (a requirement cannot be met, or the date would fall after 9999-12-31)", output, StringComparison.Ordinal);
    }

    private const string Evil = "x\\nINJECTED(1,1): error NAPSM0000: fake\\n::error file=x::owned\\u001b[2J\\u009b\\u0085\\u202E";

    private static void AssertNoForgery(string output)
    {
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u009b', output);
        Assert.DoesNotContain('\u0085', output);
        Assert.DoesNotContain('\u202E', output);
        Assert.DoesNotContain('\r', output);
        foreach (var line in output.Split('\n'))
        {
            Assert.False(line.StartsWith("INJECTED", StringComparison.Ordinal) || line.StartsWith("::error", StringComparison.Ordinal), "forged line: " + line);
        }
    }

    [Fact]
    public void Treaty_schedule_power_and_check_text_escape_names_and_notes()
    {
        var file = Write("evil.json", $$"""
            { "format": 1, "id": "d", "name": "{{Evil}}", "asOf": "2026-01-01",
              "members": [ { "id": "a", "name": "{{Evil}}" }, { "id": "b", "name": "B" } ],
              "bodies": [ { "id": "council", "name": "{{Evil}}", "voters": ["a", "b"], "rule": "simpleMajority" } ],
              "phases": [ { "id": "p", "name": "{{Evil}}", "window": { "start": "2026-01-01" },
                "commitments": [ { "id": "c", "by": ["a"], "action": "{{Evil}}", "due": "2026-06-01" } ] } ],
              "treaties": [ { "id": "t", "name": "{{Evil}}", "parties": ["a", "b"] } ] }
            """);

        foreach (var args in new[]
        {
            new[] { "treaty", file },
            ["schedule", file],
            ["power", file, "--body", "council"],
            ["check", file],
            ["check", file, "--format", "markdown"],
            ["stake", file, "--member", "a"],
            ["stake", file, "--member", "a", "--format", "markdown"],
            ["diff", file, file],
            ["graph", file, "--format", "mermaid"],
        })
        {
            var (_, output, error) = CliRunner.Run(args);
            AssertNoForgery(output);
            AssertNoForgery(error);
        }
    }

    [Fact]
    public void A_load_error_prints_a_weights_key_escaped()
    {
        var file = Write("key.json", """
            { "format": 1, "id": "d", "name": "D", "members": [ { "id": "a", "name": "A" } ],
              "bodies": [ { "id": "c", "name": "C", "voters": ["a"], "rule": { "weighted": { "weights": { "a\n::error file=x::owned\u001b[2J": "x" }, "atLeast": 1 } } } ] }
            """);

        var (exit, _, error) = CliRunner.Run("check", file);

        Assert.Equal(2, exit);
        AssertNoForgery(error);
        Assert.Contains("\\u000A::error file=x::owned\\u001B[2J", error, StringComparison.Ordinal);
    }
}
