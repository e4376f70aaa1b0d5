using Napsm.Core.Model;
using Napsm.Core.Treaties;

namespace Napsm.Core.Tests.Treaties;

public class TreatyDependencyGraphTests
{
    private static ElementRef T(string id) => new(ElementKind.Treaty, id);

    [Fact]
    public void Treaties_requiring_each_other_form_a_cycle_reported_whole()
    {
        var design = Design.Create("d", "d")
            .Treaty(new Treaty("a", "A", []) { Requires = [T("b")] })
            .Treaty(new Treaty("b", "B", []) { Requires = [T("c")] })
            .Treaty(new Treaty("c", "C", []) { Requires = [T("a")] })
            .Build();
        var cycle = Assert.Single(TreatyDependencyGraph.FromDesign(design).Cycles);
        Assert.Equal(["/treaties/0/requires/0", "/treaties/1/requires/0", "/treaties/2/requires/0"], cycle.Select(d => d.At));
        Assert.Equal(["a", "b", "c"], cycle.Select(d => d.Dependent.Id));
    }

    [Fact]
    public void A_treaty_required_by_a_phase_whose_commitment_it_requires_is_a_cycle()
    {
        var design = Design.Create("d", "d")
            .Treaty(new Treaty("peace", "Peace", []) { Requires = [new ElementRef(ElementKind.Commitment, "disable")] })
            .Phase("p", "P", p => p.Requires(T("peace")).Commitment("disable", ["kp"], "disable"))
            .Build();
        var cycle = Assert.Single(TreatyDependencyGraph.FromDesign(design).Cycles);
        Assert.Equal(3, cycle.Count);
    }

    [Fact]
    public void A_chain_of_requirements_has_no_cycle_and_unknown_references_are_left_out()
    {
        var design = Design.Create("d", "d")
            .Treaty(new Treaty("a", "A", []) { Requires = [T("b"), T("nowhere")] })
            .Treaty(new Treaty("b", "B", []))
            .Build();
        var g = TreatyDependencyGraph.FromDesign(design);
        Assert.Empty(g.Cycles);
        Assert.Single(g.Dependencies);
    }
}
