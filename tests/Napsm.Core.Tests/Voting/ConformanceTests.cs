using System.Numerics;
using System.Text.Json;
using Napsm.Core.Serialization;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Voting;

/// <summary>Every case of reference/rule-conformance (copied to tests/Napsm.Core.Tests/Conformance), loaded by DesignJson and reproduced exactly.</summary>
public class ConformanceTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(TestDesigns.ConformanceDirectory, "*.json").Order(StringComparer.Ordinal)) data.Add(Path.GetFileNameWithoutExtension(f));
        return data;
    }

    private static (VotingGame Game, JsonElement Expected) Load(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestDesigns.ConformanceDirectory, name + ".json")));
        var root = doc.RootElement.Clone();
        var design = DesignJson.Parse(root.GetProperty("design").GetRawText(), name + ".json").Design;
        var body = design.FindBody("council")!;
        return (VotingGame.ForBody(design, body), root.GetProperty("expected"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_fast_analysis_reproduces_the_conformance_figures(string name)
    {
        var (game, expected) = Load(name);
        Assert.Empty(game.Problems);
        var analysis = game.Analyze();
        Assert.Empty(analysis.NotComputed);
        Assert.Equal(new BigInteger(expected.GetProperty("winningCoalitions").GetInt64()), analysis.WinningCoalitions);
        Assert.Equal(expected.GetProperty("proper").GetBoolean(), analysis.IsProper);
        Assert.Equal(expected.GetProperty("strong").GetBoolean(), analysis.IsStrong);
        var members = expected.GetProperty("members").EnumerateArray().ToArray();
        Assert.Equal(members.Length, analysis.Members.Count);
        for (int i = 0; i < members.Length; i++)
        {
            var e = members[i];
            var m = analysis.Members[i];
            Assert.Equal(e.GetProperty("id").GetString(), m.Id);
            Assert.Equal(new BigInteger(e.GetProperty("swings").GetInt64()), m.Swings);
            Assert.Equal(Rational.Parse(e.GetProperty("banzhafExact").GetString()!), m.Banzhaf);
            Assert.Equal(Rational.Parse(e.GetProperty("shapleyShubikExact").GetString()!), m.ShapleyShubik);
            Assert.Equal(e.GetProperty("veto").GetBoolean(), m.IsVeto);
            Assert.Equal(e.GetProperty("dummy").GetBoolean(), m.IsDummy);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Brute_force_enumeration_reproduces_the_conformance_figures(string name)
    {
        var (game, expected) = Load(name);
        var brute = BruteForce.Analyze(game);
        Assert.Equal(new BigInteger(expected.GetProperty("winningCoalitions").GetInt64()), brute.Winning);
        Assert.Equal(expected.GetProperty("proper").GetBoolean(), brute.Proper);
        Assert.Equal(expected.GetProperty("strong").GetBoolean(), brute.Strong);
        var members = expected.GetProperty("members").EnumerateArray().ToArray();
        for (int i = 0; i < members.Length; i++)
        {
            Assert.Equal(new BigInteger(members[i].GetProperty("swings").GetInt64()), brute.Swings[i]);
            Assert.Equal(Rational.Parse(members[i].GetProperty("shapleyShubikExact").GetString()!), brute.ShapleyShubik[i]);
        }
    }
}
