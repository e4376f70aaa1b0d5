using System.Globalization;
using System.Text;
using Napsm.Core.Validation;

namespace Napsm.Core.Reporting;

/// <summary>Compiler-style text, as rustc prints it: the primary line, the pointer, related locations as notes, a help line; then a summary.</summary>
internal static class TextReport
{
    public static string Format(IReadOnlyList<ValidationReport> reports)
    {
        var sb = new StringBuilder();
        foreach (var report in reports)
        {
            var derived = Derived(report);
            foreach (var d in report.Diagnostics)
            {
                // A diagnostic that follows from another is a note of its root (below), not an entry of its own.
                if (derived.Folded.Contains(d)) continue;
                sb.Append(Where(report, d.Location)).Append(": ").Append(Validation.SeverityNames.Name(d.Severity)).Append(' ').Append(d.Id).Append(": ")
                  .Append(OneLine(d.Message)).Append('\n');
                sb.Append("  at ").Append(d.Location.JsonPointer.Length == 0 ? "/" : FreeText.Escape(d.Location.JsonPointer)).Append('\n');
                foreach (var r in d.RelatedLocations)
                {
                    sb.Append("  ").Append(Where(report, r)).Append(": note: ").Append(OneLine(r.Message ?? "")).Append('\n');
                }

                if (derived.Under.TryGetValue(d, out var consequences))
                {
                    // Those of one rule at one place (every member without the misspelt attribute) are one note, with their count.
                    for (int k = 0; k < consequences.Count;)
                    {
                        var c = consequences[k];
                        int same = 1;
                        while (k + same < consequences.Count && SamePlaceAndRule(consequences[k + same], c)) same++;
                        sb.Append("  ").Append(Where(report, c.Location)).Append(": note: follows from this: ").Append(Validation.SeverityNames.Name(c.Severity))
                          .Append(' ').Append(c.Id).Append(": ").Append(OneLine(c.Message));
                        if (same > 1) sb.Append(CultureInfo.InvariantCulture, $" (and {same - 1} more like it here)");
                        sb.Append('\n');
                        k += same;
                    }
                }

                sb.Append("  help: ").Append(d.Descriptor.Fix).Append(" (napsm explain ").Append(d.Id).Append(")\n");
            }
        }

        sb.Append(reports.Count == 1 ? Name(reports[0]) : Text.Plural(reports.Count, "design", "designs")).Append(": ").Append(Summary(reports)).Append('\n');
        return sb.ToString();
    }

    /// <summary>
    /// "1 error, 0 warnings, 2 info": the root and independent diagnostics, with "; 27 more follow from them" when some were folded
    /// under their root cause.
    /// </summary>
    internal static string Summary(IReadOnlyList<ValidationReport> reports)
    {
        int e = 0, w = 0, i = 0, derived = 0;
        foreach (var report in reports)
        {
            var folded = Derived(report).Folded;
            foreach (var d in report.Diagnostics)
            {
                if (folded.Contains(d)) derived++;
                else if (d.Severity == Severity.Error) e++;
                else if (d.Severity == Severity.Warning) w++;
                else i++;
            }
        }

        var text = string.Create(CultureInfo.InvariantCulture, $"{Text.Plural(e, "error", "errors")}, {Text.Plural(w, "warning", "warnings")}, {i} info");
        return derived switch
        {
            0 => text,
            1 => text + "; 1 more follows from them",
            _ => string.Create(CultureInfo.InvariantCulture, $"{text}; {derived} more follow from them"),
        };
    }

    /// <summary>
    /// Each root diagnostic's derived ones, in report order, and the set of those folded. A derived diagnostic is folded when it
    /// follows its root (the validator lists it right after); one whose root is not before it (a report built by hand) stays an
    /// entry of its own, so that nothing is lost.
    /// </summary>
    internal static (Dictionary<Diagnostic, List<Diagnostic>> Under, HashSet<Diagnostic> Folded) Derived(ValidationReport report)
    {
        var under = new Dictionary<Diagnostic, List<Diagnostic>>(ReferenceEqualityComparer.Instance);
        var folded = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
        Diagnostic? root = null;
        foreach (var d in report.Diagnostics)
        {
            if (d.CausedBy is { } cause && root is not null && string.Equals(cause.Id, root.Id, StringComparison.Ordinal)
                && string.Equals(cause.Location.JsonPointer, root.Location.JsonPointer, StringComparison.Ordinal))
            {
                (under.TryGetValue(root, out var list) ? list : under[root] = []).Add(d);
                folded.Add(d);
            }
            else
            {
                root = d;
            }
        }

        return (under, folded);
    }

    private static bool SamePlaceAndRule(Diagnostic a, Diagnostic b) =>
        string.Equals(a.Id, b.Id, StringComparison.Ordinal) && a.Severity == b.Severity
        && string.Equals(a.Location.JsonPointer, b.Location.JsonPointer, StringComparison.Ordinal);

    /// <summary>The design's id; for a file that could not be read, the file.</summary>
    private static string Name(ValidationReport report) =>
        report.IsUnreadable ? FreeText.Escape(ReportWriter.DisplayPath(report.File ?? "<input>")) : report.DesignId;

    /// <summary><c>file(line,col)</c> when the position is known; otherwise the file (or <c>&lt;design id&gt;</c>) with the pointer as a fragment.</summary>
    internal static string Where(ValidationReport report, DiagnosticLocation l)
    {
        var file = report.File is null ? null : FreeText.Escape(ReportWriter.DisplayPath(report.File));
        if (l.Source is { } s) return string.Create(CultureInfo.InvariantCulture, $"{file ?? ""}({s.Line},{s.Column})");
        return (file ?? "<" + report.DesignId + ">") + "#" + FreeText.Escape(l.JsonPointer);
    }

    /// <summary>A message on one line, with every control character escaped: a name in it cannot start a line of its own.</summary>
    private static string OneLine(string text) => FreeText.Escape(text);
}
