using System.Text.Encodings.Web;
using System.Text.Json;
using Napsm.Core.Validation;

namespace Napsm.Core.Reporting;

/// <summary>
/// The JSON report: <c>{ "designs": [ { "file", "design", "diagnostics": [ … ] } ] }</c> (the contract of issue 5); a diagnostic
/// folded under its root cause also has <c>"causedBy": { "id", "location" }</c>, after the contract's keys (#17).
/// </summary>
internal static class JsonReport
{
    internal static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(IReadOnlyList<ValidationReport> reports)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("designs");
            foreach (var report in reports)
            {
                w.WriteStartObject();
                if (report.File is null) w.WriteNull("file");
                else w.WriteString("file", ReportWriter.DisplayPath(report.File));
                // A file that could not be read has no design: "design" is null and its one diagnostic is NAPSM0001.
                if (report.IsUnreadable) w.WriteNull("design");
                else w.WriteString("design", report.DesignId);
                w.WriteStartArray("diagnostics");
                foreach (var d in report.Diagnostics)
                {
                    w.WriteStartObject();
                    w.WriteString("id", d.Id);
                    w.WriteString("severity", Validation.SeverityNames.Name(d.Severity));
                    w.WriteString("message", d.Message);
                    w.WritePropertyName("location");
                    Location(w, d.Location);
                    w.WriteStartArray("related");
                    foreach (var r in d.RelatedLocations) Location(w, r);
                    w.WriteEndArray();
                    // A diagnostic folded under its root cause (listed right after it): the root's id and location.
                    if (d.CausedBy is { } cause)
                    {
                        w.WriteStartObject("causedBy");
                        w.WriteString("id", cause.Id);
                        w.WritePropertyName("location");
                        Location(w, cause.Location);
                        w.WriteEndObject();
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Location(Utf8JsonWriter w, DiagnosticLocation l)
    {
        w.WriteStartObject();
        w.WriteString("pointer", l.JsonPointer);
        if (l.Source is { } s)
        {
            w.WriteNumber("line", s.Line);
            w.WriteNumber("column", s.Column);
        }

        if (l.Message is not null) w.WriteString("message", l.Message);
        w.WriteEndObject();
    }
}
