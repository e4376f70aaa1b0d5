using Napsm.Core.Evolution;
using Napsm.Core.Serialization;
using Napsm.Core.Tests.Validation;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Evolution;

/// <summary>
/// The step rules join a validator from the Evolution layer (WithEvolutionRules): without them a validator checks one design; with
/// them it also checks the step from the predecessor, as napsm check does.
/// </summary>
public class EvolutionValidationTests
{
    private static readonly string Cases = Repo.Path("tests", "Napsm.Core.Tests", "Validation", "Cases");

    private static DesignDocument Case(string file) => DesignJson.Parse(File.ReadAllText(Path.Combine(Cases, file)), file);

    private static readonly ValidationOptions Options = new() { PredecessorFolder = Cases };

    [Fact]
    public void A_plain_validator_checks_one_design_and_the_step_rules_add_the_step()
    {
        var bad = Case("NAPSM1004.bad.json");
        Assert.DoesNotContain(new DesignValidator(Options).Validate(bad).Diagnostics, d => d.Id == "NAPSM1004");
        var step = Assert.Single(new DesignValidator(Options).WithEvolutionRules().Validate(bad).Diagnostics, d => d.Id == "NAPSM1004");
        Assert.Equal("/evolvesFrom", step.Location.JsonPointer);
    }

    [Fact]
    public void Adding_the_step_rules_twice_adds_them_once()
    {
        var once = new DesignValidator(Options).WithEvolutionRules();
        var twice = once.WithEvolutionRules();
        Assert.Same(once, twice);
        Assert.Equal(once.Rules.Count, new DesignValidator(Options).Rules.Count + 1);
        // The catalogue keeps the step descriptors, once: napsm rules and napsm explain list them whatever the validator.
        Assert.Single(twice.Descriptors, d => d.Id == "NAPSM1004");
        Assert.Contains(new DesignValidator().Descriptors, d => d.Id == "NAPSM1008");
    }

    [Fact]
    public void A_users_rule_still_cannot_take_a_step_rules_id()
    {
        var validator = new DesignValidator().WithEvolutionRules();
        var rule = new Borrowing(RuleCatalog.All.Single(d => d.Id == "NAPSM1005"));
        var error = Assert.Throws<ArgumentException>(() => validator.WithRule(rule));
        Assert.Contains("NAPSM1005", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void User_rules_and_step_rules_combine_in_either_order()
    {
        var rule = new Borrowing(new DiagnosticDescriptor("ORG0001", "Mine", "Test", Severity.Info, "mine", "A rule of the test.", "Nothing to fix.", "{}"));
        var a = new DesignValidator(Options).WithRule(rule).WithEvolutionRules();
        var b = new DesignValidator(Options).WithEvolutionRules().WithRule(rule);
        var bad = Case("NAPSM1004.bad.json");
        Assert.Equal(ReportText(a.Validate(bad)), ReportText(b.Validate(bad)));
        Assert.Contains(a.Validate(bad).Diagnostics, d => d.Id == "NAPSM1004");
    }

    private static string ReportText(ValidationReport report) => Napsm.Core.Reporting.ReportWriter.Format([report], Napsm.Core.Reporting.ReportFormat.Json);

    private sealed class Borrowing(DiagnosticDescriptor descriptor) : IValidationRule
    {
        public IReadOnlyList<DiagnosticDescriptor> Descriptors => [descriptor];

        public void Analyze(ValidationContext context)
        {
        }
    }
}
