using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;
using NodaTime;

namespace Napsm.Core.Testing.Tests;

/// <summary>
/// A mistyped assertion must never pass: unknown ids, ids in the wrong case, malformed pointers, pointers that name nothing and
/// unknown body, member or treaty ids are an <see cref="ArgumentException"/> in every <see cref="DesignAssert"/> method.
/// </summary>
public class DesignAssertStrictnessTests
{
    private static DesignBuilder Clean() => Design.Create("d", "D")
        .Source("un", "Charter of the United Nations")
        .IssueAreas("military")
        .Member("a", "Alpha")
        .Member("b", "Beta")
        .Member("c", "Gamma")
        .Body("council", "Council", b => b.Voters("a", "b", "c").Rule(Rule.Consensus).Mandate("military"))
        .Body("assembly", "Assembly", b => b.Voters("a", "b", "c").Rule(Rule.SimpleMajority).Mandate("military"))
        .Principle("p", "Peaceful settlement", "un");

    // NAPSM0102 (error) at /bodies/2/voters/1.
    private static Design Dangling() => Clean().Body("wg", "Working group", b => b.Voters("a", "x").Rule(Rule.Consensus).Mandate("military")).Build();

    private static Design WithCharter() => Clean().Treaty(new Treaty("charter", "Charter", ["a", "b", "c"])
    {
        OpenedForSignature = new LocalDate(2030, 1, 1),
        EntryIntoForce = new EntryIntoForce(Rule.Unanimity),
    }).Build();

    private sealed class NoSecretariat : IValidationRule
    {
        public static readonly DiagnosticDescriptor Descriptor = new("ORG0001", "No secretariat", "Bodies", Severity.Warning,
            "design '{0}' has no body of kind 'secretariat'", "A design should have a secretariat.", "Add a secretariat.", "");

        public IReadOnlyList<DiagnosticDescriptor> Descriptors => [Descriptor];

        public void Analyze(ValidationContext context)
        {
            if (!context.Design.Bodies.Any(b => b.Kind == "secretariat")) context.Report(Diagnostic.Create(Descriptor, "/bodies", context.Design.Id));
        }
    }

    public static TheoryData<string> Assertions => new() { "HasDiagnostic", "HasNoDiagnostic" };

    private static void Run(string assertion, Design design, string id, string? at)
    {
        if (assertion == "HasDiagnostic") DesignAssert.HasDiagnostic(design, id, at);
        else DesignAssert.HasNoDiagnostic(design, id, at);
    }

    [Theory]
    [MemberData(nameof(Assertions))]
    public void An_id_no_rule_declares_is_an_error(string assertion)
    {
        var e = Assert.Throws<ArgumentException>(() => Run(assertion, Dangling(), "NAPSM9999", null));
        Assert.StartsWith("The diagnostic id 'NAPSM9999' is unknown: no rule of the catalogue declares it", e.Message, StringComparison.Ordinal);
        Assert.Equal("id", e.ParamName);
    }

