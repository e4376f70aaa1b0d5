using System.Reflection;
using Napsm.Core.Model;
using Napsm.Core.Scheduling;
using Napsm.Core.Serialization;
using Napsm.Core.Tests.Validation;
using Napsm.Core.Treaties;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Tests.Seeds;

/// <summary>Marks a test that checks a seed by meaning; <see cref="SeedMeaningCoverageTests"/> requires one for every cited seed.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
internal sealed class SeedAttribute(string name) : Attribute
{
    /// <summary>The seed's file name without <c>.json</c>, such as <c>unsc</c>.</summary>
    public string Name { get; } = name;
}

/// <summary>Loading seeds and asking the library about them, for the meaning tests.</summary>
internal static class SeedFacts
{
    private static readonly Dictionary<string, Design> Cache = new(StringComparer.Ordinal);

    /// <summary>The design of <c>seeds/NAME.json</c> (loaded once per test run; designs are immutable).</summary>
    public static Design Design(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var design))
            {
                design = DesignJson.Load(Repo.Path("seeds", name + ".json")).Design;
                Cache[name] = design;
            }

            return design;
        }
    }

    /// <summary>The voting game of a body of a seed.</summary>
    public static VotingGame Game(string seed, string body)
    {
        var design = Design(seed);
        var b = design.Bodies.SingleOrDefault(x => x.Id == body);
        Assert.True(b is not null, $"seeds/{seed}.json has no body '{body}' (bodies: {string.Join(", ", design.Bodies.Select(x => x.Id))})");
        return VotingGame.ForBody(design, b!);
    }

    /// <summary>The voting game of one matter of a body of a seed (the binary game: every voter present, abstention counted as no).</summary>
    public static VotingGame MatterGame(string seed, string body, string matter)
    {
        var design = Design(seed);
        var b = design.Bodies.SingleOrDefault(x => x.Id == body);
        Assert.True(b is not null, $"seeds/{seed}.json has no body '{body}' (bodies: {string.Join(", ", design.Bodies.Select(x => x.Id))})");
        var decision = b!.FindDecision(matter);
        Assert.True(decision is not null, $"body '{body}' of seeds/{seed}.json has no matter '{matter}' (matters: {string.Join(", ", b.Decisions.Select(x => x.Matter))})");
        return VotingGame.ForDecision(design, b, decision!);
    }

    /// <summary>The voters of a game who can each block it alone: the rest of the voters together lose.</summary>
    public static IReadOnlyList<string> LoneBlockers(VotingGame game) => game.Voters.Where(v => !game.IsWinning(AllBut(game, v))).ToList();

    /// <summary>The entry-into-force rule of a treaty of a seed, as a game over its parties.</summary>
    public static VotingGame TreatyGame(string seed, string treaty)
    {
        var design = Design(seed);
        var t = design.Treaties.SingleOrDefault(x => x.Id == treaty);
        Assert.True(t is not null, $"seeds/{seed}.json has no treaty '{treaty}'");
        return VotingGame.ForTreaty(design, t!);
    }

    /// <summary>The body of a seed.</summary>
    public static Body Body(string seed, string body) => Design(seed).Bodies.Single(x => x.Id == body);

    /// <summary>The exact analysis of a body, with the indices asked for and without clause effects unless asked.</summary>
    public static GameAnalysis Analyze(string seed, string body, PowerIndices indices = PowerIndices.None, bool clauses = false) =>
        Game(seed, body).Analyze(new AnalysisOptions { Indices = indices, ClauseEffects = clauses });

    /// <summary>A treaty's status as of a date.</summary>
    public static TreatyStatus Treaty(string seed, string treaty, LocalDate asOf)
    {
        var design = Design(seed);
        var t = design.Treaties.SingleOrDefault(x => x.Id == treaty);
        Assert.True(t is not null, $"seeds/{seed}.json has no treaty '{treaty}'");
        return TreatyStatus.Of(design, t!, asOf);
    }

    /// <summary>The window the schedule allows for an event of a seed.</summary>
    public static EventWindow Window(string seed, string id, EventKind kind)
    {
        var result = TemporalNetwork.FromDesign(Design(seed)).Analyze();
        Assert.True(result.IsConsistent, $"seeds/{seed}.json: the schedule is inconsistent");
        var window = result.Events.SingleOrDefault(e => e.Event == new EventRef(id, kind));
        Assert.True(window is not null, $"seeds/{seed}.json: the schedule has no event {id}.{EventRef.KindName(kind)}");
        return window!;
    }

    /// <summary>Every voter of a game but the ones named.</summary>
    public static IEnumerable<string> AllBut(VotingGame game, params string[] left) => game.Voters.Where(v => !left.Contains(v));

    /// <summary>The voter's power in an analysis.</summary>
    public static VoterPower Power(GameAnalysis analysis, string id) => analysis.Members.Single(m => m.Id == id);

    /// <summary>The seeds named by <see cref="SeedAttribute"/> on the methods of this assembly.</summary>
    public static IReadOnlySet<string> Covered() =>
        typeof(SeedFacts).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static))
            .SelectMany(m => m.GetCustomAttributes<SeedAttribute>())
            .Select(a => a.Name)
            .ToHashSet(StringComparer.Ordinal);
}
