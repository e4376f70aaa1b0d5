using Napsm.Core.Evolution;
using Napsm.Core.Model;
using Napsm.Core.Reporting;
using EvolutionEngine = Napsm.Core.Evolution.Evolution;

namespace Napsm.Core.Tests.Evolution;

/// <summary>The evolution analysis on small hand designs: governing rules, consents, losses and gains, skips.</summary>
public sealed class EvolutionTests
{
    // Three members in one consensus council; amended by two thirds.
    private static DesignBuilder Base(string id, DecisionRule? council = null) => Design.Create(id, "D")
        .Member("a", "Alpha").Member("b", "Beta").Member("c", "Gamma")
        .Body("council", "Council", b => b.Voters("a", "b", "c").Rule(council ?? Rule.Consensus));

    [Fact]
    public void A_body_continued_under_a_new_id_is_no_loss_but_a_new_voter_in_it_is_a_gain()
    {
        var a = Base("a").Body("wg", "Working group", x => x.Voters("a", "b").Rule(Rule.Consensus).Mandate("military")).Build();
        var renamed = Base("b").Body("committee", "Committee", x => x.Voters("b", "a").Rule(Rule.Consensus).Mandate("military")).Build();
        var step = EvolutionEngine.AnalyzeStep(a, renamed);
        Assert.Equal([new BodySuccession("wg", "committee")], step.Successions);
        Assert.Empty(step.Losers);
        Assert.Contains(step.Changes, c => c.Change.Id == "wg" && c.Change.Kind == Napsm.Core.Analysis.ChangeKind.Removed);

        // Another mandate is another body: the seat and veto in the working group are lost, those in the new one gained.
        var other = Base("c").Body("committee", "Committee", x => x.Voters("a", "b").Rule(Rule.Consensus).Mandate("economic")).Build();
        var moved = EvolutionEngine.AnalyzeStep(a, other);
        Assert.Empty(moved.Successions);
        Assert.Contains(moved.LossesOf("a"), l => l.Kind == StakeChangeKind.Veto && l.Element == "wg");
        Assert.Contains(moved.GainsOf("a"), g => g.Kind == StakeChangeKind.Veto && g.Element == "committee");
    }

    [Fact]
    public void A_step_without_an_amendment_rule_is_governed_by_implicit_unanimity_and_needs_every_member()
    {
        var a = Base("a").Build();
        var b = Base("b").Body("wg", "Working group", x => x.Voters("a", "b").Rule(Rule.Consensus)).Build();
        var step = EvolutionEngine.AnalyzeStep(a, b);
        var g = Assert.Single(step.GovernedBy);
        Assert.Equal((EvolutionEngine.Default, true), (g.Amendment, g.IsImplicit));
        Assert.Equal(["a", "b", "c"], step.MustConsent);
        Assert.True(step.CanPass);
    }

    [Fact]
    public void The_most_specific_covering_entry_governs_a_change()
    {
        static DesignBuilder Amended(DesignBuilder d) => d.Amendment(Rule.AtLeast(Threshold.Parse("2/3")))
            .AmendmentEntry("council-core", ["bodies/council"], Rule.Unanimity)
            .AmendmentEntry("any-body", ["bodies"], Rule.Veto("a"));
        var a = Amended(Base("a")).Build();
        var b = Amended(Base("b", Rule.AtLeast(2)))
            .Body("wg", "Working group", x => x.Voters("a", "b").Rule(Rule.Consensus)).Build();
        var step = EvolutionEngine.AnalyzeStep(a, b);
        Assert.Equal("council-core", step.Changes.Single(c => c.Change.Id == "council").GovernedBy);
        Assert.Equal("any-body", step.Changes.Single(c => c.Change.Id == "wg").GovernedBy);
        Assert.Equal(["council-core", "any-body"], step.GovernedBy.Select(g => g.Amendment));
        Assert.True(step.GovernedBy[0].IsEntrenching);
        Assert.Equal(["a", "b", "c"], step.MustConsent);
    }

    [Fact]
    public void Weakening_the_council_makes_its_members_lose_their_vetoes_and_they_must_consent_under_consensus()
    {
        var a = Base("a").Amendment(Rule.Consensus).Build();
        var b = Base("b", Rule.AtLeast(2)).Amendment(Rule.Consensus).Build();
        var step = EvolutionEngine.AnalyzeStep(a, b);
        Assert.Contains(step.LossesOf("a"), l => l.Kind == StakeChangeKind.Veto && l.Element == "council");
        Assert.Equal(["a", "b", "c"], step.ConsentAtRisk);
        Assert.False(step.PassableWithoutLosers);
    }

