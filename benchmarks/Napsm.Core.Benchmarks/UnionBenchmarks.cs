using BenchmarkDotNet.Attributes;
using Napsm.Core;
using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Benchmarks;

/// <summary>
/// Issue 15's target for blocs: "exact and fast for 200 voters with a few blocs" (the Owen and Banzhaf–Owen values, the quotient
/// game's indices). Measured here rather than by a timed unit test; UnionTests checks the figures.
/// </summary>
[MemoryDiagnoser]
public class UnionBenchmarks
{
    private VotingGame _majority200 = null!;
    private string[][] _blocs = null!;

    [GlobalSetup]
    public void Setup()
    {
        var voters = Enumerable.Range(0, 200).Select(i => "m" + i).ToArray();
        _blocs = [voters[..40], voters[40..70], voters[70..80]];
        _majority200 = VotingGame.Create(Rule.MoreThan(Threshold.Fraction(new Rational(1, 2))), voters);
    }

    [Benchmark(Description = "Majority of 200 voters, blocs of 40, 30 and 10: Owen and Banzhaf–Owen, exact")]
    public UnionAnalysis Majority200InThreeBlocs() => _majority200.AnalyzeUnions(_blocs, []);
}
