using Napsm.Core.Kernel;
using Napsm.Core.Model;
using Napsm.Core.Scheduling;
using NodaTime;

namespace Napsm.Core.Tests.Scheduling;

public class TemporalNetworkTests
{
    private static EventWindow Window(ScheduleResult r, string id, EventKind kind) => r.Events.Single(e => e.Event == new EventRef(id, kind));

    [Fact]
    public void Initial_actions_end_at_the_latest_60_days_after_13_February_2007_that_is_14_April()
    {
        var r = TemporalNetwork.FromDesign(SixParty.Build()).Analyze();
        Assert.True(r.IsConsistent);
        Assert.Equal(new LocalDate(2007, 4, 14), Window(r, "initial-actions", EventKind.End).Latest);
        Assert.Equal(new LocalDate(2007, 4, 14), Window(r, "shut-down-yongbyon", EventKind.Due).Latest);
        Assert.Equal(new LocalDate(2007, 2, 13), Window(r, "shut-down-yongbyon", EventKind.Due).Earliest);
    }

    [Fact]
    public void Second_phase_deadlines_fix_its_end_on_31_December_2007_with_no_slack()
    {
        var r = TemporalNetwork.FromDesign(SixParty.Build()).Analyze();
        var end = Window(r, "second-phase", EventKind.End);
        Assert.Equal(new LocalDate(2007, 12, 31), end.Earliest);
        Assert.Equal(new LocalDate(2007, 12, 31), end.Latest);
        Assert.Equal(0, end.SlackDays);
    }

    [Fact]
    public void Critical_path_leads_to_the_last_event_through_tight_constraints()
    {
        var r = TemporalNetwork.FromDesign(SixParty.Build()).Analyze();
        var last = r.CriticalPath[^1];
        Assert.Equal(new LocalDate(2007, 12, 31), last.Earliest);
        Assert.Equal(r.Events.Max(e => e.Earliest), last.Earliest);
        // Each step's constraint bounds it from below by the step before (the first step by a date).
        Assert.Null(r.CriticalPath[0].Because.To);
        for (int i = 0; i < r.CriticalPath.Count; i++) Assert.Equal(r.CriticalPath[i].Event, r.CriticalPath[i].Because.From);
        for (int i = 1; i < r.CriticalPath.Count; i++) Assert.Equal(r.CriticalPath[i - 1].Event, r.CriticalPath[i].Because.To);
    }

    [Fact]
    public void A_due_date_after_the_window_is_explained_by_the_chain_of_constraints()
    {
        var design = SixParty.Build(SixParty.ShutDown(new LocalDate(2007, 5, 1)) with { Within = null });
        var r = TemporalNetwork.FromDesign(design).Analyze();
        Assert.False(r.IsConsistent);
        var conflict = Assert.Single(r.Conflicts);
        Assert.Equal(17, conflict.ShortfallDays);
        Assert.Contains("'initial-actions' must end within 60 days of 2007-02-13, that is by 2007-04-14", Napsm.Core.Validation.Wording.Of(conflict), StringComparison.Ordinal);
        Assert.Contains("but 'shut-down-yongbyon' is due 2007-05-01", Napsm.Core.Validation.Wording.Of(conflict), StringComparison.Ordinal);
        Assert.Equal(["/phases/0/window/start", "/phases/0/window/within", "/phases/0/commitments/0", "/phases/0/commitments/0/due"], conflict.Chain.Select(c => c.At));
    }

    [Fact]
    public void Independent_conflicts_are_all_reported()
    {
        var design = SixParty.Build(SixParty.ShutDown(new LocalDate(2007, 5, 1)) with { Within = null }, b => b.Timing(
            new TimingConstraint(new EventRef("second-phase", EventKind.Start), new EventRef("declaration", EventKind.Due)) { AtLeast = Period.FromDays(120) }));
        var r = TemporalNetwork.FromDesign(design).Analyze();
        Assert.Equal(2, r.Conflicts.Count);
        Assert.Contains(r.Conflicts, c => c.Chain.Any(x => x.At == "/timing/0/atLeast"));
        Assert.Contains(r.Conflicts, c => c.Chain.Any(x => x.At == "/phases/0/commitments/0/due"));
    }

    [Fact]
    public void Phases_in_order_cannot_overlap()
    {
        var design = SixParty.Build(more: b => b.Phase("third", "Third phase", p => p.After("second-phase").Window(end: new LocalDate(2007, 12, 1))));
        var r = TemporalNetwork.FromDesign(design).Analyze();
        var conflict = Assert.Single(r.Conflicts);
        Assert.Contains(conflict.Chain, c => c.Kind == ConstraintKind.PhaseOrder && c.At == "/phases/2/after/0");
    }

    [Fact]
    public void Unanchored_month_period_is_approximated_by_its_widest_length_and_listed()
    {
        var design = Design.Create("d", "d").Phase("p", "P", p => p.Window(within: Period.FromMonths(2))).Build();
        var r = TemporalNetwork.FromDesign(design).Analyze();
        var approx = Assert.Single(r.Approximated);
        Assert.Equal("/phases/0/window/within", approx.At);
        Assert.Equal(62, approx.MaxDays);
        Assert.Equal(new UnanchoredPeriod(Period.FromMonths(2), 59, 62), approx.Unanchored);
        Assert.Equal(62, approx.PeriodDays);
    }

    [Fact]
    public void Month_period_anchored_to_a_date_is_counted_exactly()
    {
        var design = Design.Create("d", "d").Phase("p", "P", p => p.Window(start: new LocalDate(2007, 2, 13), within: Period.FromMonths(2))).Build();
        var r = TemporalNetwork.FromDesign(design).Analyze();
        Assert.Empty(r.Approximated);
        Assert.Equal(new LocalDate(2007, 4, 13), Window(r, "p", EventKind.End).Latest);
    }