    [Theory]
    [MemberData(nameof(Assertions))]
    public void A_near_miss_of_an_id_gets_a_suggestion(string assertion)
    {
        var e = Assert.Throws<ArgumentException>(() => Run(assertion, Dangling(), "NAPSM01O2", null));
        Assert.Contains("(did you mean 'NAPSM0102'?)", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Assertions))]
    public void An_id_in_the_wrong_case_is_an_error_naming_the_right_one(string assertion)
    {
        // Before, HasNoDiagnostic(doc, "napsm0102") passed although NAPSM0102 is reported.
        var e = Assert.Throws<ArgumentException>(() => Run(assertion, Dangling(), "napsm0102", null));
        Assert.Equal("The diagnostic id 'napsm0102' is unknown: ids are case-sensitive and exact (did you mean 'NAPSM0102'?). (Parameter 'id')", e.Message);
    }

    [Theory]
    [MemberData(nameof(Assertions))]
    public void A_pointer_without_its_leading_slash_is_an_error(string assertion)
    {
        var e = Assert.Throws<ArgumentException>(() => Run(assertion, Dangling(), "NAPSM0102", "bodies/2/voters/1"));
        Assert.Equal("The pointer 'bodies/2/voters/1' is not a JSON pointer: it must start with '/' (did you mean '/bodies/2/voters/1'?). (Parameter 'at')", e.Message);
    }

    [Theory]
    [MemberData(nameof(Assertions))]
    public void A_pointer_with_a_bad_escape_is_an_error(string assertion)
    {
        var e = Assert.Throws<ArgumentException>(() => Run(assertion, Dangling(), "NAPSM0102", "/bodies/~2"));
        Assert.StartsWith("The pointer '/bodies/~2' is not a JSON pointer: '~' must be followed by 0 or 1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Assertions))]
    public void A_pointer_that_names_nothing_in_the_design_is_an_error(string assertion)
    {
        var e = Assert.Throws<ArgumentException>(() => Run(assertion, Dangling(), "NAPSM0102", "/bodies/9/voters/1"));
        Assert.Equal(
            "The pointer '/bodies/9/voters/1' names nothing in design 'd': the nearest value it has is at '/bodies' (did you mean '/bodies/2/voters/1'?). (Parameter 'at')",
            e.Message);
    }

    [Fact]
    public void A_pointer_to_a_value_of_the_design_without_a_diagnostic_is_accepted()
    {
        DesignAssert.HasNoDiagnostic(Dangling(), "NAPSM0102", at: "/bodies/0/voters/1");
        DesignAssert.HasNoDiagnostic(Dangling(), "NAPSM0102", at: "/");
        Assert.Throws<DesignAssertionException>(() => DesignAssert.HasDiagnostic(Dangling(), "NAPSM0102", at: "/members/0"));
    }

    [Fact]
    public void A_pointer_is_checked_against_the_file_a_document_was_read_from()
    {
        var doc = DesignJson.Parse(DesignJson.Serialize(Dangling()), "d.json");
        DesignAssert.HasDiagnostic(doc, "NAPSM0102", at: "/bodies/2/voters/1");
        DesignAssert.HasNoDiagnostic(doc, "NAPSM0102", at: "/bodies/1/rule");
        Assert.Throws<ArgumentException>(() => DesignAssert.HasNoDiagnostic(doc, "NAPSM0102", at: "/bodies/1/rules"));
    }

    [Fact]
    public void HasNothingAbove_rejects_a_severity_that_is_not_a_level()
    {
        var e = Assert.Throws<ArgumentException>(() => DesignAssert.HasNothingAbove(Clean().Build(), (Severity)9));
        Assert.Equal("severity", e.ParamName);
    }

    [Fact]
    public void The_ids_of_rules_of_your_own_are_known_through_the_validator()
    {
        var design = Clean().Build();
        Assert.Throws<ArgumentException>(() => DesignAssert.HasDiagnostic(design, "ORG0001"));
        var validator = new DesignValidator().WithRule(new NoSecretariat());
        Assert.Equal("ORG0001", DesignAssert.HasDiagnostic(design, validator, "ORG0001", at: "/bodies").Id);
        DesignAssert.HasNoDiagnostic(design, validator, "NAPSM0102");
        var e = Assert.Throws<ArgumentException>(() => DesignAssert.HasNoDiagnostic(design, validator, "org0001"));
        Assert.Contains("(did you mean 'ORG0001'?)", e.Message, StringComparison.Ordinal);
        Assert.Throws<DesignAssertionException>(() => DesignAssert.HasNothingAbove(design, validator, Severity.Info));
        DesignAssert.IsValid(design, validator);
    }

    [Fact]
    public void Veto_assertions_suggest_the_body_or_member_meant()
    {
        var design = Clean().Build();
        var body = Assert.Throws<ArgumentException>(() => DesignAssert.HoldsVeto(design, "Council", "a"));
        Assert.Equal("Design 'd' has no body 'Council' (did you mean 'council'?). Its bodies are: council, assembly. (Parameter 'body')", body.Message);
        var member = Assert.Throws<ArgumentException>(() => DesignAssert.HoldsNoVeto(design, "assembly", "A"));
        Assert.Equal("Design 'd' has no member 'A' (did you mean 'a'?). Its members are: a, b, c. (Parameter 'member')", member.Message);
    }

    [Fact]
    public void CanEnterIntoForce_suggests_the_treaty_meant()
    {
        var e = Assert.Throws<ArgumentException>(() => DesignAssert.CanEnterIntoForce(WithCharter(), "chartr"));
        Assert.Equal("Design 'd' has no treaty 'chartr' (did you mean 'charter'?). Its treaties are: charter. (Parameter 'treaty')", e.Message);
    }

    [Fact]
    public void Every_assertion_takes_a_document_as_well_as_a_design()
    {
        var doc = new DesignDocument(WithCharter());
        DesignAssert.HoldsVeto(doc, "council", "a");
        DesignAssert.HoldsNoVeto(doc, "assembly", "a");
        DesignAssert.CanEnterIntoForce(doc, "charter");
        DesignAssert.IsValid(doc);
        DesignAssert.HasNothingAbove(doc, Severity.Error);
        DesignAssert.HasNoDiagnostic(doc, "NAPSM0102");
        Assert.Throws<ArgumentException>(() => DesignAssert.HoldsVeto(doc, "council", "x"));
    }
}
