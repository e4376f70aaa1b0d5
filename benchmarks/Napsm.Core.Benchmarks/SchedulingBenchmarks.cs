using BenchmarkDotNet.Attributes;
using Napsm.Core.Model;
using Napsm.Core.Scheduling;
using NodaTime;

namespace Napsm.Core.Benchmarks;

/// <summary>
/// Target (issue 4): 5,000 events and 50,000 timing constraints, consistency plus earliest and latest dates, under 200 ms.
/// The network is consistent by construction: every bound holds for hidden dates drawn at random.
/// </summary>
[MemoryDiagnoser]
public class SchedulingBenchmarks
{
    private Design _design = null!;
    private TemporalNetwork _network = null!;

    [Params(50_000)]
    public int Constraints { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20070213);
        var origin = new LocalDate(2007, 2, 13);
        const int phases = 2_500; // 5,000 events: each phase's start and end
        var start = new int[phases];
        var end = new int[phases];
        var list = new List<Phase>(phases);
        for (int i = 0; i < phases; i++)
        {
            start[i] = random.Next(0, 3650);
            end[i] = start[i] + random.Next(0, 365);
            // One phase in fifty is anchored to its start date and a deadline; the rest float.
            var window = i % 50 == 0 ? new PhaseWindow { Start = origin.PlusDays(start[i]), End = origin.PlusDays(end[i] + 30) } : null;
            list.Add(new Phase("p" + i, "Phase " + i) { Window = window });
        }

        var timing = new List<TimingConstraint>(Constraints);
        for (int k = 0; k < Constraints; k++)
        {
            int a = random.Next(phases), b = random.Next(phases);
            bool aEnd = random.Next(2) == 0, bEnd = random.Next(2) == 0;
            int gap = (bEnd ? end[b] : start[b]) - (aEnd ? end[a] : start[a]);
            timing.Add(new TimingConstraint(new EventRef("p" + a, aEnd ? EventKind.End : EventKind.Start), new EventRef("p" + b, bEnd ? EventKind.End : EventKind.Start))
            {
                AtLeast = Period.FromDays(gap - random.Next(0, 400)),
                AtMost = Period.FromDays(gap + random.Next(0, 400)),
            });
        }

        _design = new Design("bench", "Scheduling benchmark") { Phases = list, Timing = timing };
        _network = TemporalNetwork.FromDesign(_design);
        if (!_network.Analyze().IsConsistent) throw new InvalidOperationException("The benchmark network must be consistent.");
    }

    /// <summary>Consistency, earliest and latest dates and the critical path of a built network.</summary>
    [Benchmark(Baseline = true)]
    public ScheduleResult Analyze() => _network.Analyze();

    /// <summary>The same, including building the network from the design.</summary>
    [Benchmark]
    public ScheduleResult BuildAndAnalyze() => TemporalNetwork.FromDesign(_design).Analyze();
}
