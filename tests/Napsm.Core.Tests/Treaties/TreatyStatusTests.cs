using Napsm.Core.Model;
using Napsm.Core.Treaties;
using NodaTime;

namespace Napsm.Core.Tests.Treaties;

public class TreatyStatusTests
{
    private static TreatyStatus Status(Treaty treaty, LocalDate asOf) => TreatyStatus.Of(Ctbt.Design(treaty), treaty, asOf);

    [Fact]
    public void A_cycle_of_40_treaties_nobody_has_ratified_is_evaluated_and_none_of_them_is_in_force()
    {
        // Each treaty asks for its requirement's status twice; explored through the cycle that was 2^40 steps (a hang).
        var design = Design.Create("d", "D").Member("cn", "China").Build() with
        {
            Treaties = [.. Enumerable.Range(0, 40).Select(i => new Treaty($"t{i}", "T", ["cn"]) { Requires = [new ElementRef(ElementKind.Treaty, $"t{(i + 1) % 40}")] })],
        };
        var all = TreatyStatus.OfAll(design, new LocalDate(2020, 1, 1));
        Assert.Equal(40, all.Count);
        Assert.All(all, s => Assert.NotEqual(TreatyState.InForce, s.State));
        Assert.All(all, s => Assert.Null(s.EarliestEntryIntoForce));
        Assert.Equal(["treaty:t1"], all[0].UnmetRequirements);
        Assert.Equal(["treaty:t0"], all[39].UnmetRequirements);
    }

    [Fact]
    public void A_treaty_that_requires_a_cycle_it_is_not_part_of_is_not_in_force_but_one_outside_it_is()
    {
        // a ⇄ b is a cycle; c requires a (not in the cycle itself); d requires nothing and is ratified.
        Treaty T(string id, params string[] requires) => new(id, id.ToUpperInvariant(), ["cn"])
        {
            Requires = [.. requires.Select(r => new ElementRef(ElementKind.Treaty, r))],
            Ratifications = [new Ratification("cn", new LocalDate(2010, 1, 1), RatificationKind.Ratified)],
        };
        var design = Design.Create("d", "D").Member("cn", "China").Build() with { Treaties = [T("a", "b"), T("b", "a"), T("c", "a"), T("d")] };
        var all = TreatyStatus.OfAll(design, new LocalDate(2020, 1, 1));
        Assert.Equal([TreatyState.Pending, TreatyState.Pending, TreatyState.Pending, TreatyState.InForce], all.Select(s => s.State));
        Assert.Equal(["treaty:a"], all[2].UnmetRequirements);
        Assert.Equal(new LocalDate(2010, 1, 1), all[3].EnteredIntoForce);
    }

    [Fact]
    public void Ctbt_is_not_in_force_in_2024_and_needs_the_nine_Annex_2_states_without_a_standing_ratification()
    {
        var s = Status(Ctbt.Treaty(), new LocalDate(2024, 1, 1));
        Assert.Equal(TreatyState.Open, s.State);
        Assert.Equal(["cn", "kp", "eg", "in", "ir", "il", "pk", "ru", "us"], s.StillRequired);
        Assert.Equal(["ru"], s.Revoked);
        Assert.Equal(9, s.FewestMoreRatifications);
        Assert.Empty(s.Pivotal);
    }

    [Fact]
    public void Russia_counts_as_ratified_before_its_revocation_of_2_November_2023()
    {
        var s = Status(Ctbt.Treaty(), new LocalDate(2023, 11, 1));
        Assert.Contains("ru", s.Ratified);
        Assert.Equal(8, s.StillRequired.Count);
    }

    [Fact]
    public void Earliest_entry_into_force_is_180_days_after_the_missing_ratifications()
    {
        // 1 January 2024 + 180 days = 29 June 2024 (2024 is a leap year).
        Assert.Equal(new LocalDate(2024, 6, 29), Status(Ctbt.Treaty(), new LocalDate(2024, 1, 1)).EarliestEntryIntoForce);
    }

    [Fact]
    public void Every_Annex_2_state_is_a_veto_player_so_one_refusal_blocks()
    {
        var s = Status(Ctbt.Treaty(), new LocalDate(2024, 1, 1));
        Assert.Equal(1, s.FewestRefusalsToBlock);
        Assert.Equal(["cn"], s.OneBlockingSet);
    }

    [Fact]
    public void The_last_missing_state_is_pivotal()
    {
        var treaty = Ctbt.Treaty(more: Ctbt.NeverRatified.Where(s => s != "us").Select(s => new Ratification(s, new LocalDate(2020, 1, 1))));
        var s = Status(treaty, new LocalDate(2024, 1, 1));
        Assert.Equal(["ru", "us"], s.StillRequired);
        Assert.Empty(s.Pivotal);
        var whatIf = TreatyStatus.WhatIf(Ctbt.Design(treaty), treaty, new LocalDate(2024, 1, 1), "ru", RatificationKind.Ratified);
        Assert.Equal(["us"], whatIf.Pivotal);
    }

    [Fact]
    public void What_if_the_last_state_ratifies_the_treaty_is_pending_for_180_days()
    {
        var treaty = Ctbt.Treaty(more: [.. Ctbt.NeverRatified.Where(s => s != "us").Select(s => new Ratification(s, new LocalDate(2020, 1, 1))), new Ratification("ru", new LocalDate(2024, 1, 1))]);
        var s = TreatyStatus.WhatIf(Ctbt.Design(treaty), treaty, new LocalDate(2025, 3, 1), "us", RatificationKind.Ratified);
        Assert.Equal(TreatyState.Pending, s.State);
        Assert.Equal(new LocalDate(2025, 3, 1), s.ConditionMetOn);
        Assert.Equal(new LocalDate(2025, 8, 28), s.EarliestEntryIntoForce);
    }

