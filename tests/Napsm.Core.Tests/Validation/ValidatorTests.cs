using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Validation;

public class ValidatorTests
{
    // A small, flawless design: two members in one consensus council, a sourced principle.
    internal static DesignBuilder Clean() => Design.Create("d", "D")
        .Source("un", "Charter of the United Nations")
        .IssueAreas("military")
        .Member("a", "Alpha")
        .Member("b", "Beta")
        .Body("council", "Council", b => b.Voters("a", "b").Rule(Rule.Consensus).Mandate("military"))
        .Principle("p", "Peaceful settlement", "un")
        .Amendment(Rule.Consensus);

    private static Design WithDanglingVoter() => Clean().Body("wg", "Working group", b => b.Voters("a", "c").Rule(Rule.Consensus)).Build();

    [Fact]
    public void Clean_design_has_no_diagnostics()
    {
        var report = new DesignValidator().Validate(Clean().Build());
        Assert.Empty(report.Diagnostics);
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Report_names_the_design_and_has_no_file_for_a_design_built_in_code()
    {
        var report = new DesignValidator().Validate(Clean().Build());
        Assert.Equal("d", report.DesignId);
        Assert.Null(report.File);
    }

    [Fact]
    public void Error_makes_the_report_invalid_and_ThrowIfInvalid_throws_with_the_report()
    {
        var report = new DesignValidator().Validate(WithDanglingVoter());
        Assert.False(report.IsValid);
        var e = Assert.Throws<DesignValidationException>(report.ThrowIfInvalid);
        Assert.Same(report, e.Report);
        Assert.Contains("NAPSM0102", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThrowIfInvalid_does_not_throw_for_a_valid_report()
    {
        var report = new DesignValidator().Validate(Clean().Build());
        report.ThrowIfInvalid();
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Fail_on_warning_makes_a_warning_invalid()
    {
        var design = Clean().Body("wg", "Working group", b => b.Voters("a").Rule(Rule.Consensus).Chair("b")).Build();
        Assert.True(new DesignValidator().Validate(design).IsValid);
        Assert.False(new DesignValidator(new ValidationOptions { FailOn = Severity.Warning }).Validate(design).IsValid);
    }

    [Fact]
    public void Severity_option_regrades_a_rule()
    {
        var options = new ValidationOptions { Severities = new Dictionary<string, Severity> { ["NAPSM0102"] = Severity.Info } };
        var report = new DesignValidator(options).Validate(WithDanglingVoter());
        Assert.Equal(Severity.Info, Assert.Single(report.Diagnostics).Severity);
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Suppression_in_options_removes_the_diagnostic()
    {
        var options = new ValidationOptions { Suppressions = [new Suppression("NAPSM0102")] };
        Assert.Empty(new DesignValidator(options).Validate(WithDanglingVoter()).Diagnostics);
    }

    [Fact]
    public void Suppression_in_the_design_applies_at_and_under_its_pointer_only()
    {
        var design = Clean()
            .Body("wg", "Working group", b => b.Voters("a", "c").Rule(Rule.Consensus))
            .Body("wg2", "Second group", b => b.Voters("b", "c").Rule(Rule.Consensus))
            .Suppress("NAPSM0102", "/bodies/1", "c joins later")
            .Build();
        var d = Assert.Single(new DesignValidator().Validate(design).Diagnostics);
        Assert.Equal("/bodies/2/voters/1", d.Location.JsonPointer);
    }

    [Fact]
    public void Design_suppression_that_matches_nothing_is_reported_at_the_suppression()
    {
        var design = Clean().Suppress("NAPSM0304", "/bodies/0", "obsolete").Build();
        var d = Assert.Single(new DesignValidator().Validate(design).Diagnostics);
        Assert.Equal("NAPSM0901", d.Id);
        Assert.Equal("/suppress/0", d.Location.JsonPointer);
        Assert.Contains("NAPSM0304", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Design_suppression_of_an_unknown_id_suggests_the_closest_id()
    {
        var design = Clean().Suppress("NAPSM0320", null, "typo").Build();
        var d = Assert.Single(new DesignValidator().Validate(design).Diagnostics);
        Assert.Equal("NAPSM0901", d.Id);
        Assert.Contains("did you mean", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_naming_an_unknown_id_are_reported()
    {
        var options = new ValidationOptions { Severities = new Dictionary<string, Severity> { ["NAPSM9999"] = Severity.Error } };
        var d = Assert.Single(new DesignValidator(options).Validate(Clean().Build()).Diagnostics);
        Assert.Equal("NAPSM0901", d.Id);
        Assert.Contains("NAPSM9999", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_suppression_that_matches_nothing_in_this_design_is_not_reported()
    {
        var options = new ValidationOptions { Suppressions = [new Suppression("NAPSM0304")] };
        Assert.Empty(new DesignValidator(options).Validate(Clean().Build()).Diagnostics);
    }

    [Fact]
    public void Diagnostics_are_ordered_by_section_then_index_numerically_then_id()
    {
        var design = Clean()
            .Body("wg", "Working group", b => b.Voters("a", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10").Rule(Rule.Consensus))
            .Member("lonely", "Lonely")
            .Build();
        var pointers = new DesignValidator().Validate(design).Diagnostics.Select(d => d.Location.JsonPointer).ToList();
        Assert.Equal("/members/2", pointers[0]);
        Assert.Equal("/bodies/1/voters/1", pointers[1]);
        Assert.Equal("/bodies/1/voters/2", pointers[2]);
        Assert.Equal("/bodies/1/voters/10", pointers[^1]);
    }

    [Fact]
    public void Design_document_without_positions_gives_locations_without_source()
    {
        var report = new DesignValidator().Validate(new DesignDocument(WithDanglingVoter()));
        Assert.Null(Assert.Single(report.Diagnostics).Location.Source);
    }

    [Fact]
    public void Validator_is_reusable_and_gives_the_same_report_twice()
    {
        var validator = new DesignValidator();
        var design = WithDanglingVoter();
        Assert.Equal(validator.Validate(design), validator.Validate(design));
    }

    private sealed class NoSecretariat : IValidationRule
    {
        public static readonly DiagnosticDescriptor Descriptor = new("ORG0001", "No secretariat", "Bodies", Severity.Warning,
            "design {0} has no secretariat", "A design should have a secretariat. Why it matters: continuity. How to fix: add one.", "Add a secretariat.", "");

        public IReadOnlyList<DiagnosticDescriptor> Descriptors => [Descriptor];

        public void Analyze(ValidationContext context)
        {
            if (!context.Design.Bodies.Any(b => b.Kind == "secretariat")) context.Report(Diagnostic.Create(Descriptor, "/bodies", context.Design.Id));
        }
    }

    private sealed class Rogue : IValidationRule
    {
        public IReadOnlyList<DiagnosticDescriptor> Descriptors => [NoSecretariat.Descriptor];

        public void Analyze(ValidationContext context) =>
            context.Report(Diagnostic.Create(RuleCatalog.All.Single(d => d.Id == "NAPSM0101"), "", "x", "y", "z", "w"));
    }

    [Fact]
    public void User_rule_reports_through_the_validator_with_options_applied()
    {
        var options = new ValidationOptions { Severities = new Dictionary<string, Severity> { ["ORG0001"] = Severity.Error } };
        var report = new DesignValidator(options).WithRule(new NoSecretariat()).Validate(Clean().Build());
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal("ORG0001", d.Id);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("design d has no secretariat", d.Message);
    }

    [Fact]
    public void WithRule_leaves_the_original_validator_unchanged()
    {
        var plain = new DesignValidator();
        _ = plain.WithRule(new NoSecretariat());
        Assert.Empty(plain.Validate(Clean().Build()).Diagnostics);
    }

    [Fact]
    public void User_rule_cannot_reuse_an_id()
    {
        var validator = new DesignValidator().WithRule(new NoSecretariat());
        Assert.Throws<ArgumentException>(() => validator.WithRule(new NoSecretariat()));
    }

    [Fact]
    public void User_rule_reporting_an_undeclared_descriptor_is_an_argument_error()
    {
        var validator = new DesignValidator().WithRule(new Rogue());
        var e = Assert.Throws<ArgumentException>(() => validator.Validate(Clean().Build()));
        Assert.Contains("NAPSM0101", e.Message, StringComparison.Ordinal);
    }
}
