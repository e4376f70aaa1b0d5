using Napsm.Core.Model;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Validation;

/// <summary>
/// NAPSM0601–0605 at their edges: which tagged principle is cited, which bodies are checked, how outvoted members and conditions are
/// worded. Written from the survivors of mutation testing (docs/mutation-testing.md).
/// </summary>
public class PrincipleRuleEdgeTests
{
    private static List<Diagnostic> Diagnostics(Design design, string id) => [.. new DesignValidator().Validate(design).Diagnostics.Where(d => d.Id == id)];

    private static Principle Tagged(string id, string tag) => new(id, id.ToUpperInvariant()) { Source = "s", Tags = [tag] };

    private static DesignBuilder Four() => Design.Create("d", "D").Source("s", "S")
        .Member("a", "A").Member("b", "B").Member("c", "C").Member("e", "E");

    [Fact]
    public void The_tagged_principle_with_the_least_id_is_cited_wherever_it_is_listed()
    {
        var design = Four().Principle(Tagged("zeta", PrincipleTags.Consensus)).Principle(Tagged("alpha", PrincipleTags.Consensus)).Principle(Tagged("mu", PrincipleTags.Consensus))
            .Body("x", "X", o => o.Voters("a", "b", "c", "e").Rule(Rule.SimpleMajority)).Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0603"));
        Assert.StartsWith("principle 'alpha' (ALPHA) declares consensus", d.Message, StringComparison.Ordinal);
        Assert.Equal("/principles/1", Assert.Single(d.RelatedLocations).JsonPointer);
    }

    [Fact]
    public void Consensus_declared_but_a_named_matter_decided_by_majority_is_reported_at_that_matters_rule()
    {
        var design = Four().Principle(Tagged("c", PrincipleTags.Consensus))
            .Body("x", "X", o => o.Voters("a", "b", "c", "e").Rule(Rule.Consensus).Decision("procedural", Rule.SimpleMajority).Decision("budget", Rule.Unanimity))
            .Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0603"));

        Assert.Equal("/bodies/0/decisions/0/rule", d.Location.JsonPointer);
        Assert.Contains("body 'x' (X) on matter 'procedural' decides by 'simpleMajority'", d.Message, StringComparison.Ordinal);
        Assert.Equal(new ElementRef(ElementKind.Member, "a"), d.Involves[0]);
    }

    [Fact]
    public void Consensus_kept_on_every_matter_gives_no_diagnostic()
    {
        var design = Four().Principle(Tagged("c", PrincipleTags.Consensus))
            .Body("x", "X", o => o.Voters("a", "b", "c", "e").Rule(Rule.Consensus).Decision("procedural", Rule.Unanimity)).Build();

        Assert.Empty(Diagnostics(design, "NAPSM0603"));
    }

    [Fact]
    public void Of_two_tagged_principles_with_the_same_id_the_first_listed_is_cited()
    {
        var design = Four().Principle(Tagged("p", PrincipleTags.Consensus)).Principle(Tagged("p", PrincipleTags.Consensus))
            .Body("x", "X", o => o.Voters("a", "b", "c", "e").Rule(Rule.SimpleMajority)).Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0603"));
        Assert.Equal("/principles/0", Assert.Single(d.RelatedLocations).JsonPointer);
    }