    [Fact]
    public void Ratification_by_all_within_a_year_of_opening_waits_for_the_two_year_floor()
    {
        var treaty = Ctbt.Treaty(more: [.. Ctbt.NeverRatified.Select(s => new Ratification(s, new LocalDate(1997, 1, 1)))]) with
        {
            Ratifications = [.. Ctbt.Annex2.Append("fj").Select(s => new Ratification(s, new LocalDate(1997, 1, 1)))],
        };
        var s = Status(treaty, new LocalDate(2000, 1, 1));
        Assert.Equal(TreatyState.InForce, s.State);
        Assert.Equal(new LocalDate(1998, 9, 24), s.EnteredIntoForce);
    }

    [Fact]
    public void A_withdrawn_veto_holder_blocks_entry_into_force()
    {
        var treaty = Ctbt.Treaty(more: [new Ratification("fr", new LocalDate(2024, 2, 1), RatificationKind.Withdrawn)]);
        var s = Status(treaty, new LocalDate(2024, 6, 1));
        Assert.Equal(TreatyState.Blocked, s.State);
        Assert.Equal(["fr"], s.Blockers);
        Assert.Equal(TreatyBlockReason.Withdrawals, s.BlockedBecause);
        Assert.Null(s.EarliestEntryIntoForce);
    }

    [Fact]
    public void A_rule_naming_a_non_party_can_never_be_met()
    {
        var treaty = new Treaty("t", "T", ["a", "b"]) { EntryIntoForce = new EntryIntoForce(Rule.Veto("a", "zz")) };
        var design = Design.Create("d", "d").Member("a", "A").Member("b", "B").Treaty(treaty).Build();
        var s = TreatyStatus.Of(design, treaty, new LocalDate(2024, 1, 1));
        Assert.Equal(TreatyState.Blocked, s.State);
        Assert.Equal(["zz"], s.Blockers);
        Assert.Equal(TreatyBlockReason.NeedsNonParties, s.BlockedBecause);
        Assert.Equal("the rule needs zz, who is not a party", Napsm.Core.Validation.Describe.Blocked(s));
    }

    [Fact]
    public void Fragility_of_a_count_rule_is_the_number_who_can_refuse_plus_one_less_the_slack()
    {
        var treaty = new Treaty("t", "T", ["a", "b", "c", "d", "e"]) { EntryIntoForce = new EntryIntoForce(Rule.AtLeast(Threshold.Count(3))) };
        var s = TreatyStatus.Of(Design.Create("d", "d").Treaty(treaty).Build(), treaty, new LocalDate(2024, 1, 1));
        Assert.Equal(3, s.FewestRefusalsToBlock);
        Assert.Equal(["a", "b", "c"], s.OneBlockingSet);
        Assert.Equal(3, s.FewestMoreRatifications);
        Assert.Empty(s.StillRequired);
    }

    [Fact]
    public void Events_by_non_parties_and_out_of_order_are_reported()
    {
        var treaty = new Treaty("t", "T", ["a", "b"])
        {
            Ratifications = [new Ratification("a", new LocalDate(2001, 1, 1)), new Ratification("zz", new LocalDate(2002, 1, 1)), new Ratification("b", new LocalDate(2000, 1, 1)), new Ratification("b", new LocalDate(2003, 1, 1), RatificationKind.Ratified)],
        };
        var s = TreatyStatus.Of(Design.Create("d", "d").Treaty(treaty).Build(), treaty, new LocalDate(2024, 1, 1));
        Assert.Equal(
            [(RatificationProblemKind.NotAParty, "/treaties/0/ratifications/1"), (RatificationProblemKind.OutOfOrder, "/treaties/0/ratifications/2"), (RatificationProblemKind.DoesNotFitHistory, "/treaties/0/ratifications/3")],
            s.Problems.Select(p => (p.Kind, p.At)));
    }

    [Fact]
    public void A_treaty_waits_for_the_treaty_it_requires()
    {
        var first = new Treaty("first", "First", ["a"]) { EntryIntoForce = new EntryIntoForce(Rule.Unanimity) { NotBefore = new LocalDate(2030, 1, 1) } };
        var second = new Treaty("second", "Second", ["a"]) { Requires = [new ElementRef(ElementKind.Treaty, "first")], Ratifications = [new Ratification("a", new LocalDate(2020, 1, 1))] };
        var design = Design.Create("d", "d").Member("a", "A").Treaty(first).Treaty(second).Build();
        var s = TreatyStatus.Of(design, second, new LocalDate(2024, 1, 1));
        Assert.Equal(TreatyState.Pending, s.State);
        Assert.Equal(["treaty:first"], s.UnmetRequirements);
        Assert.Equal(new LocalDate(2030, 1, 1), s.EarliestEntryIntoForce);
    }

    [Fact]
    public void Requirements_that_wait_on_each_other_leave_no_earliest_date()
    {
        var a = new Treaty("a", "A", ["x"]) { Requires = [new ElementRef(ElementKind.Treaty, "b")] };
        var b = new Treaty("b", "B", ["x"]) { Requires = [new ElementRef(ElementKind.Treaty, "a")] };
        var design = Design.Create("d", "d").Member("x", "X").Treaty(a).Treaty(b).Build();
        Assert.Null(TreatyStatus.Of(design, a, new LocalDate(2024, 1, 1)).EarliestEntryIntoForce);
    }
}
