using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Validation;

/// <summary>ValidationReport's verdict and counts, the exception it throws, diagnostic text, descriptors and validation options.</summary>
public class ReportAndOptionsTests
{
    private static readonly DiagnosticDescriptor Descriptor =
        new("TEST0001", "Look-alike / mixed-script id, twice", "Test", Severity.Warning, "{0} looks like {1}", "help", "fix", "");

    private static Diagnostic At(Severity severity, int i) => Diagnostic.Create(Descriptor, $"/members/{i}", "a" + i, "b") with { Severity = severity };

    private static ValidationReport Report(Severity failOn, params Severity[] severities) =>
        new("d", null, severities.Select(At), failOn);

    [Theory]
    [InlineData(Severity.Error, new[] { Severity.Warning, Severity.Info }, true)]
    [InlineData(Severity.Error, new[] { Severity.Error }, false)]
    [InlineData(Severity.Warning, new[] { Severity.Warning }, false)]
    [InlineData(Severity.Warning, new[] { Severity.Info }, true)]
    [InlineData(Severity.Info, new[] { Severity.Info }, false)]
    [InlineData(Severity.Info, new Severity[0], true)]
    public void A_report_is_valid_exactly_when_no_diagnostic_is_at_or_above_its_fail_level(Severity failOn, Severity[] severities, bool valid)
    {
        var report = Report(failOn, severities);

        Assert.Equal(valid, report.IsValid);
        if (valid) report.ThrowIfInvalid();
        else Assert.Same(report, Assert.Throws<DesignValidationException>(report.ThrowIfInvalid).Report);
    }

    [Fact]
    public void Count_counts_the_diagnostics_of_one_severity()
    {
        var report = Report(Severity.Error, Severity.Error, Severity.Warning, Severity.Warning, Severity.Info, Severity.Warning);

        Assert.Equal(1, report.Count(Severity.Error));
        Assert.Equal(3, report.Count(Severity.Warning));
        Assert.Equal(1, report.Count(Severity.Info));
    }

    [Fact]
    public void The_exception_lists_the_failing_diagnostics_only()
    {
        var e = new DesignValidationException(Report(Severity.Warning, Severity.Info, Severity.Warning, Severity.Error));

        var lines = e.Message.Split(Environment.NewLine);
        Assert.Equal("The design 'd' has 2 diagnostic(s) at or above warning:", lines[0]);
        Assert.Equal(["  /members/1: warning TEST0001: a1 looks like b", "  /members/2: error TEST0001: a2 looks like b"], lines[1..]);
    }

    [Theory]
    [InlineData(10, 10, null)]
    [InlineData(11, 10, "  … and 1 more")]
    [InlineData(25, 10, "  … and 15 more")]
    public void The_exception_shows_at_most_ten_diagnostics_and_counts_the_rest(int failing, int shown, string? tail)
    {
        var e = new DesignValidationException(Report(Severity.Error, Enumerable.Repeat(Severity.Error, failing).ToArray()));

        var lines = e.Message.Split(Environment.NewLine);
        Assert.Equal($"The design 'd' has {failing} diagnostic(s) at or above error:", lines[0]);
        Assert.Equal(shown, lines.Count(l => l.StartsWith("  /members/", StringComparison.Ordinal)));
        Assert.Equal(tail, tail is null ? null : lines[^1]);
        Assert.Equal(1 + shown + (tail is null ? 0 : 1), lines.Length);
    }

    [Fact]
    public void The_parameterless_exceptions_carry_an_empty_valid_report()
    {
        Assert.True(new DesignValidationException().Report.IsValid);
        Assert.Equal("x", new DesignValidationException("x").Message);
        var inner = new InvalidOperationException();
        var e = new DesignValidationException("y", inner);
        Assert.Same(inner, e.InnerException);
        Assert.Empty(e.Report.Diagnostics);
    }

    [Fact]
    public void A_diagnostic_prints_pointer_severity_id_and_message()
    {
        var d = Diagnostic.Create(Descriptor, "/bodies/0", "x", "y");

        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("TEST0001", d.Id);
        Assert.Equal("/bodies/0: warning TEST0001: x looks like y", d.ToString());
        Assert.Equal("/bodies/0: info TEST0001: x looks like y", (d with { Severity = Severity.Info }).ToString());
    }

    [Fact]
    public void A_descriptor_has_a_pascal_case_name_made_from_its_title_and_prints_id_and_title()
    {
        Assert.Equal("LookAlikeMixedScriptIdTwice", Descriptor.Name);
        Assert.Equal("TEST0001: Look-alike / mixed-script id, twice", Descriptor.ToString());
        Assert.Equal("1.5 looks like x", Descriptor.FormatMessage(1.5, "x"));
    }

    [Theory]
    [InlineData("", "t", "c", "m", "h", "f")]
    [InlineData("i", " ", "c", "m", "h", "f")]
    [InlineData("i", "t", "", "m", "h", "f")]
    [InlineData("i", "t", "c", "", "h", "f")]
    [InlineData("i", "t", "c", "m", "", "f")]
    [InlineData("i", "t", "c", "m", "h", "")]
    public void A_descriptor_needs_every_text_but_the_example(string id, string title, string category, string message, string help, string fix) =>
        Assert.Throws<ArgumentException>(() => new DiagnosticDescriptor(id, title, category, Severity.Error, message, help, fix, ""));

    [Fact]
    public void A_severity_set_in_the_options_overrides_the_default_of_that_rule_only()
    {
        var options = new ValidationOptions { Severities = new Dictionary<string, Severity> { ["TEST0001"] = Severity.Error } };
        var other = new DiagnosticDescriptor("TEST0002", "t", "c", Severity.Info, "m", "h", "f", "");

        Assert.Equal(Severity.Error, options.SeverityOf(Descriptor));
        Assert.Equal(Severity.Info, options.SeverityOf(other));
        Assert.Equal(Severity.Warning, ValidationOptions.Default.SeverityOf(Descriptor));
    }

    [Fact]
    public void The_default_options_fail_on_errors_with_the_documented_limits_and_margins()
    {
        var o = ValidationOptions.Default;

        Assert.Equal(Severity.Error, o.FailOn);
        Assert.Equal(25, o.Limits.MaxEnumeratedVoters);
        Assert.Equal(5_000_000, o.Limits.MaxWork);
        Assert.Equal(new Rational(1, 10), o.PowerMargin);
        Assert.Equal(new Rational(1, 100), o.TinyClauseShare);
        Assert.Empty(o.Severities);
        Assert.Empty(o.Suppressions);
    }

    [Fact]
    public void Analysis_limits_accept_zero_and_reject_negative_values()
    {
        Assert.Equal(0, new AnalysisLimits { MaxEnumeratedVoters = 0 }.MaxEnumeratedVoters);
        Assert.Equal(0, new AnalysisLimits { MaxWork = 0 }.MaxWork);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalysisLimits { MaxEnumeratedVoters = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalysisLimits { MaxWork = -1 });
    }
}
