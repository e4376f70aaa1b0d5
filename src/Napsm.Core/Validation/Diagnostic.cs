using Napsm.Core.Model;
using Napsm.Core.Serialization;

namespace Napsm.Core.Validation;

/// <summary>
/// One finding of the validator: which rule (its descriptor), how serious after options, a message naming the elements involved by id
/// and name, the primary location, related locations (every other place involved), and — for cycles and infeasible chains — the
/// chain of places in order.
/// </summary>
/// <remarks>Immutable, with structural equality.</remarks>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic at the descriptor's default severity.</summary>
    /// <param name="descriptor">The rule.</param>
    /// <param name="location">The primary location.</param>
    /// <param name="message">The message.</param>
    public Diagnostic(DiagnosticDescriptor descriptor, DiagnosticLocation location, string message)
    {
        Descriptor = descriptor;
        Location = location;
        Message = message;
        Severity = descriptor.DefaultSeverity;
    }

    /// <summary>Creates a diagnostic whose message is the descriptor's template formatted with <paramref name="args"/>.</summary>
    /// <param name="descriptor">The rule.</param>
    /// <param name="jsonPointer">The JSON pointer of the primary location.</param>
    /// <param name="args">The message arguments.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, string jsonPointer, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return new(descriptor, new DiagnosticLocation(jsonPointer), descriptor.FormatMessage(args));
    }

    /// <summary>The rule that found it.</summary>
    public DiagnosticDescriptor Descriptor { get; init => field = Guard.NotNull(value); }

    /// <summary>The rule's id.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The severity after options.</summary>
    public Severity Severity { get; init; }

    /// <summary>The message: names the elements involved by id and name.</summary>
    public string Message { get; init => field = Guard.NotNull(value); }

    /// <summary>The primary location.</summary>
    public DiagnosticLocation Location { get; init => field = Guard.NotNull(value); }

    /// <summary>
    /// The elements of the design the diagnostic's messages (its own and its related locations') name, each once, in the order named:
    /// the built-in rules list every member they name (a dummy player, a chair who does not vote, the two sides of an improper rule),
    /// so that a member's diagnostics can be found without reading the text (the stake report does). Empty when a rule names none;
    /// a rule of your own sets it with <c>with { Involves = … }</c>. Where a diagnostic <em>is</em>, not what it names, is each
    /// location's <see cref="DiagnosticLocation.Element"/>.
    /// </summary>
    public IReadOnlyList<ElementRef> Involves { get; init => field = ValueList<ElementRef>.From(value); } = ValueList<ElementRef>.Empty;

    /// <summary>Every other place involved, each with a message.</summary>
    public IReadOnlyList<DiagnosticLocation> RelatedLocations { get; init => field = ValueList<DiagnosticLocation>.From(value); } = ValueList<DiagnosticLocation>.Empty;

    /// <summary>
    /// For a cycle or an infeasible chain: the places in order (for a cycle, each element once, the first following the last; a
    /// cycle of more than 20 elements gives its first 20 steps, and its message counts the rest); empty otherwise. Reports show it as
    /// a SARIF code flow.
    /// </summary>
    public IReadOnlyList<DiagnosticLocation> Chain { get; init => field = ValueList<DiagnosticLocation>.From(value); } = ValueList<DiagnosticLocation>.Empty;

    /// <summary>
    /// The diagnostic this one follows from, when the validator folded it under its root cause (every use of a misspelt attribute
    /// under the misspelling, a clause analysis of a rule whose weights are missing, a suppression left unused by an error at its
    /// place: docs/validation.md lists the relations); <see langword="null"/> for a root or an independent diagnostic, and always
    /// when <see cref="ValidationOptions.FoldDerived"/> is off. The root is in the same report, before this one.
    /// </summary>
    public DiagnosticCause? CausedBy { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Location.JsonPointer}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
