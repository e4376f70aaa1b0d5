using Napsm.Core.Model;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Validation;

/// <summary>
/// NAPSM0201–0204 at their edges: the first member or body of the list (index 0), bodies that report outside the design, chains
/// that join a cycle without being part of it. Written from the survivors of mutation testing (docs/mutation-testing.md).
/// </summary>
public class BodyRuleEdgeTests
{
    private static List<Diagnostic> Diagnostics(Design design, string id) => [.. new DesignValidator().Validate(design).Diagnostics.Where(d => d.Id == id)];

    private static DesignBuilder Three() => Design.Create("d", "D").Member("a", "A").Member("b", "B").Member("c", "C");

    [Fact]
    public void A_chair_who_is_the_first_member_and_no_voter_is_reported()
    {
        var design = Three().Body("council", "Council", b => b.Voters("b", "c").Rule(Rule.Unanimity).Chair("a")).Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0204"));
        Assert.Equal("/bodies/0/chair", d.Location.JsonPointer);
        Assert.Contains("member 'a' (A)", d.Message, StringComparison.Ordinal);
        Assert.Equal(["/bodies/0/voters"], d.RelatedLocations.Select(l => l.JsonPointer));
    }

    [Fact]
    public void A_chair_who_votes_is_not_reported_wherever_it_is_listed()
    {
        var design = Three().Body("council", "Council", b => b.Voters("b", "c", "a").Rule(Rule.Unanimity).Chair("a")).Build();

        Assert.Empty(Diagnostics(design, "NAPSM0204"));
    }

    [Fact]
    public void A_chair_who_is_no_member_is_left_to_the_dangling_reference_rule()
    {
        var design = Three().Body("council", "Council", b => b.Voters("b", "c").Rule(Rule.Unanimity).Chair("zz")).Build();

        Assert.Empty(Diagnostics(design, "NAPSM0204"));
        Assert.Contains(new DesignValidator().Validate(design).Diagnostics, d => d.Id == "NAPSM0102" && d.Location.JsonPointer == "/bodies/0/chair");
    }

    [Fact]
    public void Two_bodies_reporting_to_each_other_through_the_first_body_are_one_cycle_starting_at_the_least_id()
    {
        var design = Three()
            .Body("x", "X", b => b.Voters("a").Rule(Rule.Unanimity).ReportsTo("y"))
            .Body("y", "Y", b => b.Voters("b").Rule(Rule.Unanimity).ReportsTo("x"))
            .Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0202"));
        Assert.Equal("/bodies/0/reportsTo", d.Location.JsonPointer);
        Assert.Equal(["/bodies/0/reportsTo", "/bodies/1/reportsTo"], d.Chain.Select(c => c.JsonPointer));
        Assert.Equal(["/bodies/1/reportsTo"], d.RelatedLocations.Select(c => c.JsonPointer));
        Assert.Contains("body 'x' (X) → body 'y' (Y) → body 'x' (X)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cycle_is_reported_from_its_least_id_even_when_that_body_is_listed_last()
    {
        var design = Three()
            .Body("z", "Z", b => b.Voters("a").Rule(Rule.Unanimity).ReportsTo("m"))
            .Body("m", "M", b => b.Voters("b").Rule(Rule.Unanimity).ReportsTo("a1"))
            .Body("a1", "A1", b => b.Voters("c").Rule(Rule.Unanimity).ReportsTo("z"))
            .Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0202"));
        Assert.Equal("/bodies/2/reportsTo", d.Location.JsonPointer);
        Assert.Equal(["/bodies/2/reportsTo", "/bodies/0/reportsTo", "/bodies/1/reportsTo"], d.Chain.Select(c => c.JsonPointer));
        Assert.Equal("body 'a1' (A1) reports to body 'z' (Z)", d.Chain[0].Message);
    }

    [Fact]
    public void A_body_leading_into_a_cycle_is_not_part_of_it()
    {
        var design = Three()
            .Body("feeder", "Feeder", b => b.Voters("a").Rule(Rule.Unanimity).ReportsTo("p"))
            .Body("p", "P", b => b.Voters("b").Rule(Rule.Unanimity).ReportsTo("q"))
            .Body("q", "Q", b => b.Voters("c").Rule(Rule.Unanimity).ReportsTo("p"))
            .Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0202"));
        Assert.Equal(["/bodies/1/reportsTo", "/bodies/2/reportsTo"], d.Chain.Select(c => c.JsonPointer));
    }

    [Fact]
    public void A_chain_that_ends_in_a_body_reporting_to_no_body_of_the_design_is_no_cycle()
    {
        var design = Three()
            .Body("x", "X", b => b.Voters("a").Rule(Rule.Unanimity).ReportsTo("y"))
            .Body("y", "Y", b => b.Voters("b").Rule(Rule.Unanimity).ReportsTo("elsewhere"))
            .Body("w", "W", b => b.Voters("c").Rule(Rule.Unanimity).ReportsTo("x"))
            .Build();

        Assert.Empty(Diagnostics(design, "NAPSM0202"));
    }

    [Fact]
    public void A_body_reporting_to_itself_is_a_cycle_of_one()
    {
        var design = Three().Body("x", "X", b => b.Voters("a", "b", "c").Rule(Rule.Unanimity).ReportsTo("x")).Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0202"));
        Assert.Equal(["/bodies/0/reportsTo"], d.Chain.Select(c => c.JsonPointer));
        Assert.Empty(d.RelatedLocations);
    }

    [Fact]
    public void A_self_reporting_body_reached_from_an_earlier_body_is_reported_once()
    {
        // The walk from 'a' finds the cycle at 'self'; the outer loop must not start a second walk from the already visited 'self'.
        var design = Three()
            .Body("a", "A", b => b.Voters("a").Rule(Rule.Unanimity).ReportsTo("self"))
            .Body("self", "Self", b => b.Voters("b", "c").Rule(Rule.Unanimity).ReportsTo("self"))
            .Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0202"));
        Assert.Equal(["/bodies/1/reportsTo"], d.Chain.Select(c => c.JsonPointer));
    }

    [Fact]
    public void The_first_member_without_a_role_is_reported_at_its_own_pointer()
    {
        var design = Three().Body("x", "X", b => b.Voters("b", "c").Rule(Rule.Unanimity)).Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0201"));
        Assert.Equal("/members/0", d.Location.JsonPointer);
    }

    [Fact]
    public void A_member_who_is_only_a_treaty_party_has_a_role()
    {
        var design = Three().Body("x", "X", b => b.Voters("b", "c").Rule(Rule.Unanimity))
            .Treaty(new Treaty("t", "T", ["a"])).Build();

        Assert.Empty(Diagnostics(design, "NAPSM0201"));
    }

    [Fact]
    public void An_issue_area_listed_twice_and_uncovered_is_reported_once_at_its_first_place()
    {
        var design = Three().IssueAreas("trade", "security", "trade").Body("x", "X", b => b.Voters("a", "b", "c").Rule(Rule.Unanimity).Mandate("security")).Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0203"));
        Assert.Equal("/issueAreas/0", d.Location.JsonPointer);
    }
}
