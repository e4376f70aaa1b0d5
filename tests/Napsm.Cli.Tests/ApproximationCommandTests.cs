using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Napsm.Cli.Tests;

/// <summary><c>napsm power --approximate</c>: only when asked, only for figures not computed exactly, always marked.</summary>
public class ApproximationCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    /// <summary>A body of 193 members weighted like populations (a few very large, many small), at a simple majority of the weight.</summary>
    private static string PopulationBody()
    {
        var sb = new StringBuilder("{\"format\":1,\"id\":\"un\",\"name\":\"Population-weighted assembly\",\"members\":[");
        for (int i = 0; i < 193; i++)
        {
            long population = (long)(1_400_000_000.0 / Math.Pow(i + 1, 1.1)) + 100_000;
            sb.Append(i > 0 ? "," : "").Append(CultureInfo.InvariantCulture, $"{{\"id\":\"m{i:000}\",\"name\":\"M{i}\",\"attributes\":{{\"population\":{population}}}}}");
        }

        sb.Append("],\"bodies\":[{\"id\":\"assembly\",\"name\":\"Assembly\",\"voters\":[");
        for (int i = 0; i < 193; i++) sb.Append(i > 0 ? "," : "").Append(CultureInfo.InvariantCulture, $"\"m{i:000}\"");
        sb.Append("],\"rule\":{\"weighted\":{\"by\":\"population\",\"moreThan\":\"50%\"}}}]}");
        var file = Path.Combine(Path.GetTempPath(), $"napsm-approx-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, sb.ToString());
        return file;
    }

    [Fact]
    public void Without_approximate_the_json_is_exactly_as_before()
    {
        var plain = Run("power", CliRunner.Data("power-eec-1958.json"), "--body", "council", "--format", "json");
        var asked = Run("power", CliRunner.Data("power-eec-1958.json"), "--body", "council", "--format", "json", "--approximate");
        Assert.Equal(0, plain.Code);
        Assert.DoesNotContain("approximate", plain.Out, StringComparison.Ordinal);

        // Everything is exact here, so asking for approximation changes nothing either.
        Assert.Equal(plain.Out, asked.Out);
    }

    [Fact]
    public void A_large_population_weighted_body_shows_approximate_shapley_shubik_with_intervals()
    {
        var file = PopulationBody();
        try
        {
            var (code, output, error) = Run("power", file, "--format", "json", "--indices", "penrose,banzhaf,shapleyShubik", "--time-limit", "2s",
                "--approximate", "--samples", "20000", "--seed", "3");
            Assert.True(code == 0, error);
            using var doc = JsonDocument.Parse(output);
            var root = doc.RootElement;
            var methods = root.GetProperty("methods").EnumerateArray().ToList();
            var ss = methods.FirstOrDefault(m => m.GetProperty("part").GetString() == "shapleyShubik");
            if (ss.ValueKind == JsonValueKind.Undefined) return; // computed exactly within the limit on this machine
            if (ss.GetProperty("method").GetString() != "monteCarlo") return; // exact method named: nothing approximated
            Assert.True(ss.GetProperty("approximate").GetBoolean());
            Assert.Equal(3, ss.GetProperty("seed").GetInt64());
            Assert.InRange(ss.GetProperty("samples").GetInt64(), 1_000, 20_000);
            Assert.Equal("timeLimit", ss.GetProperty("exact").GetProperty("reason").GetString());
            // The exact methods had the first half of what was left: the reason names that part and the limit the user set.
            Assert.Matches(@"^stopped after its part, [0-9.]+ s, of the limit of 2 s$", ss.GetProperty("exact").GetProperty("detail").GetString());
            Assert.DoesNotContain(root.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("part").GetString() == "shapleyShubik");
            foreach (var m in root.GetProperty("members").EnumerateArray())
            {
                Assert.Equal(JsonValueKind.Null, m.GetProperty("shapleyShubikExact").ValueKind);
                var value = m.GetProperty("shapleyShubik").GetDouble();
                var approx = m.GetProperty("shapleyShubikApproximation");
                Assert.True(approx.GetProperty("approximate").GetBoolean());
                var interval = approx.GetProperty("interval").EnumerateArray().Select(x => x.GetDouble()).ToArray();
                Assert.InRange(value, interval[0], interval[1]);
                Assert.Equal("monteCarlo", approx.GetProperty("method").GetString());
            }

            // The text run stops the exact method by memory, not time, and gives the approximation no time limit: on a loaded machine any
            // time limit may leave it too few orderings to show.
            var text = Run("power", file, "--indices", "shapleyShubik", "--memory-limit", "1MB", "--time-limit", "none", "--approximate",
                "--samples", "20000");
            Assert.Contains("≈0.", text.Out, StringComparison.Ordinal);
            Assert.Contains("Approximation: Shapley–Shubik ≈ by Monte Carlo: 20,000 random orderings, seed 1", text.Out.Replace("\n  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void No_json_figure_is_given_for_a_part_listed_in_not_computed()
    {
        var file = PopulationBody();
        try
        {
            foreach (var extra in new[] { Array.Empty<string>(), ["--approximate", "--samples", "5000"] })
            {
                var (code, output, error) = Run(["power", file, "--format", "json", "--time-limit", "1s", .. extra]);
                Assert.True(code == 0, error);
                using var doc = JsonDocument.Parse(output);
                var root = doc.RootElement;
                if (!root.TryGetProperty("reasons", out var reasons)) continue;
                var keys = new Dictionary<string, string[]>
                {
                    ["swings"] = ["swings", "penrose", "banzhaf", "banzhafExact", "dummy"],
                    ["shapleyShubik"] = ["shapleyShubik", "shapleyShubikExact"],
                    ["johnston"] = ["johnston", "johnstonExact"],
                    ["deeganPackel"] = ["deeganPackel", "deeganPackelExact"],
                    ["hollerPackel"] = ["hollerPackel", "hollerPackelExact"],
                };
                foreach (var part in reasons.EnumerateArray().Select(r => r.GetProperty("part").GetString()!))
                {
                    if (!keys.TryGetValue(part, out var names)) continue;
                    foreach (var m in root.GetProperty("members").EnumerateArray())
                    {
                        foreach (var name in names)
                        {
                            Assert.True(!m.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null, $"{part} is not computed but {m.GetProperty("id")}.{name} = {v}");
                        }
                    }
                }
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_multilinear_extension_is_named_with_its_bound_and_no_interval_for_shapley_shubik()
    {
        var file = PopulationBody();
        try
        {
            var (code, output, error) = Run("power", file, "--format", "json", "--indices", "banzhaf,shapleyShubik", "--time-limit", "1s", "--approximate", "--multilinear");
            Assert.True(code == 0, error);
            using var doc = JsonDocument.Parse(output);
            var methods = doc.RootElement.GetProperty("methods").EnumerateArray().ToList();
            foreach (var m in methods.Where(m => m.TryGetProperty("approximate", out _)))
            {
                Assert.Equal("multilinear", m.GetProperty("method").GetString());
                Assert.Equal(JsonValueKind.Null, m.GetProperty("samples").ValueKind);
            }

            var member = doc.RootElement.GetProperty("members")[0];
            if (member.TryGetProperty("shapleyShubikApproximation", out var ss))
            {
                Assert.Equal(JsonValueKind.Null, ss.GetProperty("interval").ValueKind);
                Assert.Equal("none", ss.GetProperty("intervalKind").GetString());
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("--samples", "0", "--samples takes a whole number from 1 to 1000000000; got '0'.")]
    [InlineData("--samples", "many", "--samples takes a whole number from 1 to 1000000000; got 'many'.")]
    [InlineData("--target-width", "1.5", "--target-width takes a number strictly between 0 and 1, such as 0.01; got '1.5'.")]
    [InlineData("--seed", "x1", "--seed takes an integer; got 'x1'.")]
    public void Bad_approximation_values_name_the_option_and_the_value(string option, string value, string message)
    {
        var (code, _, error) = Run("power", CliRunner.Data("power-eec-1958.json"), "--body", "council", "--approximate", option, value);
        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Approximation_options_without_approximate_are_refused()
    {
        var (code, _, error) = Run("power", CliRunner.Data("power-eec-1958.json"), "--body", "council", "--samples", "1000");
        Assert.Equal(2, code);
        Assert.Contains("--samples needs --approximate", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Samples_and_target_width_together_are_refused()
    {
        var (code, _, error) = Run("power", CliRunner.Data("power-eec-1958.json"), "--body", "council", "--approximate", "--samples", "1000", "--target-width", "0.01");
        Assert.Equal(2, code);
        Assert.Contains("not both", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_help_of_power_lists_the_approximation_options()
    {
        var (_, output, _) = Run("power", "--help");
        foreach (var option in new[] { "--approximate", "--samples <N>", "--target-width <W>", "--seed <S>", "--multilinear" }) Assert.Contains(option, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_and_html_mark_approximate_figures_and_give_their_intervals()
    {
        var file = PopulationBody();
        try
        {
            var args = new[] { "power", file, "--memory-limit", "1MB", "--time-limit", "none", "--approximate", "--samples", "5000" };
            var csv = Run([.. args, "--format", "csv"]);
            Assert.True(csv.Code == 0, csv.Err);
            var header = csv.Out.Split("\r\n")[0];
            if (!header.Contains("Shapley–Shubik low", StringComparison.Ordinal)) return; // computed exactly after all: nothing to mark
            Assert.Contains("Shapley–Shubik high", header, StringComparison.Ordinal);
            Assert.Contains("approximate: 99% interval", csv.Out, StringComparison.Ordinal);
            Assert.Contains("approximate: lower end of the 99% interval", csv.Out, StringComparison.Ordinal);

            var html = Run([.. args, "--format", "html"]);
            Assert.True(html.Code == 0, html.Err);
            Assert.Contains("≈", html.Out, StringComparison.Ordinal);
            Assert.Contains("Shapley–Shubik ≈ by Monte Carlo: 5,000 random orderings, seed 1", html.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Csv_without_approximate_has_no_interval_columns()
    {
        var (code, output, _) = Run("power", CliRunner.Data("power-eec-1958.json"), "--body", "council", "--format", "csv", "--approximate");
        Assert.Equal(0, code);
        Assert.DoesNotContain("low", output.Split("\r\n")[0], StringComparison.Ordinal);
        Assert.DoesNotContain("approximate", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_other_figures()
    {
        var file = PopulationBody();
        try
        {
            string[] args = ["power", file, "--format", "json", "--memory-limit", "1MB", "--time-limit", "none", "--indices", "shapleyShubik", "--approximate", "--samples", "3000"];
            var first = Run(args);
            var second = Run(args);
            var other = Run([.. args, "--seed", "2"]);
            Assert.True(first.Code == 0, first.Err);
            Assert.Equal(first.Out, second.Out);
            if (first.Out.Contains("\"approximate\": true", StringComparison.Ordinal)) Assert.NotEqual(first.Out, other.Out);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