    [Fact]
    public void Month_period_anchored_at_its_far_end_is_counted_back_exactly()
    {
        var design = Design.Create("d", "d")
            .Phase("p", "P", p => p.Commitment("c", ["a"], "act", new LocalDate(2007, 3, 31)))
            .Timing(new TimingConstraint(new EventRef("p", EventKind.Start), new EventRef("c", EventKind.Due)) { AtLeast = Period.FromMonths(1) })
            .Build();
        var r = TemporalNetwork.FromDesign(design).Analyze();
        Assert.Empty(r.Approximated);
        Assert.Equal(new LocalDate(2007, 2, 28), Window(r, "p", EventKind.Start).Latest);
    }

    [Fact]
    public void Two_months_last_59_to_62_days()
    {
        Assert.Equal((59L, 62L), PeriodDays.Range(Period.FromMonths(2)));
        Assert.Equal((365L, 366L), PeriodDays.Range(Period.FromYears(1)));
        Assert.Equal((60L, 60L), PeriodDays.Range(Period.FromDays(60)));
    }

    [Fact]
    public void Treaty_enters_into_force_no_earlier_than_its_not_before_date_or_its_delay_after_opening()
    {
        // CTBT Art. XIV(1): 180 days after the 44th Annex 2 ratification, not earlier than two years after opening (24 September 1996).
        var treaty = new Treaty("ctbt", "CTBT", ["us"])
        {
            OpenedForSignature = new LocalDate(1996, 9, 24),
            EntryIntoForce = new EntryIntoForce(Rule.Unanimity) { Delay = Period.FromDays(180), NotBefore = new LocalDate(1998, 9, 24) },
        };
        var r = TemporalNetwork.FromDesign(Design.Create("d", "d").Treaty(treaty).Build()).Analyze();
        Assert.Equal(new LocalDate(1998, 9, 24), Window(r, "ctbt", EventKind.InForce).Earliest);
        Assert.Null(Window(r, "ctbt", EventKind.InForce).Latest);
    }

    [Fact]
    public void Phase_requiring_a_treaty_starts_after_its_entry_into_force()
    {
        var treaty = new Treaty("t", "T", ["a"]) { EntryIntoForce = new EntryIntoForce(Rule.Unanimity) { NotBefore = new LocalDate(2008, 1, 1) } };
        var design = Design.Create("d", "d").Treaty(treaty)
            .Phase("p", "P", p => p.Requires(new ElementRef(ElementKind.Treaty, "t"))).Build();
        var r = TemporalNetwork.FromDesign(design).Analyze();
        Assert.Equal(new LocalDate(2008, 1, 1), Window(r, "p", EventKind.Start).Earliest);
    }

    [Fact]
    public void Timing_naming_an_unknown_event_is_left_out_and_listed()
    {
        var design = SixParty.Build(more: b => b.Timing("nowhere.end", "second-phase.start", atLeast: Period.FromDays(1)));
        var r = TemporalNetwork.FromDesign(design).Analyze();
        Assert.True(r.IsConsistent);
        var unresolved = Assert.Single(r.Unresolved);
        Assert.Equal((ConstraintKind.Timing, "/timing/0/from", "nowhere.end"), (unresolved.Kind, unresolved.At, unresolved.Missing));
        Assert.Equal("/timing/0/from: no event 'nowhere.end'", Napsm.Core.Validation.Wording.Of(unresolved));
    }

    [Fact]
    public void Events_without_any_date_have_no_earliest_or_latest_date()
    {
        var r = TemporalNetwork.FromDesign(Design.Create("d", "d").Phase("p", "P").Build()).Analyze();
        Assert.All(r.Events, e => Assert.Null(e.Earliest));
        Assert.Empty(r.CriticalPath);
    }

    [Fact]
    public void Every_constraint_keeps_its_origin_in_the_design()
    {
        var network = TemporalNetwork.FromDesign(SixParty.Build());
        Assert.All(network.Constraints, c => Assert.StartsWith("/", c.At, StringComparison.Ordinal));
        Assert.Contains(network.Constraints, c => c.Kind == ConstraintKind.CommitmentWithin && c.At == "/phases/0/commitments/1/within");
    }
}

public class TemporalRobustnessTests
{
    [Fact]
    public void Absurd_periods_and_dates_give_results_not_exceptions()
    {
        var treaty = new Treaty("t", "T", ["a"])
        {
            OpenedForSignature = new LocalDate(9999, 1, 1),
            EntryIntoForce = new EntryIntoForce(Rule.Unanimity) { Delay = Period.FromYears(20_000) },
            Ratifications = [new Ratification("a", new LocalDate(9999, 12, 1))],
        };
        var design = Design.Create("d", "d").Member("a", "A").Treaty(treaty)
            .Phase("p", "P", p => p.Window(start: new LocalDate(9999, 12, 31), within: Period.FromYears(50_000))
                .Commitment(new Commitment("c", ["a"], "act") { Within = Period.FromMonths(int.MaxValue) }))
            .Timing(new TimingConstraint(new EventRef("p", EventKind.End), new EventRef("t", EventKind.InForce)) { AtLeast = Period.FromYears(-30_000) })
            .Build();
        var result = TemporalNetwork.FromDesign(design).Analyze();
        Assert.True(result.IsConsistent);
        var status = Napsm.Core.Treaties.TreatyStatus.Of(design, treaty, new LocalDate(9999, 12, 31));
        Assert.Equal(Napsm.Core.Treaties.TreatyState.Pending, status.State);
        Assert.NotNull(new Napsm.Core.Validation.DesignValidator().Validate(design));
    }
}
