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
            foreach (var d in report.Diagnostics)
            {
                sb.Append(Where(report, d.Location)).Append(": ").Append(Validation.SeverityNames.Name(d.Severity)).Append(' ').Append(d.Id).Append(": ")
                  .Append(OneLine(d.Message)).Append('\n');
                sb.Append("  at ").Append(d.Location.JsonPointer.Length == 0 ? "/" : FreeText.Escape(d.Location.JsonPointer)).Append('\n');
                foreach (var r in d.RelatedLocations)
                {
                    sb.Append("  ").Append(Where(report, r)).Append(": note: ").Append(OneLine(r.Message ?? "")).Append('\n');
                }

                sb.Append("  help: ").Append(d.Descriptor.Fix).Append(" (napsm explain ").Append(d.Id).Append(")\n");
            }
        }

        int e = reports.Sum(r => r.Count(Severity.Error)), w = reports.Sum(r => r.Count(Severity.Warning)), i = reports.Sum(r => r.Count(Severity.Info));
        var designs = reports.Count == 1 ? Name(reports[0]) : Text.Plural(reports.Count, "design", "designs");
        sb.Append(CultureInfo.InvariantCulture, $"{designs}: {Text.Plural(e, "error", "errors")}, {Text.Plural(w, "warning", "warnings")}, {i} info\n");
        return sb.ToString();
    }

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