    [Fact]
    public void Outvoted_members_are_named_first_and_counted_after()
    {
        var design = Four().Principle(Tagged("p", PrincipleTags.Consensus))
            .Body("x", "X", o => o.Voters("a", "b", "c", "e").Rule(Rule.SimpleMajority))
            .Body("y", "Y", o => o.Voters("a", "b", "c").Rule(Rule.All(Rule.AtLeast(Threshold.Count(2)), Rule.Veto("a", "b")))).Build();

        var found = Diagnostics(design, "NAPSM0603").Select(d => d.Message).ToList();

        Assert.Equal(2, found.Count);
        Assert.EndsWith("passes over the objection of member 'a' (A) and 3 others", found[0], StringComparison.Ordinal);
        Assert.EndsWith("passes over the objection of member 'c' (C)", found[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_first_body_of_a_duplicated_id_is_checked()
    {
        var design = Four().Principle(Tagged("p", PrincipleTags.Consensus))
            .Body("x", "X", o => o.Voters("a", "b").Rule(Rule.Unanimity))
            .Body("x", "X again", o => o.Voters("a", "b", "c", "e").Rule(Rule.SimpleMajority)).Build();

        Assert.Empty(Diagnostics(design, "NAPSM0603"));
    }

    [Fact]
    public void A_body_without_voters_is_not_analysed_for_sovereign_equality()
    {
        var document = Napsm.Core.Serialization.DesignJson.Parse("""
            { "format": 1, "id": "d", "name": "D", "sources": [ { "id": "s", "title": "S" } ],
              "members": [ { "id": "a", "name": "A" } ],
              "principles": [ { "id": "p", "title": "P", "source": "s", "tags": ["sovereign-equality"] } ],
              "bodies": [ { "id": "x", "name": "X", "voters": [], "rule": "simpleMajority" }, { "id": "y", "name": "Y", "voters": ["a"], "rule": "unanimity" } ] }
            """, "d.json");

        var report = new DesignValidator().Validate(document);

        Assert.DoesNotContain(report.Diagnostics, d => d.Id is "NAPSM0602" or "NAPSM0312");
    }

    [Fact]
    public void Unequal_power_is_reported_with_the_largest_and_smallest_shares()
    {
        var design = Four().Principle(Tagged("p", PrincipleTags.SovereignEquality))
            .Body("x", "X", o => o.Voters("a", "b", "c").Rule(Rule.All(Rule.SimpleMajority, Rule.Veto("a")))).Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0602"));
        Assert.EndsWith("Banzhaf power ranges from 3/5 (60.0%) for member 'a' (A) to 1/5 (20.0%) for member 'b' (B)", d.Message, StringComparison.Ordinal);
        Assert.Equal("/principles/0", Assert.Single(d.RelatedLocations).JsonPointer);
    }

    private static Design Norms(Norm first, Norm second) => Four()
        .Principle(new Principle("p1", "P1") { Source = "s", Norms = [first] })
        .Principle(new Principle("p2", "P2") { Source = "s", Norms = [second] })
        .Body("x", "X", o => o.Voters("a", "b", "c", "e").Rule(Rule.Unanimity)).Build();

    [Fact]
    public void Conflicting_norms_without_conditions_apply_at_the_same_time()
    {
        var d = Assert.Single(Diagnostics(Norms(new Norm("*", Deontic.MustNot, "test"), new Norm("a", Deontic.Must, "test")), "NAPSM0601"));

        Assert.Equal("principle 'p2' (P2) obliges member 'a' (A) to 'test', but principle 'p1' (P1) forbids every member to 'test', and both apply at the same time", d.Message);
        Assert.Equal("/principles/1/norms/0", d.Location.JsonPointer);
        var related = Assert.Single(d.RelatedLocations);
        Assert.Equal(("/principles/0/norms/0", "the 'mustNot' norm of principle 'p1' (P1)"), (related.JsonPointer, related.Message));
    }

    [Fact]
    public void The_conditions_of_conflicting_norms_are_listed_once_in_ordinal_order()
    {
        var first = new Norm("a", Deontic.Must, "test") { When = ["war", "crisis"] };
        var second = new Norm("a", Deontic.MustNot, "test") { When = ["crisis"] };

        var d = Assert.Single(Diagnostics(Norms(first, second), "NAPSM0601"));

        Assert.EndsWith("and both apply when 'crisis' and 'war' hold", d.Message, StringComparison.Ordinal);
        Assert.Equal("the 'must' norm of principle 'p1' (P1)", Assert.Single(d.RelatedLocations).Message);
    }

    [Fact]
    public void One_condition_holds_in_the_singular()
    {
        var d = Assert.Single(Diagnostics(Norms(new Norm("a", Deontic.May, "test") { When = ["war"] }, new Norm("*", Deontic.MustNot, "test")), "NAPSM0605"));

        Assert.EndsWith("when 'war' holds", d.Message, StringComparison.Ordinal);
        Assert.Equal("the 'may' norm of principle 'p1' (P1)", Assert.Single(d.RelatedLocations).Message);
    }

    [Theory]
    [InlineData(Deontic.Must, Deontic.Must)]
    [InlineData(Deontic.MustNot, Deontic.MustNot)]
    [InlineData(Deontic.May, Deontic.Must)]
    [InlineData(Deontic.May, Deontic.May)]
    public void Norms_that_do_not_oppose_each_other_do_not_conflict(Deontic x, Deontic y) =>
        Assert.DoesNotContain(new DesignValidator().Validate(Norms(new Norm("a", x, "test"), new Norm("a", y, "test"))).Diagnostics, d => d.Id is "NAPSM0601" or "NAPSM0605");

    [Fact]
    public void Norms_on_different_members_or_suspended_by_a_required_condition_do_not_conflict()
    {
        Assert.Empty(Diagnostics(Norms(new Norm("a", Deontic.Must, "test"), new Norm("b", Deontic.MustNot, "test")), "NAPSM0601"));
        Assert.Empty(Diagnostics(Norms(new Norm("a", Deontic.Must, "test") { When = ["war"] }, new Norm("a", Deontic.MustNot, "test") { Unless = ["war"] }), "NAPSM0601"));
        Assert.Empty(Diagnostics(Norms(new Norm("a", Deontic.Must, "test"), new Norm("a", Deontic.MustNot, "other")), "NAPSM0601"));
    }
}
