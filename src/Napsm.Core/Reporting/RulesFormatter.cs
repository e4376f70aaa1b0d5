using System.Globalization;
using System.Text;
using System.Text.Json;
using Napsm.Core.Validation;

namespace Napsm.Core.Reporting;

/// <summary>Formats the rules catalogue: the list <c>napsm rules</c> prints, and the reference page <c>docs/rules.md</c>.</summary>
internal static class RulesFormatter
{
    public static string Text(IEnumerable<DiagnosticDescriptor> descriptors)
    {
        var sb = new StringBuilder();
        foreach (var d in descriptors)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{d.Id,-10} {Validation.SeverityNames.Name(d.DefaultSeverity),-8} {d.Category,-11} {d.Title}\n");
        }

        return sb.ToString();
    }

    public static string Markdown(IEnumerable<DiagnosticDescriptor> descriptors)
    {
        var list = descriptors.ToList();
        var sb = new StringBuilder();
        sb.Append("# Diagnostics\n\n");
        sb.Append("<!-- Generated from the rule descriptors (src/Napsm.Core/Validation/Descriptors.*.cs); do not edit by hand.\n");
        sb.Append("     Regenerate: dotnet run --project src/Napsm.Cli -- rules --format markdown > docs/rules.md -->\n\n");
        sb.Append("`napsm check` reports these diagnostics. Each has a stable id (never reused), a default severity that options can change ");
        sb.Append("(`--severity ID=LEVEL`), and can be suppressed in the design file (`\"suppress\": [{ \"id\": \"NAPSM0304\", \"at\": \"/bodies/0\", \"why\": \"…\" }]`) ");
        sb.Append("or on the command line (`--suppress ID`). `napsm explain ID` prints the help below.\n\n");
        sb.Append("| Id | Severity | Category | Title |\n|---|---|---|---|\n");
        foreach (var d in list)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| [{d.Id}](#{d.Id.ToLowerInvariant()}) | {Validation.SeverityNames.Name(d.DefaultSeverity)} | {d.Category} | {MarkdownReport.Cell(d.Title)} |\n");
        }

        foreach (var d in list)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n<a id=\"{d.Id.ToLowerInvariant()}\"></a>\n## {d.Id}: {d.Title}\n\n");
            sb.Append(CultureInfo.InvariantCulture, $"Severity: **{Validation.SeverityNames.Name(d.DefaultSeverity)}** · Category: {d.Category} · Message: `{d.MessageFormat}`\n\n");
            sb.Append(MarkdownReport.Help(d)).Append('\n');
        }

        return sb.ToString();
    }

    public static string Explain(DiagnosticDescriptor d)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{d.Id}: {d.Title} ({Validation.SeverityNames.Name(d.DefaultSeverity)}, {d.Category})\n\n");
        sb.Append(d.HelpText.Replace("\r", "", StringComparison.Ordinal)).Append("\n\n");
        sb.Append("In short: ").Append(d.Fix).Append('\n');
        if (d.Example.Length > 0) sb.Append("\nExample (triggers ").Append(d.Id).Append("):\n\n").Append(Indent(d.Example.TrimEnd())).Append('\n');
        return sb.ToString();
    }

    public static string Json(IEnumerable<DiagnosticDescriptor> descriptors)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonReport.Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("rules");
            foreach (var d in descriptors)
            {
                w.WriteStartObject();
                w.WriteString("id", d.Id);
                w.WriteString("title", d.Title);
                w.WriteString("category", d.Category);
                w.WriteString("severity", Validation.SeverityNames.Name(d.DefaultSeverity));
                w.WriteString("message", d.MessageFormat);
                w.WriteString("help", d.HelpText);
                w.WriteString("fix", d.Fix);
                w.WriteString("example", d.Example);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string Indent(string text) => string.Join('\n', text.Split('\n').Select(l => "    " + l));
}
