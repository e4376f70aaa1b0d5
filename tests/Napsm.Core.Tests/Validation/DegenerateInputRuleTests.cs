using Napsm.Core.Model;
using Napsm.Core.Scheduling;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Validation;

/// <summary>
/// Degenerate inputs are diagnostics, not silence (issue 20): a one-voter body (NAPSM0205), dates the calendar cannot hold
/// (NAPSM0408, from <see cref="ScheduleResult.BeyondCalendar"/>), events recorded after the design's as-of date (NAPSM0507).
/// </summary>
public class DegenerateInputRuleTests
{
    private const string Members = """
        "members": [ { "id": "a", "name": "A" }, { "id": "b", "name": "B" }, { "id": "c", "name": "C" } ]
        """;

    private static DesignDocument Load(string rest) => DesignJson.Parse("""{ "format": 1, "id": "d", "name": "D", """ + Members + rest + " }", "d.json");

    private static List<Diagnostic> Found(string rest, string id) =>
        [.. new DesignValidator().Validate(Load(rest)).Diagnostics.Where(d => d.Id == id)];

    [Fact]
    public void A_body_whose_voters_name_one_member_even_many_times_has_a_single_voter()
    {
        var found = Found(""", "bodies": [ { "id": "x", "name": "X", "voters": ["b", "b", "b"], "rule": { "moreThan": "1/2" } } ]""", "NAPSM0205");

        var d = Assert.Single(found);
        Assert.Equal("/bodies/0/voters", d.Location.JsonPointer);
        Assert.Equal("body 'x' (X) has a single voter, 'b': whatever its rule, it decides as 'b' does", d.Message);
    }

    [Fact]
    public void Bodies_with_two_voters_or_none_are_not_single_voter_bodies()
    {
        var rest = """
            , "bodies": [ { "id": "x", "name": "X", "voters": ["a", "b"], "rule": "consensus" },
                          { "id": "y", "name": "Y", "voters": [], "rule": "consensus" } ]
            """;
        Assert.Empty(Found(rest, "NAPSM0205"));
    }

    [Fact]
    public void A_window_that_ends_after_the_calendar_is_beyond_it_and_not_called_unanchored()
    {
        var rest = """, "phases": [ { "id": "p", "name": "P", "window": { "start": "9999-12-01", "within": "P9999Y" } } ]""";
        var schedule = TemporalNetwork.FromDesign(Load(rest).Design).Analyze();

        var b = Assert.Single(schedule.BeyondCalendar);
        Assert.Equal(new EventRef("p", EventKind.End), b.Event);
        Assert.Equal(ScheduleBound.Latest, b.Bound);
        Assert.True(b.AfterLastDate);
        Assert.Equal("/phases/0/window/within", b.Because.At);
        Assert.Null(schedule.Events.Single(e => e.Event == b.Event).Latest);
        var report = new DesignValidator().Validate(Load(rest));
        Assert.Equal("/phases/0/window/within", Assert.Single(report.Diagnostics, d => d.Id == "NAPSM0408").Location.JsonPointer);
        // The period is anchored to 9999-12-01: it is too long for the calendar, not of unknown length.
        Assert.DoesNotContain(report.Diagnostics, d => d.Id == "NAPSM0407");
    }

