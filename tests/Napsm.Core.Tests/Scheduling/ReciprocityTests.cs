using Napsm.Core.Model;
using Napsm.Core.Scheduling;
using NodaTime;

namespace Napsm.Core.Tests.Scheduling;

public class ReciprocityTests
{
    [Fact]
    public void Mutual_exchanges_in_one_phase_are_balanced()
    {
        var r = ReciprocityReport.FromDesign(SixParty.Build());
        Assert.Equal(2, r.Exchanges.Count);
        Assert.Empty(r.OneWay);
        Assert.Empty(r.NotInSameWindow);
        Assert.True(r.WindowsChecked);
    }

    [Fact]
    public void An_exchange_the_other_side_does_not_return_is_one_way()
    {
        var design = SixParty.Build(SixParty.ShutDown() with { InExchangeFor = [] });
        var x = Assert.Single(ReciprocityReport.FromDesign(design).OneWay);
        Assert.Equal(("hfo-50k", "shut-down-yongbyon"), (x.Commitment, x.ExchangedFor));
        Assert.Equal("/phases/0/commitments/1/inExchangeFor/0", x.At);
    }

    [Fact]
    public void Exchanged_commitments_in_phases_that_follow_each_other_cannot_fall_in_the_same_window()
    {
        // The US delisting (11 October 2008, after the declaration was handed over on 26 June 2008; institutions.md §2.1) is given
        // for the declaration due by 31 December 2007: no schedule puts both in one window.
        var design = SixParty.Build(more: b => b.Phase("third", "Verification", p => p.After("second-phase").Window(start: new LocalDate(2008, 6, 26))
            .Commitment(new Commitment("delist", ["us"], "remove the designation") { Due = new LocalDate(2008, 10, 11), InExchangeFor = ["declaration"] })));
        var r = ReciprocityReport.FromDesign(design);
        var x = Assert.Single(r.NotInSameWindow);
        Assert.Equal(("delist", "declaration"), (x.Commitment, x.ExchangedFor));
    }

    [Fact]
    public void Exchanged_commitments_in_overlapping_phases_can_fall_in_the_same_window()
    {
        var design = SixParty.Build(more: b => b.Phase("parallel", "Parallel", p => p.Window(start: new LocalDate(2007, 11, 1))
            .Commitment(new Commitment("delist", ["us"], "remove the designation") { InExchangeFor = ["declaration"] })));
        Assert.Empty(ReciprocityReport.FromDesign(design).NotInSameWindow);
    }

    [Fact]
    public void A_phase_where_only_one_member_commits_is_one_sided()
    {
        var one = Assert.Single(ReciprocityReport.FromDesign(SixParty.Build()).OneSidedPhases);
        Assert.Equal(("second-phase", "kp", "/phases/1"), (one.Phase, one.Member, one.At));
    }
}
