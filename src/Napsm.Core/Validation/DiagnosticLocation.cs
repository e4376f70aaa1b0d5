using Napsm.Core.Model;
using Napsm.Core.Serialization;

namespace Napsm.Core.Validation;

/// <summary>
/// A place in a design: a JSON pointer (RFC 6901, such as <c>/bodies/0/voters/5</c>), the file position it starts at when the design
/// came from a file, and, for a related location or a step of a chain, a message saying what is there.
/// </summary>
/// <param name="JsonPointer">The JSON pointer into the design; the empty string is the whole design.</param>
public sealed record DiagnosticLocation(string JsonPointer)
{
    /// <summary>The file, line and column, when the design came from a file; filled in by the validator.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>What is at this place (for related locations and chain steps); <see langword="null"/> for a primary location.</summary>
    public string? Message { get; init; }

    /// <summary>
    /// The element of the design this place is in: the member, body, principle, phase, commitment, treaty or source whose entry holds
    /// the pointer (a commitment rather than its phase); <see langword="null"/> for a place in no element (the design itself, a whole
    /// section, an issue area, a timing constraint, a suppression). Filled in by the validator for every rule's diagnostics.
    /// </summary>
    public ElementRef? Element { get; init; }

    /// <summary>A location with a message.</summary>
    /// <param name="jsonPointer">The JSON pointer.</param>
    /// <param name="message">What is there.</param>
    /// <returns>The location.</returns>
    public static DiagnosticLocation At(string jsonPointer, string message) => new(jsonPointer) { Message = message };
}
