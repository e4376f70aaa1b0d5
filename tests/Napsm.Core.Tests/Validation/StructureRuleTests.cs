using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Validation;

/// <summary>
/// NAPSM0101–0105 at every place the rules look: each kind of reference that can dangle, each place a source can be cited from,
/// each kind of element that can be duplicated or look alike. Written from the survivors of mutation testing (docs/mutation-testing.md).
/// </summary>
public class StructureRuleTests
{
    private static DesignDocument Load(string name) =>
        DesignJson.Parse(File.ReadAllText(Repo.Path("tests", "Napsm.Core.Tests", "Validation", "Data", name)), name);

    private static List<Diagnostic> Diagnostics(Design design, string id) => [.. new DesignValidator().Validate(design).Diagnostics.Where(d => d.Id == id)];

    private static List<Diagnostic> Diagnostics(DesignDocument document, string id) => [.. new DesignValidator().Validate(document).Diagnostics.Where(d => d.Id == id)];

    [Fact]
    public void Every_kind_of_dangling_reference_is_reported_at_its_place_saying_what_refers_to_what()
    {
        var found = Diagnostics(Load("dangling-everywhere.json"), "NAPSM0102").Select(d => (d.Location.JsonPointer, d.Message)).ToList();

        Assert.Equal(
            [
                ("/members/0/attributes/pop/source", "the source of attribute 'pop' of member 'm1' (M1): source 's-attr' does not exist"),
                ("/members/0/source", "the source of member 'm1' (M1): source 's-member' does not exist"),
                ("/bodies/0/chair", "the chair of body 'b1' (B1): member 'x-chair' does not exist"),
                ("/bodies/0/reportsTo", "what body 'b1' (B1) reports to: body 'x-body' does not exist"),
                ("/bodies/0/rule/all/0/veto/0", "a veto holder in the rule of body 'b1' (B1): member 'x-veto' does not exist"),
                ("/bodies/0/rule/all/1/weighted/weights/x-weighted", "a weighted voter in the rule of body 'b1' (B1): member 'x-weighted' does not exist"),
                ("/bodies/0/rule/all/2/of/0", "a voter counted in the rule of body 'b1' (B1): member 'x-counted' does not exist"),
                ("/bodies/0/rule/all/3/weighted/by", "the weight attribute of the rule of body 'b1' (B1): attribute 'x-attr' does not exist (no member has it)"),
                ("/bodies/0/source", "the source of body 'b1' (B1): source 's-body' does not exist"),
                ("/bodies/0/voters/1", "a voter of body 'b1' (B1): member 'x-voter' does not exist"),
                ("/principles/0/norms/0/subject", "the subject of a norm of principle 'p1' (P1): member 'x-subject' does not exist"),
                ("/principles/0/source", "the source of principle 'p1' (P1): source 's-principle' does not exist"),
                ("/phases/0/after/0", "a predecessor of phase 'ph1' (Ph1): phase 'x-phase' does not exist"),
                ("/phases/0/commitments/0/by/0", "a member undertaking commitment 'c1' (Act): member 'x-by' does not exist"),
                ("/phases/0/commitments/0/inExchangeFor/0", "what commitment 'c1' (Act) is given in exchange for: commitment 'x-commitment' does not exist"),
                ("/phases/0/commitments/0/source", "the source of commitment 'c1' (Act): source 's-commitment' does not exist"),
                ("/phases/0/commitments/0/to/0", "a recipient of commitment 'c1' (Act): member 'x-to' does not exist"),
                ("/phases/0/requires/0", "a requirement of phase 'ph1' (Ph1): treaty 'x-treaty' does not exist"),
                ("/phases/0/source", "the source of phase 'ph1' (Ph1): source 's-phase' does not exist"),
                ("/treaties/0/entryIntoForce/rule/veto/0", "a veto holder in the rule of treaty 't1' (T1) (entry into force): member 'x-eif' does not exist"),
                ("/treaties/0/parties/1", "a party to treaty 't1' (T1): member 'x-party' does not exist"),
                ("/treaties/0/ratifications/0/member", "a ratification of treaty 't1' (T1): member 'x-ratifier' does not exist"),
                ("/treaties/0/ratifications/0/source", "the source of a ratification of treaty 't1' (T1): source 's-ratification' does not exist"),
                ("/treaties/0/requires/0", "a requirement of treaty 't1' (T1): phase 'x-required' does not exist"),
                ("/treaties/0/source", "the source of treaty 't1' (T1): source 's-treaty' does not exist"),
                ("/timing/0/from", "the 'from' event of timing constraint 'x-from.start → ph1.end': phase 'x-from' does not exist"),
                ("/timing/0/source", "the source of timing constraint 'x-from.start → ph1.end': source 's-timing' does not exist"),
                ("/timing/1/to", "the 'to' event of timing constraint 'ph1.start → x-to.end': phase 'x-to' does not exist"),
            ],
            found);
    }

