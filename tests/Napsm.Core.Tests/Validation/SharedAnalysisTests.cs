using Napsm.Core.Model;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Validation;

/// <summary>The analyses computed once per run for all bodies serve every rule that asks, including for bodies the voting rules skip.</summary>
public class SharedAnalysisTests
{
    // Sovereign equality declared; one body whose rule can never pass (the voting rules stop at NAPSM0301 and do not analyse it),
    // one whose voters have unequal power.
    private static Design Sample() => Napsm.Core.Model.Design.Create("d", "D")
        .Member("a", "A").Member("b", "B").Member("c", "C")
        .Principle("equality", "Sovereign equality", null, PrincipleTags.SovereignEquality)
        .Body("never", "Never", b => b.Voters("a", "b", "c").Rule(Rule.AtLeast(Threshold.Count(4))))
        .Body("weighted", "Weighted", b => b.Voters("a", "b", "c").Rule(Rule.Weighted([KeyValuePair.Create("a", (Rational)3), KeyValuePair.Create("b", (Rational)1), KeyValuePair.Create("c", (Rational)1)], Threshold.Count(3))))
        .Build();

    [Fact]
    public void A_body_the_voting_rules_skip_is_still_analysed_for_sovereign_equality()
    {
        var report = new DesignValidator().Validate(Sample());
        Assert.Contains(report.Diagnostics, d => d.Id == "NAPSM0301" && d.Location.JsonPointer == "/bodies/0/rule");
        Assert.DoesNotContain(report.Diagnostics, d => d.Id == "NAPSM0602" && d.Location.JsonPointer == "/bodies/0/rule");
    }

    [Fact]
    public void A_body_analysed_with_the_others_reports_its_unequal_power()
    {
        var report = new DesignValidator().Validate(Sample());
        Assert.Contains(report.Diagnostics, d => d.Id == "NAPSM0602" && d.Location.JsonPointer == "/bodies/1/rule");
    }
}
