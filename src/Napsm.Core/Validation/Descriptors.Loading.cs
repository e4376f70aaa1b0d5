namespace Napsm.Core.Validation;

// NAPSM00xx: the file itself (it could not be read as a design). No validator rule reports these: the reports of a file that did not
// load carry them (ValidationReport.Unreadable), so that every output format shows the failure where the designs would be.
internal static partial class BuiltIn
{
    public static readonly DiagnosticDescriptor NAPSM0001 = D(
        "NAPSM0001", "The file could not be read as a design", "Loading", Severity.Error,
        "{0}",
        "The file could not be read as a design: it could not be opened (missing, a directory, no permission, too large), it is not "
        + "well-formed JSON, or it does not follow the design-file format (an unknown property, a missing field, a value of the wrong kind). "
        + "The location is where the reader stopped.\n\n"
        + "Why it matters: nothing in the file was checked or analysed. A code-scanning upload or a review comment that left the file out "
        + "would look like a clean run.\n\n"
        + "How to fix: correct the file at the line and column given (napsm schema prints the format; an editor with the schema shows the "
        + "mistake as you type), then check it again.",
        "Correct the file at the place given so that it loads, then check it again.",
        """
        { "format": 1, "id": "forum", "name": "Forum", "members": [ } ]
        """);
}
