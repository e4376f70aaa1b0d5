using Napsm.Core.Serialization;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Validation;

/// <summary>NAPSM0106 inside rules (issue 20): a veto or a head count's <c>of</c> list that names a member twice, wherever the rule is.</summary>
public class RepeatedInRuleTests
{
    private static List<Diagnostic> Repeats(string json) =>
        [.. new DesignValidator().Validate(DesignJson.Parse(json, "d.json")).Diagnostics.Where(d => d.Id == "NAPSM0106")];

    private const string Members = """
        "members": [ { "id": "a", "name": "A" }, { "id": "b", "name": "B" }, { "id": "c", "name": "C" } ]
        """;

    [Fact]
    public void A_veto_held_twice_by_one_member_is_reported_at_its_second_entry()
    {
        var found = Repeats("""{ "format": 1, "id": "d", "name": "D", """ + Members + """
            , "bodies": [ { "id": "x", "name": "X", "voters": ["a", "b", "c"], "rule": { "all": [ { "atLeast": 2 }, { "veto": ["a", "b", "a"] } ] } } ] }
            """);

        var d = Assert.Single(found);
        Assert.Equal("/bodies/0/rule/all/1/veto/2", d.Location.JsonPointer);
        Assert.Equal("the veto 'veto[a, b, a]' of body 'x' (X) lists holder 'a' 2 times; it counts once", d.Message);
        Assert.Equal("/bodies/0/rule/all/1/veto/0", Assert.Single(d.RelatedLocations).JsonPointer);
    }

    [Fact]
    public void A_head_count_of_a_list_that_repeats_members_is_reported_once_per_member()
    {
        var found = Repeats("""{ "format": 1, "id": "d", "name": "D", """ + Members + """
            , "bodies": [ { "id": "x", "name": "X", "voters": ["a", "b", "c"], "rule": { "atLeast": 2, "of": ["a", "a", "b", "a", "b"] } } ] }
            """);

        Assert.Equal(["/bodies/0/rule/of/1", "/bodies/0/rule/of/4"], found.Select(d => d.Location.JsonPointer));
        Assert.Equal("the head count 'atLeast 2 of [a, a, b, a, b]' of body 'x' (X) lists member 'a' 3 times; it counts once", found[0].Message);
    }

    [Fact]
    public void Repeats_in_a_matter_a_quorum_and_a_treaty_rule_are_found_too()
    {
        var found = Repeats("""{ "format": 1, "id": "d", "name": "D", """ + Members + """
            , "bodies": [ { "id": "x", "name": "X", "voters": ["a", "b", "c"], "decisions": [
                { "matter": "budget", "rule": { "veto": ["c", "c"] }, "quorum": { "atLeast": 1, "of": ["b", "b"] } } ] } ],
              "treaties": [ { "id": "t", "name": "T", "parties": ["a", "b", "c"], "entryIntoForce": { "rule": { "atLeast": 2, "of": ["a", "a", "b"] } } } ] }
            """);

        Assert.Equal(3, found.Count);
        Assert.Contains(found, d => d.Location.JsonPointer.EndsWith("/veto/1", StringComparison.Ordinal) && d.Message.Contains("holder 'c'", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Location.JsonPointer.Contains("/quorum", StringComparison.Ordinal) && d.Message.Contains("member 'b'", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Location.JsonPointer == "/treaties/0/entryIntoForce/rule/of/1" && d.Message.StartsWith("the head count 'atLeast 2 of [a, a, b]' of treaty 't' (T) (entry into force)", StringComparison.Ordinal));
    }

    [Fact]
    public void Lists_without_repeats_give_nothing()
    {
        Assert.Empty(Repeats("""{ "format": 1, "id": "d", "name": "D", """ + Members + """
            , "bodies": [ { "id": "x", "name": "X", "voters": ["a", "b", "c"], "rule": { "all": [ { "atLeast": 2, "of": ["a", "b"] }, { "veto": ["c"] } ] } } ] }
            """));
    }
}
