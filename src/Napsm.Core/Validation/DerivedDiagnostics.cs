using Napsm.Core.Model;

namespace Napsm.Core.Validation;

/// <summary>
/// Folds diagnostics that follow from another under their root cause (#17: "one root cause, one error"). The relations, each
/// between rule ids and places (never between messages), documented in docs/validation.md:
/// <list type="number">
/// <item>a member without the weight attribute (NAPSM0308) follows from a NAPSM0102 at the same place (no member has the attribute);</item>
/// <item>an analysis of a decision rule (the Voting and Principles rules: a clause that never or rarely matters, a deadlock, a
/// dummy, unequal power) follows from a NAPSM0102, 0308 or 0309 in the same rule (a missing voter, weight or attribute, or a
/// threshold out of range: the game analysed is not the one meant);</item>
/// <item>a member that is a dummy of a body (NAPSM0304) follows from a NAPSM0308 in that body's rule saying the member has no
/// weight (a voter without weight is a dummy by construction);</item>
/// <item>an infeasible timing chain (NAPSM0402) follows from a phase cycle (NAPSM0401) when the chain runs through one of the
/// cycle's <c>after</c> entries;</item>
/// <item>a design suppression that matches nothing (NAPSM0901) follows from an error at or around the place it names (the error
/// keeps the suppressed analysis from running).</item>
/// </list>
/// A derived diagnostic names its ultimate root (a chain 0102 → 0308 → 0305 folds both under the 0102) and comes right after it;
/// nothing is dropped and nothing is added.
/// </summary>
internal static class DerivedDiagnostics
{
    public static Diagnostic[] Fold(Diagnostic[] sorted, Design design)
    {
        int n = sorted.Length;
        if (n < 2) return sorted;
        var cause = new int[n];
        Array.Fill(cause, -1);

        var dangling = new Dictionary<string, int>(StringComparer.Ordinal);
        var ruleCause = new Dictionary<string, int>(StringComparer.Ordinal);
        var cycleStep = new Dictionary<string, int>(StringComparer.Ordinal);
        var unweighted = new Dictionary<(string Body, string Member), int>();
        for (int i = 0; i < n; i++)
        {
            var d = sorted[i];
            var at = d.Location.JsonPointer;
            if (IsId(d, BuiltIn.NAPSM0102)) dangling.TryAdd(at, i);
            if (IsId(d, BuiltIn.NAPSM0308) && BodyOf(at) is { } weightedBody)
            {
                foreach (var member in Members(d)) unweighted.TryAdd((weightedBody, member), i);
            }

            if ((IsId(d, BuiltIn.NAPSM0102) || IsId(d, BuiltIn.NAPSM0308) || IsId(d, BuiltIn.NAPSM0309)) && RuleRoot(at) is { } root) ruleCause.TryAdd(root, i);
            if (IsId(d, BuiltIn.NAPSM0401))
            {
                foreach (var l in Places(d)) cycleStep.TryAdd(l.JsonPointer, i);
            }
        }

        if (dangling.Count + ruleCause.Count + cycleStep.Count + unweighted.Count > 0)
        {
            for (int i = 0; i < n; i++)
            {
                var d = sorted[i];
                var at = d.Location.JsonPointer;
                if (IsId(d, BuiltIn.NAPSM0308) && dangling.TryGetValue(at, out int attribute))
                {
                    cause[i] = attribute;
                }
                else if (IsRuleAnalysis(d) && RuleRoot(at) is { } root && ruleCause.TryGetValue(root, out int broken) && broken != i)
                {
                    cause[i] = broken;
                }
                else if (IsId(d, BuiltIn.NAPSM0304) && BodyOf(at) is { } body && Weightless(d, body, unweighted) is >= 0 and var weightless)
                {
                    cause[i] = weightless;
                }
                else if (IsId(d, BuiltIn.NAPSM0402))
                {
                    foreach (var l in Places(d))
                    {
                        if (cycleStep.TryGetValue(l.JsonPointer, out int cycle)) { cause[i] = cycle; break; }
                    }
                }
            }
        }

        // Each derived diagnostic names its ultimate root; the relations form no cycle (a cause is never of a derived kind that
        // points back), and the walk is bounded all the same.
        for (int i = 0; i < n; i++)
        {
            int r = cause[i];
            for (int steps = 0; r >= 0 && cause[r] >= 0 && steps < n; steps++) r = cause[r];
            cause[i] = r;
        }

        UnusedSuppressions(sorted, design, cause);
        if (Array.TrueForAll(cause, c => c < 0)) return sorted;

        var folded = new List<int>[n];
        for (int i = 0; i < n; i++)
        {
            if (cause[i] >= 0) (folded[cause[i]] ??= []).Add(i);
        }

        var result = new Diagnostic[n];
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            if (cause[i] >= 0) continue;
            result[k++] = sorted[i];
            if (folded[i] is not { } derived) continue;
            var root = new DiagnosticCause(sorted[i].Id, sorted[i].Location);
            foreach (int j in derived) result[k++] = sorted[j] with { CausedBy = root };
        }

