using Napsm.Core.Model;

namespace Napsm.Core.Validation;

/// <summary>Thrown by <see cref="ValidationReport.ThrowIfInvalid"/>: the design has diagnostics at or above the fail-on level.</summary>
public sealed class DesignValidationException : Exception
{
    /// <summary>Creates the exception for a report.</summary>
    /// <param name="report">The report.</param>
    public DesignValidationException(ValidationReport report)
        : base(Describe(report)) => Report = report;

    /// <summary>Creates the exception with a message only (no report).</summary>
    public DesignValidationException()
        : base("The design is not valid.") => Report = new ValidationReport("", null, [], Severity.Error);

    /// <summary>Creates the exception with a message only (no report).</summary>
    /// <param name="message">The message.</param>
    public DesignValidationException(string message)
        : base(message) => Report = new ValidationReport("", null, [], Severity.Error);

    /// <summary>Creates the exception with a message and an inner exception (no report).</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DesignValidationException(string message, Exception innerException)
        : base(message, innerException) => Report = new ValidationReport("", null, [], Severity.Error);

    /// <summary>The report that failed.</summary>
    public ValidationReport Report { get; }

    private static string Describe(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var failing = report.Diagnostics.Where(d => d.Severity >= report.FailOn).ToList();
        var lines = failing.Take(10).Select(d => "  " + d);
        return $"The design '{report.DesignId}' has {failing.Count} diagnostic(s) at or above {report.FailOn.ToString().ToLowerInvariant()}:"
            + Environment.NewLine + string.Join(Environment.NewLine, lines)
            + (failing.Count > 10 ? Environment.NewLine + $"  … and {failing.Count - 10} more" : "");
    }
}
