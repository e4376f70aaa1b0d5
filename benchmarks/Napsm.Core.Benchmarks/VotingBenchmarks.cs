using BenchmarkDotNet.Attributes;
using Napsm.Core;
using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Benchmarks;

/// <summary>The five workloads of issue 3, with their targets in the descriptions.</summary>
[MemoryDiagnoser]
public class VotingBenchmarks
{
    private static readonly AnalysisOptions BanzhafAndShapley = new() { Indices = PowerIndices.ShapleyShubik, ClauseEffects = false };
    private static readonly AnalysisOptions BanzhafOnly = new() { Indices = PowerIndices.None, ClauseEffects = false };

    private VotingGame _unsc = null!;
    private VotingGame _electoral = null!;
    private VotingGame _lisbon = null!;
    private VotingGame _random188 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _unsc = Games.SecurityCouncil();
        _electoral = Games.ElectoralCollege1990();
        _lisbon = Games.EuCouncilLisbon2019();
        _random188 = Games.Random188();
    }

    [Benchmark(Description = "UNSC, all indices (target < 50 µs)")]
    public GameAnalysis SecurityCouncilAllIndices() => _unsc.Analyze();

    [Benchmark(Description = "UNSC, Banzhaf + Shapley–Shubik + structure")]
    public GameAnalysis SecurityCouncilCore() => _unsc.Analyze(BanzhafAndShapley);

    [Benchmark(Description = "US Electoral College 1990, Banzhaf + SS (target < 5 ms)")]
    public GameAnalysis ElectoralCollege() => _electoral.Analyze(BanzhafAndShapley);

    [Benchmark(Description = "EU Council Lisbon 2019, Banzhaf + SS (target < 20 ms)")]
    public GameAnalysis EuCouncilLisbon() => _lisbon.Analyze(BanzhafAndShapley);

    [Benchmark(Description = "188 random weights, Banzhaf (target < 200 ms)")]
    public GameAnalysis Random188Banzhaf() => _random188.Analyze(BanzhafOnly);

    [Benchmark(Description = "188 random weights, Shapley–Shubik (target < 10 s, < 2 GB)")]
    public GameAnalysis Random188Shapley() => _random188.Analyze(BanzhafAndShapley);
}

/// <summary>The benchmark games, built from the figures in issue 3.</summary>
public static class Games
{
    public static VotingGame SecurityCouncil()
    {
        string[] permanent = ["cn", "fr", "ru", "uk", "us"];
        return VotingGame.Create(Rule.All(Rule.AtLeast(Threshold.Count(9)), Rule.Veto(permanent)), permanent.Concat(Enumerable.Range(1, 10).Select(i => "e" + i)));
    }

    /// <summary>1990 apportionment: 51 units (50 states and DC), 538 votes, quota 270.</summary>
    public static VotingGame ElectoralCollege1990()
    {
        int[] votes = [54, 33, 32, 25, 23, 22, 21, 18, 15, 14, 13, 13, 12, 12, 11, 11, 11, 11, 10, 10, 9, 9, 8, 8, 8, 8, 8, 8, 7, 7, 7, 6, 6, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3];
        var ids = votes.Select((_, i) => "u" + i).ToArray();
        return VotingGame.Create(Rule.Weighted(ids.Select((id, i) => KeyValuePair.Create(id, (Rational)votes[i])), Threshold.Count(270)), ids);
    }

    /// <summary>Lisbon double majority (≥ 55% of members and ≥ 65% of population, or ≥ 24 members), Eurostat populations of 1 January 2019.</summary>
    public static VotingGame EuCouncilLisbon2019()
    {
        (string Id, long Population)[] members =
        [
            ("de", 83019214), ("fr", 67028048), ("it", 60359546), ("es", 46934632), ("pl", 37972812), ("ro", 19401658), ("nl", 17282163),
            ("be", 11467923), ("el", 10722287), ("cz", 10649800), ("se", 10230185), ("pt", 10276617), ("hu", 9772756), ("at", 8858775),
            ("bg", 7000039), ("dk", 5806081), ("fi", 5517919), ("sk", 5450421), ("ie", 4904226), ("hr", 4076246), ("lt", 2794184),
            ("si", 2080908), ("lv", 1919968), ("ee", 1324820), ("cy", 875898), ("lu", 613894), ("mt", 493559),
        ];
        var builder = Design.Create("eu-2019", "EU Council 2019");
        foreach (var (id, population) in members) builder.Member(id, id.ToUpperInvariant(), m => m.Attribute("population", (Rational)population));
        var rule = Rule.Any(
            Rule.All(Rule.AtLeast(Threshold.Percentage(55)), Rule.WeightedBy("population", Threshold.Percentage(65))),
            Rule.AtLeast(Threshold.Count(24)));
        var design = builder.Body("council", "Council", b => b.Rule(rule)).Build();
        return VotingGame.ForBody(design, design.Bodies[0]);
    }

