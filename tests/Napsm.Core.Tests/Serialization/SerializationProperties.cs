using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Testing;

namespace Napsm.Core.Tests.Serialization;

/// <summary>Laws of the design-file format, over generated valid designs.</summary>
[Properties(Arbitrary = new[] { typeof(DesignArbitraries) }, MaxTest = 150)]
public class SerializationProperties
{
    [Property]
    public Property Save_then_load_gives_an_equal_design(Design design)
    {
        var text = DesignJson.Serialize(design);
        var back = DesignJson.Parse(text).Design;
        return (back == design).Label("load(save(d)) == d\n" + text);
    }

    [Property]
    public Property Save_is_deterministic(Design design)
    {
        var first = DesignJson.Serialize(design);
        var again = DesignJson.Serialize(design);
        var resaved = DesignJson.Serialize(DesignJson.Parse(first).Design);
        return (first == again).Label("two saves give the same text")
            .And(resaved == first).Label("save(load(save(d))) == save(d)")
            .And(first.EndsWith("}\n", StringComparison.Ordinal) && !first.Contains('\r', StringComparison.Ordinal)).Label("LF line ends and a final newline");
    }

    [Property(MaxTest = 100)]
    public Property Every_saved_design_validates_against_the_committed_schema(Design design)
    {
        var text = DesignJson.Serialize(design);
        var (valid, errors) = SchemaTests.Validate(text);
        return valid.Label("schema errors:\n" + errors + "\n" + text);
    }

    [Property]
    public Property Renaming_ids_consistently_gives_an_equal_design_up_to_renaming(Design design)
    {
        static string Rename(string id) => "r-" + id;
        static string Back(string id) => id[2..];
        var renamed = DesignTransforms.RenameIds(design, Rename);
        var loadedRenamed = DesignJson.Parse(DesignJson.Serialize(renamed)).Design;
        var renamedLoaded = DesignTransforms.RenameIds(DesignJson.Parse(DesignJson.Serialize(design)).Design, Rename);
        return (loadedRenamed == renamedLoaded).Label("load(save(rename(d))) == rename(load(save(d)))")
            .And(DesignTransforms.RenameIds(loadedRenamed, Back) == design).Label("renaming back gives the original design")
            .And(renamed.Members.Count == 0 || renamed != design).Label("renaming changes a design with members");
    }

    [Property]
    public Property A_rule_alone_round_trips(DecisionRule rule)
    {
        var design = new Design("d", "D")
        {
            Members = DesignArbitraries.RuleVoters.Select(v => new Member(v, v.ToUpperInvariant())).ToList(),
            Bodies = [new Body("council", "Council", DesignArbitraries.RuleVoters, rule)],
        };
        var back = DesignJson.Parse(DesignJson.Serialize(design)).Design.Bodies[0].Rule;
        return (back == rule).Label($"rule {rule} came back as {back}");
    }

    [Property]
    public Property Every_element_of_a_loaded_design_can_be_located(Design design)
    {
        var document = DesignJson.Parse(DesignJson.Serialize(design), "g.json");
        var pointers = design.Members.Select((_, i) => $"/members/{i}")
            .Concat(design.Bodies.SelectMany((b, i) => b.Voters.Select((_, j) => $"/bodies/{i}/voters/{j}").Append($"/bodies/{i}/rule")))
            .Concat(design.Phases.SelectMany((p, i) => p.Commitments.Select((_, j) => $"/phases/{i}/commitments/{j}")))
            .Concat(design.Timing.Select((_, i) => $"/timing/{i}"))
            .ToList();
        var lines = DesignJson.Serialize(design).Split('\n');
        var wrong = pointers.Where(p =>
        {
            var at = document.Locate(p);
            // The value must start at the located place: a quote, a brace, a bracket or a digit.
            return at is null || at.Value.Line > lines.Length || at.Value.Column > lines[at.Value.Line - 1].Length ||
                   lines[at.Value.Line - 1][at.Value.Column - 1] is not ('"' or '{' or '[' or (>= '0' and <= '9'));
        }).ToList();
        return (wrong.Count == 0).Label("not located at a value: " + string.Join(", ", wrong));
    }

