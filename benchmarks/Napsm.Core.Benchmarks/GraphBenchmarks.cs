using BenchmarkDotNet.Attributes;
using Napsm.Core.Model;
using Napsm.Core.Reporting;

namespace Napsm.Core.Benchmarks;

/// <summary>
/// Target (issue 21): <c>graph --view phases</c> on a chain of 50,000 phases, DOT and Mermaid, in about a second. Before the fix
/// both writers scanned every node once per cluster (one cluster per phase), 18–21 s.
/// </summary>
[MemoryDiagnoser]
public class GraphBenchmarks
{
    private Design _chain = null!;

    [Params(50_000)]
    public int Phases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var phases = new List<Phase>(Phases);
        for (int i = 0; i < Phases; i++) phases.Add(new Phase("p" + i, "Phase " + i) { After = i == 0 ? [] : ["p" + (i - 1)] });
        _chain = new Design("chain", "Chain") { Phases = phases };
    }

    [Benchmark(Baseline = true)]
    public string PhasesDot() => DesignGraph.Write(_chain, GraphView.Phases, GraphFormat.Dot);

    [Benchmark]
    public string PhasesMermaid() => DesignGraph.Write(_chain, GraphView.Phases, GraphFormat.Mermaid);
}
