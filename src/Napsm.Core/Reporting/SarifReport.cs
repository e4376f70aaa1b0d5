using System.Text.Json;
using Napsm.Core.Validation;

namespace Napsm.Core.Reporting;

/// <summary>
/// SARIF 2.1.0: one run of the tool <c>napsm</c>, its rules (the catalogue and any rules of the user's own) and one result per
/// diagnostic, with physical locations (relative URI, line, column), logical locations (the JSON pointer), related locations and, for
/// chains such as cycles, a code flow. No timestamps or absolute paths, so the log is deterministic.
/// </summary>
internal static class SarifReport
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Format(IReadOnlyList<ValidationReport> reports, IReadOnlyList<DiagnosticDescriptor> descriptors)
    {
        var ruleIndex = descriptors.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonReport.Options))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaUri);
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "napsm");
            w.WriteString("semanticVersion", typeof(SarifReport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            w.WriteStartArray("rules");
            foreach (var d in descriptors) Rule(w, d);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("results");
            foreach (var report in reports)
            {
                foreach (var d in report.Diagnostics) Result(w, report, d, ruleIndex[d.Id]);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    internal static string Level(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static void Rule(Utf8JsonWriter w, DiagnosticDescriptor d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("name", d.Name);
        Message(w, "shortDescription", d.Title);
        Message(w, "fullDescription", d.HelpText.Split("\n\n")[0]);
        w.WriteStartObject("help");
        w.WriteString("text", d.HelpText + "\n\nIn short: " + d.Fix);
        w.WriteString("markdown", MarkdownReport.Help(d));
        w.WriteEndObject();
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", Level(d.DefaultSeverity));
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("category", d.Category);
        w.WriteStartArray("tags");
        w.WriteStringValue("napsm");
        w.WriteStringValue(d.Category.ToLowerInvariant());
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Result(Utf8JsonWriter w, ValidationReport report, Diagnostic d, int ruleIndex)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", d.Id);
        w.WriteNumber("ruleIndex", ruleIndex);
        w.WriteString("level", Level(d.Severity));
        Message(w, "message", d.Message);
        w.WriteStartArray("locations");
        Location(w, report, d.Location, null, withMessage: false);
        w.WriteEndArray();
        // A diagnostic folded under its root cause stays a result (a code-scanning gate counts it) and names the root as its last
        // related location, and in its properties.
        var related = d.CausedBy is { } cause
            ? [.. d.RelatedLocations, cause.Location with { Message = $"the root cause: {cause.Id} here" }]
            : d.RelatedLocations;
        if (related.Count > 0)
        {
            w.WriteStartArray("relatedLocations");
            for (int i = 0; i < related.Count; i++) Location(w, report, related[i], i + 1, withMessage: true);
            w.WriteEndArray();
        }

        if (d.Chain.Count > 0)
        {
            w.WriteStartArray("codeFlows");
            w.WriteStartObject();
            Message(w, "message", d.Descriptor.Title);
            w.WriteStartArray("threadFlows");
            w.WriteStartObject();
            w.WriteStartArray("locations");
            foreach (var step in d.Chain)
            {
                w.WriteStartObject();
                w.WritePropertyName("location");
                Location(w, report, step, null, withMessage: true);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteStartObject("properties");
        if (report.IsUnreadable) w.WriteNull("design");
        else w.WriteString("design", report.DesignId);
        w.WriteString("pointer", d.Location.JsonPointer);
        if (d.CausedBy is { } root)
        {
            w.WriteStartObject("causedBy");
            w.WriteString("ruleId", root.Id);
            w.WriteString("pointer", root.Location.JsonPointer);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Location(Utf8JsonWriter w, ValidationReport report, DiagnosticLocation l, int? id, bool withMessage)
    {
        w.WriteStartObject();
        if (id is { } i) w.WriteNumber("id", i);
        if (report.File is not null)
        {
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", Uri(report.File));
            w.WriteEndObject();
            if (l.Source is { } s)
            {
                w.WriteStartObject("region");
                w.WriteNumber("startLine", s.Line);
                w.WriteNumber("startColumn", s.Column);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteStartArray("logicalLocations");
        w.WriteStartObject();
        w.WriteString("fullyQualifiedName", report.DesignId + "#" + l.JsonPointer);
        w.WriteString("kind", "element");
        w.WriteEndObject();
        w.WriteEndArray();
        if (withMessage && l.Message is not null) Message(w, "message", l.Message);
        w.WriteEndObject();
    }

    private static void Message(Utf8JsonWriter w, string name, string text)
    {
        w.WriteStartObject(name);
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    /// <summary>A relative URI reference for a path: forward slashes, each segment percent-encoded.</summary>
    internal static string Uri(string file) =>
        string.Join('/', ReportWriter.DisplayPath(file).Split('/').Select(System.Uri.EscapeDataString));
}
