using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using NodaTime;

namespace Napsm.Core.Testing.Tests;

public class DesignAssertTests
{
    // A flawless design: three members in a consensus council, an assembly deciding by simple majority, a sourced principle.
    private static DesignBuilder Clean() => Design.Create("d", "D")
        .Source("un", "Charter of the United Nations")
        .IssueAreas("military")
        .Member("a", "Alpha")
        .Member("b", "Beta")
        .Member("c", "Gamma")
        .Body("council", "Council", b => b.Voters("a", "b", "c").Rule(Rule.Consensus).Mandate("military"))
        .Body("assembly", "Assembly", b => b.Voters("a", "b", "c").Rule(Rule.SimpleMajority).Mandate("military"))
        .Principle("p", "Peaceful settlement", "un")
        .Amendment(Rule.Consensus);

    // The working group names a voter "x" that is not a member: NAPSM0102 (error) at /bodies/2/voters/1.
    private static Design Dangling() => Clean().Body("wg", "Working group", b => b.Voters("a", "x").Rule(Rule.Consensus).Mandate("military")).Build();

    private static Treaty Charter(DecisionRule rule, params Ratification[] ratifications) =>
        new("charter", "Charter", ["a", "b", "c"])
        {
            OpenedForSignature = new LocalDate(2030, 1, 1),
            EntryIntoForce = new EntryIntoForce(rule),
            Ratifications = ratifications,
        };

    [Fact]
    public void IsValid_returns_the_report_of_a_valid_design()
    {
        var report = DesignAssert.IsValid(Clean().Build());
        Assert.True(report.IsValid);
        Assert.Equal("d", report.DesignId);
    }

