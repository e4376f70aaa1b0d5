using System.Globalization;
using System.Text;
using System.Text.Json;
using Napsm.Core.Reporting;
using Napsm.Core.Scheduling;
using Napsm.Core.Serialization;
using NodaTime;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm schedule FILE [--format text|json]</c>: the earliest and latest date of every event, the critical path, or the conflicts.</summary>
internal sealed class ScheduleCommand : ICommand
{
    public string Name => "schedule";

    public string Summary => "dates of phases, commitments and treaties, critical path or timing conflicts";

    public string Help => """
        Usage: napsm schedule FILE [--format text|json]

        Builds the design's Simple Temporal Network (phase windows, due dates, 'after', 'requires', entry-into-force
        delays and dates, explicit 'timing') and checks that some calendar satisfies it.
        Consistent: prints every event (PHASE.start, PHASE.end, COMMITMENT.due, TREATY.inForce) with its earliest and
        latest ISO date and its slack in days, then the critical path to the last event; exit code 0.
        Inconsistent: prints each conflict as the shortest chain of constraints that cannot all hold, each with its
        place in the file; exit code 1.
        Periods in months or years that no date anchors are approximated by their widest length and listed.

        Options:
          --format text|json   output format (default text)

        Load errors go to standard error as FILE(LINE,COLUMN): error: MESSAGE, with exit code 2.

        Example:
          napsm schedule seeds/six-party-2007-initial-actions.json
        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? file = null;
        bool json = false;
        for (int i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--format")
            {
                json = CommandArgs.Value(args, ref i) switch
                {
                    "text" => false,
                    "json" => true,
                    var other => throw new CommandLineException($"unknown format '{other}'; use text or json."),
                };
            }
            else if (arg.StartsWith('-') && arg.Length > 1) throw new CommandLineException($"unknown option '{arg}'.");
            else if (file is null) file = arg;
            else throw new CommandLineException($"unexpected argument '{arg}'; schedule takes one FILE.");
        }

        if (file is null) throw new CommandLineException("missing FILE: the design file to schedule.");
        if (!DesignJson.TryLoad(file, out var document, out var error))
        {
            stderr.WriteLine(LoadErrors.Format(error));
            return ExitCodes.BadInput;
        }

        var result = TemporalNetwork.FromDesign(document.Design).Analyse();
        stdout.Write(json ? Json(document, result) : Text(document, result));
        return result.IsConsistent ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }

    internal static string Iso(LocalDate? date) => date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    private static string Where(DesignDocument document, string pointer) =>
        document.Locate(pointer) is { } at ? $"{E(at.File ?? "")}({at.Line},{at.Column})" : E(pointer);

    /// <summary>Free text from the design or the file system, escaped so that it cannot forge a line or drive the terminal.</summary>
    private static string E(string text) => FreeText.Escape(text);

    private static string Text(DesignDocument document, ScheduleResult r)
    {
        var sb = new StringBuilder();
        var design = document.Design;
        if (!r.IsConsistent)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Schedule of {design.Id}: inconsistent, {r.Conflicts.Count} conflict{(r.Conflicts.Count == 1 ? "" : "s")}{(r.ConflictsTruncated ? " (more not shown)" : "")}\n");
            for (int i = 0; i < r.Conflicts.Count; i++)
            {
                var c = r.Conflicts[i];
                sb.Append(CultureInfo.InvariantCulture, $"\n{Where(document, c.Chain[^1].At)}: conflict {i + 1}: {E(c.Message)}\n");
                foreach (var step in c.Chain) sb.Append(CultureInfo.InvariantCulture, $"  {Where(document, step.At)}  {E(step.At)}  {E(step.Sentence)}\n");
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
                sb.Append(e.Event.ToString().PadRight(width)).Append("  ").Append(Iso(e.Earliest).PadRight(10)).Append("  ")
                    .Append(Iso(e.Latest).PadRight(10)).Append("  ").Append(slack).Append('\n');
            }

            if (r.CriticalPath.Count > 0)
            {
                var last = r.CriticalPath[^1];
                sb.Append(CultureInfo.InvariantCulture, $"\nCritical path to {last.Event} ({Iso(last.Earliest)}):\n");
                foreach (var step in r.CriticalPath)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"  {Iso(step.Earliest)}  {step.Event}  ({E(step.Because.Sentence)}; {E(step.Because.At)})\n");
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
            foreach (var a in r.Approximated) sb.Append(CultureInfo.InvariantCulture, $"  {E(a.At)}  {E(a.Approximation ?? "")}\n");
        }

        if (r.Unresolved.Count > 0)
        {
            sb.Append("\nLeft out (unknown events):\n");
            foreach (var u in r.Unresolved) sb.Append(CultureInfo.InvariantCulture, $"  {E(u)}\n");
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
                w.WriteString("date", Iso(step.Earliest));
                WriteConstraint(w, document, step.Because);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("conflicts");
            foreach (var c in r.Conflicts)
            {
                w.WriteStartObject();
                w.WriteString("message", c.Message);
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
            foreach (var u in r.Unresolved) w.WriteStringValue(u);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteDate(Utf8JsonWriter w, string name, LocalDate? date)
    {
        if (date is { } d) w.WriteString(name, Iso(d));
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

        w.WriteString("constraint", c.Sentence);
        if (c.Approximation is { } a) w.WriteString("approximation", a);
    }
}
