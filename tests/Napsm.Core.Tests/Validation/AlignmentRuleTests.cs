using Napsm.Core.Model;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Validation;

/// <summary>
/// NAPSM0330–0335 beyond their case files, and the structural checks alignments share with every element (duplicate id, dangling
/// source, a member listed twice): where each is reported, what it names, and when it stays quiet.
/// </summary>
public class AlignmentRuleTests
{
    private static readonly string[] Five = ["a", "b", "c", "d", "e"];

    private static DesignBuilder Council(DecisionRule rule, Action<BodyBuilder>? more = null)
    {
        var b = Design.Create("d", "D").Source("s", "S");
        foreach (var id in Five) b = b.Member(id, id.ToUpperInvariant());
        return b.Body("council", "Council", o =>
        {
            o.Voters(Five).Rule(rule);
            more?.Invoke(o);
        });
    }

    private static List<Diagnostic> Diagnostics(Design design, string id) =>
        [.. new DesignValidator().Validate(design).Diagnostics.Where(d => d.Id == id)];

    [Fact]
    public void A_bloc_naming_a_body_says_it_is_a_body_and_suggests_no_member()
    {
        var design = Council(Rule.SimpleMajority).Alignment(new Alignment("x", [["a", "council"]])).Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0330"));

        Assert.Equal("/alignments/0/blocs/0/1", d.Location.JsonPointer);
        Assert.Contains("it is a body", d.Message, StringComparison.Ordinal);
        Assert.Empty(d.RelatedLocations);
    }

    [Fact]
    public void An_excluded_id_that_is_no_member_is_reported_at_its_entry_with_the_closest_member()
    {
        var design = Council(Rule.SimpleMajority).Alignment(new Alignment("x", []) { Excluded = ["aa"] }).Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0330"));

        Assert.Equal("/alignments/0/excluded/0", d.Location.JsonPointer);
        Assert.Equal([new ElementRef(ElementKind.Member, "aa"), new ElementRef(ElementKind.Member, "a")], d.Involves);
        Assert.Equal("/members/0", Assert.Single(d.RelatedLocations).JsonPointer);
    }

    [Fact]
    public void Two_alignments_with_one_id_are_a_duplicate_id()
    {
        var design = Council(Rule.SimpleMajority).Alignment(new Alignment("x", [])).Alignment(new Alignment("x", [])).Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0101"));

        Assert.Equal("/alignments/1/id", d.Location.JsonPointer);
        Assert.Equal("/alignments/0/id", Assert.Single(d.RelatedLocations).JsonPointer);
    }

    [Fact]
    public void An_alignment_source_that_does_not_exist_dangles_and_one_that_does_counts_as_cited()
    {
        var dangling = Council(Rule.SimpleMajority).Alignment(new Alignment("x", []) { Source = "t" }).Build();
        var cited = Council(Rule.SimpleMajority).Alignment(new Alignment("x", []) { Source = "s" }).Build();

        Assert.Equal("/alignments/0/source", Assert.Single(Diagnostics(dangling, "NAPSM0102")).Location.JsonPointer);
        Assert.Empty(Diagnostics(cited, "NAPSM0102"));
        Assert.DoesNotContain(Diagnostics(cited, "NAPSM0104"), d => d.Location.JsonPointer == "/sources/0");
    }

    [Fact]
    public void A_member_listed_twice_in_one_bloc_is_reported_once_at_its_second_entry_and_not_as_in_two_blocs()
    {
        var design = Council(Rule.SimpleMajority).Alignment(new Alignment("x", [["a", "b", "a", "a"]])).Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0106"));

        Assert.Equal("/alignments/0/blocs/0/2", d.Location.JsonPointer);
        Assert.Contains("3 times", d.Message, StringComparison.Ordinal);
        Assert.Empty(Diagnostics(design, "NAPSM0331"));
    }

    [Fact]
    public void A_bloc_whose_member_already_holds_a_veto_alone_gets_no_bloc_veto_info()
    {
        var design = Council(Rule.All(Rule.AtLeast(Threshold.Count(4)), Rule.Veto("a"))).Alignment(new Alignment("x", [["a", "b"]])).Build();

        Assert.Empty(Diagnostics(design, "NAPSM0334"));
    }

    [Fact]
    public void A_bloc_veto_on_a_named_matter_names_the_matter_and_points_at_its_rule()
    {
        var design = Council(Rule.SimpleMajority, o => o.Decision("budget", Rule.AtLeast(Threshold.Count(4))))
            .Alignment(new Alignment("x", [["a", "b"]])).Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0334"));

        Assert.Equal("/alignments/0/blocs/0", d.Location.JsonPointer);
        Assert.EndsWith("on matter 'budget', though none of its members can alone", d.Message, StringComparison.Ordinal);
        Assert.Equal("/bodies/0/decisions/0/rule", Assert.Single(d.RelatedLocations).JsonPointer);
        Assert.Equal(new ElementRef(ElementKind.Body, "council"), d.Involves[^1]);
    }

    [Fact]
    public void Bloc_members_who_are_not_voters_of_a_body_do_not_count_towards_its_bloc_veto()
    {
        // Only 'a' of the bloc votes in the council: a bloc of one is a voter alone, which holds no veto under 4 of 5.
        var b = Council(Rule.AtLeast(Threshold.Count(4))).Member("z", "Z");
        var design = b.Alignment(new Alignment("x", [["a", "z"]])).Build();

        Assert.Empty(Diagnostics(design, "NAPSM0334"));
    }

    [Fact]
    public void Excluding_members_the_rule_can_do_without_leaves_the_body_able_to_decide()
    {
        var design = Council(Rule.SimpleMajority).Alignment(new Alignment("x", []) { Excluded = ["a", "b"] }).Build();
        var cordon = Council(Rule.AtLeast(Threshold.Count(4))).Alignment(new Alignment("x", []) { Excluded = ["a", "b"] }).Build();

        Assert.Empty(Diagnostics(design, "NAPSM0335"));
        var d = Assert.Single(Diagnostics(cordon, "NAPSM0335"));
        Assert.Equal("/alignments/0/excluded", d.Location.JsonPointer);
        Assert.Equal(
            [new ElementRef(ElementKind.Member, "a"), new ElementRef(ElementKind.Member, "b"), new ElementRef(ElementKind.Body, "council")],
            d.Involves);
    }

    [Fact]
    public void Alignment_diagnostics_come_after_the_timing_section_and_before_suppressions_in_report_order()
    {
        var design = Council(Rule.SimpleMajority).Alignment(new Alignment("x", [[]])).Build();

        var report = new DesignValidator().Validate(design);
        var pointers = report.Diagnostics.Select(d => d.Location.JsonPointer).ToList();

        Assert.Equal(pointers.Count - 1, pointers.IndexOf("/alignments/0/blocs/0"));
    }
}
