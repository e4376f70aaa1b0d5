using Napsm.Core.Model;
using Napsm.Core.Tests.Scheduling;
using Napsm.Core.Validation;
using NodaTime;

namespace Napsm.Core.Tests.Validation;

/// <summary>NAPSM04xx and NAPSM05xx: each rule fires exactly once on a design made to trigger it, and not on a near-identical one.</summary>
public class TimeAndTreatyRuleTests
{
    private static List<Diagnostic> Diagnostics(Design design, string id) => [.. new DesignValidator().Validate(design).Diagnostics.Where(d => d.Id == id)];

    private static Diagnostic Once(Design bad, Design good, string id)
    {
        Assert.Empty(Diagnostics(good, id));
        return Assert.Single(Diagnostics(bad, id));
    }

    private static DesignBuilder Two() => Design.Create("d", "D").Member("cn", "China").Member("us", "United States");

    private static ElementRef Ref(ElementKind kind, string id) => new(kind, id);

    [Fact]
    public void NAPSM0401_phases_in_a_cycle_are_reported_whole()
    {
        var bad = Design.Create("d", "D").Phase("p1", "Freeze", p => p.After("p2")).Phase("p2", "Disable", p => p.After("p1")).Build();
        var good = Design.Create("d", "D").Phase("p1", "Freeze").Phase("p2", "Disable", p => p.After("p1")).Build();
        var d = Once(bad, good, "NAPSM0401");
        Assert.Equal(["/phases/1/after/0", "/phases/0/after/0"], d.Chain.Select(c => c.JsonPointer));
    }

    private static Design PhaseCycle(int n)
    {
        var b = Design.Create("d", "D");
        for (int i = 0; i < n; i++)
        {
            int before = (i + n - 1) % n;
            b = b.Phase($"p{i}", "P", p => p.After($"p{before}"));
        }

        return b.Build();
    }