    /// <summary>188 voters with integer weights 1..2000 from a fixed seed; quota half the total + 1.</summary>
    public static VotingGame Random188()
    {
        var random = new Random(20260101);
        var weights = Enumerable.Range(0, 188).Select(_ => random.Next(1, 2001)).ToArray();
        var ids = weights.Select((_, i) => "p" + i).ToArray();
        long quota = weights.Sum() / 2 + 1;
        return VotingGame.Create(Rule.Weighted(ids.Select((id, i) => KeyValuePair.Create(id, (Rational)weights[i])), Threshold.Count(quota)), ids);
    }

    /// <summary>
    /// The US federal system as Shapley and Shubik (1954) modelled it: 435 representatives, 100 senators, the vice-president breaking a
    /// Senate tie, the president; a House and Senate majority with the president, or two-thirds of both houses over a veto.
    /// </summary>
    public static VotingGame UsFederal()
    {
        var house = Enumerable.Range(1, 435).Select(i => "h" + i).ToArray();
        var senate = Enumerable.Range(1, 100).Select(i => "s" + i).ToArray();
        var senateOrTie = Rule.Weighted(senate.Append("vp").Select(id => KeyValuePair.Create(id, Rational.One)), Threshold.Count(51));
        var rule = Rule.Any(
            Rule.All(Rule.AtLeast(Threshold.Count(218), house), senateOrTie, Rule.Veto("president")),
            Rule.All(Rule.AtLeast(Threshold.Fraction(new Rational(2, 3)), house), Rule.AtLeast(Threshold.Fraction(new Rational(2, 3)), senate)));
        return VotingGame.Create(rule, house.Concat(senate).Append("vp").Append("president"));
    }

    /// <summary>
    /// A body of an IMF seed (seeds/imf-board-of-governors.json, seeds/imf-executive-board.json: the IMF's published votes of
    /// 2 October 2022), found by walking up from the benchmark's directory (or in the directory NAPSM_SEEDS names); null when absent.
    /// </summary>
    public static VotingGame? Seed(string file, string body, string? matter = null)
    {
        var path = FindSeed(file);
        if (path is null) return null;
        var design = Napsm.Core.Serialization.DesignJson.Load(path).Design;
        var found = design.Bodies.Single(b => b.Id == body);
        return matter is null ? VotingGame.ForBody(design, found) : VotingGame.ForDecision(design, found, found.Decisions.Single(d => d.Matter == matter));
    }

    internal static string? FindSeed(string file)
    {
        if (Environment.GetEnvironmentVariable("NAPSM_SEEDS") is { Length: > 0 } dir && File.Exists(Path.Combine(dir, file))) return Path.Combine(dir, file);
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "seeds", file);
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }

    /// <summary>
    /// The IMF Board of Governors with a majority of <paramref name="percent"/> of the 5,039,930 votes: the seed when present, else
    /// a synthetic stand-in with the same number of members and total (190 members: 150 small ones with 887,268 votes between them,
    /// 40 larger ones, one of 831,401), so that the benchmark always runs.
    /// </summary>
    public static VotingGame ImfGovernors(int percent)
    {
        var matter = percent switch { 50 => "ordinary", 70 => "seventyPercent", _ => "eightyFivePercent" };
        if (Seed("imf-board-of-governors.json", "board-of-governors", matter) is { } seed) return seed;
        var random = new Random(190);
        var small = Enumerable.Range(0, 150).Select(_ => (long)random.Next(1484, 10_345)).ToArray();
        var raw = Enumerable.Range(0, 39).Select(_ => (long)random.Next(12_000, 310_000)).ToArray();
        long rest = 5_039_930 - 831_401 - small.Sum();
        var large = raw.Select(r => r * rest / raw.Sum()).ToArray();
        large[0] += rest - large.Sum();
        var weights = small.Concat(large).Append(831_401L).ToArray();
        var ids = weights.Select((_, i) => "m" + i).ToArray();
        var threshold = Threshold.Percentage(percent);
        var map = ids.Select((id, i) => KeyValuePair.Create(id, (Rational)weights[i]));
        return VotingGame.Create(percent == 50 ? WeightedRule.WithWeights(map, Comparison.MoreThan, threshold) : Rule.Weighted(map, threshold), ids);
    }
}

