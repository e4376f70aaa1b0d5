using Napsm.Core.Serialization;
using Napsm.Core.Model;

namespace Napsm.Core.Testing.Tests;

/// <summary><see cref="DesignAssert.CanEvolveInto"/> and <see cref="DesignAssert.NeedsConsentOf"/>, each way.</summary>
public sealed class EvolutionAssertTests
{
    private static DesignBuilder Base(string id, DecisionRule amendment) => Design.Create(id, id)
        .Member("us", "United States").Member("cn", "China")
        .Body("council", "Council", b => b.Voters("us", "cn").Rule(Rule.Consensus))
        .Amendment(amendment);

    [Fact]
    public void CanEvolveInto_passes_for_a_step_its_rule_allows()
    {
        var step = DesignAssert.CanEvolveInto(Base("a", Rule.Consensus).Build(), Base("b", Rule.Consensus).IssueAreas("security").Build());
        Assert.True(step.CanPass);
    }

    [Fact]
    public void CanEvolveInto_fails_for_a_step_no_coalition_passes_and_names_the_rule()
    {
        var e = Assert.Throws<DesignAssertionException>(() =>
            DesignAssert.CanEvolveInto(Base("a", Rule.Veto("jp")).Build(), Base("b", Rule.Veto("jp")).IssueAreas("security").Build()));
        Assert.Contains("'default'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NeedsConsentOf_passes_for_a_veto_player_of_the_amendment_rule()
    {
        DesignAssert.NeedsConsentOf(Base("a", Rule.Veto("us")).Build(), Base("b", Rule.Veto("us")).IssueAreas("security").Build(), "us");
    }

    [Fact]
    public void NeedsConsentOf_fails_for_a_member_the_step_can_pass_without()
    {
        var e = Assert.Throws<DesignAssertionException>(() =>
            DesignAssert.NeedsConsentOf(Base("a", Rule.Veto("us")).Build(), Base("b", Rule.Veto("us")).IssueAreas("security").Build(), "cn"));
        Assert.Contains("us", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NeedsConsentOf_an_unknown_member_is_an_error_with_did_you_mean()
    {
        var e = Assert.Throws<DesignAssertionException>(() =>
            DesignAssert.NeedsConsentOf(Base("a", Rule.Consensus).Build(), Base("b", Rule.Consensus).Build(), "uss"));
        Assert.Contains("did you mean 'us'?", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_evolution_assertions_take_documents_as_well_as_designs()
    {
        var from = new DesignDocument(Base("a", Rule.Veto("us")).Build());
        var to = new DesignDocument(Base("b", Rule.Veto("us")).IssueAreas("security").Build());
        Assert.True(DesignAssert.CanEvolveInto(from, to).CanPass);
        Assert.Contains("us", DesignAssert.NeedsConsentOf(from, to, "us").MustConsent);
        var e = Assert.Throws<DesignAssertionException>(() => { DesignAssert.NeedsConsentOf(from, to, "US"); });
        Assert.Contains("did you mean 'us'?", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => { DesignAssert.CanEvolveInto((DesignDocument)null!, to); });
    }
}
