namespace Napsm.Core.Validation;

/// <summary>
/// A rule of the validator: looks at a design and reports diagnostics. Implement it for rules of your own and register them with
/// <see cref="DesignValidator.WithRule"/>.
/// </summary>
/// <remarks>
/// Implementations must be stateless or immutable (one instance may validate several designs at once, on several threads) and must
/// report only diagnostics whose descriptor is in <see cref="Descriptors"/>. An exception thrown by a rule of your own is not caught.
/// </remarks>
/// <example>
/// <code>
/// sealed class NoSecretariat : IValidationRule
/// {
///     public static readonly DiagnosticDescriptor Descriptor = new("ORG0001", "No secretariat", "Bodies", Severity.Warning,
///         "design '{0}' has no body of kind 'secretariat'", "…", "Add a secretariat.", "");
///     public IReadOnlyList&lt;DiagnosticDescriptor&gt; Descriptors =&gt; [Descriptor];
///     public void Analyze(ValidationContext context)
///     {
///         if (!context.Design.Bodies.Any(b =&gt; b.Kind == "secretariat"))
///             context.Report(Diagnostic.Create(Descriptor, "/bodies", context.Design.Id));
///     }
/// }
/// var report = new DesignValidator().WithRule(new NoSecretariat()).Validate(design);
/// </code>
/// </example>
public interface IValidationRule
{
    /// <summary>The descriptors of every diagnostic the rule can report.</summary>
    IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>Looks at <see cref="ValidationContext.Design"/> and reports what it finds with <see cref="ValidationContext.Report"/>.</summary>
    /// <param name="context">The design, the options, and where to report.</param>
    void Analyze(ValidationContext context);
}
