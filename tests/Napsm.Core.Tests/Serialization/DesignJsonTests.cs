using Napsm.Core.Model;
using Napsm.Core.Serialization;
using NodaTime;

namespace Napsm.Core.Tests.Serialization;

public class DesignJsonTests
{
    /// <summary>The example from issue 2, with the elided lists filled in.</summary>
    private const string IssueExample = """
        {
          "$schema": "../schema/napsm-design.schema.json",
          "format": 1,
          "id": "unsc", "name": "UN Security Council (substantive decisions)", "asOf": "1965-08-31",
          "sources": [ { "id": "charter-27", "title": "Charter of the United Nations, Article 27", "url": "https://example.org/charter" } ],
          "issueAreas": ["peace-and-security"],
          "members": [ { "id": "cn", "name": "China", "kind": "state", "attributes": { "population": 1411750000, "votes": { "value": 1, "asOf": "2020-01-01", "source": "charter-27" } } },
                       { "id": "fr", "name": "France" }, { "id": "ru", "name": "Russia" }, { "id": "uk", "name": "United Kingdom" }, { "id": "us", "name": "United States" },
                       { "id": "kp", "name": "DPRK" } ],
          "bodies": [ { "id": "council", "name": "Security Council", "kind": "council", "voters": ["cn", "fr", "ru", "uk", "us"],
                        "rule": { "all": [ { "atLeast": 9 }, { "veto": ["cn", "fr", "ru", "uk", "us"] } ] },
                        "mandate": ["peace-and-security"] } ],
          "principles": [ { "id": "non-use-of-force", "title": "Refraining from the threat or use of force", "source": "charter-27",
                            "tags": ["non-use-of-force"],
                            "norms": [ { "subject": "*", "deontic": "mustNot", "action": "use-force", "unless": ["self-defence"] } ] } ],
          "phases": [ { "id": "initial-actions", "name": "Initial actions", "after": [],
                        "window": { "start": "2007-02-13", "within": "P60D" },
                        "commitments": [ { "id": "shut-down-yongbyon", "by": ["kp"], "action": "shut down and seal Yongbyon", "due": "2007-04-14", "inExchangeFor": ["hfo-50k"] },
                                         { "id": "hfo-50k", "by": ["cn"], "action": "50,000 tons of heavy fuel oil", "to": ["kp"] } ] },
                      { "id": "second-phase", "name": "Second phase", "after": ["initial-actions"], "requires": ["treaty:ctbt", "commitment:hfo-50k"] } ],
          "treaties": [ { "id": "ctbt", "name": "Comprehensive Nuclear-Test-Ban Treaty", "parties": ["cn", "fr", "ru", "uk", "us"],
                          "entryIntoForce": { "rule": { "veto": ["cn", "fr", "ru", "uk", "us"] }, "delay": "P180D", "notBefore": "1998-09-24" },
                          "ratifications": [ { "member": "ru", "date": "2000-05-27" }, { "member": "ru", "date": "2023-11-02", "kind": "revoked" } ],
                          "withdrawal": { "notice": "P3M" } } ],
          "timing": [ { "from": "initial-actions.end", "to": "second-phase.start", "atLeast": "P0D", "atMost": "P8M" } ]
        }
        """;

    [Fact]
    public void The_issue_example_loads_into_the_model()
    {
        var design = DesignJson.Parse(IssueExample).Design;

        Assert.Equal(new LocalDate(1965, 8, 31), design.AsOf);
        Assert.Equal(Rule.All(Rule.AtLeast(9), Rule.Veto("cn", "fr", "ru", "uk", "us")), design.Bodies[0].Rule);
        Assert.Equal((Rational)1411750000, design.Members[0].Attributes["population"].Value);
        Assert.Equal(new LocalDate(2020, 1, 1), design.Members[0].Attributes["votes"].AsOf);
        Assert.Equal(Period.FromDays(60), design.Phases[0].Window!.Within);
        Assert.Equal([new ElementRef(ElementKind.Treaty, "ctbt"), new ElementRef(ElementKind.Commitment, "hfo-50k")], design.Phases[1].Requires);
        Assert.Equal(RatificationKind.Revoked, design.Treaties[0].Ratifications[1].Kind);
        Assert.Equal(new EventRef("initial-actions", EventKind.End), design.Timing[0].From);
        Assert.Equal(Period.FromMonths(8), design.Timing[0].AtMost);
    }

    [Fact]
    public void Saving_then_loading_the_issue_example_gives_an_equal_design()
    {
        var design = DesignJson.Parse(IssueExample).Design;

        Assert.Equal(design, DesignJson.Parse(DesignJson.Serialize(design)).Design);
    }

