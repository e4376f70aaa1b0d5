using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Napsm.Core.Evolution;
using Napsm.Core.Model;
using Napsm.Core.Testing;
using EvolutionEngine = Napsm.Core.Evolution.Evolution;

namespace Napsm.Core.Tests.Evolution;

/// <summary>The laws of the evolution analysis over generated designs (#16).</summary>
[Properties(Arbitrary = new[] { typeof(DesignArbitraries) }, MaxTest = 60)]
public sealed class EvolutionProperties
{
    [Property]
    public Property A_step_with_no_changes_needs_nobody_and_passes(Design design)
    {
        var step = EvolutionEngine.AnalyzeStep(design, design);
        return (step.Changes.Count == 0).Label("a design into itself changes nothing")
            .And(step.MustConsent.Count == 0).Label("a step with no changes needs nobody's consent")
            .And(step.CanPass).Label("a step with no changes always passes");
    }

    [Property]
    public Property Consent_at_risk_is_part_of_must_consent(Design a, Design b)
    {
        var step = EvolutionEngine.AnalyzeStep(a, b with { Id = a.Id + "-next" });
        return step.ConsentAtRisk.All(m => step.MustConsent.Contains(m, StringComparer.Ordinal)).Label("consentAtRisk ⊆ mustConsent");
    }

    [Property]
    public Property Reversing_a_step_swaps_gains_and_losses(Design a, Design b)
    {
        var forward = EvolutionEngine.AnalyzeStep(a, b);
        var back = EvolutionEngine.AnalyzeStep(b, a);
        // A continued body carries the later id forward and the earlier back: name it by the earlier one of the forward step.
        var earlier = forward.Successions.ToDictionary(s => s.To, s => s.From, StringComparer.Ordinal);
        string Key(string member, StakeChange c) =>
            member + "|" + c.Kind + "|" + (c.Element is { } e && earlier.TryGetValue(e, out var x) ? x : c.Element) + "|" + c.ShapleyShubikBefore + "|" + c.ShapleyShubikAfter;
        static string Swapped(string member, StakeChange c) => member + "|" + c.Kind + "|" + c.Element + "|" + c.ShapleyShubikAfter + "|" + c.ShapleyShubikBefore;
        var lossesForward = forward.Losers.SelectMany(l => l.Losses.Where(x => x.Kind != StakeChangeKind.Commitment).Select(x => Key(l.Member, x))).Order().ToList();
        var gainsBack = back.Gainers.SelectMany(g => g.Gains.Where(x => x.Kind != StakeChangeKind.Commitment).Select(x => Swapped(g.Member, x))).Order().ToList();
        return lossesForward.SequenceEqual(gainsBack).Label("what A→B takes is what B→A gives (commitments aside: their horizons count from each design's asOf)");
    }

    [Property]
    public Property Renaming_a_body_is_no_loss_and_no_gain(Design a)
    {
        if (a.Bodies.Count == 0) return true.Label("no body to rename");
        var body = a.Bodies[0];
        if (a.Bodies.Count(x => x.Id == body.Id) > 1) return true.Label("the id is not unique: no body to rename");
        // A compound body votes through the body's id: renaming it changes that game.
        if (a.Bodies.Any(x => x.Voters.Contains(CompoundVoters.Prefix + body.Id, StringComparer.Ordinal))) return true.Label("a compound body votes through it");
        var renamed = body with { Id = body.Id + "-renamed" };
        var step = EvolutionEngine.AnalyzeStep(a, a with { Bodies = [renamed, .. a.Bodies.Skip(1)] });
        return step.Successions.Contains(new BodySuccession(body.Id, renamed.Id)).Label("the renamed body continues the old one")
            .And(step.Losers.Count == 0 && step.Gainers.Count == 0).Label("nobody loses or gains by a new name")
            .And(step.Changes.Count(c => c.Change.Kind != Napsm.Core.Analysis.ChangeKind.Changed) == 2).Label("the change is still one body removed, one added");
    }

    [Property]
    public Property A_unanimity_amendment_rule_makes_every_member_a_must_consent(Design a)
    {
        var before = a with { Amendment = new AmendmentProcedure(Rule.Unanimity), Amendments = [], Accession = null };
        var after = before with { IssueAreas = [.. before.IssueAreas, "evolution-property-area"] };
        var members = before.Members.Select(m => m.Id).Distinct(StringComparer.Ordinal).ToList();
        var step = EvolutionEngine.AnalyzeStep(before, after);
        return (members.Count == 0 || step.MustConsent.SequenceEqual(members)).Label("under unanimity every member must consent");
    }
}
