using Napsm.Core.Model;
using Napsm.Core.Validation;
using NodaTime;

namespace Napsm.Core.Tests.Validation;

/// <summary>Checks of the schedule skipped for the work limit are reported as NAPSM0312, never passed silently.</summary>
public class WorkLimitTests
{
    private static readonly ValidationOptions Tight = new() { Limits = new AnalysisLimits { MaxWork = 1 } };

    private static List<Diagnostic> Skipped(Design design, ValidationOptions? options = null) =>
        [.. new DesignValidator(options).Validate(design).Diagnostics.Where(d => d.Id == "NAPSM0312")];

    // Two phases whose commitments are given in exchange for each other: the same-window check has one pair to examine.
    private static Design Exchange() => Design.Create("d", "D").Member("a", "A").Member("b", "B")
        .Phase("p1", "Freeze", p => p.Commitment("c1", ["a"], "freeze", null, "c2"))
        .Phase("p2", "Aid", p => p.After("p1").Commitment("c2", ["b"], "aid", null, "c1"))
        .Build();

    // Two treaties, the second requiring the first, and timing that cannot be met.
    private static Design InconsistentWithRequirement() => Design.Create("d", "D").Member("a", "A")
        .Treaty(new Treaty("t1", "First", ["a"]))
        .Treaty(new Treaty("t2", "Second", ["a"]) { Requires = [new ElementRef(ElementKind.Treaty, "t1")] })
        .Phase("p1", "P1").Phase("p2", "P2")
        .Timing("p1.start", "p2.start", atLeast: Period.FromDays(10)).Timing("p2.start", "p1.start", atLeast: Period.Zero)
        .Build();

    [Fact]
    public void The_same_window_check_of_exchanges_is_run_within_the_default_limits()
    {
        Assert.Empty(Skipped(Exchange()));
    }

    [Fact]
    public void The_same_window_check_of_exchanges_beyond_the_work_limit_is_NAPSM0312_at_the_phases()
    {
        var d = Assert.Single(Skipped(Exchange(), Tight));
        Assert.Equal("/phases", d.Location.JsonPointer);
        Assert.StartsWith("The check that exchanged commitments can fall due in the same window was not computed", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_later_requirement_search_in_an_inconsistent_schedule_is_run_within_the_default_limits()
    {
        Assert.Empty(Skipped(InconsistentWithRequirement()));
    }

    [Fact]
    public void The_later_requirement_search_beyond_the_work_limit_is_NAPSM0312_at_the_treaties()
    {
        var d = Assert.Single(Skipped(InconsistentWithRequirement(), Tight));
        Assert.Equal("/treaties", d.Location.JsonPointer);
        Assert.StartsWith("The check that treaties do not require what comes after them was not computed", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_consistent_schedule_needs_no_later_requirement_search_even_at_the_tightest_limit()
    {
        var consistent = InconsistentWithRequirement() with { Timing = [] };
        Assert.DoesNotContain(Skipped(consistent, Tight), d => d.Location.JsonPointer == "/treaties");
    }
}
