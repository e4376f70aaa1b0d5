using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Validation.Rules;

namespace Napsm.Core.Validation;

/// <summary>
/// Runs the rules catalogue (and rules of your own) over a design and returns a <see cref="ValidationReport"/>.
/// </summary>
/// <remarks>
/// <para>
/// After the rules run, the validator applies the options' severities, drops suppressed diagnostics (the options' suppressions and
/// the design's own <c>suppress</c> list), reports NAPSM0901 for a design suppression that matched nothing and for options naming an
/// unknown id, fills in file positions, sorts, and folds each diagnostic that follows from another under its root cause
/// (<see cref="Diagnostic.CausedBy"/>; <see cref="ValidationOptions.FoldDerived"/>).
/// </para>
/// <para>
/// Order: by primary JSON pointer — the top-level sections in the order of the file format (<c>sources</c>, <c>issueAreas</c>,
/// <c>members</c>, <c>bodies</c>, <c>principles</c>, <c>phases</c>, <c>treaties</c>, <c>timing</c>, <c>suppress</c>), then segment
/// by segment, array indices numerically and names ordinally, a pointer before those under it — then by id, then by message
/// (ordinal); a folded diagnostic comes right after its root, in that order among the root's. The same design and options give the
/// same report, byte for byte.
/// </para>
/// <para>Immutable and thread-safe: one validator may validate many designs at once.</para>
/// </remarks>
public sealed class DesignValidator
{
    private readonly IReadOnlyList<IValidationRule> _userRules;

    // Rules of the layers above Validation that report catalogue ids (the evolution step rules, NAPSM1004, 1005, 1007, 1008: they need the
    // Evolution analysis, which the validator may not use); added by those layers, run after the built-in rules.
    private readonly IReadOnlyList<IValidationRule> _layerRules;

    /// <summary>Creates a validator with the given options (or the defaults) and the built-in rules.</summary>
    /// <param name="options">The options; <see langword="null"/> for <see cref="ValidationOptions.Default"/>.</param>
    public DesignValidator(ValidationOptions? options = null)
        : this(options ?? ValidationOptions.Default, [], [])
    {
    }

    private DesignValidator(ValidationOptions options, IReadOnlyList<IValidationRule> layerRules, IReadOnlyList<IValidationRule> userRules)
    {
        Options = options;
        _layerRules = layerRules;
        _userRules = userRules;
    }

    /// <summary>The options.</summary>
    public ValidationOptions Options { get; }

    /// <summary>
    /// Every rule this validator runs: the built-in rules, those of the layers above the validator that were added (such as the
    /// evolution step rules of <c>Napsm.Core.Evolution.EvolutionValidation.WithEvolutionRules</c>), then the user's rules in the
    /// order they were added.
    /// </summary>
    public IReadOnlyList<IValidationRule> Rules => [.. BuiltInRules.All, .. _layerRules, .. _userRules];

    /// <summary>Every descriptor this validator knows: the catalogue, then those of the user's rules.</summary>
    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [.. RuleCatalog.All, .. _userRules.SelectMany(r => r.Descriptors)];

