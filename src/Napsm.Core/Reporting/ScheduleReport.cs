using System.Globalization;
using System.Text;
using System.Text.Json;
using Napsm.Core.Kernel;
using Napsm.Core.Reporting.Tables;
using Napsm.Core.Scheduling;
using Napsm.Core.Serialization;
using NodaTime;

namespace Napsm.Core.Reporting;

/// <summary>
/// Writes a schedule (the result of <see cref="TemporalNetwork"/>'s analysis) as text, JSON or Markdown, exactly as <c>napsm schedule</c> prints it:
/// every event with its earliest and latest date and its slack and the critical path, or the conflicts. Output is deterministic, with
/// <c>\n</c> line ends, whatever the machine or culture. This class is thread-safe.
/// </summary>
public static class ScheduleReport
{
    /// <summary>Writes a schedule.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="document">The design scheduled, with its file positions (text and JSON give each constraint's line and column when known).</param>
    /// <param name="result">The schedule of <paramref name="document"/>'s design.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">The text width.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static void Write(TextWriter writer, DesignDocument document, ScheduleResult result, ScheduleReportFormat format, ScheduleReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Format(document, result, format, options));
    }

    /// <summary>Formats a schedule as a string.</summary>
    /// <param name="document">The design scheduled, with its file positions.</param>
    /// <param name="result">The schedule of <paramref name="document"/>'s design.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">The text width.</param>
    /// <returns>The text, ending with a line end.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static string Format(DesignDocument document, ScheduleResult result, ScheduleReportFormat format, ScheduleReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        return format switch
        {
            ScheduleReportFormat.Text => Text(document, result, options.Width),
            ScheduleReportFormat.Json => Json(document, result),
            ScheduleReportFormat.Markdown => Markdown(document, result),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown schedule report format."),
        };
    }

    /// <summary>A date as the schedule shows it: <c>yyyy-MM-dd</c>, or <c>-</c> when there is none.</summary>
    private static string Date(LocalDate? date) => IsoDate.Format(date, "-");

    private static string Where(DesignDocument document, string pointer) =>
        document.Locate(pointer) is { } at ? $"{E(at.File ?? "")}({at.Line},{at.Column})" : E(pointer);

    /// <summary>Free text from the design or the file system, escaped so that it cannot forge a line or drive the terminal.</summary>
    private static string E(string text) => FreeText.Escape(text);

    private static string Text(DesignDocument document, ScheduleResult r, int lineWidth)
    {
        var sb = new StringBuilder();
        var design = document.Design;
        if (!r.IsConsistent)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Schedule of {design.Id}: inconsistent, {r.Conflicts.Count} conflict{(r.Conflicts.Count == 1 ? "" : "s")}{(r.ConflictsTruncated ? " (more not shown)" : "")}\n");
            for (int i = 0; i < r.Conflicts.Count; i++)
            {
                var c = r.Conflicts[i];
                sb.Append('\n').Append(TextTable.Paragraph(string.Create(CultureInfo.InvariantCulture, $"{Where(document, c.Chain[^1].At)}: conflict {i + 1}: {E(Validation.Wording.Of(c))}"), lineWidth, "", "  "));
                foreach (var step in c.Chain) sb.Append(TextTable.Paragraph($"{Where(document, step.At)}  {E(step.At)}  {E(Validation.Wording.Of(step))}", lineWidth, "  ", "      "));
            }
        }
        else
        {
            sb.Append(CultureInfo.InvariantCulture, $"Schedule of {design.Id}: consistent, {r.Events.Count} event{(r.Events.Count == 1 ? "" : "s")}\n\n");
            int width = Math.Max(5, r.Events.Select(e => e.Event.ToString().Length).DefaultIfEmpty(5).Max());
            sb.Append("EVENT".PadRight(width)).Append("  EARLIEST    LATEST      SLACK\n");
            foreach (var e in r.Events)
            {
                var slack = e.SlackDays is { } s ? s.ToString(CultureInfo.InvariantCulture) : "-";
                sb.Append(e.Event.ToString().PadRight(width)).Append("  ").Append(Date(e.Earliest).PadRight(10)).Append("  ")
                    .Append(Date(e.Latest).PadRight(10)).Append("  ").Append(slack).Append('\n');
            }

            if (r.CriticalPath.Count > 0)
            {
                var last = r.CriticalPath[^1];
                sb.Append(CultureInfo.InvariantCulture, $"\nCritical path to {last.Event} ({Date(last.Earliest)}):\n");
                foreach (var step in r.CriticalPath)
                {
                    sb.Append(TextTable.Paragraph($"{Date(step.Earliest)}  {step.Event}  ({E(Validation.Wording.Of(step.Because))}; {E(step.Because.At)})", lineWidth, "  ", "              "));
                }
            }
            else
            {
                sb.Append("\nNo critical path: no event is bound to a date.\n");
            }
        }

        if (r.Approximated.Count > 0)
        {
            sb.Append("\nApproximated periods (not anchored to a date):\n");
            foreach (var a in r.Approximated) sb.Append(TextTable.Paragraph($"{E(a.At)}  {E(Validation.Wording.Approximation(a) ?? "")}", lineWidth, "  ", "    "));
        }

        if (r.Unresolved.Count > 0)
        {
            sb.Append("\nLeft out (unknown events):\n");
            foreach (var u in r.Unresolved) sb.Append(TextTable.Paragraph(E(Validation.Wording.Of(u)), lineWidth, "  ", "    "));
        }

        return sb.ToString();
    }

    /// <summary>The place of a pointer as Markdown: <c>`file(line,column)`</c>, or the pointer as code when the file has no position.</summary>
    private static string MdWhere(DesignDocument document, string pointer) =>
        document.Locate(pointer) is { } at ? MarkdownText.Code($"{at.File ?? ""}({at.Line},{at.Column})") : MarkdownText.Code(pointer);

    private static string Markdown(DesignDocument document, ScheduleResult r)
    {
        var inv = CultureInfo.InvariantCulture;
        static string C(string text) => MarkdownText.Code(text);
        static string T(string text) => MarkdownText.Cell(text);
        var sb = new StringBuilder();
        var design = document.Design;
        if (!r.IsConsistent)
        {
            sb.Append(inv, $"## Schedule of {C(design.Id)}: inconsistent, {r.Conflicts.Count} conflict{(r.Conflicts.Count == 1 ? "" : "s")}{(r.ConflictsTruncated ? " (more not shown)" : "")}\n");
            for (int i = 0; i < r.Conflicts.Count; i++)
            {
                var c = r.Conflicts[i];
                sb.Append(inv, $"\n### Conflict {i + 1}\n\n{T(Validation.Wording.Of(c))} ({MdWhere(document, c.Chain[^1].At)})\n\n");
                sb.Append("| place | pointer | constraint |\n|---|---|---|\n");
                foreach (var step in c.Chain) sb.Append("| ").Append(MdWhere(document, step.At)).Append(" | ").Append(C(step.At)).Append(" | ").Append(T(Validation.Wording.Of(step))).Append(" |\n");
            }
        }
        else
        {
            sb.Append(inv, $"## Schedule of {C(design.Id)}: consistent, {r.Events.Count} event{(r.Events.Count == 1 ? "" : "s")}\n\n");
            sb.Append("| event | earliest | latest | slack (days) |\n|---|---|---|---:|\n");
            foreach (var e in r.Events)
            {
                var slack = e.SlackDays is { } days ? days.ToString(inv) : "-";
                sb.Append("| ").Append(C(e.Event.ToString())).Append(" | ").Append(Date(e.Earliest)).Append(" | ").Append(Date(e.Latest)).Append(" | ").Append(slack).Append(" |\n");
            }

            if (r.CriticalPath.Count > 0)
            {
                var last = r.CriticalPath[^1];
                sb.Append(inv, $"\n### Critical path to {C(last.Event.ToString())} ({Date(last.Earliest)})\n\n");
                int n = 0;
                foreach (var step in r.CriticalPath)
                {
                    sb.Append(inv, $"{++n}. {Date(step.Earliest)} {C(step.Event.ToString())} ({T(Validation.Wording.Of(step.Because))}; {C(step.Because.At)})\n");
                }
            }
            else
            {
                sb.Append("\nNo critical path: no event is bound to a date.\n");
            }
        }

        if (r.Approximated.Count > 0)
        {
            sb.Append("\n### Approximated periods (not anchored to a date)\n\n");
            foreach (var a in r.Approximated) sb.Append("- ").Append(C(a.At)).Append(": ").Append(T(Validation.Wording.Approximation(a) ?? "")).Append('\n');
        }

        if (r.Unresolved.Count > 0)
        {
            sb.Append("\n### Left out (unknown events)\n\n");
            foreach (var u in r.Unresolved) sb.Append("- ").Append(T(Validation.Wording.Of(u))).Append('\n');
        }

        return sb.ToString();
    }

    private static string Json(DesignDocument document, ScheduleResult r)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            w.WriteStartObject();
            w.WriteString("design", document.Design.Id);
            w.WriteBoolean("consistent", r.IsConsistent);
            w.WriteStartArray("events");
            foreach (var e in r.Events)
            {
                w.WriteStartObject();
                w.WriteString("event", e.Event.ToString());
                WriteDate(w, "earliest", e.Earliest);
                WriteDate(w, "latest", e.Latest);
                if (e.SlackDays is { } s) w.WriteNumber("slackDays", s);
                else w.WriteNull("slackDays");
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("criticalPath");
            foreach (var step in r.CriticalPath)
            {
                w.WriteStartObject();
                w.WriteString("event", step.Event.ToString());
                w.WriteString("date", Date(step.Earliest));
                WriteConstraint(w, document, step.Because);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("conflicts");
            foreach (var c in r.Conflicts)
            {
                w.WriteStartObject();
                w.WriteString("message", Validation.Wording.Of(c));
                w.WriteNumber("shortfallDays", c.ShortfallDays);
                w.WriteStartArray("chain");
                foreach (var step in c.Chain)
                {
                    w.WriteStartObject();
                    WriteConstraint(w, document, step);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteBoolean("conflictsTruncated", r.ConflictsTruncated);
            w.WriteStartArray("approximated");
            foreach (var a in r.Approximated)
            {
                w.WriteStartObject();
                WriteConstraint(w, document, a);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("unresolved");
            foreach (var u in r.Unresolved) w.WriteStringValue(Validation.Wording.Of(u));
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteDate(Utf8JsonWriter w, string name, LocalDate? date)
    {
        if (date is { } d) w.WriteString(name, Date(d));
        else w.WriteNull(name);
    }

    private static void WriteConstraint(Utf8JsonWriter w, DesignDocument document, TemporalConstraint c)
    {
        w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(c.Kind.ToString()));
        w.WriteString("at", c.At);
        if (document.Locate(c.At) is { } loc)
        {
            w.WriteNumber("line", loc.Line);
            w.WriteNumber("column", loc.Column);
        }

        w.WriteString("constraint", Validation.Wording.Of(c));
        if (Validation.Wording.Approximation(c) is { } a) w.WriteString("approximation", a);
    }
}
