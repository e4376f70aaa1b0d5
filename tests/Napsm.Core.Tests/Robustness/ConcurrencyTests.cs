using Napsm.Core.Serialization;
using Napsm.Core.Tests.Hostile;
using Napsm.Core.Tests.Validation;

namespace Napsm.Core.Tests.Robustness;

/// <summary>The model is immutable and the validator and engines keep no shared mutable state: 16 threads at once get the same results.</summary>
public class ConcurrencyTests
{
    private const int Threads = 16;

    private static string[] OnSixteenThreads(DesignDocument document)
    {
        var results = new string[Threads];
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            results[i] = Pipeline.Run(document).Description;
        })).ToList();
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        return results;
    }

    [Fact]
    public void Validating_and_analysing_one_design_from_16_threads_gives_identical_results()
    {
        var document = DesignJson.Parse(HostileCorpus.Everything);
        var expected = Pipeline.Run(document).Description;

        var results = OnSixteenThreads(document);

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void A_seed_with_treaties_and_phases_gives_identical_results_on_16_threads()
    {
        var document = DesignJson.Load(Repo.Path("seeds", "six-party-2007-initial-actions.json"));
        var expected = Pipeline.Run(document).Description;

        var results = OnSixteenThreads(document);

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Loading_from_16_threads_with_different_limits_gives_each_its_own_result()
    {
        var bytes = HostileCorpus.Get("members-over-a-lowered-limit").Generate();
        var outcomes = new string[Threads];

        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, i =>
        {
            var options = new LoadOptions { MaxMembers = i % 2 == 0 ? 3 : 4, MaxDepth = 10 + i };
            outcomes[i] = DesignJson.TryParse(bytes, out var d, out var e, null, options) ? "loaded " + d.Design.Members.Count : e.Reason;
        });

        for (int i = 0; i < Threads; i++)
        {
            Assert.Equal(i % 2 == 0 ? "the design has more than 3 members, the limit set by LoadOptions.MaxMembers" : "loaded 4", outcomes[i]);
        }
    }
}