    [Fact]
    public void IsValid_failure_message_lists_the_diagnostics_as_napsm_check_prints_them()
    {
        var e = Assert.Throws<DesignAssertionException>(() => DesignAssert.IsValid(Dangling()));
        Assert.Equal(
            """
            Expected design 'd' to be valid, but it has 1 diagnostic at or above error.
            The diagnostics, as napsm check prints them:
            <d>#/bodies/2/voters/1: error NAPSM0102: a voter of body 'wg' (Working group): member 'x' does not exist (did you mean 'a'?)
              at /bodies/2/voters/1
              <d>#/members/0: note: member 'a' is declared here
              help: Correct the reference or declare the missing element. (napsm explain NAPSM0102)
            d: 1 error, 0 warnings, 0 info
            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            e.Message);
    }

    [Fact]
    public void Failure_message_contains_the_text_report_verbatim()
    {
        var design = Dangling();
        var cli = Napsm.Core.Reporting.ReportWriter.Format([new DesignValidator().Validate(design)], Napsm.Core.Reporting.ReportFormat.Text);
        var e = Assert.Throws<DesignAssertionException>(() => DesignAssert.IsValid(design));
        Assert.EndsWith(cli.TrimEnd('\n'), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsValid_honours_the_fail_on_severity_of_the_options()
    {
        // NAPSM0204 (warning): the chair is not a voter.
        var design = Clean().Body("wg", "Working group", b => b.Voters("a", "b").Rule(Rule.Consensus).Mandate("military").Chair("c")).Build();
        var report = DesignAssert.IsValid(design);
        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Throws<DesignAssertionException>(() => DesignAssert.IsValid(design, new ValidationOptions { FailOn = Severity.Warning }));
    }

    [Fact]
    public void HasDiagnostic_finds_a_diagnostic_by_id_and_pointer()
    {
        var d = DesignAssert.HasDiagnostic(Dangling(), "NAPSM0102", at: "/bodies/2/voters/1");
        Assert.Equal("NAPSM0102", d.Id);
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void HasDiagnostic_without_a_pointer_matches_anywhere()
    {
        Assert.Equal("NAPSM0102", DesignAssert.HasDiagnostic(Dangling(), "NAPSM0102").Id);
    }

    [Fact]
    public void HasDiagnostic_at_the_wrong_pointer_fails_and_says_where_the_diagnostic_is()
    {
        var e = Assert.Throws<DesignAssertionException>(() => DesignAssert.HasDiagnostic(Dangling(), "NAPSM0102", at: "/bodies/0/voters/1"));
        Assert.StartsWith(
            "Expected design 'd' to have diagnostic NAPSM0102 at /bodies/0/voters/1, but it does not. NAPSM0102 is reported at /bodies/2/voters/1.\n" +
            "The diagnostics, as napsm check prints them:\n",
            e.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void HasDiagnostic_fails_on_a_clean_design_and_prints_the_clean_summary()
    {
        var e = Assert.Throws<DesignAssertionException>(() => DesignAssert.HasDiagnostic(Clean().Build(), "NAPSM0102"));
        Assert.Equal(
            "Expected design 'd' to have diagnostic NAPSM0102, but it does not.\nThe diagnostics, as napsm check prints them:\nd: 0 errors, 0 warnings, 0 info",
            e.Message);
    }

    [Fact]
    public void HasNoDiagnostic_passes_when_the_id_is_absent_and_fails_when_present()
    {
        DesignAssert.HasNoDiagnostic(Clean().Build(), "NAPSM0102");
        DesignAssert.HasNoDiagnostic(Dangling(), "NAPSM0102", at: "/bodies/0");
        var e = Assert.Throws<DesignAssertionException>(() => DesignAssert.HasNoDiagnostic(Dangling(), "NAPSM0102"));
        Assert.StartsWith("Expected design 'd' not to have diagnostic NAPSM0102, but it has 1 such diagnostic.\n", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HasNothingAbove_counts_only_diagnostics_more_severe_than_the_level()
    {
        DesignAssert.HasNothingAbove(Clean().Build(), Severity.Info);
        DesignAssert.HasNothingAbove(Dangling(), Severity.Error);
        var e = Assert.Throws<DesignAssertionException>(() => DesignAssert.HasNothingAbove(Dangling(), Severity.Warning));
        Assert.StartsWith("Expected design 'd' to have no diagnostic above warning, but it has 1.\n", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_overloads_use_the_documents_file_name()
    {
        var doc = new DesignDocument(Dangling());
        var e = Assert.Throws<DesignAssertionException>(() => DesignAssert.IsValid(doc));
        Assert.Contains("<d>#/bodies/2/voters/1: error NAPSM0102", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_member_holds_a_veto_under_consensus()
    {
        foreach (var m in new[] { "a", "b", "c" }) DesignAssert.HoldsVeto(Clean().Build(), "council", m);
    }

    [Fact]
    public void No_member_holds_a_veto_under_simple_majority_and_HoldsVeto_says_why()
    {
        var design = Clean().Build();
        DesignAssert.HoldsNoVeto(design, "assembly", "a");
        var e = Assert.Throws<DesignAssertionException>(() => DesignAssert.HoldsVeto(design, "assembly", "a"));
        Assert.Equal(
            "Expected member 'a' to hold a veto in body 'assembly' of design 'd', but the other voters can decide without it: " +
            "the coalition of all 2 other voters wins under the rule simpleMajority.",
            e.Message);
    }

    [Fact]
    public void Veto_clause_gives_its_holder_a_veto_in_a_majority_body()
    {
        var design = Clean().Body("sc", "Security Council", b => b.Voters("a", "b", "c").Rule(Rule.All(Rule.SimpleMajority, Rule.Veto("b")))).Build();
        DesignAssert.HoldsVeto(design, "sc", "b");
        DesignAssert.HoldsNoVeto(design, "sc", "a");
        var e = Assert.Throws<DesignAssertionException>(() => DesignAssert.HoldsNoVeto(design, "sc", "b"));
        Assert.StartsWith("Expected member 'b' not to hold a veto in body 'sc' of design 'd', but nothing passes without it", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Veto_assertions_name_an_unknown_body_or_a_member_who_is_not_a_voter()
    {
        var design = Clean().Member("z", "Zeta").Build();
        var body = Assert.Throws<ArgumentException>(() => DesignAssert.HoldsVeto(design, "nope", "a"));
        Assert.Equal("Design 'd' has no body 'nope'. Its bodies are: council, assembly. (Parameter 'body')", body.Message);
        var member = Assert.Throws<DesignAssertionException>(() => DesignAssert.HoldsNoVeto(design, "council", "z"));
        Assert.Equal("Member 'z' is not a voter of body 'council' of design 'd'. Its voters are: a, b, c.", member.Message);
    }

    [Fact]
    public void Treaty_that_enough_parties_may_still_ratify_can_enter_into_force()
    {
        var design = Clean().Treaty(Charter(Rule.AtLeast(Threshold.Count(2)), new Ratification("a", new LocalDate(2030, 2, 1), RatificationKind.Ratified))).Build();
        var status = DesignAssert.CanEnterIntoForce(design, "charter");
        Assert.Equal(TreatyState.Open, status.State);
    }

    [Fact]
    public void Treaty_needing_a_party_that_withdrew_cannot_enter_into_force()
    {
        var design = Clean().Treaty(Charter(
            Rule.Unanimity,
            new Ratification("a", new LocalDate(2030, 2, 1), RatificationKind.Ratified),
            new Ratification("a", new LocalDate(2030, 3, 1), RatificationKind.Withdrawn))).Build();
        var e = Assert.Throws<DesignAssertionException>(() => DesignAssert.CanEnterIntoForce(design, "charter"));
        Assert.StartsWith("Expected treaty 'charter' of design 'd' to be able to enter into force as of 2030-03-01, but it is blocked", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CanEnterIntoForce_names_an_unknown_treaty()
    {
        var e = Assert.Throws<ArgumentException>(() => DesignAssert.CanEnterIntoForce(Clean().Build(), "npt"));
        Assert.Equal("Design 'd' has no treaty 'npt'. Its treaties are: (none). (Parameter 'treaty')", e.Message);
    }
}
