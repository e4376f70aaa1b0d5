using System.Globalization;
using System.Text;
using Napsm.Core.Validation;

namespace Napsm.Core.Reporting;

/// <summary>Markdown for review comments: per design a table of diagnostics, then the help of each rule that fired.</summary>
internal static class MarkdownReport
{
    public static string Format(IReadOnlyList<ValidationReport> reports)
    {
        var sb = new StringBuilder();
        sb.Append("## napsm check\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"{Text.Plural(reports.Count, "design", "designs")} checked: {TextReport.Summary(reports)}.\n");
        foreach (var report in reports)
        {
            if (report.IsUnreadable)
            {
                // No design: the file, and that it could not be read.
                sb.Append("\n### ").Append(MarkdownText.Code(ReportWriter.DisplayPath(report.File ?? "<input>"))).Append(" — not read as a design");
            }
            else
            {
                sb.Append("\n### ").Append(MarkdownText.Code(report.DesignId));
                if (report.File is not null) sb.Append(" — ").Append(MarkdownText.Code(ReportWriter.DisplayPath(report.File)));
            }

            sb.Append("\n\n");
            if (report.Diagnostics.Count == 0)
            {
                sb.Append("No diagnostics.\n");
                continue;
            }

            sb.Append("| Severity | Rule | Location | Message |\n|---|---|---|---|\n");
            var derived = TextReport.Derived(report);
            foreach (var d in report.Diagnostics)
            {
                // A diagnostic that follows from another is shown in its root's row.
                if (derived.Folded.Contains(d)) continue;
                sb.Append("| ").Append(Icon(d.Severity)).Append(' ').Append(Validation.SeverityNames.Name(d.Severity))
                  .Append(" | ").Append(d.Id).Append(' ').Append(Cell(d.Descriptor.Title))
                  .Append(" | ").Append(Where(report, d.Location))
                  .Append(" | ").Append(Cell(d.Message));
                foreach (var r in d.RelatedLocations) sb.Append("<br>↳ ").Append(Where(report, r)).Append(' ').Append(Cell(r.Message ?? ""));
                if (derived.Under.TryGetValue(d, out var consequences))
                {
                    foreach (var c in consequences)
                    {
                        sb.Append("<br>⤷ follows from this: ").Append(Validation.SeverityNames.Name(c.Severity)).Append(' ').Append(c.Id).Append(' ')
                          .Append(Where(report, c.Location)).Append(' ').Append(Cell(c.Message));
                    }
                }

                sb.Append(" |\n");
            }

            sb.Append("\n<details><summary>Help</summary>\n\n");
            foreach (var d in report.Diagnostics.Select(d => d.Descriptor).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                sb.Append("- **").Append(d.Id).Append(" — ").Append(Cell(d.Title)).Append("**: ").Append(Cell(d.Fix)).Append(" (`napsm explain ").Append(d.Id).Append("`)\n");
            }

            sb.Append("\n</details>\n");
        }

        return sb.ToString();
    }

    /// <summary>A rule's help as Markdown: the help text, how to fix it, and the example.</summary>
    internal static string Help(DiagnosticDescriptor d)
    {
        var sb = new StringBuilder();
        sb.Append(d.HelpText).Append("\n\n**In short:** ").Append(d.Fix);
        if (d.Example.Length > 0) sb.Append("\n\n**Example** (triggers ").Append(d.Id).Append("):\n\n```json\n").Append(d.Example.TrimEnd()).Append("\n```");
        return sb.ToString();
    }

    private static string Where(ValidationReport report, DiagnosticLocation l) =>
        MarkdownText.Code(TextReport.Where(report, l)) + (l.Source is null ? "" : " " + MarkdownText.Code(l.JsonPointer));

    private static string Icon(Severity s) => s switch
    {
        Severity.Error => "❌",
        Severity.Warning => "⚠️",
        _ => "ℹ️",
    };

    /// <summary>Text safe inside a table cell (<see cref="MarkdownText.Cell"/>: control characters, backslashes, pipes and
    /// HTML-significant characters escaped).</summary>
    internal static string Cell(string text) => MarkdownText.Cell(text);
}
