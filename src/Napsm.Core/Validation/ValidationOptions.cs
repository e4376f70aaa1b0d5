using Napsm.Core.Model;

namespace Napsm.Core.Validation;

/// <summary>
/// How the validator runs: severity per rule id, suppressions, the fail-on level, limits for expensive analyses and the margins of
/// the rules that have one.
/// </summary>
/// <remarks>Immutable; use <c>with</c> to change a copy. Suppressions and severities naming an id no rule has are reported (NAPSM0901).</remarks>
public sealed record ValidationOptions
{
    /// <summary>The default options: default severities, no suppressions, fail on errors.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The severity of each rule id that should not have its default severity.</summary>
    public IReadOnlyDictionary<string, Severity> Severities { get; init => field = ValueMap<Severity>.From(value); } = ValueMap<Severity>.Empty;

    /// <summary>
    /// Suppressions applied to every design, in addition to the design's own: an id with an optional JSON pointer (<c>At</c>; a
    /// diagnostic matches when its primary location is at or under it).
    /// </summary>
    public IReadOnlyList<Suppression> Suppressions { get; init => field = ValueList<Suppression>.From(value); } = ValueList<Suppression>.Empty;

    /// <summary>The least severity that makes a report invalid. The default value is <see cref="Severity.Error"/>.</summary>
    public Severity FailOn { get; init; } = Severity.Error;

    /// <summary>
    /// The least severity a report lists: diagnostics below it (after <see cref="Severities"/>) are left out of the report, its counts
    /// and its validity (<c>napsm report --min-severity warning</c> hides info lines). The default value is <see cref="Severity.Info"/>
    /// (every diagnostic).
    /// </summary>
    public Severity MinSeverity { get; init; } = Severity.Info;

    /// <summary>
    /// Whether diagnostics that follow from another are folded under their root cause (<see cref="Diagnostic.CausedBy"/> set, each
    /// listed right after its root; the writers show them as notes of the root). Nothing is dropped either way: the report has the
    /// same diagnostics, in another order. The default value is <see langword="true"/>.
    /// </summary>
    public bool FoldDerived { get; init; } = true;

    /// <summary>Bounds for the expensive analyses.</summary>
    public AnalysisLimits Limits { get; init => field = Guard.NotNull(value); } = AnalysisLimits.Default;

    /// <summary>
    /// The analysis context the validation runs share — its deadline, memory limit, cancellation and caches — so that checking
    /// several designs, or a validation inside a larger report, stays within one budget. Null (the default) for a context of each
    /// run's own from <see cref="AnalysisLimits.TimeLimit"/> and <see cref="AnalysisLimits.MemoryLimit"/>.
    /// </summary>
    public AnalysisContext? Context { get; init; }

    /// <summary>
    /// The design this one evolves from, for the step diagnostics (NAPSM1004, 1005, 1007): when given, it is used whether or not the
    /// design names a predecessor in <c>evolvesFrom</c> (<c>napsm evolve</c> gives each design the one before it). Null: the
    /// predecessor <c>evolvesFrom</c> names is looked for (see <see cref="ResolvePredecessors"/>).
    /// </summary>
    public Serialization.DesignDocument? Predecessor { get; init; }

    /// <summary>
    /// Whether the validator reads the design that <c>evolvesFrom</c> names from disk (a path relative to the design's folder, or a
    /// design id: ID.json there, else any design file there with that id); default true. False: the step is not checked.
    /// </summary>
    public bool ResolvePredecessors { get; init; } = true;

    /// <summary>The folder <c>evolvesFrom</c> is resolved against; null (the default) for the folder of the design's own file.</summary>
    public string? PredecessorFolder { get; init; }

    /// <summary>
    /// NAPSM0314: how far a member's share of Banzhaf power may differ from its share of the weight before it is reported, as an
    /// absolute difference of shares. The default value is 1/10 (ten percentage points).
    /// </summary>
    public Rational PowerMargin { get; init; } = new(1, 10);

    /// <summary>
    /// NAPSM0306: a clause is reported when it changes the outcome for at most this share of the coalitions (but not none). The
    /// default value is 1/100.
    /// </summary>
    public Rational TinyClauseShare { get; init; } = new(1, 100);

    /// <summary>The severity a rule id has under these options.</summary>
    /// <param name="descriptor">The rule.</param>
    /// <returns>The configured severity, or the default one.</returns>
    public Severity SeverityOf(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return Severities.TryGetValue(descriptor.Id, out var s) ? s : descriptor.DefaultSeverity;
    }
}