    [Fact]
    public void Only_the_first_event_past_the_calendar_is_reported_not_every_one_after_it()
    {
        var rest = """
            , "phases": [ { "id": "p", "name": "P", "window": { "start": "9999-12-01" } },
                          { "id": "q", "name": "Q", "after": ["p"] }, { "id": "r", "name": "R", "after": ["q"] } ],
              "timing": [ { "from": "p.start", "to": "p.end", "atLeast": "P90D" } ]
            """;
        var schedule = TemporalNetwork.FromDesign(Load(rest).Design).Analyze();

        // p ends at least 90 days after 9999-12-01, so q and r start after the calendar too; p.end is where the schedule crosses it.
        var b = Assert.Single(schedule.BeyondCalendar);
        Assert.Equal((new EventRef("p", EventKind.End), ScheduleBound.Earliest), (b.Event, b.Bound));
        Assert.Equal("/timing/0/atLeast", b.Because.At);
        Assert.All(schedule.Events.Where(e => e.Event.Id is "q" or "r"), e => Assert.Null(e.Earliest));
        var d = Assert.Single(Found(rest, "NAPSM0408"));
        Assert.StartsWith("the earliest date of 'p.end' falls after 9999-12-31, beyond the calendar: ", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bound_before_the_calendar_is_beyond_it_too()
    {
        var rest = """
            , "phases": [ { "id": "p", "name": "P", "window": { "start": "0001-01-10" } }, { "id": "q", "name": "Q" } ],
              "timing": [ { "from": "q.start", "to": "p.start", "atLeast": "P30D" } ]
            """;
        var b = Assert.Single(TemporalNetwork.FromDesign(Load(rest).Design).Analyze().BeyondCalendar);

        Assert.Equal((new EventRef("q", EventKind.Start), ScheduleBound.Latest, false), (b.Event, b.Bound, b.AfterLastDate));
        Assert.Contains("before 0001-01-01", Assert.Single(Found(rest, "NAPSM0408")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_into_force_delay_that_ends_after_the_calendar_means_the_treaty_never_enters_into_force()
    {
        var rest = """
            , "treaties": [ { "id": "t", "name": "T", "parties": ["a", "b"], "openedForSignature": "2020-01-01",
                "entryIntoForce": { "rule": "unanimity", "delay": "P9000Y" } } ]
            """;
        var b = Assert.Single(TemporalNetwork.FromDesign(Load(rest).Design).Analyze().BeyondCalendar);

        Assert.Equal((new EventRef("t", EventKind.InForce), ScheduleBound.Earliest), (b.Event, b.Bound));
        Assert.Equal("/treaties/0/entryIntoForce/delay", Assert.Single(Found(rest, "NAPSM0408")).Location.JsonPointer);
    }

    [Fact]
    public void Schedules_within_the_calendar_have_nothing_beyond_it()
    {
        var rest = """, "phases": [ { "id": "p", "name": "P", "window": { "start": "2027-01-01", "within": "P2Y" } } ]""";
        Assert.Empty(TemporalNetwork.FromDesign(Load(rest).Design).Analyze().BeyondCalendar);
        Assert.Empty(Found(rest, "NAPSM0408"));
    }

    [Fact]
    public void Ratifications_and_revocations_after_the_as_of_date_are_reported_each_at_its_date()
    {
        var rest = """
            , "asOf": "2026-12-01",
              "treaties": [ { "id": "t", "name": "T", "parties": ["a", "b", "c"], "openedForSignature": "2020-01-01",
                "entryIntoForce": { "rule": { "atLeast": 2 } },
                "ratifications": [ { "member": "a", "date": "2021-01-01" }, { "member": "b", "date": "2026-12-01" },
                                   { "member": "a", "date": "2031-01-01", "kind": "revoked" }, { "member": "c", "date": "9999-12-31" } ] } ]
            """;
        var found = Found(rest, "NAPSM0507");

        // b on the as-of date itself is a fact of that date, not a future one.
        Assert.Equal(["/treaties/0/ratifications/2/date", "/treaties/0/ratifications/3/date"], found.Select(d => d.Location.JsonPointer));
        Assert.Equal("treaty 't' (T) records a revocation of 'a' on 2031-01-01, after the design's as-of date 2026-12-01: "
            + "the analyses as of that date leave it out", found[0].Message);
        Assert.Contains("the ratification of 'c' on 9999-12-31", found[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_as_of_date_no_recorded_event_is_in_the_designs_future()
    {
        var rest = """
            , "treaties": [ { "id": "t", "name": "T", "parties": ["a", "b"], "ratifications": [ { "member": "a", "date": "9999-12-31" } ] } ]
            """;
        Assert.Empty(Found(rest, "NAPSM0507"));
    }
}
