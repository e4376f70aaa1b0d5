using Napsm.Core.Model;
using Napsm.Core.Serialization;

namespace Napsm.Core.Validation;

/// <summary>
/// What a rule sees while it runs: the design, where it came from, the options, and where to report. One context per validation
/// run; it is not shared between threads.
/// </summary>
public sealed partial class ValidationContext
{
    private readonly List<Diagnostic> _diagnostics = [];
    private HashSet<string> _allowedIds = new HashSet<string>(StringComparer.Ordinal);
    private string _currentRule = "";
    private DesignIndex? _index;

    internal ValidationContext(DesignDocument document, ValidationOptions options)
    {
        Document = document;
        Options = options;
    }

    /// <summary>The design being validated.</summary>
    public Design Design => Document.Design;

    /// <summary>The design with its file and positions (a design that did not come from a file has no positions).</summary>
    public DesignDocument Document { get; }

    /// <summary>The options of this run (limits, margins).</summary>
    public ValidationOptions Options { get; }

    /// <summary>Reports a diagnostic. Severity, suppressions and file positions are applied by the validator afterwards.</summary>
    /// <param name="diagnostic">The diagnostic; its descriptor must be one of the running rule's descriptors.</param>
    /// <exception cref="ArgumentException">The descriptor is not one the running rule declared.</exception>
    public void Report(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (!_allowedIds.Contains(diagnostic.Id))
        {
            throw new ArgumentException(
                $"The rule {_currentRule} reported {diagnostic.Id}, which is not among the descriptors it declares.", nameof(diagnostic));
        }

        _diagnostics.Add(diagnostic);
    }

    /// <summary>Lookup tables over the design, built once per run and shared by the built-in rules.</summary>
    internal DesignIndex Index => _index ??= new DesignIndex(Design);

    internal void BeginRule(IValidationRule rule)
    {
        _currentRule = rule.GetType().Name;
        _allowedIds = rule.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
    }

    internal IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;
}