    [Fact]
    public void A_missing_weight_attribute_suggests_the_closest_attribute_members_have()
    {
        var design = Design.Create("d", "D").Member("a", "A", m => m.Attribute("population", new Rational(5, 1)))
            .Body("b", "B", b => b.Voters("a").Rule(Rule.WeightedBy("populaton", Threshold.Percentage(50)))).Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0102"));
        Assert.EndsWith("attribute 'populaton' does not exist (no member has it; did you mean 'population'?)", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bodies:council")]
    [InlineData("Body:council")]
    [InlineData("bdy:councl")]
    public void A_voter_spelt_like_a_compound_voter_suggests_the_body(string voter)
    {
        var design = Design.Create("d", "D").Member("cn", "China").Member("us", "USA")
            .Body("council", "Council", b => b.Voters("cn", "us").Rule(Rule.Unanimity))
            .Body("board", "Board", b => b.Voters(voter, "cn").Rule(Rule.Unanimity)).Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0102"));
        Assert.EndsWith($"member '{voter}' does not exist (did you mean 'body:council'?)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_voter_with_a_colon_far_from_any_body_gets_no_body_suggestion()
    {
        var design = Design.Create("d", "D").Member("cn", "China")
            .Body("council", "Council", b => b.Voters("cn").Rule(Rule.Unanimity))
            .Body("board", "Board", b => b.Voters("party:zz", "cn").Rule(Rule.Unanimity)).Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0102"));
        Assert.DoesNotContain("body:", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dangling_member_suggests_the_closest_id_and_points_at_its_declaration()
    {
        var design = Design.Create("d", "D").Member("cn", "China").Member("us", "USA").Body("b", "B", b => b.Voters("cn", "ux").Rule(Rule.Unanimity)).Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0102"));
        Assert.EndsWith("member 'ux' does not exist (did you mean 'us'?)", d.Message, StringComparison.Ordinal);
        var related = Assert.Single(d.RelatedLocations);
        Assert.Equal(("/members/1", "member 'us' is declared here"), (related.JsonPointer, related.Message));
    }

    [Fact]
    public void A_source_cited_from_any_one_place_is_used_and_only_uncited_sources_and_unsourced_principles_are_reported()
    {
        var document = Load("sources-cited-once-each.json");
        // Sources can be required only in code (the file format has no source: references), so add those two requirements here.
        var design = document.Design with
        {
            Phases = [document.Design.Phases[0] with { Requires = [new ElementRef(ElementKind.Source, "s-phase-req")] }],
            Treaties = [document.Design.Treaties[0] with { Requires = [new ElementRef(ElementKind.Source, "s-treaty-req")] }, document.Design.Treaties[1]],
        };

        var found = Diagnostics(design, "NAPSM0104").Select(d => (d.Location.JsonPointer, d.Message)).ToList();

        Assert.Equal(
            [
                ("/sources/11", "source 's-unused' (Unused) is cited by nothing"),
                ("/principles/1", "principle 'p2' (P2) has no source"),
            ],
            found);
    }

    [Fact]
    public void A_source_cited_by_a_matter_of_a_body_is_cited()
    {
        var document = DesignJson.Parse("""
            { "format": 1, "id": "d", "name": "D", "sources": [ { "id": "art27", "title": "Art. 27" } ],
              "members": [ { "id": "a", "name": "A" }, { "id": "b", "name": "B" } ],
              "bodies": [ { "id": "c", "name": "C", "voters": ["a", "b"],
                "decisions": [ { "matter": "procedural", "rule": { "atLeast": 1 }, "source": "art27" } ] } ] }
            """, "matter-source.json");

        Assert.Empty(Diagnostics(document, "NAPSM0104"));
    }

    [Fact]
    public void A_requirement_of_another_kind_does_not_cite_a_source_of_the_same_id()
    {
        var design = Design.Create("d", "D").Source("s", "S").Member("a", "A")
            .Phase("s", "Phase s", p => p.Requires(new ElementRef(ElementKind.Phase, "s")))
            .Treaty(new Treaty("t", "T", ["a"]) { Requires = [new ElementRef(ElementKind.Phase, "s")] }).Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0104"));
        Assert.Equal("/sources/0", d.Location.JsonPointer);
    }

    [Fact]
    public void A_treaty_without_parties_and_a_body_without_voters_are_empty_elements()
    {
        var found = Diagnostics(Load("sources-cited-once-each.json"), "NAPSM0103").Select(d => (d.Location.JsonPointer, d.Message)).ToList();
        Assert.Equal([("/treaties/1/parties", "treaty 't2' (T2) has no parties")], found);

        var document = DesignJson.Parse("""
            { "format": 1, "id": "d", "name": "D", "members": [ { "id": "a", "name": "A" } ], "bodies": [ { "id": "b", "name": "B", "voters": [], "rule": "unanimity" } ] }
            """, "empty.json");
        var body = Assert.Single(Diagnostics(document, "NAPSM0103"));
        Assert.Equal(("/bodies/0/voters", "body 'b' (B) has no voters"), (body.Location.JsonPointer, body.Message));
    }

    public static TheoryData<string, Func<DesignBuilder, DesignBuilder>, string> Duplicates() => new()
    {
        { "source", b => b.Source("x", "X1").Source("x", "X2"), "/sources/1/id" },
        { "member", b => b.Member("x", "X1").Member("x", "X2"), "/members/1/id" },
        { "body", b => b.Member("a", "A").Body("x", "X1", o => o.Voters("a").Rule(Rule.Unanimity)).Body("x", "X2", o => o.Voters("a").Rule(Rule.Unanimity)), "/bodies/1/id" },
        { "principle", b => b.Principle("x", "X1").Principle("x", "X2"), "/principles/1/id" },
        { "phase", b => b.Phase("x", "X1").Phase("x", "X2"), "/phases/1/id" },
        { "commitment", b => b.Member("a", "A").Phase("p", "P", p => p.Commitment("x", ["a"], "X1")).Phase("q", "Q", p => p.Commitment("x", ["a"], "X2")), "/phases/1/commitments/0/id" },
        { "treaty", b => b.Member("a", "A").Treaty(new Treaty("x", "X1", ["a"])).Treaty(new Treaty("x", "X2", ["a"])), "/treaties/1/id" },
    };

    [Theory]
    [MemberData(nameof(Duplicates))]
    public void A_duplicate_id_of_each_kind_is_reported_at_the_second_with_the_first_as_related(string kind, Func<DesignBuilder, DesignBuilder> build, string at)
    {
        var d = Assert.Single(Diagnostics(build(Design.Create("d", "D")).Build(), "NAPSM0101"));

        Assert.Equal(at, d.Location.JsonPointer);
        Assert.StartsWith($"duplicate {kind} id 'x': {kind} 'x' (X1) is already declared at ", d.Message, StringComparison.Ordinal);
        Assert.Equal($"{kind} 'x' (X1) is declared here first", Assert.Single(d.RelatedLocations).Message);
    }

    public static TheoryData<Func<DesignBuilder, DesignBuilder>, string, string> LookAlikes() => new()
    {
        { b => b.Source("Src", "S").Source("src", "S"), "/sources/1/id", "the source ids 'Src' and 'src'" },
        { b => b.Member("cote", "A").Member("côte", "B"), "/members/1/id", "the member ids 'cote' and 'côte'" },
        { b => b.Member("a", "A").Body("Council", "X", o => o.Voters("a").Rule(Rule.Unanimity)).Body("council", "Y", o => o.Voters("a").Rule(Rule.Unanimity)), "/bodies/1/id", "the body ids 'Council' and 'council'" },
        { b => b.Principle("P", "X").Principle("p", "Y"), "/principles/1/id", "the principle ids 'P' and 'p'" },
        { b => b.Phase("Ph", "X").Phase("ph", "Y"), "/phases/1/id", "the phase ids 'Ph' and 'ph'" },
        { b => b.Member("a", "A").Phase("p", "P", p => p.Commitment("C", ["a"], "X").Commitment("c", ["a"], "Y")), "/phases/0/commitments/1/id", "the commitment ids 'C' and 'c'" },
        { b => b.Member("a", "A").Treaty(new Treaty("T", "X", ["a"])).Treaty(new Treaty("t", "Y", ["a"])), "/treaties/1/id", "the treaty ids 'T' and 't'" },
    };

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Ids_of_one_kind_that_differ_only_by_case_or_accents_are_reported_once(Func<DesignBuilder, DesignBuilder> build, string at, string what)
    {
        var d = Assert.Single(Diagnostics(build(Design.Create("d", "D")).Build(), "NAPSM0105"));

        Assert.Equal(at, d.Location.JsonPointer);
        Assert.StartsWith(what, d.Message, StringComparison.Ordinal);
        Assert.Single(d.RelatedLocations);
    }

    [Fact]
    public void A_third_look_alike_is_reported_against_the_first_and_a_repeated_one_only_once()
    {
        var design = Design.Create("d", "D").Member("ab", "1").Member("Ab", "2").Member("AB", "3").Member("Ab", "4").Build();

        var found = Diagnostics(design, "NAPSM0105").Select(d => d.Location.JsonPointer).ToList();

        Assert.Equal(["/members/1/id", "/members/2/id"], found);
    }

    [Fact]
    public void Look_alike_ids_of_different_kinds_are_not_confusable()
    {
        var design = Design.Create("d", "D").Member("x", "A").Body("X", "B", o => o.Voters("x").Rule(Rule.Unanimity)).Build();

        Assert.Empty(Diagnostics(design, "NAPSM0105"));
    }

    public static TheoryData<Func<DesignBuilder, DesignBuilder>, string, string> GarbledTexts() => new()
    {
        { b => b.Member("m", "Evil\u202Ename"), "/members/0/name", "the name of member 'm' contains the bidirectional-control character U+202E" },
        { b => b.Member("m\u200F", "M"), "/members/0/id", "the id of member 'm\\u200F' contains the bidirectional-control character U+200F" },
        { b => b.Source("s", "P\u0430ris"), "/sources/0/title", "the title of source 's' mixes Cyrillic and Latin letters in one word" },
        { b => b.Principle("p", "\u03b1lpha"), "/principles/0/title", "the title of principle 'p' mixes Greek and Latin letters in one word" },
        { b => b.Member("a", "A").Phase("p", "P", p => p.Commitment("c", ["a"], "Dis\u0430ble")), "/phases/0/commitments/0/action", "the action of commitment 'c' mixes Cyrillic and Latin letters in one word" },
        { b => b.Phase("p", "Fr\u0435eze"), "/phases/0/name", "the name of phase 'p' mixes Cyrillic and Latin letters in one word" },
        { b => b.Member("a", "A").Treaty(new Treaty("t", "Tr\u0435aty", ["a"])), "/treaties/0/name", "the name of treaty 't' mixes Cyrillic and Latin letters in one word" },
        { b => b.Member("a", "A").Body("b", "C\u043euncil", o => o.Voters("a").Rule(Rule.Unanimity)), "/bodies/0/name", "the name of body 'b' mixes Cyrillic and Latin letters in one word" },
    };

    [Theory]
    [MemberData(nameof(GarbledTexts))]
    public void Bidirectional_controls_and_mixed_scripts_are_reported_in_ids_and_names(Func<DesignBuilder, DesignBuilder> build, string at, string message)
    {
        var d = Assert.Single(Diagnostics(build(Design.Create("d", "D")).Build(), "NAPSM0105"));

        Assert.Equal((at, message), (d.Location.JsonPointer, d.Message));
    }

    [Fact]
    public void The_design_name_is_checked_too()
    {
        var d = Assert.Single(Diagnostics(Design.Create("d", "N\u0430psm").Build(), "NAPSM0105"));

        Assert.Equal(("/name", "the name of design 'd' mixes Cyrillic and Latin letters in one word"), (d.Location.JsonPointer, d.Message));
    }
}