    /// <summary>A validator that also runs <paramref name="rule"/>.</summary>
    /// <param name="rule">A rule of your own.</param>
    /// <returns>A new validator; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The rule declares no descriptor, or an id that the catalogue or another rule already uses.</exception>
    public DesignValidator WithRule(IValidationRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var ids = rule.Descriptors?.Select(d => d.Id).ToList() ?? [];
        if (ids.Count == 0) throw new ArgumentException($"The rule {rule.GetType().Name} declares no descriptor.", nameof(rule));
        var known = Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!known.Add(id))
            {
                throw new ArgumentException($"The rule {rule.GetType().Name} declares the id {id}, which is already in use; choose an id of your own.", nameof(rule));
            }
        }

        return new DesignValidator(Options, _layerRules, [.. _userRules, rule]);
    }

    /// <summary>
    /// A validator that also runs a rule of a layer above the validator that reports catalogue ids (which <see cref="WithRule"/>
    /// refuses); the same validator when a rule of that type is already added.
    /// </summary>
    internal DesignValidator WithLayerRule(IValidationRule rule)
    {
        if (_layerRules.Any(r => r.GetType() == rule.GetType())) return this;
        var catalogue = RuleCatalog.All.ToHashSet();
        if (!rule.Descriptors.All(catalogue.Contains)) throw new ArgumentException("A layer rule reports catalogue descriptors only.", nameof(rule));
        return new DesignValidator(Options, [.. _layerRules, rule], _userRules);
    }

    /// <summary>Validates a design built in code (its diagnostics have pointers but no file positions).</summary>
    /// <param name="design">The design.</param>
    /// <returns>The report.</returns>
    public ValidationReport Validate(Design design)
    {
        ArgumentNullException.ThrowIfNull(design);
        return Validate(new DesignDocument(design));
    }

    /// <summary>Validates a design loaded from a file; diagnostics carry the file, line and column.</summary>
    /// <param name="document">The design and where it came from.</param>
    /// <returns>The report.</returns>
    public ValidationReport Validate(DesignDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new ValidationContext(document, Options);
        foreach (var rule in Rules)
        {
            context.BeginRule(rule);
            rule.Analyze(context);
        }

        var descriptors = Descriptors.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>(context.Diagnostics);
        diagnostics.AddRange(UnknownIdsInOptions(descriptors));

        // A design suppression counts as used when it matches a diagnostic before any suppression is applied; the options'
        // suppressions apply to many designs, so one that matches nothing in this design is not reported.
        var design = document.Design;
        var unmatched = new List<Diagnostic>();
        foreach (var pass in new[] { false, true })
        {
            // Suppressions of NAPSM0901 itself are judged last, against the NAPSM0901 diagnostics of the first pass too.
            for (int i = 0; i < design.Suppressions.Count; i++)
            {
                var s = design.Suppressions[i];
                if (string.Equals(s.Id, BuiltIn.NAPSM0901.Id, StringComparison.Ordinal) != pass) continue;
                if (diagnostics.Concat(unmatched).Any(d => Matches(s, d))) continue;
                var pointer = "/suppress/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                unmatched.Add(descriptors.ContainsKey(s.Id)
                    ? Diagnostic.Create(BuiltIn.NAPSM0901, pointer, UnmatchedMessage(s))
                    : Diagnostic.Create(BuiltIn.NAPSM0901, pointer, $"the suppression names {s.Id}, which is not a rule id{Suggest(s.Id, descriptors.Keys)}"));
            }
        }

        diagnostics.AddRange(unmatched);
        var suppressions = Options.Suppressions.Concat(design.Suppressions).ToList();
        if (suppressions.Count > 0) diagnostics.RemoveAll(d => suppressions.Exists(s => Matches(s, d)));
        if (Options.MinSeverity > Severity.Info) diagnostics.RemoveAll(d => Options.SeverityOf(d.Descriptor) < Options.MinSeverity);

        // Sorted by DiagnosticOrder, each pointer split once rather than at every comparison; ties keep their order (a stable sort).
        var keyed = new (Diagnostic Diagnostic, string[] Segments, int Index)[diagnostics.Count];
        for (int i = 0; i < keyed.Length; i++)
        {
            var d = Finish(diagnostics[i], document);
            keyed[i] = (d, Pointers.Segments(d.Location.JsonPointer), i);
        }

        Array.Sort(keyed, static (x, y) =>
        {
            int c = string.Equals(x.Diagnostic.Location.JsonPointer, y.Diagnostic.Location.JsonPointer, StringComparison.Ordinal)
                ? 0
                : DiagnosticOrder.CompareSegments(x.Segments, y.Segments);
            if (c == 0) c = string.CompareOrdinal(x.Diagnostic.Id, y.Diagnostic.Id);
            if (c == 0) c = string.CompareOrdinal(x.Diagnostic.Message, y.Diagnostic.Message);
            return c != 0 ? c : x.Index.CompareTo(y.Index);
        });
        var result = Array.ConvertAll(keyed, k => k.Diagnostic);
        if (Options.FoldDerived) result = DerivedDiagnostics.Fold(result, design);
        return new ValidationReport(design.Id, document.File, result, Options.FailOn);
    }

    private static string UnmatchedMessage(Suppression s) =>
        s.At is null ? $"the suppression of {s.Id} matches no diagnostic" : $"the suppression of {s.Id} at '{s.At}' matches no diagnostic";

    private static string Suggest(string id, IEnumerable<string> known) =>
        Text.Closest(id, known) is { } near ? $" (did you mean {near}?)" : "";

    private IEnumerable<Diagnostic> UnknownIdsInOptions(Dictionary<string, DiagnosticDescriptor> descriptors)
    {
        foreach (var id in Options.Severities.Keys.Where(k => !descriptors.ContainsKey(k)))
        {
            yield return Diagnostic.Create(BuiltIn.NAPSM0901, "", $"the options set the severity of {id}, which is not a rule id{Suggest(id, descriptors.Keys)}");
        }

        foreach (var s in Options.Suppressions.Where(s => !descriptors.ContainsKey(s.Id)))
        {
            yield return Diagnostic.Create(BuiltIn.NAPSM0901, "", $"the options suppress {s.Id}, which is not a rule id{Suggest(s.Id, descriptors.Keys)}");
        }
    }

    private static bool Matches(Suppression s, Diagnostic d) =>
        string.Equals(s.Id, d.Id, StringComparison.Ordinal) && (s.At is null || Pointers.IsAtOrUnder(d.Location.JsonPointer, s.At));

    private Diagnostic Finish(Diagnostic d, DesignDocument document) => d with
    {
        Severity = Options.SeverityOf(d.Descriptor),
        Location = Locate(d.Location, document),
        RelatedLocations = [.. d.RelatedLocations.Select(l => Locate(l, document))],
        Chain = [.. d.Chain.Select(l => Locate(l, document))],
    };

    private static DiagnosticLocation Locate(DiagnosticLocation l, DesignDocument document) => l with
    {
        Source = l.Source ?? document.Locate(l.JsonPointer),
        Element = l.Element ?? Pointers.ElementOf(document.Design, l.JsonPointer),
    };
}
