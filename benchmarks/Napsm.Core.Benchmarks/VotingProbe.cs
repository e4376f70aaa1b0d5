using System.Diagnostics;
using Napsm.Core.Voting;
using Napsm.Core.Voting.Methods;

namespace Napsm.Core.Benchmarks;

/// <summary>
/// `-- --probe-voting [NAME…]`: one timed run of each voting workload and counting method, for finding hot spots while iterating.
/// Not a benchmark: the figures that count come from <see cref="VotingBenchmarks"/> and <see cref="VotingMethodBenchmarks"/>.
/// </summary>
internal static class VotingProbe
{
    public static int Run(string[] args)
    {
        var only = args.Skip(1).ToHashSet(StringComparer.OrdinalIgnoreCase);
        void Time(string name, Func<object?> f)
        {
            if (only.Count > 0 && !only.Contains(name)) return;
            var w = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            long before = GC.GetTotalAllocatedBytes(precise: true);
            f();
            Console.WriteLine($"{name,-28} {w.Elapsed.TotalSeconds,8:F3} s {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,8:F3} cpu {(GC.GetTotalAllocatedBytes(precise: true) - before) / 1e6,10:F1} MB allocated, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
        }

        var bz = new AnalysisOptions { Indices = PowerIndices.None, ClauseEffects = false };
        var ss = new AnalysisOptions { Indices = PowerIndices.ShapleyShubik, ClauseEffects = false };
        Time("us-classes", () => ClassCounting.Count(Games.UsFederal(), MethodRequest.All, default));
        Time("eu-bits", () => BitParallel.Count(Games.EuCouncilLisbon2019(), MethodRequest.All, default));
        Time("eu-table", () => BitParallel.WinTable(Games.EuCouncilLisbon2019().Root, 27, default));
        Time("eu-bits-bz", () => BitParallel.Count(Games.EuCouncilLisbon2019(), new MethodRequest(false, false, false, false), default));
        Time("eu-bits-ss", () => BitParallel.Count(Games.EuCouncilLisbon2019(), new MethodRequest(true, false, false, false), default));
        Time("eu-bits-j", () => BitParallel.Count(Games.EuCouncilLisbon2019(), new MethodRequest(false, true, false, false), default));
        Time("eu-bits-min", () => BitParallel.Count(Games.EuCouncilLisbon2019(), new MethodRequest(false, false, true, false), default));
        Time("imf-ed-bits", () => BitParallel.Count(Games.Seed("imf-executive-board.json", "executive-board-majority") ?? Games.EuCouncilLisbon2019(), MethodRequest.All, default));
        Time("imf-gov-dp", () =>
        {
            var t = (ThresholdNode)Games.ImfGovernors(50).Root;
            return WeightedDp<Count256>.Banzhaf(t.LongWeights!, t.LongQuota, default);
        });
        Time("imf-gov-subsetsums", () =>
        {
            var g = Games.ImfGovernors(50);
            var t = (ThresholdNode)g.Root;
            using var budget = AnalysisBudget.Start(AnalysisOptions.Default, default);
            return SubsetSums.ProperStrong(g, t, t.LongWeights!, budget, default);
        });
        Time("imf-gov-bz", () => Games.ImfGovernors(50).Analyze(bz));
        Time("imf-gov-bz-70", () => Games.ImfGovernors(70).Analyze(bz));
        Time("imf-gov-bz-85", () => Games.ImfGovernors(85).Analyze(bz));
        foreach (int percent in new[] { 85, 70, 50 })
        {
            Time("imf-gov-ss-modular-" + percent, () =>
            {
                var t = (ThresholdNode)Games.ImfGovernors(percent).Root;
                var estimate = ModularShapley.Estimate(t);
                Console.WriteLine($"  estimate: {estimate}");
                return ModularShapley.Numerators(t.LongWeights!, t.LongQuota, default);
            });
        }

        Time("random188-bz", () => Games.Random188().Analyze(bz));
        Time("random188-ss", () => Games.Random188().Analyze(ss));
        return 0;
    }
}
