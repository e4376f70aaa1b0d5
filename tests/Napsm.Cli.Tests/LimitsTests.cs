using System.Globalization;
using System.Text;

namespace Napsm.Cli.Tests;

/// <summary>The CLI reads designs with the loader's default limits and reports exceeding one as unreadable input (exit code 2).</summary>
public class LimitsTests
{
    private static string Members(int count)
    {
        var sb = new StringBuilder("{\"format\":1,\"id\":\"d\",\"name\":\"D\",\"members\":[");
        for (int i = 0; i < count; i++) sb.Append(i > 0 ? "," : "").Append(CultureInfo.InvariantCulture, $"{{\"id\":\"m{i}\",\"name\":\"M\"}}");
        return sb.Append("]}").ToString();
    }

    [Fact]
    public void Check_of_a_design_over_the_member_limit_names_the_limit_and_exits_with_2()
    {
        var file = Path.Combine(Path.GetTempPath(), $"napsm-limits-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, Members(10_001));
        try
        {
            var (exit, _, stderr) = CliRunner.Run("check", file);

            Assert.Equal(2, exit);
            Assert.Contains("more than 10000 members, the limit set by LoadOptions.MaxMembers", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Check_of_a_body_too_large_to_analyse_completes_and_says_what_was_not_computed()
    {
        var sb = new StringBuilder("{\"format\":1,\"id\":\"d\",\"name\":\"D\",\"members\":[");
        for (int i = 0; i < 300; i++) sb.Append(i > 0 ? "," : "").Append(CultureInfo.InvariantCulture, $"{{\"id\":\"m{i}\",\"name\":\"M\",\"attributes\":{{\"w\":{i % 97 + 1}}}}}");
        sb.Append("],\"bodies\":[{\"id\":\"c\",\"name\":\"C\",\"voters\":[");
        for (int i = 0; i < 300; i++) sb.Append(i > 0 ? "," : "").Append(CultureInfo.InvariantCulture, $"\"m{i}\"");
        sb.Append("],\"rule\":{\"all\":[{\"atLeast\":\"55%\"},{\"weighted\":{\"by\":\"w\",\"atLeast\":\"65%\"}},{\"any\":[{\"moreThan\":\"2/3\"},{\"veto\":[\"m0\",\"m1\"]}]}]}}]}");
        var file = Path.Combine(Path.GetTempPath(), $"napsm-limits-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, sb.ToString());
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run("check", file, "--format", "json");

            Assert.True(exit is 0 or 1, stderr);
            Assert.Contains("\"diagnostics\"", stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>193 members weighted by a population-like attribute (distinct large weights): no exact method fits 1 s.</summary>
    private static string PopulationBody(string id)
    {
        var sb = new StringBuilder($"{{\"format\":1,\"id\":\"{id}\",\"name\":\"P\",\"members\":[");
        long x = 7;
        for (int i = 0; i < 193; i++)
        {
            x = (x * 6364136223846793005L + 1442695040888963407L) & long.MaxValue;
            sb.Append(i > 0 ? "," : "").Append(CultureInfo.InvariantCulture, $"{{\"id\":\"c{i}\",\"name\":\"C\",\"attributes\":{{\"pop\":{x % 900_000_000 + 100_000}}}}}");
        }

        sb.Append("],\"bodies\":[{\"id\":\"a\",\"name\":\"A\",\"voters\":[");
        for (int i = 0; i < 193; i++) sb.Append(i > 0 ? "," : "").Append(CultureInfo.InvariantCulture, $"\"c{i}\"");
        return sb.Append("],\"rule\":{\"weighted\":{\"by\":\"pop\",\"atLeast\":\"1/2\"}}}]}").ToString();
    }

    [Fact]
    public void Stake_keeps_to_its_time_limit_and_says_what_the_limit_stopped()
    {
        // Before: stake had no time limit; its validator ran 269 s on this body.
        var file = Path.Combine(Path.GetTempPath(), $"napsm-pop-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, PopulationBody("p"));
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run("stake", file, "--member", "c0", "--time-limit", "1s", "--format", "json");

            Assert.Equal(0, exit);
            Assert.Equal("", stderr);
            Assert.Contains("time limit (stopped at the limit of 1 s)", stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("report")]
    public void Diff_and_report_keep_to_their_time_limit_and_say_what_it_stopped(string command)
    {
        // Before: neither took --time-limit, and both analysed every body without one (diff of this body: minutes under load).
        var file = Path.Combine(Path.GetTempPath(), $"napsm-pop-{Guid.NewGuid():N}.json");
        var other = Path.Combine(Path.GetTempPath(), $"napsm-other-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, PopulationBody("p"));
        File.WriteAllText(other, """{"format":1,"id":"o","name":"O","members":[{"id":"c0","name":"C0"},{"id":"c1","name":"C1"}],"bodies":[{"id":"a","name":"A","voters":["c0","c1"],"rule":"unanimity"}]}""");
        try
        {
            string[] args = command == "diff" ? ["diff", other, file, "--time-limit", "1s", "--format", "json"] : ["report", file, "--member", "c0", "--time-limit", "1s"];
            var (exit, stdout, stderr) = CliRunner.Run(args);

            Assert.True(exit == 0, stderr);
            Assert.Contains("time limit (stopped at the limit of 1 s)", stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
            File.Delete(other);
        }
    }

    [Fact]
    public void A_matter_stopped_by_its_part_of_the_limit_names_the_part_and_the_whole_limit()
    {
        // Before: the reason named the moment the matter's part ended, counted from the command's start ("stopped at the limit of
        // 6.895 s" for the second of three matters under a 10 s limit): a figure the user never set.
        var (exit, stdout, stderr) = CliRunner.Run("power", RepoPaths.Of("seeds", "imf-board-of-governors.json"), "--indices", "shapleyShubik",
            "--time-limit", "2s", "--format", "json");

        Assert.True(exit == 0, stderr);
        using var doc = System.Text.Json.JsonDocument.Parse(stdout);
        var details = doc.RootElement.EnumerateArray()
            .SelectMany(matter => matter.GetProperty("reasons").EnumerateArray())
            .Where(r => r.GetProperty("part").GetString() == "shapleyShubik")
            .Select(r => r.GetProperty("detail").GetString()!).ToList();

        // Three matters: each one's Shapley–Shubik index stops within its part of the 2 s.
        Assert.Equal(3, details.Count);
        Assert.All(details, d => Assert.Matches(@"stopped after its part, [0-9.]+ s, of the limit of 2 s", d));
    }

    [Fact]
    public void Check_of_several_files_gives_each_file_the_whole_time_limit()
    {
        // One slow design must not leave the designs after it unchecked: the second file has its own 3 s (the first needs minutes; 3 s,
        // not 1, so that the small design's check fits on a loaded machine).
        var first = Path.Combine(Path.GetTempPath(), $"napsm-pop-{Guid.NewGuid():N}.json");
        var second = Path.Combine(Path.GetTempPath(), $"napsm-small-{Guid.NewGuid():N}.json");
        File.WriteAllText(first, PopulationBody("p1"));
        File.WriteAllText(second, """
            { "format": 1, "id": "small", "name": "S", "members": [ { "id": "a", "name": "A" }, { "id": "b", "name": "B" },
              { "id": "c", "name": "C" } ], "bodies": [ { "id": "x", "name": "X", "voters": ["a", "b", "c"], "rule": { "atLeast": 2 } } ] }
            """);
        try
        {
            var (exit, stdout, _) = CliRunner.Run("check", first, second, "--time-limit", "3s", "--format", "json");

            Assert.Equal(0, exit);
            using var doc = System.Text.Json.JsonDocument.Parse(stdout);
            var designs = doc.RootElement.GetProperty("designs").EnumerateArray().ToList();
            Assert.Equal(2, designs.Count);
            Assert.Contains(designs[0].GetProperty("diagnostics").EnumerateArray(), x => x.GetProperty("id").GetString() == "NAPSM0312"
                && x.GetProperty("message").GetString()!.Contains("time limit (stopped at the limit of 3 s)", StringComparison.Ordinal));
            Assert.DoesNotContain(designs[1].GetProperty("diagnostics").EnumerateArray(), x => x.GetProperty("id").GetString() == "NAPSM0312");
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void Power_over_several_matters_gives_each_matter_its_part_of_the_time_limit()
    {
        // The first matter (193 population weights) could take the whole limit; the second, a simple majority, needs a moment. Each
        // matter takes an equal part of the time left, so the second is computed in full after the first stopped at its part.
        var design = PopulationBody("m").Replace("\"rule\":{\"weighted\"", "\"decisions\":[{\"matter\":\"simple\",\"rule\":\"simpleMajority\"}],\"rule\":{\"weighted\"", StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"napsm-matters-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, design);
        try
        {
            // 10 s, not 2: the second matter's half of what is left must hold its analysis even on a machine running another suite.
            var (exit, stdout, stderr) = CliRunner.Run("power", file, "--time-limit", "10s", "--format", "json");

            Assert.True(exit == 0, stderr);
            using var doc = System.Text.Json.JsonDocument.Parse(stdout);
            var matters = doc.RootElement.EnumerateArray().ToList();
            Assert.Equal(["default", "simple"], matters.Select(m => m.GetProperty("matter").GetString()));
            Assert.Contains(matters[0].GetProperty("reasons").EnumerateArray(), r => r.GetProperty("reason").GetString() == "timeLimit");
            Assert.False(matters[1].TryGetProperty("notComputed", out _), "the simple-majority matter has every part");
            Assert.All(matters[1].GetProperty("members").EnumerateArray(), m => Assert.Equal("1/193", m.GetProperty("shapleyShubikExact").GetString()));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