    [Theory]
    [InlineData(2)]
    [InlineData(20)]
    public void NAPSM0401_a_cycle_of_up_to_20_phases_is_listed_whole(int n)
    {
        var d = Assert.Single(Diagnostics(PhaseCycle(n), "NAPSM0401"));
        Assert.Equal(n, d.Chain.Count);
        Assert.Equal(n + 1, d.Message.Split(" → ").Length);
        Assert.DoesNotContain("more", d.Message, StringComparison.Ordinal);
        Assert.EndsWith("phase 'p0' (P)", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(21, "… 1 more")]
    [InlineData(5000, "… 4980 more")]
    public void NAPSM0401_a_longer_cycle_lists_its_first_20_steps_and_counts_the_rest(int n, string rest)
    {
        var d = Assert.Single(Diagnostics(PhaseCycle(n), "NAPSM0401"));
        Assert.Equal(20, d.Chain.Count);
        Assert.Equal("/phases/1/after/0", d.Chain[0].JsonPointer);
        Assert.Equal("/phases/20/after/0", d.Chain[^1].JsonPointer);
        Assert.Equal(19, d.RelatedLocations.Count);
        var parts = d.Message.Split(" → ");
        Assert.Equal(22, parts.Length);
        Assert.Equal("phase 'p19' (P)", parts[19]);
        Assert.Equal(rest, parts[20]);
        Assert.Equal("phase 'p0' (P)", parts[21]);
    }

    [Fact]
    public void NAPSM0407_is_reported_once_per_period_with_its_other_uses()
    {
        var design = Design.Create("d", "D").Phase("p1", "P1").Phase("p2", "P2").Phase("p3", "P3").Phase("p4", "P4")
            .Timing("p1.start", "p2.start", atLeast: Period.FromMonths(6))
            .Timing("p2.start", "p3.start", atLeast: Period.FromMonths(6))
            .Timing("p3.start", "p4.start", atLeast: Period.FromYears(1))
            .Timing("p1.start", "p4.start", atLeast: Period.FromMonths(6)).Build();
        var found = Diagnostics(design, "NAPSM0407");
        Assert.Equal(2, found.Count);
        // The P6M diagnostic stands at the first use of P6M, the P1Y one at the only use of P1Y.
        var months = Assert.Single(found, d => d.Location.JsonPointer == "/timing/0/atLeast");
        Assert.Equal(["/timing/1/atLeast", "/timing/3/atLeast"], months.RelatedLocations.Select(r => r.JsonPointer));
        Assert.EndsWith("; 2 other uses of P6M in the design are unanchored too", months.Message, StringComparison.Ordinal);
        var year = Assert.Single(found, d => d.Location.JsonPointer == "/timing/2/atLeast");
        Assert.Empty(year.RelatedLocations);
        Assert.EndsWith("365 to 366 days", year.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NAPSM0402_timing_that_cannot_be_met_shows_the_chain()
    {
        var bad = Design.Create("d", "D").Phase("p1", "P1").Phase("p2", "P2")
            .Timing("p1.start", "p2.start", atLeast: Period.FromDays(90)).Timing("p2.start", "p1.start", atLeast: Period.Zero).Build();
        var good = Design.Create("d", "D").Phase("p1", "P1").Phase("p2", "P2")
            .Timing("p1.start", "p2.start", atLeast: Period.FromDays(90)).Timing("p2.start", "p1.start", atLeast: Period.FromDays(-100)).Build();
        var d = Once(bad, good, "NAPSM0402");
        Assert.Equal(["/timing/0/atLeast", "/timing/1/atLeast"], d.Chain.Select(c => c.JsonPointer).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NAPSM0403_commitment_due_after_its_window_is_reported_instead_of_a_chain()
    {
        var bad = SixParty.Build(SixParty.ShutDown(new LocalDate(2007, 5, 1)) with { Within = null });
        var good = SixParty.Build(SixParty.ShutDown(new LocalDate(2007, 4, 1)) with { Within = null });
        var d = Once(bad, good, "NAPSM0403");
        Assert.Equal("/phases/0/commitments/0/due", d.Location.JsonPointer);
        Assert.Contains("2007-02-13 to 2007-04-14", d.Message, StringComparison.Ordinal);
        Assert.Empty(Diagnostics(bad, "NAPSM0402"));
    }

    [Fact]
    public void NAPSM0405_one_way_exchange()
    {
        var d = Once(SixParty.Build(SixParty.ShutDown() with { InExchangeFor = [] }), SixParty.Build(), "NAPSM0405");
        Assert.Equal("/phases/0/commitments/1/inExchangeFor/0", d.Location.JsonPointer);
    }

    [Fact]
    public void NAPSM0405_exchanged_commitments_that_cannot_fall_in_one_window()
    {
        // The US delisting of 11 October 2008 given for the declaration due by 31 December 2007 (institutions.md §2.1).
        Design With(LocalDate delistDue) => SixParty.Build(more: b => b.Phase("third", "Verification", p => p.Window(start: new LocalDate(2007, 11, 1))
            .Commitment(new Commitment("delist", ["us"], "remove the designation") { Due = delistDue, InExchangeFor = ["declaration"] })));
        var bad = Diagnostics(With(new LocalDate(2008, 10, 11)), "NAPSM0405");
        Assert.Single(bad, d => d.Message.Contains("cannot fall due in the same window", StringComparison.Ordinal));
        Assert.DoesNotContain(Diagnostics(With(new LocalDate(2007, 12, 31)), "NAPSM0405"), d => d.Message.Contains("same window", StringComparison.Ordinal));
    }

    [Fact]
    public void NAPSM0406_one_sided_phase_under_action_for_action()
    {
        // Joint Statement of 19 September 2005, point 5: "commitment for commitment, action for action" (institutions.md §2.1).
        Design With(bool reciprocated)
        {
            var design = SixParty.Build(more: b => b.Principle(new Principle("afa", "Action for action") { Tags = [PrincipleTags.ActionForAction] }));
            if (!reciprocated) return design;
            var second = design.Phases[1] with { Commitments = [.. design.Phases[1].Commitments, new Commitment("hfo-1m", SixParty.Others, "aid up to 1 million tons of HFO")] };
            return design with { Phases = [design.Phases[0], second] };
        }

        var d = Once(With(false), With(true), "NAPSM0406");
        Assert.Equal("/phases/1", d.Location.JsonPointer);
    }

    [Fact]
    public void NAPSM0407_unanchored_month_period()
    {
        var bad = Design.Create("d", "D").Phase("p1", "Freeze", p => p.Window(within: Period.FromMonths(2))).Build();
        var good = Design.Create("d", "D").Phase("p1", "Freeze", p => p.Window(within: Period.FromDays(60))).Build();
        var d = Once(bad, good, "NAPSM0407");
        Assert.Contains("59 to 62 days", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NAPSM0501_treaties_requiring_each_other()
    {
        var bad = Two().Treaty(new Treaty("a", "A", ["cn"]) { Requires = [Ref(ElementKind.Treaty, "b")] })
            .Treaty(new Treaty("b", "B", ["cn"]) { Requires = [Ref(ElementKind.Treaty, "a")] }).Build();
        var good = Two().Treaty(new Treaty("a", "A", ["cn"]) { Requires = [Ref(ElementKind.Treaty, "b")] })
            .Treaty(new Treaty("b", "B", ["cn"])).Build();
        var d = Once(bad, good, "NAPSM0501");
        Assert.Equal(2, d.Chain.Count);
    }

    [Fact]
    public void NAPSM0501_a_cycle_of_more_than_20_treaties_lists_its_first_20_steps_and_counts_the_rest()
    {
        var b = Two();
        for (int i = 0; i < 30; i++) b = b.Treaty(new Treaty($"t{i}", "T", ["cn"]) { Requires = [Ref(ElementKind.Treaty, $"t{(i + 1) % 30}")] });
        var d = Assert.Single(Diagnostics(b.Build(), "NAPSM0501"));
        Assert.Equal(20, d.Chain.Count);
        Assert.Contains("→ … 10 more → ", d.Message, StringComparison.Ordinal);
        Assert.Equal(22, d.Message.Split(" → ").Length);
    }

    [Fact]
    public void NAPSM0502_treaty_that_can_never_enter_into_force()
    {
        Design With(int k) => Two().Treaty(new Treaty("t", "T", ["cn", "us"]) { EntryIntoForce = new EntryIntoForce(Rule.AtLeast(Threshold.Count(k))) }).Build();
        var d = Once(With(3), With(2), "NAPSM0502");
        Assert.Equal("/treaties/0/entryIntoForce/rule", d.Location.JsonPointer);
    }

    [Fact]
    public void NAPSM0503_entry_into_force_blocked_as_of_the_design_date_names_who_has_not_ratified()
    {
        Design With(params string[] ratified) => Two().AsOf(new LocalDate(2026, 1, 1)).Treaty(new Treaty("t", "T", ["cn", "us"])
        {
            EntryIntoForce = new EntryIntoForce(Rule.Unanimity),
            Ratifications = [.. ratified.Select(m => new Ratification(m, new LocalDate(2025, 3, 1)))],
        }).Build();
        var d = Once(With("cn"), With("cn", "us"), "NAPSM0503");
        Assert.Contains("still needs ratification by us", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NAPSM0503_names_a_revoked_ratification()
    {
        var treaty = Napsm.Core.Tests.Treaties.Ctbt.Treaty();
        var design = Napsm.Core.Tests.Treaties.Ctbt.Design(treaty) with { AsOf = new LocalDate(2024, 1, 1) };
        var d = Assert.Single(Diagnostics(design, "NAPSM0503"));
        Assert.Contains("ru has revoked its ratification", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NAPSM0504_treaty_requiring_a_phase_that_comes_after_it()
    {
        Design With(bool firstPhaseWaits) => Two()
            .Treaty(new Treaty("peace", "Peace treaty", ["cn", "us"]) { Requires = [Ref(ElementKind.Phase, "p2")] })
            .Phase("p1", "Initial", p =>
            {
                p.Window(start: new LocalDate(2007, 2, 13), within: Period.FromDays(60));
                if (firstPhaseWaits) p.Requires(Ref(ElementKind.Treaty, "peace"));
            })
            .Phase("p2", "Second", p => p.After("p1").Window(start: new LocalDate(2007, 10, 3)))
            .Build();
        var d = Once(With(true), With(false), "NAPSM0504");
        Assert.Equal("/treaties/0/requires/0", d.Location.JsonPointer);
        Assert.Empty(Diagnostics(With(true), "NAPSM0402"));
    }

    [Fact]
    public void NAPSM0505_ratification_by_a_non_party()
    {
        Design With(string member) => Two().Member("jp", "Japan").Treaty(new Treaty("t", "T", ["cn", "us"]) { Ratifications = [new Ratification(member, new LocalDate(2020, 1, 1))] }).Build();
        var d = Once(With("jp"), With("cn"), "NAPSM0505");
        Assert.Equal("/treaties/0/ratifications/0", d.Location.JsonPointer);
    }

    [Fact]
    public void NAPSM0506_fragility_names_the_fewest_refusals_that_block()
    {
        Design With(params string[] ratified) => Two().Treaty(new Treaty("t", "T", ["cn", "us"])
        {
            EntryIntoForce = new EntryIntoForce(Rule.Unanimity),
            Ratifications = [.. ratified.Select(m => new Ratification(m, new LocalDate(2025, 3, 1)))],
        }).Build();
        var d = Once(With("cn"), With("cn", "us"), "NAPSM0506");
        Assert.Contains("a single refusal", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_lists_of_states_in_a_message_show_ten_and_count_the_rest()
    {
        var parties = Enumerable.Range(1, 30).Select(i => "s" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var builder = Design.Create("d", "D").AsOf(new LocalDate(2026, 1, 1));
        foreach (var p in parties) builder = builder.Member(p, "State " + p);
        var design = builder.Treaty(new Treaty("t", "T", parties) { EntryIntoForce = new EntryIntoForce(Rule.AtLeast(Threshold.Count(30))) }).Build();
        var blocked = Assert.Single(Diagnostics(design, "NAPSM0503"));
        Assert.EndsWith("it still needs ratification by s01, s02, s03, s04, s05, s06, s07, s08, s09, s10 and 20 more", blocked.Message, StringComparison.Ordinal);
        var fragile = Assert.Single(Diagnostics(design, "NAPSM0506"));
        Assert.EndsWith("by a single refusal: for example s01", fragile.Message, StringComparison.Ordinal);
    }
}
