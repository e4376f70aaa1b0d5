using Napsm.Core.Model;
using Napsm.Core.Validation;
using NodaTime;

namespace Napsm.Core.Tests.Validation;

/// <summary>
/// NAPSM0502, 0503 and 0506 worded for each state a treaty can be in: still needing named parties, needing one or several more,
/// revoked by one or several, blocked by a withdrawal, impossible. Written from the survivors of mutation testing (docs/mutation-testing.md).
/// </summary>
public class TreatyRuleEdgeTests
{
    private static readonly LocalDate Day = new(2000, 1, 1);
    private static readonly string[] Four = ["m0", "m1", "m2", "m3"];

    private static Design Treaty(int members, IReadOnlyList<string> parties, DecisionRule rule, params Ratification[] ratifications)
    {
        var b = Design.Create("d", "D").AsOf(new LocalDate(2010, 1, 1));
        for (int i = 0; i < members; i++) b = b.Member("m" + i, "M" + i);
        return b.Treaty(new Treaty("t", "T", parties) { EntryIntoForce = new EntryIntoForce(rule), Ratifications = ratifications }).Build();
    }

    private static string Message(Design design, string id) => Assert.Single(new DesignValidator().Validate(design).Diagnostics, d => d.Id == id).Message;

    private static Ratification Ratified(string m) => new(m, Day);

    private static Ratification Revoked(string m) => new(m, Day.PlusDays(5), RatificationKind.Revoked);

    [Fact]
    public void A_unanimity_treaty_nobody_ratified_needs_everyone_and_one_refusal_blocks_it()
    {
        var design = Treaty(4, Four, Rule.Unanimity);

        Assert.Equal("treaty 't' (T) is not in force as of 2010-01-01: it still needs ratification by m0, m1, m2, m3", Message(design, "NAPSM0503"));
        Assert.Equal("treaty 't' (T) can be kept from entering into force by a single refusal: for example m0", Message(design, "NAPSM0506"));
        var d = Assert.Single(new DesignValidator().Validate(design).Diagnostics, d => d.Id == "NAPSM0503");
        Assert.Equal(
            [("/treaties/0/entryIntoForce/rule", "the entry-into-force rule"), ("/treaties/0/ratifications", "the ratifications")],
            d.RelatedLocations.Select(r => (r.JsonPointer, r.Message)));
    }

    [Fact]
    public void A_treaty_that_needs_more_ratifications_says_how_many_in_the_plural_and_several_refusals_block_it()
    {
        var design = Treaty(4, Four, Rule.AtLeast(Threshold.Count(3)), Ratified("m0"));

        Assert.Equal("treaty 't' (T) is not in force as of 2010-01-01: it needs at least 2 more ratifications (for example m1, m2)", Message(design, "NAPSM0503"));
        Assert.Equal("treaty 't' (T) can be kept from entering into force by 2 refusals: for example m0, m1", Message(design, "NAPSM0506"));
    }

    [Fact]
    public void A_treaty_one_ratification_short_says_so_in_the_singular()
    {
        var design = Treaty(4, Four, Rule.AtLeast(Threshold.Count(3)), Ratified("m0"), Ratified("m1"));

        Assert.EndsWith("it needs at least 1 more ratification (for example m2)", Message(design, "NAPSM0503"), StringComparison.Ordinal);
    }

    [Fact]
    public void One_revocation_has_revoked_its_ratification()
    {
        var design = Treaty(4, Four, Rule.AtLeast(Threshold.Count(3)), Ratified("m0"), Revoked("m0"));

        Assert.EndsWith("(for example m0, m1, m2); m0 has revoked its ratification", Message(design, "NAPSM0503"), StringComparison.Ordinal);
    }

    [Fact]
    public void Several_revocations_have_revoked_their_ratifications()
    {
        var design = Treaty(4, Four, Rule.AtLeast(Threshold.Count(3)), Ratified("m0"), Ratified("m1"), Revoked("m0"), Revoked("m1"));

        Assert.EndsWith("; m0, m1 have revoked their ratifications", Message(design, "NAPSM0503"), StringComparison.Ordinal);
    }

    [Fact]
    public void Veto_holders_who_have_not_ratified_are_named_as_still_needed()
    {
        var design = Treaty(4, Four, Rule.All(Rule.AtLeast(Threshold.Count(2)), Rule.Veto("m2", "m3")), Ratified("m0"), Ratified("m1"));

        Assert.EndsWith("it still needs ratification by m2, m3", Message(design, "NAPSM0503"), StringComparison.Ordinal);
        Assert.EndsWith("by a single refusal: for example m2", Message(design, "NAPSM0506"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_treaty_blocked_by_a_withdrawal_says_why_and_is_not_counted_as_blockable()
    {
        var design = Treaty(2, ["m0", "m1"], Rule.Unanimity, Ratified("m0"), new Ratification("m1", Day, RatificationKind.Withdrawn));

        Assert.EndsWith("m1 has withdrawn, and the rule cannot be met without it", Message(design, "NAPSM0503"), StringComparison.Ordinal);
        Assert.DoesNotContain(new DesignValidator().Validate(design).Diagnostics, d => d.Id == "NAPSM0506");
    }

    [Fact]
    public void A_treaty_in_force_has_neither_finding()
    {
        var design = Treaty(4, Four, Rule.AtLeast(Threshold.Count(1)), Ratified("m0"));

        Assert.DoesNotContain(new DesignValidator().Validate(design).Diagnostics, d => d.Id is "NAPSM0502" or "NAPSM0503" or "NAPSM0506");
    }

    [Fact]
    public void A_treaty_whose_rule_can_never_pass_gives_the_reasons_of_the_rule_and_points_at_them()
    {
        var design = Treaty(5, Four, Rule.All(Rule.SimpleMajority, Rule.Veto("m4")));

        var d = Assert.Single(new DesignValidator().Validate(design).Diagnostics, d => d.Id == "NAPSM0502");
        Assert.Equal("treaty 't' (T) can never enter into force: 'm4' is a veto holder in the rule but is not a voter; it counts as never in favour", d.Message);
        Assert.Equal(["/treaties/0/entryIntoForce/rule/all/1/veto/0"], d.RelatedLocations.Select(r => r.JsonPointer));
        Assert.DoesNotContain(new DesignValidator().Validate(design).Diagnostics, d => d.Id is "NAPSM0503" or "NAPSM0506");
    }

    [Fact]
    public void Long_lists_of_parties_are_cut_after_ten()
    {
        var parties = Enumerable.Range(0, 40).Select(i => "m" + i).ToArray();
        var design = Treaty(40, parties, Rule.AtLeast(Threshold.Count(20)));

        Assert.EndsWith("it needs at least 20 more ratifications (for example m0, m1, m2, m3, m4, m5, m6, m7, m8, m9 and 10 more)", Message(design, "NAPSM0503"), StringComparison.Ordinal);
        Assert.EndsWith("by 21 refusals: for example m0, m1, m2, m3, m4, m5, m6, m7, m8, m9 and 11 more", Message(design, "NAPSM0506"), StringComparison.Ordinal);
    }
}
