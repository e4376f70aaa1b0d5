using Napsm.Core.Model;

namespace Napsm.Core.Validation;

/// <summary>
/// What the validator found in one design: the diagnostics that remain after severities and suppressions, in a stable order (see
/// <see cref="DesignValidator"/>), and whether the design passes at the fail-on level.
/// </summary>
/// <remarks>Data, not an exception: call <see cref="ThrowIfInvalid"/> to opt in to throwing. Immutable.</remarks>
public sealed record ValidationReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="designId">The design's id.</param>
    /// <param name="file">The file the design came from, or <see langword="null"/>.</param>
    /// <param name="diagnostics">The diagnostics, in report order.</param>
    /// <param name="failOn">The least severity that makes the report invalid.</param>
    public ValidationReport(string designId, string? file, IEnumerable<Diagnostic> diagnostics, Severity failOn)
    {
        DesignId = designId;
        File = file;
        Diagnostics = ValueList<Diagnostic>.From(diagnostics);
        FailOn = failOn;
    }

    /// <summary>The design's id.</summary>
    public string DesignId { get; init => field = Guard.NotNull(value); }

    /// <summary>The file the design came from, as the user gave it; <see langword="null"/> for a design built in code.</summary>
    public string? File { get; init; }

    /// <summary>The diagnostics, in report order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init => field = ValueList<Diagnostic>.From(value); }

    /// <summary>The least severity that makes the report invalid.</summary>
    public Severity FailOn { get; init; }

    /// <summary>
    /// Whether the file could not be read as a design (<see cref="Unreadable"/>): the report then has no design id (the empty string)
    /// and one diagnostic, NAPSM0001, at the place the reader stopped.
    /// </summary>
    public bool IsUnreadable { get; init; }

    /// <summary>
    /// The report of a file that could not be read as a design: one error, NAPSM0001 ("the file could not be read as a design"), with
    /// the load error's reason, its file, line and column and its JSON pointer, so that every report format shows the failure in the
    /// place of the design (a SARIF result, a JSON design entry, a Markdown section, a text line).
    /// </summary>
    /// <param name="error">The load error.</param>
    /// <param name="file">The file as the user gave it, when the error does not name one.</param>
    /// <returns>The report; never valid.</returns>
    public static ValidationReport Unreadable(Napsm.Core.Serialization.DesignLoadException error, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        var shown = error.File ?? file;
        var location = new DiagnosticLocation(error.JsonPointer) { Source = new Napsm.Core.Serialization.SourceLocation(shown, error.Line, error.Column) };
        var diagnostic = new Diagnostic(BuiltIn.NAPSM0001, location, error.Reason + " at " + error.JsonPath);
        return new ValidationReport("", shown, [diagnostic], Severity.Error) { IsUnreadable = true };
    }

    /// <summary>Whether no diagnostic is at or above <see cref="FailOn"/>.</summary>
    public bool IsValid => !Diagnostics.Any(d => d.Severity >= FailOn);

    /// <summary>The number of diagnostics of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The count.</returns>
    public int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);

    /// <summary>Throws when the report is not valid.</summary>
    /// <exception cref="DesignValidationException">A diagnostic is at or above <see cref="FailOn"/>.</exception>
    public void ThrowIfInvalid()
    {
        if (!IsValid) throw new DesignValidationException(this);
    }
}
