using Napsm.Core.Model;
using Napsm.Core.Scheduling;
using NodaTime;

namespace Napsm.Core.Tests.Scheduling;

/// <summary>The typed queries of the temporal network: forced orders and commitments outside their windows.</summary>
public class ScheduleQueryTests
{
    private static readonly EventRef AStart = new("a", EventKind.Start), BStart = new("b", EventKind.Start);

    private static TemporalNetwork Network(Action<DesignBuilder> configure)
    {
        var b = Design.Create("d", "d").Phase("a", "A").Phase("b", "B");
        configure(b);
        return TemporalNetwork.FromDesign(b.Build());
    }

    [Fact]
    public void A_lower_bound_forces_the_later_event_after_the_earlier_by_its_length_with_the_bound_as_chain()
    {
        var network = Network(b => b.Timing("a.start", "b.start", atLeast: Period.FromDays(30)));
        var forced = network.ForcedAfter(BStart, AStart);
        Assert.NotNull(forced);
        Assert.Equal(30, forced.Days);
        Assert.Equal(["/timing/0/atLeast"], forced.Chain.Select(c => c.At));
        Assert.Null(network.ForcedAfter(AStart, BStart));
    }

    [Fact]
    public void Nothing_is_forced_between_unconstrained_events_nor_by_a_bound_that_allows_the_same_day()
    {
        Assert.Null(Network(_ => { }).ForcedAfter(BStart, AStart));
        Assert.Null(Network(b => b.Timing("a.start", "b.start", atLeast: Period.Zero)).ForcedAfter(BStart, AStart));
    }

    [Fact]
    public void Ignoring_the_one_bound_that_forces_an_order_leaves_it_unforced()
    {
        var network = Network(b => b.Timing("a.start", "b.start", atLeast: Period.FromDays(30)));
        var bound = network.Constraints.Single(c => c.Kind == ConstraintKind.Timing);
        Assert.Null(network.ForcedAfter(BStart, AStart, ignoring: bound));
    }

    [Fact]
    public void Ignoring_a_constraint_of_another_network_is_an_argument_error()
    {
        var other = Network(b => b.Timing("a.start", "b.start", atLeast: Period.FromDays(30))).Constraints[0];
        Assert.Throws<ArgumentException>(() => Network(_ => { }).ForcedAfter(BStart, AStart, ignoring: other));
    }

    [Fact]
    public void A_treaty_requirement_has_its_bound_and_an_unresolved_one_has_none()
    {
        var design = Design.Create("d", "d").Phase("a", "A")
            .Treaty(new Treaty("t", "T", ["x"]) { Requires = [new ElementRef(ElementKind.Phase, "a"), new ElementRef(ElementKind.Phase, "nowhere")] })
            .Build();
        var network = TemporalNetwork.FromDesign(design);
        var bound = network.TreatyRequirement(0, 0);
        Assert.NotNull(bound);
        Assert.Equal(ConstraintKind.Requires, bound.Kind);
        Assert.Equal(new EventRef("t", EventKind.InForce), bound.From);
        Assert.Equal(new EventRef("a", EventKind.End), bound.To);
        Assert.Null(network.TreatyRequirement(0, 1));
    }

    [Fact]
    public void A_commitment_due_after_its_phase_window_is_outside_it_with_its_bounds_to_the_phase()
    {
        var design = Design.Create("d", "d")
            .Phase("a", "A", p => p.Window(new LocalDate(2007, 2, 13), within: Period.FromDays(60))
                .Commitment("late", ["x"], "act", due: new LocalDate(2007, 5, 1))
                .Commitment("on-time", ["x"], "act", due: new LocalDate(2007, 3, 1)))
            .Build();
        var network = TemporalNetwork.FromDesign(design);
        var outside = Assert.Single(network.CommitmentsOutsideWindow());
        Assert.Equal((0, 0), (outside.Phase, outside.Commitment));
        Assert.Equal(new LocalDate(2007, 5, 1), outside.Due);
        Assert.False(outside.DueByPeriod);
        Assert.Equal(new LocalDate(2007, 2, 13), outside.WindowStart);
        Assert.Equal(new LocalDate(2007, 4, 14), outside.WindowEnd);
        Assert.Equal(2, outside.InPhase.Count);
        Assert.All(outside.InPhase, c => Assert.Equal(ConstraintKind.CommitmentInPhase, c.Kind));
        Assert.All(outside.InPhase, c => Assert.Contains(c, network.Constraints));
    }
}
