using BenchmarkDotNet.Attributes;
using Napsm.Core.Model;
using Napsm.Core.Treaties;
using NodaTime;

namespace Napsm.Core.Benchmarks;

/// <summary>
/// Targets (issue 4): a dependency graph of 100,000 edges, cycle detection with the cycle reported, under 50 ms; the entry-into-force
/// status of a 190-party treaty with a 44-state veto set and 1,000 ratification events, under 1 ms.
/// </summary>
[MemoryDiagnoser]
public class TreatyBenchmarks
{
    private Design _dependencies = null!;
    private Design _eifDesign = null!;
    private Treaty _eif = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(19960924);

        // 20,010 treaties, each requiring up to five earlier ones (an acyclic graph of over 100,000 edges), plus one requirement that closes a long cycle.
        const int treaties = 20_010;
        var list = new List<Treaty>(treaties);
        for (int i = 0; i < treaties; i++)
        {
            var requires = new List<ElementRef>(5);
            for (int k = 0; k < 5 && i > 0; k++) requires.Add(new ElementRef(ElementKind.Treaty, "t" + random.Next(0, i)));
            list.Add(new Treaty("t" + i, "Treaty " + i, []) { Requires = requires });
        }

        // t0 requires the last treaty, which (through its chain of earlier requirements) reaches back to t0 — if it does not, chain it.
        list[treaties - 1] = list[treaties - 1] with { Requires = [.. list[treaties - 1].Requires, new ElementRef(ElementKind.Treaty, "t1")] };
        list[1] = list[1] with { Requires = [new ElementRef(ElementKind.Treaty, "t0")] };
        list[0] = list[0] with { Requires = [new ElementRef(ElementKind.Treaty, "t" + (treaties - 1))] };
        _dependencies = new Design("deps", "Dependency benchmark") { Treaties = list };
        var edges = list.Sum(t => t.Requires.Count);
        if (edges < 100_000) throw new InvalidOperationException($"Only {edges} edges.");
        if (TreatyDependencyGraph.FromDesign(_dependencies).Cycles.Count == 0) throw new InvalidOperationException("The benchmark graph must have a cycle.");

        // 190 parties; the first 44 hold a veto and at least 120 must ratify; 1,000 ratifications and revocations over 28 years.
        var parties = Enumerable.Range(0, 190).Select(i => "s" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var rule = Rule.All(Rule.Veto(parties.Take(44)), Rule.AtLeast(Threshold.Count(120)));
        var events = new List<Ratification>(1_000);
        var ratified = new bool[190];
        var date = new LocalDate(1996, 9, 24);
        for (int k = 0; k < 1_000; k++)
        {
            int p = random.Next(190);
            date = date.PlusDays(random.Next(0, 21));
            events.Add(new Ratification(parties[p], date, ratified[p] ? RatificationKind.Revoked : RatificationKind.Ratified));
            ratified[p] = !ratified[p];
        }

        _eif = new Treaty("big", "Big treaty", parties)
        {
            OpenedForSignature = new LocalDate(1996, 9, 24),
            EntryIntoForce = new EntryIntoForce(rule) { Delay = Period.FromDays(180) },
            Ratifications = events,
        };
        _eifDesign = new Design("eif", "Entry-into-force benchmark") { Treaties = [_eif] };
    }

    /// <summary>Builds the dependency graph of 100,000 edges and reports its cycle whole.</summary>
    [Benchmark]
    public int DependencyCycles() => TreatyDependencyGraph.FromDesign(_dependencies).Cycles[0].Count;

    /// <summary>Entry-into-force status: replay of 1,000 events, reachability, veto players, pivotal parties, fragility, earliest date.</summary>
    [Benchmark]
    public TreatyStatus EntryIntoForceStatus() => TreatyStatus.Of(_eifDesign, _eif, new LocalDate(2030, 1, 1));
}