    [Property]
    public Property Generated_designs_are_valid(Design design)
    {
        var members = design.Members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var commitments = design.AllCommitments.Select(c => c.Id).ToList();
        bool Unique(IEnumerable<string> ids)
        {
            var list = ids.ToList();
            return list.Distinct(StringComparer.Ordinal).Count() == list.Count;
        }

        return Unique(design.Members.Select(m => m.Id)).Label("member ids unique")
            .And(Unique(design.Bodies.Select(b => b.Id))).Label("body ids unique")
            .And(Unique(design.Phases.Select(p => p.Id))).Label("phase ids unique")
            .And(Unique(design.Treaties.Select(t => t.Id))).Label("treaty ids unique")
            .And(Unique(commitments)).Label("commitment ids unique across the design")
            .And(design.Bodies.All(b => b.Voters.All(members.Contains) && (b.Chair is null || b.Voters.Contains(b.Chair)))).Label("voters and chairs are members")
            .And(design.Bodies.All(b => b.ReportsTo is null || design.FindBody(b.ReportsTo) is not null)).Label("reporting lines resolve")
            .And(design.Treaties.All(t => t.Parties.All(members.Contains) && t.Ratifications.All(r => t.Parties.Contains(r.Member)))).Label("parties and ratifications resolve")
            .And(design.Phases.All(p => p.After.All(a => design.FindPhase(a) is not null))).Label("phase predecessors resolve")
            .And(design.AllCommitments.All(c => c.InExchangeFor.All(commitments.Contains) && c.By.All(members.Contains))).Label("commitments resolve");
    }
}

/// <summary>The generators shrink to valid, smaller designs.</summary>
public class GeneratorShrinkingTests
{
    [Fact]
    public void Shrinking_a_design_gives_smaller_designs_that_still_round_trip()
    {
        var designs = DesignGenerators.Design().Sample(10, 30);
        foreach (var design in designs)
        {
            foreach (var smaller in DesignGenerators.ShrinkDesign(design).Take(20))
            {
                Assert.NotEqual(design, smaller);
                Assert.Equal(smaller, DesignJson.Parse(DesignJson.Serialize(smaller)).Design);
            }
        }
    }

    [Fact]
    public void A_failing_property_shrinks_to_a_small_design()
    {
        // A property that fails for any design with a body: the shrunk counterexample keeps one body and little else.
        var arb = DesignArbitraries.Design();
        Design? smallest = null;
        var property = Prop.ForAll(arb, d =>
        {
            bool ok = d.Bodies.Count == 0;
            if (!ok) smallest = d; // shrinking only moves on from a failing case, so the last failure is the shrunk one
            return ok;
        });

        Assert.ThrowsAny<Exception>(() => property.Check(Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true)));
        Assert.NotNull(smallest);
        Assert.Single(smallest!.Bodies);
        Assert.Empty(smallest.Timing);
        Assert.Empty(smallest.Treaties);
        Assert.Equal(Rule.Unanimity, smallest.Bodies[0].Rule);
    }
}

/// <summary>The single-body and rule generators keep their promises.</summary>
public class GeneratorProperties
{
    private static IEnumerable<string> Named(DecisionRule rule) => rule switch
    {
        HeadCountRule h => h.Of ?? [],
        WeightedRule w => w.Weights?.Keys ?? [],
        VetoRule v => v.Holders,
        AllRule a => a.Clauses.SelectMany(Named),
        AnyRule a => a.Clauses.SelectMany(Named),
        _ => [],
    };

    private static IEnumerable<string> Attributes(DecisionRule rule) => rule switch
    {
        WeightedRule { Attribute: { } a } => [a],
        AllRule a => a.Clauses.SelectMany(Attributes),
        AnyRule a => a.Clauses.SelectMany(Attributes),
        _ => [],
    };

    [Property(MaxTest = 200)]
    public Property A_single_body_design_has_one_council_over_every_member_with_the_attributes_it_weighs_by() =>
        Prop.ForAll(Arb.From(DesignGenerators.SingleBody()), design =>
        {
            var council = design.Bodies.Single();
            return (council.Id == "council").Label("the body is council")
                .And(council.Voters.SequenceEqual(design.Members.Select(m => m.Id))).Label("every member votes")
                .And(Named(council.Rule).All(council.Voters.Contains)).Label("the rule names only voters")
                .And(Attributes(council.Rule).All(a => design.Members.All(m => m.Attributes.ContainsKey(a)))).Label("every voter has the attributes weighed by");
        });

    [Property(MaxTest = 300)]
    public Property A_rule_over_given_voters_names_only_them_and_weighs_every_one() =>
        Prop.ForAll(Arb.From(DesignGenerators.Rule(["fr", "de", "it", "nl"], ["population"])), rule =>
            Named(rule).All(v => v is "fr" or "de" or "it" or "nl").Label("only the given voters")
                .And(Flatten(rule).OfType<WeightedRule>().All(w => w.Attribute == "population" || w.Weights!.Count == 4)).Label("inline weights name every voter")
                .And(Flatten(rule).OfType<HeadCountRule>().All(h => h.Threshold.Kind != ThresholdKind.Count || h.Threshold.Value <= (h.Of?.Count ?? 4))).Label("counts are reachable"));

    private static IEnumerable<DecisionRule> Flatten(DecisionRule rule) => rule switch
    {
        AllRule a => a.Clauses.SelectMany(Flatten).Prepend(rule),
        AnyRule a => a.Clauses.SelectMany(Flatten).Prepend(rule),
        _ => [rule],
    };
}