    [Fact]
    public void An_alignment_loads_saves_and_loads_again_equal()
    {
        const string text = """
            { "format": 1, "id": "d", "name": "D",
              "alignments": [ { "id": "trilateral", "name": "caucus", "blocs": [["us", "jp", "kr"], ["cn", "ru"]], "excluded": ["kp"], "note": "a scenario" } ] }
            """;
        var design = DesignJson.Parse(text).Design;
        var a = Assert.Single(design.Alignments);
        Assert.Equal(("trilateral", "caucus", "a scenario"), (a.Id, a.Name, a.Note));
        Assert.Equal([["us", "jp", "kr"], ["cn", "ru"]], a.Blocs.Select(b => b.ToArray()));
        Assert.Equal(["kp"], a.Excluded);
        Assert.Same(a, design.FindAlignment("trilateral"));
        var saved = DesignJson.Serialize(design);
        Assert.Contains("\"alignments\": [", saved, StringComparison.Ordinal);
        Assert.Equal(design, DesignJson.Parse(saved).Design);
    }

    [Fact]
    public void An_alignment_without_an_id_is_a_load_error_naming_it()
    {
        var error = Assert.Throws<DesignLoadException>(() => DesignJson.Parse("""{ "format": 1, "id": "d", "name": "D", "alignments": [ { "blocs": [] } ] }"""));
        Assert.Contains("missing required property \"id\" of an alignment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_is_canonical_whatever_the_property_order_of_the_input()
    {
        var a = DesignJson.Parse("""{ "format": 1, "id": "d", "name": "D", "description": "x" }""").Design;
        var b = DesignJson.Parse("""{ "description": "x", "name": "D", "id": "d", "format": 1 }""").Design;

        Assert.Equal(DesignJson.Serialize(a), DesignJson.Serialize(b));
        Assert.Equal("{\n  \"format\": 1,\n  \"id\": \"d\",\n  \"name\": \"D\",\n  \"description\": \"x\"\n}\n", DesignJson.Serialize(a));
    }

    [Fact]
    public void Saving_keeps_non_ascii_text_readable()
    {
        var design = new Design("d", "Côte d’Ivoire — 中国");

        Assert.Contains("\"name\": \"Côte d’Ivoire — 中国\"", DesignJson.Serialize(design), StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_a_loaded_document_keeps_its_schema_reference()
    {
        var document = DesignJson.Parse(IssueExample);

        Assert.StartsWith("{\n  \"$schema\": \"../schema/napsm-design.schema.json\",\n  \"format\": 1,", DesignJson.Serialize(document), StringComparison.Ordinal);
        Assert.DoesNotContain("$schema", DesignJson.Serialize(document.Design), StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_finds_the_line_and_column_of_a_voter()
    {
        var document = DesignJson.Parse(IssueExample, "unsc.json");

        var at = document.Locate("/bodies/0/voters/4");

        Assert.Equal(new SourceLocation("unsc.json", 10, 116), at);
    }

    [Fact]
    public void Locate_finds_values_inside_rules()
    {
        var document = DesignJson.Parse(IssueExample, "unsc.json");

        Assert.Equal(new SourceLocation("unsc.json", 11, 77), document.Locate("/bodies/0/rule/all/1/veto/2"));
        Assert.Equal(new SourceLocation("unsc.json", 11, 49), document.Locate("/bodies/0/rule/all/0/atLeast"));
    }

    [Fact]
    public void Locate_falls_back_to_the_nearest_enclosing_value()
    {
        var document = DesignJson.Parse(IssueExample, "unsc.json");

        Assert.Equal(document.Locate("/members/1"), document.Locate("/members/1/attributes"));
        Assert.Equal(new SourceLocation("unsc.json", 1, 1), document.Locate(""));
    }

    [Fact]
    public void Load_reads_a_file_and_records_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "napsm-load-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, IssueExample);
        try
        {
            var document = DesignJson.Load(path);

            Assert.Equal(path, document.File);
            Assert.Equal("unsc", document.Design.Id);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_of_a_missing_file_is_a_load_error()
    {
        var e = Assert.Throws<DesignLoadException>(() => DesignJson.Load("no/such/file.json"));

        Assert.Equal("no/such/file.json", e.File);
        Assert.StartsWith("cannot read the file", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_design_with_a_weight_that_is_not_a_finite_decimal_cannot_be_saved()
    {
        var design = new Design("d", "D")
        {
            Bodies = [new Body("b", "B", ["a"], Rule.Weighted([new("a", new Rational(1, 3))], 1))],
        };

        Assert.Throws<ArgumentException>(() => DesignJson.Serialize(design));
    }
}
