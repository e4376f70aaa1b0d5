using BenchmarkDotNet.Attributes;
using Napsm.Core.Voting;
using Napsm.Core.Voting.Methods;

namespace Napsm.Core.Benchmarks;

/// <summary>The counting methods of issue 14 on the games it names, each run directly.</summary>
[MemoryDiagnoser]
public class VotingMethodBenchmarks
{
    private static readonly AnalysisOptions BanzhafOnly = new() { Indices = PowerIndices.None, ClauseEffects = false };

    private VotingGame _us = null!;
    private VotingGame _eu = null!;
    private VotingGame _imfBoard = null!;
    private VotingGame _imfGovernors = null!;

    [GlobalSetup]
    public void Setup()
    {
        _us = Games.UsFederal();
        _eu = Games.EuCouncilLisbon2019();
        _imfBoard = Games.Seed("imf-executive-board.json", "executive-board-majority") ?? throw new InvalidOperationException("seeds/imf-executive-board.json not found");
        _imfGovernors = Games.ImfGovernors(50);
    }

    [Benchmark(Description = "US federal system, all six indices + structure, classes")]
    public object UsFederalClasses() => ClassCounting.Count(_us, MethodRequest.All, default);

    [Benchmark(Description = "EU Council Lisbon 2019, all six indices + structure, bit-parallel")]
    public object EuCouncilBitParallel() => BitParallel.Count(_eu, MethodRequest.All, default);

    [Benchmark(Description = "IMF Executive Board (24), all six indices + structure, bit-parallel")]
    public object ImfExecutiveBoardBitParallel() => BitParallel.Count(_imfBoard, MethodRequest.All, default);

    [Benchmark(Description = "IMF Board of Governors (190, > 50%), Banzhaf (target < 2 s)")]
    public GameAnalysis ImfGovernorsBanzhaf() => _imfGovernors.Analyze(BanzhafOnly);
}
