using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Napsm.Core.Voting;

namespace Napsm.Core.Benchmarks;

/// <summary>
/// Exact Shapley–Shubik of the IMF Board of Governors (190 members, 5,039,930 votes): the moonshot of issue 14, which no published
/// tool computes exactly. A minute or more per run, so one cold run per case, through the public API with no limits.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class ImfGovernorsShapleyBenchmarks
{
    private static readonly AnalysisOptions ShapleyOnly = new()
    {
        Indices = PowerIndices.ShapleyShubik, ClauseEffects = false, MaxTableBytes = 8_000_000_000, MemoryLimit = 8_000_000_000,
    };

    private VotingGame _game = null!;

    /// <summary>The majority in percent of the votes cast: 85 (the US veto), 70, 50.</summary>
    [Params(85)]
    public int Percent { get; set; }

    [GlobalSetup]
    public void Setup() => _game = Games.ImfGovernors(Percent);

    [Benchmark(Description = "IMF Board of Governors (190), Banzhaf + exact Shapley–Shubik (modular DP + CRT)")]
    public GameAnalysis ImfGovernorsShapleyShubik() => _game.Analyze(ShapleyOnly);
}
