using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Serialization;

/// <summary>The amendment rules in the format (#16): amendment, amendments, accession and evolvesFrom load, save and validate.</summary>
public class AmendmentFormatTests
{
    private const string Design = """
        { "format": 1, "id": "d", "name": "D", "evolvesFrom": "six-party-phase3.json",
          "sources": [ { "id": "charter", "title": "Charter" } ],
          "members": [ { "id": "a", "name": "A" }, { "id": "b", "name": "B" }, { "id": "c", "name": "C" } ],
          "bodies": [ { "id": "council", "name": "Council", "voters": ["a", "b", "c"], "rule": "consensus" } ],
          "principles": [ { "id": "p", "title": "P", "source": "charter" } ],
          "amendment": { "rule": { "atLeast": "2/3" }, "ratification": { "rule": "unanimity", "delay": "P30D" }, "source": "charter", "note": "Art. 9" },
          "amendments": [ { "id": "core", "covers": ["principles", "bodies/council"], "rule": "unanimity", "source": "charter" } ],
          "accession": { "rule": { "atLeast": 2 }, "source": "charter" } }
        """;

    [Fact]
    public void Amendment_rules_load_into_the_model()
    {
        var d = DesignJson.Parse(Design, "d.json").Design;

        Assert.Equal("six-party-phase3.json", d.EvolvesFrom);
        Assert.True(Threshold.TryParse("2/3", out var twoThirds));
        Assert.Equal(Rule.AtLeast(twoThirds), d.Amendment!.Rule);
        Assert.Equal(Rule.Unanimity, d.Amendment.Ratification!.Rule);
        Assert.Equal(NodaTime.Period.FromDays(30), d.Amendment.Ratification.Delay);
        Assert.Equal(("charter", "Art. 9"), (d.Amendment.Source, d.Amendment.Note));
        var entry = Assert.Single(d.Amendments);
        Assert.Equal("core", entry.Id);
        Assert.Equal(["principles", "bodies/council"], entry.Covers);
        Assert.Equal(Rule.AtLeast(2), d.Accession!.Rule);
    }

    [Fact]
    public void Amendment_rules_survive_a_save_and_a_load_and_the_builder_makes_the_same()
    {
        var d = DesignJson.Parse(Design, "d.json").Design;
        Assert.Equal(d, DesignJson.Parse(DesignJson.Serialize(d), "again.json").Design);

        var withRules = Napsm.Core.Model.Design.Create("d", "D")
            .Amendment(d.Amendment!)
            .AmendmentEntry("core", ["principles", "bodies/council"], Rule.Unanimity)
            .Accession(Rule.AtLeast(2))
            .EvolvesFrom("six-party-phase3.json")
            .Build();
        Assert.Equal(d.Amendment, withRules.Amendment);
        Assert.Equal(d.Accession!.Rule, withRules.Accession!.Rule);
        Assert.Equal(d.Amendments[0] with { Source = null }, Assert.Single(withRules.Amendments));
        Assert.Equal(d.EvolvesFrom, withRules.EvolvesFrom);
    }

    [Fact]
    public void A_sound_design_with_amendment_rules_has_no_evolution_diagnostic_and_its_sources_count_as_cited()
    {
        var report = new DesignValidator().Validate(DesignJson.Parse(Design, "d.json"));
        Assert.DoesNotContain(report.Diagnostics, x => x.Id is "NAPSM1002" or "NAPSM1003" or "NAPSM0102" or "NAPSM0104");
    }

    [Theory]
    [InlineData("\"covers\": [\"principles\", \"bodies/council\"]", "\"covers\": [\"principle\"]", "/amendments/0/covers/0", "(did you mean 'principles'?)")]
    [InlineData("\"covers\": [\"principles\", \"bodies/council\"]", "\"covers\": [\"treaties/t\"]", "/amendments/0/covers/0", "but the design has no treaty 't'")]
    [InlineData("\"covers\": [\"principles\", \"bodies/council\"]", "\"covers\": [\"amendment/x\"]", "/amendments/0/covers/0", "write \"amendment\"")]
    public void An_entry_covering_a_part_the_design_does_not_have_is_NAPSM1002(string from, string to, string at, string says)
    {
        var report = new DesignValidator().Validate(DesignJson.Parse(Design.Replace(from, to, StringComparison.Ordinal), "d.json"));
        var d = Assert.Single(report.Diagnostics, x => x.Id == "NAPSM1002");
        Assert.Equal(at, d.Location.JsonPointer);
        Assert.Contains(says, d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"accession\": { \"rule\": { \"atLeast\": 2 }", "\"accession\": { \"rule\": { \"atLeast\": 4 }", "/accession/rule")]
    [InlineData("\"ratification\": { \"rule\": \"unanimity\"", "\"ratification\": { \"rule\": { \"veto\": [\"z\"] }", "/amendment/ratification/rule")]
    public void A_rule_no_coalition_of_members_passes_is_NAPSM1003(string from, string to, string at)
    {
        var report = new DesignValidator().Validate(DesignJson.Parse(Design.Replace(from, to, StringComparison.Ordinal), "d.json"));
        Assert.Equal(at, Assert.Single(report.Diagnostics, x => x.Id == "NAPSM1003").Location.JsonPointer);
    }

    [Fact]
    public void The_walk_over_references_lists_the_amendment_rules_sources()
    {
        var d = DesignJson.Parse(Design, "d.json").Design;
        var sources = d.References().Where(r => r.Role == ReferenceRole.AmendmentSource).Select(r => (r.Id, r.JsonPointer)).ToList();
        Assert.Equal([("charter", "/amendment/source"), ("charter", "/amendments/0/source"), ("charter", "/accession/source")], sources);
    }

    [Fact]
    public void An_amendment_source_that_does_not_exist_is_a_dangling_reference()
    {
        var report = new DesignValidator().Validate(DesignJson.Parse(Design.Replace("\"source\": \"charter\", \"note\"", "\"source\": \"chartre\", \"note\"", StringComparison.Ordinal), "d.json"));
        var d = Assert.Single(report.Diagnostics, x => x.Id == "NAPSM0102");
        Assert.Equal("/amendment/source", d.Location.JsonPointer);
        Assert.Contains("did you mean 'charter'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amendment_entry_without_covers_is_a_load_error_at_its_place()
    {
        var e = Assert.Throws<DesignLoadException>(() => DesignJson.Parse(Design.Replace("\"covers\": [\"principles\", \"bodies/council\"], ", "", StringComparison.Ordinal), "d.json"));
        Assert.Contains("\"covers\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("$.amendments[0]", e.Message, StringComparison.Ordinal);
    }
}
