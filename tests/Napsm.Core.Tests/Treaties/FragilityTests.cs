using Napsm.Core.Model;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using NodaTime;

namespace Napsm.Core.Tests.Treaties;

/// <summary>How few refusals block entry into force: exact for head counts of any size, and never silently skipped.</summary>
public class FragilityTests
{
    private static Design WithTreaty(int parties, DecisionRule rule)
    {
        var builder = Design.Create("fragility", "Fragility").AsOf(new LocalDate(2009, 1, 1));
        var ids = Enumerable.Range(1, parties).Select(i => $"p{i:00}").ToList();
        foreach (var id in ids) builder.Member(id, id.ToUpperInvariant());
        return builder.Treaty(new Treaty("t", "Treaty", ids) { EntryIntoForce = new EntryIntoForce(rule) }).Build();
    }

    [Fact]
    public void A_head_count_of_28_of_54_is_blocked_by_27_refusals_without_searching()
    {
        // The Pelindaba shape (in force on the 28th ratification): 54 - 28 + 1 = 27 refusals leave only 27 possible ratifications.
        var design = WithTreaty(54, Rule.AtLeast(28));
        var status = TreatyStatus.Of(design, design.Treaties[0], new LocalDate(2009, 1, 1), searchLimit: 1);
        Assert.Equal(27, status.FewestRefusalsToBlock);
        Assert.Equal(27, status.OneBlockingSet.Count);
        Assert.Equal(28, status.FewestMoreRatifications);
    }

    [Fact]
    public void An_asymmetric_rule_beyond_the_search_limit_is_reported_as_skipped_not_passed()
    {
        var weights = Enumerable.Range(1, 14).Select(i => new KeyValuePair<string, Rational>($"p{i:00}", i));
        var design = WithTreaty(14, Rule.Weighted(weights, Threshold.Percentage(50)));
        var report = new DesignValidator(new ValidationOptions { Limits = new AnalysisLimits { MaxWork = 1 } }).Validate(design);
        var skipped = Assert.Single(report.Diagnostics, d => d.Id == "NAPSM0312");
        Assert.Equal("/treaties/0/entryIntoForce/rule", skipped.Location.JsonPointer);
        Assert.Contains("fewest refusals", skipped.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(report.Diagnostics, d => d.Id == "NAPSM0506");
    }

    [Fact]
    public void The_same_rule_within_the_limit_gets_its_fragility_figure()
    {
        var weights = Enumerable.Range(1, 14).Select(i => new KeyValuePair<string, Rational>($"p{i:00}", i));
        var design = WithTreaty(14, Rule.Weighted(weights, Threshold.Percentage(50)));
        var report = new DesignValidator().Validate(design);
        Assert.Single(report.Diagnostics, d => d.Id == "NAPSM0506");
        Assert.DoesNotContain(report.Diagnostics, d => d.Id == "NAPSM0312");
    }
}
