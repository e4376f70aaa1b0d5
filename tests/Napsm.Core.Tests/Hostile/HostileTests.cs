using Napsm.Core.Serialization;
using Napsm.Core.Tests.Robustness;

namespace Napsm.Core.Tests.Hostile;

/// <summary>
/// Every hostile input gives its documented result: a <see cref="DesignLoadException"/> with the expected reason, pointer and position,
/// or a design that the validator and every engine handle without throwing. Time and memory are measured outside the unit tests
/// (fuzz/Napsm.Fuzz, <c>hostile</c> mode), not asserted here.
/// </summary>
public class HostileTests
{
    public static TheoryData<string> Cases() => [.. HostileCorpus.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_hostile_input_gives_its_documented_result(string name)
    {
        var @case = HostileCorpus.Get(name);
        var bytes = @case.Generate();

        bool loaded = DesignJson.TryParse(bytes, out var document, out var error, "hostile.json", @case.Options);

        var expected = @case.Expected;
        if (expected.Fragment is null)
        {
            Assert.True(loaded, error?.Message);
            var (report, _) = Pipeline.Run(document!, describe: false);
            if (expected.Diagnostic is { } id) Assert.Contains(report.Diagnostics, d => d.Id == id);
            return;
        }

        Assert.False(loaded, "the input loaded, but it should have given: " + expected.Fragment);
        Assert.IsType<DesignLoadException>(error);
        Assert.Contains(expected.Fragment, error!.Reason, StringComparison.Ordinal);
        Assert.StartsWith("hostile.json(", error.Message, StringComparison.Ordinal);
        if (expected.At is not null) Assert.Equal(expected.At, error.JsonPointer);
        if (expected.Line > 0) Assert.Equal(expected.Line, error.Line);
        if (expected.Column > 0) Assert.Equal(expected.Column, error.Column);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_throws_only_DesignLoadException_for_a_hostile_input(string name)
    {
        var @case = HostileCorpus.Get(name);
        if (@case.Expected.Fragment is null) return;

        Assert.Throws<DesignLoadException>(() => DesignJson.Parse(@case.Generate(), "hostile.json", @case.Options));
    }

    [Fact]
    public void The_corpus_has_a_duplicate_key_case_for_every_object_of_the_rich_design()
    {
        Assert.True(HostileCorpus.ObjectsInEverything >= 30, "objects: " + HostileCorpus.ObjectsInEverything);
        Assert.True(DesignJson.TryParse(HostileCorpus.Everything, out _, out var error), error?.Message);
    }
}

public class HostileCycleTests
{
    [Fact]
    public void A_cycle_of_100000_phases_is_found_whole_by_the_phase_graph()
    {
        var document = DesignJson.Parse(HostileCorpus.Get("cycle-of-100000-phases").Generate());

        var graph = Napsm.Core.Scheduling.PhaseGraph.FromDesign(document.Design);

        Assert.True(graph.HasCycle);
        Assert.Equal(100_000, Assert.Single(graph.Cycles).Count);
        Assert.Null(graph.TopologicalOrder);
    }

    [Fact]
    public void A_cycle_of_10000_treaties_is_found_and_none_of_them_enters_into_force()
    {
        var document = DesignJson.Parse(HostileCorpus.Get("cycle-of-10000-treaties").Generate());
        var design = document.Design;

        var graph = Napsm.Core.Treaties.TreatyDependencyGraph.FromDesign(design);
        var status = Napsm.Core.Treaties.TreatyStatus.Of(design, design.Treaties[0], new NodaTime.LocalDate(2030, 1, 1));

        Assert.Equal(10_000, Assert.Single(graph.Cycles).Count);
        Assert.NotEqual(Napsm.Core.Treaties.TreatyState.InForce, status.State);
    }

    [Fact]
    public void A_treaty_whose_requirement_chain_is_short_enters_into_force()
    {
        var design = DesignJson.Parse(HostileCorpus.Get("chain-of-500-treaties").Generate()).Design;

        var status = Napsm.Core.Treaties.TreatyStatus.Of(design, design.Treaties[3], new NodaTime.LocalDate(2030, 1, 1));

        Assert.Equal(Napsm.Core.Treaties.TreatyState.InForce, status.State);
    }
}

public class FuzzRegressionTests
{
    [Fact]
    public void The_status_of_a_treaty_requiring_one_without_parties_is_computed_without_throwing()
    {
        var design = DesignJson.Parse(HostileCorpus.Get("afl-treaty-without-parties-required-by-a-chain").Generate()).Design;

        var statuses = design.Treaties.Select(t => Napsm.Core.Treaties.TreatyStatus.Of(design, t, new NodaTime.LocalDate(2030, 1, 1))).ToList();

        Assert.Equal(design.Treaties.Count, statuses.Count);
        Assert.All(statuses, s => Assert.NotEqual(Napsm.Core.Treaties.TreatyState.InForce, s.State));
    }
}