        return result;
    }

    /// <summary>Relation 4: a design suppression with a place that matched nothing, and an error (a root) at, under or above that place.</summary>
    private static void UnusedSuppressions(Diagnostic[] sorted, Design design, int[] cause)
    {
        for (int i = 0; i < sorted.Length; i++)
        {
            var d = sorted[i];
            if (!IsId(d, BuiltIn.NAPSM0901) || cause[i] >= 0) continue;
            var segments = Pointers.Segments(d.Location.JsonPointer);
            if (segments is not ["suppress", var index] || !int.TryParse(index, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int s)
                || s >= design.Suppressions.Count || design.Suppressions[s].At is not { Length: > 0 } place)
            {
                continue;
            }

            for (int j = 0; j < sorted.Length; j++)
            {
                var e = sorted[j];
                var at = e.Location.JsonPointer;
                if (j == i || cause[j] >= 0 || e.Severity != Severity.Error || at.Length == 0) continue;
                if (Pointers.IsAtOrUnder(at, place) || Pointers.IsAtOrUnder(place, at))
                {
                    cause[i] = j;
                    break;
                }
            }
        }
    }

    private static bool IsId(Diagnostic d, DiagnosticDescriptor descriptor) => string.Equals(d.Id, descriptor.Id, StringComparison.Ordinal);

    /// <summary>An analysis of a decision rule's game (not one of the problems that make the game another than meant).</summary>
    private static bool IsRuleAnalysis(Diagnostic d) =>
        d.Descriptor.Category is "Voting" or "Principles"
        && !IsId(d, BuiltIn.NAPSM0102) && !IsId(d, BuiltIn.NAPSM0307) && !IsId(d, BuiltIn.NAPSM0308) && !IsId(d, BuiltIn.NAPSM0309);

    /// <summary>The NAPSM0308 saying that a member the dummy <paramref name="d"/> is about has no weight in <paramref name="body"/>'s
    /// rule, or -1.</summary>
    private static int Weightless(Diagnostic d, string body, Dictionary<(string Body, string Member), int> unweighted)
    {
        foreach (var member in Members(d))
        {
            if (unweighted.TryGetValue((body, member), out int index)) return index;
        }

        return -1;
    }

    /// <summary>The members a diagnostic is about (its structured <see cref="Diagnostic.Involves"/>).</summary>
    private static IEnumerable<string> Members(Diagnostic d) => d.Involves.Where(e => e.Kind == ElementKind.Member).Select(e => e.Id);

    /// <summary>The body a place is in: <c>/bodies/N</c> for a pointer at or under it, else null.</summary>
    private static string? BodyOf(string pointer) =>
        Pointers.Segments(pointer) is ["bodies", var index, ..] ? "/bodies/" + index : null;

    /// <summary>The primary location, the related locations and the chain.</summary>
    private static IEnumerable<DiagnosticLocation> Places(Diagnostic d) => [d.Location, .. d.RelatedLocations, .. d.Chain];

    /// <summary>
    /// The decision rule a place is in: the pointer up to its first <c>rule</c> or <c>quorum</c> segment (a body's rule, a matter's
    /// rule or quorum, a treaty's entry-into-force rule, an amendment rule); null for a place in no rule.
    /// </summary>
    internal static string? RuleRoot(string pointer)
    {
        int start = 0;
        while (start < pointer.Length)
        {
            int slash = pointer.IndexOf('/', start + 1);
            int end = slash < 0 ? pointer.Length : slash;
            var segment = pointer.AsSpan(start + 1, end - start - 1);
            if (segment.SequenceEqual("rule") || segment.SequenceEqual("quorum")) return pointer[..end];
            start = end;
        }

        return null;
    }
}
