using Napsm.Core.Model;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Validation;

/// <summary>The JSON-pointer helpers the validator builds locations, suppressions and the report order from.</summary>
public class PointerTests
{
    [Theory]
    [InlineData("a/b", "a~1b")]
    [InlineData("a~b", "a~0b")]
    [InlineData("~/", "~0~1")]
    [InlineData("plain", "plain")]
    public void A_key_is_escaped_as_RFC_6901_says_and_unescaped_back(string key, string escaped)
    {
        Assert.Equal(escaped, Pointers.Escape(key));
        Assert.Equal(key, Pointers.Unescape(escaped));
    }

    [Fact]
    public void Unescaping_turns_tilde_one_into_a_slash_before_tilde_zero_into_a_tilde() =>
        Assert.Equal("~1", Pointers.Unescape("~01"));

    [Fact]
    public void Element_pointers_are_built_from_their_section_and_index()
    {
        Assert.Equal("/sources/1", Pointers.Source(1));
        Assert.Equal("/issueAreas/2", Pointers.IssueArea(2));
        Assert.Equal("/members/3", Pointers.Member(3));
        Assert.Equal("/bodies/4", Pointers.Body(4));
        Assert.Equal("/principles/5/norms/6", Pointers.Norm(5, 6));
        Assert.Equal("/phases/7/commitments/8", Pointers.Commitment(7, 8));
        Assert.Equal("/treaties/9", Pointers.Treaty(9));
        Assert.Equal("/timing/10", Pointers.Timing(10));
        Assert.Equal("/bodies/0/rule/weighted/weights/a~1b", Pointers.Key("/bodies/0/rule/weighted/weights", "a/b"));
    }

    [Theory]
    [InlineData("/members/3", "", true)]
    [InlineData("/members/3", "/members/3", true)]
    [InlineData("/members/3/name", "/members/3", true)]
    [InlineData("/members/30", "/members/3", false)]
    [InlineData("/members", "/members/3", false)]
    [InlineData("/bodies/3", "/members/3", false)]
    public void A_pointer_is_at_or_under_another_only_at_a_segment_boundary(string path, string at, bool expected) =>
        Assert.Equal(expected, Pointers.IsAtOrUnder(path, at));

    [Fact]
    public void Segments_are_split_and_unescaped_and_the_root_has_none()
    {
        Assert.Empty(Pointers.Segments(""));
        Assert.Equal(["bodies", "0", "a/b"], Pointers.Segments("/bodies/0/a~1b"));
    }

    [Fact]
    public void The_root_pointer_is_shown_as_the_design()
    {
        Assert.Equal("the design", Pointers.Show(""));
        Assert.Equal("/members/0", Pointers.Show("/members/0"));
    }

    [Theory]
    [InlineData("us", "'us'")]
    [InlineData("", "''")]
    [InlineData("a\u0007b", "'a\\u0007b'")]
    [InlineData("\u202Eevil", "'\\u202Eevil'")]
    [InlineData("\u2069", "'\\u2069'")]
    [InlineData("\u061C", "'\\u061C'")]
    [InlineData("été", "'été'")]
    public void Quoting_escapes_control_and_bidirectional_characters_only(string text, string expected) =>
        Assert.Equal(expected, Pointers.Quote(text));

    [Fact]
    public void Rule_sites_name_every_member_a_rule_refers_to_with_its_pointer()
    {
        var rule = Rule.All(
            Rule.AtLeast(Threshold.Count(2), "a", "b"),
            Rule.Any(Rule.Veto("c"), Rule.Weighted(new Dictionary<string, Rational> { ["d"] = 1 }, Threshold.Count(1))),
            Rule.WeightedBy("pop", Threshold.Percentage(50)));

        var design = new Design("d", "D") { Bodies = [new Body("council", "Council", ["a"], rule)] };
        var sites = design.References().Where(r => r.Role != ReferenceRole.Voter).Select(r => (r.JsonPointer, r.Id, r.Role)).ToList();

        Assert.Equal(
            [
                ("/bodies/0/rule/all/0/of/0", "a", ReferenceRole.CountedVoter),
                ("/bodies/0/rule/all/0/of/1", "b", ReferenceRole.CountedVoter),
                ("/bodies/0/rule/all/1/any/0/veto/0", "c", ReferenceRole.VetoHolder),
                ("/bodies/0/rule/all/1/any/1/weighted/weights/d", "d", ReferenceRole.WeightedVoter),
                ("/bodies/0/rule/all/2/weighted/by", "pop", ReferenceRole.WeightAttribute),
            ],
            sites);
    }

    [Fact]
    public void Clauses_lists_every_rule_node_depth_first_with_its_pointer()
    {
        var rule = Rule.Any(Rule.All(Rule.Unanimity, Rule.SimpleMajority), Rule.Veto("a"));

        var clauses = Pointers.Clauses(rule, "/r").Select(c => c.Pointer).ToList();

        Assert.Equal(["/r", "/r/any/0", "/r/any/0/all/0", "/r/any/0/all/1", "/r/any/1"], clauses);
    }

    [Theory]
    [InlineData("/members/2", "/members/10")]
    [InlineData("/members/9", "/bodies/0")]
    [InlineData("/bodies/0", "/bodies/0/voters")]
    [InlineData("/bodies/0/rule", "/bodies/0/voters")]
    [InlineData("/bodies/0/9", "/bodies/0/rule")]
    [InlineData("/bodies/0/10", "/bodies/0/01")]
    [InlineData("/timing/0", "/unknownSection")]
    [InlineData("/aaa", "/zzz")]
    [InlineData("", "/format")]
    [InlineData("/$schema", "/suppress/0")]
    public void Pointers_are_ordered_by_section_then_numerically_then_ordinally(string first, string second)
    {
        Assert.True(DiagnosticOrder.ComparePointers(first, second) < 0, $"{first} should come before {second}");
        Assert.True(DiagnosticOrder.ComparePointers(second, first) > 0, $"{second} should come after {first}");
        Assert.Equal(0, DiagnosticOrder.ComparePointers(first, first));
    }
}
