using System.Text.Json;

namespace Napsm.Cli.Tests;

/// <summary><c>napsm evolve</c> on the NAPSM sequence and on bad command lines.</summary>
public sealed class EvolveCommandTests
{
    private static readonly string Seeds = FindSeeds();

    private static string FindSeeds()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Napsm.Core.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Napsm.Core.sln not found"), "seeds");
    }

    private static string Seed(string name) => Path.Combine(Seeds, name);

    private static string[] Story => [Seed("six-party-phase3.json"), Seed("napsm-a-evolved-six-party.json"), Seed("napsm-b-osce-like.json"), Seed("napsm-c-treaty-organisation.json")];

    [Fact]
    public void Evolve_on_the_NAPSM_sequence_exits_0_and_names_each_step()
    {
        var (exit, stdout, stderr) = CliRunner.Run(["evolve", .. Story]);
        Assert.Equal((0, ""), (exit, stderr));
        Assert.StartsWith("Evolution six-party-phase3 → napsm-a-evolved-six-party", stdout, StringComparison.Ordinal);
        Assert.Contains("Step 3: napsm-b-osce-like → napsm-c-treaty-organisation", stdout, StringComparison.Ordinal);
        Assert.Contains("must consent: cn, kp, jp, kr, ru, us, mn", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Evolve_json_follows_the_contract()
    {
        var (exit, stdout, _) = CliRunner.Run(["evolve", .. Story, "--format", "json"]);
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(stdout);
        var steps = doc.RootElement.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(3, steps.Count);
        Assert.Equal("six-party-phase3", steps[0].GetProperty("from").GetString());
        Assert.Equal("default", steps[0].GetProperty("governedBy")[0].GetProperty("amendment").GetString());
        Assert.Equal("consensus", steps[0].GetProperty("governedBy")[0].GetProperty("rule").GetString());
        Assert.True(steps[0].GetProperty("canPass").GetBoolean());
        Assert.False(steps[2].GetProperty("passableWithoutLosers").GetBoolean());
    }

    [Fact]
    public void Evolve_with_one_file_or_an_unknown_format_exits_2()
    {
        Assert.Equal(2, CliRunner.Run(["evolve", Seed("napsm-a-evolved-six-party.json")]).Exit);
        Assert.Equal(2, CliRunner.Run(["evolve", .. Story, "--format", "html"]).Exit);
        Assert.Equal(2, CliRunner.Run(["evolve", Seed("napsm-a-evolved-six-party.json"), Seed("no-such-file.json")]).Exit);
    }

    [Fact]
    public void Evolve_exits_1_when_a_step_cannot_pass()
    {
        var dir = Directory.CreateTempSubdirectory("napsm-evolve-");
        try
        {
            var a = Path.Combine(dir.FullName, "a.json");
            var b = Path.Combine(dir.FullName, "b.json");
            const string Members = "\"members\": [ { \"id\": \"cn\", \"name\": \"China\" }, { \"id\": \"us\", \"name\": \"United States\" } ]";
            File.WriteAllText(a, "{ \"format\": 1, \"id\": \"a\", \"name\": \"A\", " + Members + ", \"amendment\": { \"rule\": { \"veto\": [\"jp\"] } } }");
            File.WriteAllText(b, "{ \"format\": 1, \"id\": \"b\", \"name\": \"B\", " + Members + ", \"amendment\": { \"rule\": { \"veto\": [\"jp\"] } }, \"issueAreas\": [\"security\"] }");
            var (exit, stdout, _) = CliRunner.Run(["evolve", a, b]);
            Assert.Equal(1, exit);
            Assert.Contains("NAPSM1004", stdout, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