    [Fact]
    public void Power_losses_carry_the_exact_figures_before_and_after()
    {
        var a = Base("a").Amendment(Rule.AtLeast(2)).Build();
        var b = Base("b", Rule.Veto("a")).Amendment(Rule.AtLeast(2)).Build();
        var step = EvolutionEngine.AnalyzeStep(a, b);
        var loss = Assert.Single(step.LossesOf("b"), l => l.Kind == StakeChangeKind.Power);
        Assert.Equal((new Rational(1, 3), Rational.Zero), (loss.ShapleyShubikBefore!.Value, loss.ShapleyShubikAfter!.Value));
        Assert.Contains(step.GainsOf("a"), g => g.Kind == StakeChangeKind.Power && g.ShapleyShubikAfter == Rational.One);
        Assert.Empty(step.MustConsent);
        Assert.False(step.PassableWithoutLosers);
    }

    [Fact]
    public void A_member_added_is_admitted_by_the_accession_rule()
    {
        var a = Base("a").Amendment(Rule.Unanimity).Accession(Rule.Veto("a")).Build();
        var b = Base("b").Amendment(Rule.Unanimity).Accession(Rule.Veto("a")).Member("d", "Delta").Build();
        var step = EvolutionEngine.AnalyzeStep(a, b);
        Assert.Equal("accession", step.Changes.Single(c => c.Change.Id == "d").GovernedBy);
        Assert.Equal(["a"], step.MustConsent);
        Assert.Contains(step.GainsOf("d"), g => g.Kind == StakeChangeKind.Membership);
    }

    [Fact]
    public void A_rule_naming_a_member_the_earlier_design_lacks_makes_the_step_impossible()
    {
        var a = Base("a").Amendment(Rule.Veto("zz")).Build();
        var b = Base("b").Amendment(Rule.Veto("zz")).IssueAreas("security").Build();
        var step = EvolutionEngine.AnalyzeStep(a, b);
        Assert.False(step.CanPass);
        Assert.NotEmpty(step.GovernedBy[0].Problems);
        Assert.Null(step.MinimalWinningCoalitions);
    }

    [Fact]
    public void Sources_and_descriptions_are_governed_by_no_rule()
    {
        var a = Base("a").Build();
        var b = (Base("b").Source("s", "A source").Build()) with { Description = "changed" };
        var step = EvolutionEngine.AnalyzeStep(a, b);
        Assert.All(step.Changes, c => Assert.Null(c.GovernedBy));
        Assert.Empty(step.GovernedBy);
        Assert.Empty(step.MustConsent);
        Assert.True(step.CanPass);
    }

    [Fact]
    public void Skipping_a_step_compares_the_direct_consents_with_the_path()
    {
        var a = Base("a").Amendment(Rule.Veto("a")).Build();
        var b = Base("b").Amendment(Rule.Veto("b")).Build();
        var c = Base("c").Amendment(Rule.Veto("b")).IssueAreas("security").Build();
        var result = EvolutionEngine.Analyze([a, b, c]);
        var skip = Assert.Single(result.Skips);
        Assert.Equal(["a"], skip.Direct.MustConsent);
        Assert.Equal(["a", "b"], skip.MustConsentAlongPath);
        Assert.Equal(["b"], skip.OnlyAlongPath);
        Assert.False(skip.SameConsents);
        Assert.True(result.PathFeasible);
    }

    [Fact]
    public void A_stopped_context_leaves_the_step_not_computed_with_its_reason()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        using var context = new AnalysisContext(cancellationToken: cts.Token);
        var options = new EvolutionOptions { Voting = Napsm.Core.Voting.AnalysisOptions.Default with { Context = context } };
        var step = EvolutionEngine.AnalyzeStep(Base("a").Build(), Base("b").IssueAreas("x").Build(), options);
        var n = Assert.Single(step.NotComputed);
        Assert.Equal((EvolutionPart.Step, Napsm.Core.Voting.NotComputedReason.Cancelled), (n.Part, n.Reason));
        Assert.Null(step.PassableWithoutLosers);
    }

    [Fact]
    public void The_json_writes_the_contract_keys_first_in_order()
    {
        var result = EvolutionEngine.Analyze([Base("a").Build(), Base("b").IssueAreas("x").Build()]);
        var json = EvolutionReport.Format(result, EvolutionReportFormat.Json);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var step = doc.RootElement.GetProperty("steps")[0];
        var keys = step.EnumerateObject().Select(p => p.Name).Take(9).ToList();
        Assert.Equal(["from", "to", "governedBy", "mustConsent", "canPass", "losers", "consentAtRisk", "passableWithoutLosers", "changes"], keys);
        Assert.Equal(["amendment", "rule"], step.GetProperty("governedBy")[0].EnumerateObject().Select(p => p.Name).Take(2));
        Assert.Equal(json, EvolutionReport.Format(result, EvolutionReportFormat.Json));
    }

    [Fact]
    public void The_text_stays_within_100_columns()
    {
        var b = Base("b").Body("a-very-long-body-name-that-goes-on-and-on", "Long", x => x.Voters("a", "b", "c").Rule(Rule.Consensus))
            .Body("another-very-long-body-name-that-goes-on", "Long 2", x => x.Voters("a", "b", "c").Rule(Rule.Consensus)).Build();
        var text = EvolutionReport.Format(EvolutionEngine.Analyze([Base("a").Build(), b]), EvolutionReportFormat.Text);
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 100, line));
    }
}
