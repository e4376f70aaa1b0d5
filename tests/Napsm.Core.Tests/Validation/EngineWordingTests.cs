using Napsm.Core.Model;
using Napsm.Core.Scheduling;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Tests.Validation;

/// <summary>
/// The engines answer in types and <see cref="Wording"/> words them (issue 13): each typed fact a sentence names is on the answer,
/// and the sentences read as the diagnostics and reports have always shown them.
/// </summary>
public class EngineWordingTests
{
    private static readonly LocalDate Start = new(2007, 2, 13);

    private static Design Phases() => Design.Create("d", "d")
        .Member("a", "A")
        .Phase("p", "P", p => p.Window(start: Start, end: new LocalDate(2007, 12, 31), within: Period.FromDays(60))
            .Commitment("c", ["a"], "act", c => c.Within(Period.FromDays(10))))
        .Phase("q", "Q", q => q.After("p"))
        .Timing("q.start", "p.end", atMost: Period.FromDays(5))
        .Timing("p.start", "q.start", atLeast: Period.FromDays(1))
        .Build();

    [Fact]
    public void Every_bound_of_phases_commitments_and_timing_is_worded_from_its_typed_facts()
    {
        var network = TemporalNetwork.FromDesign(Phases());
        Assert.Equal(
        [
            "'p' cannot end before it starts",
            "'p' starts on 2007-02-13",
            "'p' starts on 2007-02-13",
            "'p' must end by 2007-12-31",
            "'p' must end within 60 days of 2007-02-13, that is by 2007-04-14",
            "'c' cannot fall due before 'p' starts",
            "'p' cannot end before 'c' falls due",
            "'c' must fall due within 10 days of the start of 'p' on 2007-02-13, that is by 2007-02-23",
            "'q' cannot end before it starts",
            "'q' starts no earlier than 'p' ends",
            "'p.end' comes at most 5 days after 'q.start'",
            "'q.start' comes at least 1 day after 'p.start'",
        ], network.Constraints.Select(Wording.Of));
    }

    [Fact]
    public void A_within_bound_carries_its_period_its_days_and_the_fixed_start_it_counts_from()
    {
        var within = Assert.Single(TemporalNetwork.FromDesign(Phases()).Constraints, c => c.Kind == ConstraintKind.PhaseWithin);
        Assert.Equal((Start, Period.FromDays(60), 60L, false), (within.Date!.Value, within.Period!, within.PeriodDays!.Value, within.IsApproximated));
        Assert.Null(Wording.Approximation(within));
    }

    [Fact]
    public void An_at_least_bound_is_marked_and_keeps_the_entry_events_the_other_way_round()
    {
        var least = Assert.Single(TemporalNetwork.FromDesign(Phases()).Constraints, c => c.Kind == ConstraintKind.Timing && c.IsAtLeast);
        Assert.Equal((new EventRef("q", EventKind.Start), new EventRef("p", EventKind.Start), -1L, 1L), (least.From!.Value, least.To!.Value, least.MaxDays, least.PeriodDays!.Value));
    }

    [Fact]
    public void An_unanchored_month_period_is_worded_from_its_range()
    {
        var design = Design.Create("d", "d").Phase("p", "P", p => p.Window(within: Period.FromMonths(2))).Build();
        var approx = Assert.Single(TemporalNetwork.FromDesign(design).Analyze().Approximated);
        Assert.Equal("P2M is 59 to 62 days and no date anchors it; 62 used", Wording.Approximation(approx));
    }

    [Fact]
    public void A_period_past_the_calendar_is_worded_from_its_anchor()
    {
        var design = Design.Create("d", "d").Phase("p", "P", p => p.Window(start: new LocalDate(9999, 12, 1), within: Period.FromMonths(2))).Build();
        var bound = Assert.Single(TemporalNetwork.FromDesign(design).Constraints, c => c.Kind == ConstraintKind.PhaseWithin);
        Assert.Equal(new PeriodBeyondCalendar(Period.FromMonths(2), new LocalDate(9999, 12, 1), 62), bound.BeyondCalendar);
        Assert.Null(bound.Unanchored);
        Assert.Equal("P2M from 9999-12-01 ends beyond the calendar; 62 days used", Wording.Approximation(bound));
    }

    [Fact]
    public void Treaty_bounds_name_the_opening_the_delay_and_the_date_not_before()
    {
        var design = Design.Create("d", "d").Member("a", "A")
            .Treaty("t", "T", t => t.Parties("a").OpenedForSignature(new LocalDate(2000, 1, 1))
                .EntryIntoForce(Rule.Unanimity, delay: Period.FromDays(90), notBefore: new LocalDate(2001, 1, 1)))
            .Build();
        var bounds = TemporalNetwork.FromDesign(design).Constraints.Where(c => c.Kind is ConstraintKind.EntryIntoForceDelay or ConstraintKind.EntryIntoForceNotBefore);
        Assert.Equal(
        [
            "'t' cannot enter into force before 2001-01-01",
            "'t' enters into force at least 90 days after the last ratification it needs, which cannot precede its opening on 2000-01-01",
        ], bounds.Select(Wording.Of));
    }

    [Fact]
    public void Ratification_problems_carry_the_event_and_the_dates_they_name()
    {
        var treaty = new Treaty("t", "T", ["a", "b"])
        {
            OpenedForSignature = new LocalDate(2000, 6, 1),
            Ratifications =
            [
                new Ratification("a", new LocalDate(2001, 1, 1)), new Ratification("zz", new LocalDate(2002, 1, 1), RatificationKind.Withdrawn),
                new Ratification("b", new LocalDate(2000, 1, 1)), new Ratification("b", new LocalDate(2003, 1, 1), RatificationKind.Ratified),
            ],
        };
        var s = TreatyStatus.Of(Design.Create("d", "d").Treaty(treaty).Build(), treaty, new LocalDate(2024, 1, 1));
        Assert.Equal(
        [
            "'zz' is not a party to 't'; its withdrawal of 2002-01-01 is ignored",
            "the ratification by 'b' of 2000-01-01 is listed after an event of 2001-01-01",
            "the ratification by 'b' of 2000-01-01 comes before 't' was opened for signature on 2000-06-01",
            "the ratification by 'b' of 2003-01-01 does not fit its history (its ratification already stands)",
        ], s.Problems.Select(Wording.Of));
        var history = s.Problems[^1];
        Assert.Equal(("t", RatificationKind.Ratified, new LocalDate(2003, 1, 1), (RatificationKind?)RatificationKind.Ratified), (history.Treaty, history.Event, history.Date, history.Standing));
        Assert.Equal(new LocalDate(2001, 1, 1), s.Problems[1].ListedAfter);
        Assert.Equal(new LocalDate(2000, 6, 1), s.Problems[2].OpenedForSignature);
    }

    [Fact]
    public void A_threshold_out_of_range_carries_its_fault_threshold_and_total()
    {
        var p = Assert.Single(VotingGame.Create(Rule.Weighted([new("a", 1), new("b", 3)], Threshold.Count(5)), ["a", "b"]).Problems);
        Assert.Equal((ThresholdFault.AboveTotalWeight, (Rational?)4, (Comparison?)Comparison.AtLeast), (p.Fault!.Value, p.Total, p.Comparison));
        Assert.Equal("the threshold at least 5 exceeds the total weight (4): the rule can never pass", Wording.Of(p));
    }
}
