namespace Napsm.Core.Validation;

/// <summary>
/// The one owner of severities as text: <c>error</c>, <c>warning</c>, <c>info</c>, as every report, the JSON output, the
/// assertions of Napsm.Core.Testing and the <c>napsm check --severity</c> option write and read them. (SARIF has its own levels:
/// <c>error</c>, <c>warning</c>, <c>note</c>.)
/// </summary>
public static class SeverityNames
{
    /// <summary>The name of a severity: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The lower-case name; <c>info</c> for any value that is neither <see cref="Severity.Error"/> nor <see cref="Severity.Warning"/>.</returns>
    public static string Name(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>
    /// Reads a severity's name: <c>error</c>, <c>warning</c>, <c>info</c>, or SARIF's <c>note</c> for info; ordinal, case-insensitive,
    /// surrounding white space ignored.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="severity">The severity, when the text names one.</param>
    /// <returns>Whether the text names a severity.</returns>
    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "info" or "note": severity = Severity.Info; return true;
            default: severity = default; return false;
        }
    }
}
