using Napsm.Core.Model;
using Napsm.Core.Scheduling;

namespace Napsm.Core.Tests.Scheduling;

public class PhaseGraphTests
{
    private static Design Phases(params (string Id, string[] After)[] phases)
    {
        var b = Design.Create("d", "d");
        foreach (var (id, after) in phases) b.Phase(id, id, p => p.After(after));
        return b.Build();
    }

    [Fact]
    public void Topological_order_breaks_ties_by_declaration_order()
    {
        var g = PhaseGraph.FromDesign(Phases(("c", ["a"]), ("b", []), ("a", []), ("d", ["b", "c"])));
        Assert.Equal(["b", "a", "c", "d"], g.TopologicalOrder!);
        Assert.False(g.HasCycle);
    }

    [Fact]
    public void A_cycle_is_returned_whole()
    {
        var g = PhaseGraph.FromDesign(Phases(("x", []), ("a", ["c"]), ("b", ["a"]), ("c", ["b"])));
        Assert.Null(g.TopologicalOrder);
        Assert.Equal(["a", "b", "c"], Assert.Single(g.Cycles));
    }

    [Fact]
    public void A_phase_after_itself_is_a_cycle_of_one()
    {
        var g = PhaseGraph.FromDesign(Phases(("a", ["a"])));
        Assert.Equal(["a"], Assert.Single(g.Cycles));
    }

    [Fact]
    public void Separate_cycles_are_each_reported()
    {
        var g = PhaseGraph.FromDesign(Phases(("a", ["b"]), ("b", ["a"]), ("c", ["d"]), ("d", ["c"])));
        Assert.Equal(2, g.Cycles.Count);
    }

    [Fact]
    public void Unknown_predecessors_are_ignored()
    {
        var g = PhaseGraph.FromDesign(Phases(("a", ["zz"])));
        Assert.Equal(["a"], g.TopologicalOrder!);
    }
}
