using Napsm.Core.Validation;

namespace Napsm.Core.Reporting;

/// <summary>
/// Writes validation reports in the text, JSON, SARIF and Markdown formats. Output is deterministic: the same reports give the same
/// text, byte for byte, with <c>\n</c> line ends, whatever the machine or culture.
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes reports in a format.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="reports">The reports, one per design, in the order to show them.</param>
    /// <param name="format">The format.</param>
    /// <param name="descriptors">
    /// The rules to describe (SARIF lists them as the tool's rules); <see langword="null"/> for the catalogue plus the descriptors of
    /// any other diagnostic in the reports.
    /// </param>
    public static void Write(TextWriter writer, IEnumerable<ValidationReport> reports, ReportFormat format, IEnumerable<DiagnosticDescriptor>? descriptors = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Format(reports, format, descriptors));
    }

    /// <summary>Formats reports as a string.</summary>
    /// <param name="reports">The reports, one per design.</param>
    /// <param name="format">The format.</param>
    /// <param name="descriptors">The rules to describe; <see langword="null"/> for the catalogue plus those in the reports.</param>
    /// <returns>The text, ending with a line end.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static string Format(IEnumerable<ValidationReport> reports, ReportFormat format, IEnumerable<DiagnosticDescriptor>? descriptors = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var list = reports.ToList();
        return format switch
        {
            ReportFormat.Text => TextReport.Format(list),
            ReportFormat.Json => JsonReport.Format(list),
            ReportFormat.Sarif => SarifReport.Format(list, AllDescriptors(list, descriptors)),
            ReportFormat.Markdown => MarkdownReport.Format(list),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
        };
    }

    /// <summary>
    /// Formats the rules catalogue (or any descriptors): <see cref="ReportFormat.Text"/> one line per rule; <see cref="ReportFormat.Markdown"/>
    /// the reference page <c>docs/rules.md</c> with each rule's help and example; <see cref="ReportFormat.Json"/> every field of each
    /// descriptor; <see cref="ReportFormat.Sarif"/> a log with the rules and no results.
    /// </summary>
    /// <param name="descriptors">The descriptors; <see langword="null"/> for <see cref="RuleCatalog.All"/>.</param>
    /// <param name="format">The format.</param>
    /// <returns>The text, ending with a line end.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static string FormatRules(IEnumerable<DiagnosticDescriptor>? descriptors, ReportFormat format)
    {
        var list = (descriptors ?? RuleCatalog.All).ToList();
        return format switch
        {
            ReportFormat.Text => RulesFormatter.Text(list),
            ReportFormat.Markdown => RulesFormatter.Markdown(list),
            ReportFormat.Json => RulesFormatter.Json(list),
            ReportFormat.Sarif => SarifReport.Format([], list),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
        };
    }

    /// <summary>The help of one rule as <c>napsm explain</c> prints it: title, severity, the help text, how to fix it, and the example.</summary>
    /// <param name="descriptor">The rule.</param>
    /// <returns>The text, ending with a line end.</returns>
    public static string Explain(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return RulesFormatter.Explain(descriptor);
    }

    internal static IReadOnlyList<DiagnosticDescriptor> AllDescriptors(IReadOnlyList<ValidationReport> reports, IEnumerable<DiagnosticDescriptor>? given)
    {
        var result = new List<DiagnosticDescriptor>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in (given ?? RuleCatalog.All).Concat(reports.SelectMany(r => r.Diagnostics).Select(d => d.Descriptor)))
        {
            if (ids.Add(d.Id)) result.Add(d);
        }

        return result;
    }

    /// <summary>A path as shown in reports: forward slashes.</summary>
    internal static string DisplayPath(string file) => file.Replace('\\', '/');
}
