using System.Globalization;
using System.Text;
using System.Text.Json;
using Napsm.Core.Kernel;
using Napsm.Core.Model;
using Napsm.Core.Reporting.Tables;
using Napsm.Core.Treaties;
using NodaTime;

namespace Napsm.Core.Reporting;

/// <summary>
/// Writes a treaty's entry-into-force status (<see cref="TreatyStatus"/>) as text, JSON or Markdown, exactly as <c>napsm treaty</c> prints it.
/// Output is deterministic, with <c>\n</c> line ends, whatever the machine or culture. This class is thread-safe.
/// </summary>
public static class TreatyReport
{
    /// <summary>Writes a treaty's status.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="treaty">The treaty (its name and its number of parties are shown).</param>
    /// <param name="status">Its status as of a date.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">The text width.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static void Write(TextWriter writer, Treaty treaty, TreatyStatus status, TreatyReportFormat format, TreatyReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Format(treaty, status, format, options));
    }

    /// <summary>Formats a treaty's status as a string.</summary>
    /// <param name="treaty">The treaty (its name and its number of parties are shown).</param>
    /// <param name="status">Its status as of a date.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">The text width.</param>
    /// <returns>The text, ending with a line end.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static string Format(Treaty treaty, TreatyStatus status, TreatyReportFormat format, TreatyReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(treaty);
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(options);
        return format switch
        {
            TreatyReportFormat.Text => Text(status, treaty.Name, treaty.Parties.Count, options.Width),
            TreatyReportFormat.Json => Json(status, treaty.Parties.Count),
            TreatyReportFormat.Markdown => Markdown(status, treaty.Name, treaty.Parties.Count),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown treaty report format."),
        };
    }

    private static string Iso(LocalDate? d) => IsoDate.Format(d, "-");

    private static string List(IReadOnlyList<string> ids) => ids.Count == 0 ? "none" : FreeText.Escape(string.Join(", ", ids));

    private static string State(TreatyState s) => s switch
    {
        TreatyState.InForce => "in force",
        TreatyState.Pending => "pending (its rule is met)",
        TreatyState.Open => "not in force (its rule is not met yet)",
        _ => "blocked (it can no longer enter into force)",
    };

    private static string Text(TreatyStatus s, string name, int parties, int width)
    {
        var sb = new StringBuilder();
        sb.Append(TextTable.Paragraph($"Treaty {s.Treaty} ({FreeText.Escape(name)}) as of {Iso(s.AsOf)}: {State(s.State)}", width, "", "  "));
        // A long value (the parties not ratified, say) wraps under itself, clear of the labels.
        foreach (var (label, value) in Lines(s, parties))
        {
            sb.Append(TextTable.Paragraph(value, width, string.Create(CultureInfo.InvariantCulture, $"  {label,-28}"), new string(' ', 30)));
        }

        foreach (var p in s.Problems) sb.Append(TextTable.Paragraph($"problem: {FreeText.Escape(p.At)}: {FreeText.Escape(Validation.Wording.Of(p))}", width, "  ", "    "));
        return sb.ToString();
    }

    /// <summary>The Markdown of a status: a heading with the state, the lines of the text as a table, the problems as a list.</summary>
    private static string Markdown(TreatyStatus s, string name, int parties)
    {
        var sb = new StringBuilder();
        sb.Append("## Treaty ").Append(MarkdownText.Code(s.Treaty)).Append(" (").Append(MarkdownText.Cell(name)).Append(") as of ").Append(Iso(s.AsOf))
          .Append(": ").Append(State(s.State)).Append("\n\n| Status | Value |\n|---|---|\n");
        foreach (var (label, value) in Lines(s, parties))
        {
            sb.Append("| ").Append(MarkdownText.Cell(label.TrimEnd(':'))).Append(" | ").Append(MarkdownText.Cell(value)).Append(" |\n");
        }

        if (s.Problems.Count > 0)
        {
            sb.Append("\nProblems:\n\n");
            foreach (var p in s.Problems) sb.Append("- ").Append(MarkdownText.Code(p.At)).Append(": ").Append(MarkdownText.Cell(Validation.Wording.Of(p))).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The labelled lines of a status, in the order text and Markdown show them; the values' free text is escaped.</summary>
    private static List<(string Label, string Value)> Lines(TreatyStatus s, int parties)
    {
        var lines = new List<(string, string)>();
        void Line(string label, string value) => lines.Add((label, value));
        Line("Ratified:", $"{s.Ratified.Count} of {parties} parties");
        Line("Not ratified:", List(s.NotRatified));
        if (s.Revoked.Count > 0) Line("Revoked:", List(s.Revoked));
        if (s.Withdrawn.Count > 0) Line("Withdrawn:", List(s.Withdrawn));
        if (s.ConditionMetOn is { } met) Line("Rule met since:", Iso(met));
        if (s.EnteredIntoForce is { } eif) Line("Entered into force:", Iso(eif));
        if (s.State is TreatyState.Open)
        {
            Line("Still required:", List(s.StillRequired));
            Line("Fewest more ratifications:", s.FewestMoreRatifications is { } n ? $"{n} ({Choice(s.CompletingChoice, s.OneCompletingSet)})" : "not computed: too large");
            Line("Pivotal now:", List(s.Pivotal));
        }

        if (s.State is TreatyState.Blocked)
        {
            Line("Blocked by:", List(s.Blockers));
            Line("Because:", FreeText.Escape(Validation.Describe.Blocked(s) ?? ""));
        }

        if (s.UnmetRequirements.Count > 0) Line("Waiting for:", List(s.UnmetRequirements));
        if (s.State is not TreatyState.Blocked) Line("Earliest entry into force:", s.EarliestEntryIntoForce is { } e ? Iso(e) : "never (a requirement cannot be met, or the date would fall after 9999-12-31)");
        if (s.State is TreatyState.Open or TreatyState.Pending)
        {
            Line("Fewest refusals to block:", s.FewestRefusalsToBlock is { } k ? $"{k} ({Choice(s.BlockingChoice, s.OneBlockingSet)})" : "not computed: too large");
        }

        return lines;
    }

    /// <summary>
    /// A smallest set as its choices: "any 3 of p03, p09, p14, p22, p30" for interchangeable parties, the parties themselves where
    /// there is no choice; <paramref name="set"/> when no description is known.
    /// </summary>
    private static string Choice(IReadOnlyList<PartyChoice> choices, IReadOnlyList<string> set)
    {
        if (choices.Count == 0) return List(set);
        var every = choices.Where(c => c.IsEvery).SelectMany(c => c.From).ToList();
        var parts = choices.Where(c => !c.IsEvery)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"any {c.Count} of {List(c.From)}"))
            .ToList();
        if (every.Count > 0) parts.Add(List(every));
        return parts.Count == 1 ? parts[0] : string.Join("; and ", parts);
    }

    private static string Json(TreatyStatus s, int parties)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            void Strings(string name, IReadOnlyList<string> values)
            {
                w.WriteStartArray(name);
                foreach (var v in values) w.WriteStringValue(v);
                w.WriteEndArray();
            }

            void Date(string name, LocalDate? d)
            {
                if (d is { } x) w.WriteString(name, Iso(x));
                else w.WriteNull(name);
            }

            void Choices(string name, IReadOnlyList<PartyChoice> choices)
            {
                w.WriteStartArray(name);
                foreach (var c in choices)
                {
                    w.WriteStartObject();
                    w.WriteNumber("count", c.Count);
                    Strings("of", c.From);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            void Number(string name, int? n)
            {
                if (n is { } x) w.WriteNumber(name, x);
                else w.WriteNull(name);
            }

            w.WriteStartObject();
            w.WriteString("treaty", s.Treaty);
            w.WriteString("asOf", Iso(s.AsOf));
            w.WriteString("state", JsonNamingPolicy.CamelCase.ConvertName(s.State.ToString()));
            w.WriteBoolean("conditionMet", s.ConditionMet);
            w.WriteNumber("parties", parties);
            Strings("ratified", s.Ratified);
            Strings("notRatified", s.NotRatified);
            Strings("revoked", s.Revoked);
            Strings("withdrawn", s.Withdrawn);
            Date("conditionMetOn", s.ConditionMetOn);
            Date("enteredIntoForce", s.EnteredIntoForce);
            Date("earliestEntryIntoForce", s.EarliestEntryIntoForce);
            Strings("stillRequired", s.StillRequired);
            Number("fewestMoreRatifications", s.FewestMoreRatifications);
            Strings("oneCompletingSet", s.OneCompletingSet);
            Choices("completingChoice", s.CompletingChoice);
            Strings("pivotal", s.Pivotal);
            Strings("blockers", s.Blockers);
            if (Validation.Describe.Blocked(s) is { } why) w.WriteString("blockedBecause", why);
            else w.WriteNull("blockedBecause");
            Number("fewestRefusalsToBlock", s.FewestRefusalsToBlock);
            Strings("oneBlockingSet", s.OneBlockingSet);
            Choices("blockingChoice", s.BlockingChoice);
            Strings("unmetRequirements", s.UnmetRequirements);
            w.WriteStartArray("problems");
            foreach (var p in s.Problems)
            {
                w.WriteStartObject();
                w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(p.Kind.ToString()));
                w.WriteString("at", p.At);
                w.WriteString("message", Validation.Wording.Of(p));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
