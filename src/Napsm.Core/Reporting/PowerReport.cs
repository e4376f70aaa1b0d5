using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Napsm.Core.Model;
using Napsm.Core.Reporting.Tables;
using Napsm.Core.Voting;

namespace Napsm.Core.Reporting;

/// <summary>
/// Writes the voting power of a body's rule or of a treaty's entry-into-force rule as text, JSON or Markdown, exactly as <c>napsm power</c>
/// prints it. Output is deterministic: the same analyses give the same text, byte for byte, with <c>\n</c> line ends, whatever the
/// machine or culture.
/// </summary>
/// <remarks>
/// Figures the analysis did not compute are absent (text: no column, a note; JSON: <see langword="null"/>), with their reasons; figures it
/// approximated are marked <c>≈</c> (JSON: <c>"approximate": true</c>) with their intervals. This class is thread-safe.
/// </remarks>
public static class PowerReport
{
    /// <summary>Writes the power report of a body: one section per matter analysed (text: separated by a blank line; JSON: an array when there are several).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="design">The design the body belongs to.</param>
    /// <param name="body">The body.</param>
    /// <param name="sections">The analyses of its rules, in the order to show them; at least one.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">The indices to show and the text width.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sections"/> is empty, or a section has only one of an alignment and its analysis.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static void Write(TextWriter writer, Design design, Body body, IEnumerable<PowerReportSection> sections, PowerReportFormat format, PowerReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Format(design, body, sections, format, options));
    }

    /// <summary>Writes the power report of a treaty's entry-into-force rule.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="design">The design the treaty belongs to.</param>
    /// <param name="treaty">The treaty.</param>
    /// <param name="section">The analysis of its entry-into-force rule over its parties.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">The indices to show and the text width.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The section has only one of an alignment and its analysis.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static void Write(TextWriter writer, Design design, Treaty treaty, PowerReportSection section, PowerReportFormat format, PowerReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Format(design, treaty, section, format, options));
    }

    /// <summary>Formats the power report of a body as a string.</summary>
    /// <param name="design">The design the body belongs to.</param>
    /// <param name="body">The body.</param>
    /// <param name="sections">The analyses of its rules, in the order to show them; at least one.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">The indices to show and the text width.</param>
    /// <returns>The text, ending with a line end.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sections"/> is empty, or a section has only one of an alignment and its analysis.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static string Format(Design design, Body body, IEnumerable<PowerReportSection> sections, PowerReportFormat format, PowerReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(sections);
        var list = sections.ToList();
        if (list.Count == 0) throw new ArgumentException("A power report needs at least one section.", nameof(sections));
        return Format(design, new Subject("body", body.Id, body.Name), list, format, options);
    }

    /// <summary>Formats the power report of a treaty's entry-into-force rule as a string.</summary>
    /// <param name="design">The design the treaty belongs to.</param>
    /// <param name="treaty">The treaty.</param>
    /// <param name="section">The analysis of its entry-into-force rule over its parties.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">The indices to show and the text width.</param>
    /// <returns>The text, ending with a line end.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The section has only one of an alignment and its analysis.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static string Format(Design design, Treaty treaty, PowerReportSection section, PowerReportFormat format, PowerReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(treaty);
        ArgumentNullException.ThrowIfNull(section);
        return Format(design, new Subject("treaty", treaty.Id, treaty.Name), [section], format, options);
    }

    /// <summary>What the report is of: <c>body</c> or <c>treaty</c>, its id and name.</summary>
    private readonly record struct Subject(string Kind, string Id, string Name);

    private static string Format(Design design, Subject subject, List<PowerReportSection> sections, PowerReportFormat format, PowerReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var s in sections)
        {
            ArgumentNullException.ThrowIfNull(s, nameof(sections));
            if ((s.Alignment is null) != (s.Unions is null))
            {
                throw new ArgumentException("A section gives an alignment together with the analysis of the rule under it, or neither.", nameof(sections));
            }
        }

        return format switch
        {
            PowerReportFormat.Text => Text(design, subject, sections, options),
            PowerReportFormat.Json => Json(design, subject, sections, options.Indices),
            PowerReportFormat.Markdown => Markdown(design, subject, sections, options),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown power report format."),
        };
    }

    private static string Json(Design design, Subject subject, List<PowerReportSection> sections, PowerReportIndices indices)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            // Several matters: one array of the per-matter objects, so that the output stays one JSON value.
            if (sections.Count > 1) w.WriteStartArray();
            foreach (var s in sections) WriteJson(w, design, subject, s, indices);
            if (sections.Count > 1) w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Text(Design design, Subject subject, List<PowerReportSection> sections, PowerReportOptions options)
    {
        using var o = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        for (int k = 0; k < sections.Count; k++)
        {
            var s = sections[k];
            if (k > 0) o.WriteLine();
            WriteText(design, subject, s, options.Indices, o, options.Width);
            if (s.Ternary is { } ternary)
            {
                o.WriteLine();
                o.Write(TernaryWriter.Text(ternary, options.Indices, options.Width));
            }

            if (s.Alignment is { } alignment && s.Unions is { } unions)
            {
                o.WriteLine();
                o.Write(UnionWriter.Text(alignment, unions, options.Width));
            }
        }

        return o.ToString();
    }

    private static string Markdown(Design design, Subject subject, List<PowerReportSection> sections, PowerReportOptions options)
    {
        var sb = new StringBuilder();
        for (int k = 0; k < sections.Count; k++)
        {
            var s = sections[k];
            if (k > 0) sb.Append('\n');
            WriteMarkdown(design, subject, s, options.Indices, sb);
            // The ternary game and the alignment's unions as text writes them, in a block of their own, under their own heading.
            if (s.Ternary is { } ternary)
            {
                sb.Append("\n### Ternary game\n\n");
                MarkdownText.Fenced(sb, TernaryWriter.Text(ternary, options.Indices, options.Width));
            }

            if (s.Alignment is { } alignment && s.Unions is { } unions)
            {
                sb.Append("\n### Alignment ").Append(MarkdownText.Code(alignment.Id)).Append("\n\n");
                MarkdownText.Fenced(sb, UnionWriter.Text(alignment, unions, options.Width));
            }
        }

        return sb.ToString();
    }

    private static string List(IEnumerable<string> ids)
    {
        var all = ids.ToArray();
        return all.Length == 0 ? "(none)" : string.Join(", ", all);
    }

    private static void WriteJson(Utf8JsonWriter w, Design design, Subject subject, PowerReportSection section, PowerReportIndices indices)
    {
        var a = section.Analysis;
        bool Has(PowerReportIndices index) => indices.HasFlag(index);
        w.WriteStartObject();
        w.WriteString("design", design.Id);
        w.WriteString(subject.Kind, subject.Id);
        if (section.Matter is { } matter) w.WriteString("matter", matter);
        // The figures are of the binary game (every voter present, abstention counted as no): said wherever the ternary game is beside them.
        if (section.Ternary is not null) w.WriteString("game", "binary: every voter present, abstention counted as no");
        // A compound body expanded to its members (#15, napsm power --expand): the voters are the members, the game is binary.
        if (a.Game.IsExpanded) w.WriteString("expanded", "member-level game: each body:ID voter replaced by its body's game over its members");
        w.WriteNumber("voters", a.VoterCount);
        if (a.WinningCoalitions is { } winning) w.WriteString("winningCoalitions", winning.ToString(CultureInfo.InvariantCulture));
        else w.WriteNull("winningCoalitions");
        w.WritePropertyName("powerToAct");
        if (a.PowerToAct is { } act) w.WriteRawValue(AnalysisNotes.JsonNumber(act.ToDouble()));
        else w.WriteNullValue();
        WriteBool(w, "proper", a.IsProper);
        WriteBool(w, "strong", a.IsStrong);
        WriteBool(w, "decisive", a.IsDecisive);
        w.WriteStartArray("members");
        foreach (var m in a.Members)
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            if (m.Swings is { } swings) w.WriteString("swings", swings.ToString(CultureInfo.InvariantCulture));
            else w.WriteNull("swings");
            if (Has(PowerReportIndices.Penrose)) WriteIndex(w, "penrose", m.Penrose, exact: false, m.ApproximatePenrose);
            if (Has(PowerReportIndices.Banzhaf)) WriteIndex(w, "banzhaf", m.Banzhaf, exact: true, m.ApproximateBanzhaf);
            if (Has(PowerReportIndices.ShapleyShubik)) WriteIndex(w, "shapleyShubik", m.ShapleyShubik, exact: true, m.ApproximateShapleyShubik);
            WriteBool(w, "veto", m.IsVeto);
            WriteBool(w, "dummy", m.IsDummy);
            if (Has(PowerReportIndices.Johnston)) WriteIndex(w, "johnston", m.Johnston, exact: true, null);
            if (Has(PowerReportIndices.DeeganPackel)) WriteIndex(w, "deeganPackel", m.DeeganPackel, exact: true, null);
            if (Has(PowerReportIndices.HollerPackel)) WriteIndex(w, "hollerPackel", m.HollerPackel, exact: true, null);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (a.ImproperWitness is { } witness)
        {
            w.WriteStartArray("improperWitness");
            foreach (var c in new[] { witness.First, witness.Second })
            {
                w.WriteStartArray();
                foreach (var v in c) w.WriteStringValue(v);
                w.WriteEndArray();
            }

            w.WriteEndArray();
        }

        if (a.Clauses.Count > 0)
        {
            w.WriteStartArray("clauses");
            foreach (var c in a.Clauses)
            {
                w.WriteStartObject();
                w.WriteString("at", c.At);
                w.WriteString("clause", c.Clause.ToString());
                w.WriteString("changedCoalitions", c.ChangedCoalitions.ToString(CultureInfo.InvariantCulture));
                w.WriteBoolean("redundant", c.IsRedundant);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        // A part approximated is not listed as not computed (its figures are there, marked approximate): its method entry says why it
        // is not exact. Without approximation both lists are as they always were.
        var notComputed = a.NotComputed.Where(p => a.ApproximationOf(p.Part) is null).ToList();
        if (notComputed.Count > 0 || a.Approximations.Count > 0) AnalysisNotes.WriteJson(w, notComputed);
        w.WriteStartArray("methods");
        AnalysisNotes.WriteMethods(w, a.Methods);
        foreach (var p in a.Approximations)
        {
            w.WriteStartObject();
            w.WriteString("part", AnalysisNotes.Json(p.Part));
            w.WriteString("method", AnalysisNotes.Json(p.Method));
            w.WriteBoolean("approximate", true);
            if (p.Samples is { } samples) w.WriteNumber("samples", samples);
            else w.WriteNull("samples");
            if (p.Seed is { } seed) w.WriteNumber("seed", seed);
            else w.WriteNull("seed");
            w.WritePropertyName("confidence");
            if (p.Confidence is { } c) w.WriteRawValue(AnalysisNotes.JsonNumber(c));
            else w.WriteNullValue();
            w.WriteString("intervals", AnalysisNotes.Json(p.Interval));
            w.WriteString("note", AnalysisNotes.ApproximationSentence(p));
            if (a.ReasonFor(p.Part) is { } why)
            {
                w.WriteStartObject("exact");
                w.WriteString("notComputed", AnalysisNotes.Sentence(why));
                w.WriteString("reason", AnalysisNotes.Json(why.Reason));
                w.WriteString("detail", Validation.Wording.Detail(why));
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (section.Ternary is { } ternary) TernaryWriter.WriteJson(w, ternary, indices);
        if (section.Alignment is { } alignment && section.Unions is { } unions) UnionWriter.WriteJson(w, alignment, unions);

        w.WriteEndObject();
    }

    private static void WriteBool(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } b) w.WriteBoolean(name, b);
        else w.WriteNull(name);
    }

    private static void WriteIndex(Utf8JsonWriter w, string name, Rational? value, bool exact, ApproximateFigure? approximate)
    {
        w.WritePropertyName(name);
        if (value is { } v) w.WriteRawValue(AnalysisNotes.JsonNumber(v.ToDouble()));
        else if (approximate is { } ap) w.WriteRawValue(AnalysisNotes.JsonNumber(ap.Value));
        else w.WriteNullValue();
        if (exact)
        {
            if (value is { } e) w.WriteString(name + "Exact", e.ToString());
            else w.WriteNull(name + "Exact");
        }

        // Only beside a figure that is not exact: the exact one stays as it was, and never gains an interval.
        if (value is null && approximate is not null) AnalysisNotes.WriteApproximation(w, name, approximate);
    }

    private static string YesNo(bool? b) => b switch { true => "yes", false => "no", null => "not computed" };

    private static string Fixed(Rational? r) => r is { } v ? v.ToDouble().ToString("0.000000", CultureInfo.InvariantCulture) : "—";

    private static string Approx(ApproximateFigure? f) => f is { } v ? "≈" + v.Value.ToString("0.000000", CultureInfo.InvariantCulture) : "—";

    private static string Interval(ApproximateFigure f) => f.Lower is { } lo && f.Upper is { } hi
        ? string.Create(CultureInfo.InvariantCulture, $" [{lo:0.000000}, {hi:0.000000}]")
        : " (no interval)";

    /// <summary>"not computed", with the reason when the analysis gives one.</summary>
    private static string Missing(GameAnalysis a, AnalysisPart part) => a.ReasonFor(part) is { } r ? "not computed: " + AnalysisNotes.ReasonName(r.Reason) : "not computed";

    /// <summary>The statements of a section's heading, in the order text and Markdown give them (ids and the rule as they are).</summary>
    private static List<string> Statements(PowerReportSection section, Func<string, string> code)
    {
        var inv = CultureInfo.InvariantCulture;
        var a = section.Analysis;
        var said = new List<string>();
        if (section.Matter is { } matter) said.Add($"Matter: {code(matter)}");
        said.Add($"Rule: {code(a.Game.Rule.ToString())}");
        if (a.Game.IsExpanded) said.Add("Expanded: the member-level game, each body:ID voter replaced by its body's game over its members (binary: every voter present, abstention counted as no)");
        if (section.Ternary is not null) said.Add("Game: binary (every voter present, abstention counted as no; see docs/analyses.md)");
        said.Add(a.WinningCoalitions is { } winning
            ? string.Create(inv, $"{a.VoterCount} voters; {winning} of {BigInteger.One << a.VoterCount} coalitions win; power to act {Fixed(a.PowerToAct)} ({a.PowerToAct})")
            : string.Create(inv, $"{a.VoterCount} voters; winning coalitions {Missing(a, AnalysisPart.WinningCoalitions)}"));
        return said;
    }

    /// <summary>The table of figures per member: a column only for what was computed (or approximated, marked ≈).</summary>
    private static (ReportTable Table, bool Swings, bool SwingsApprox, bool SsApprox) Figures(GameAnalysis a, PowerReportIndices indices)
    {
        var inv = CultureInfo.InvariantCulture;
        bool Has(PowerReportIndices index) => indices.HasFlag(index);
        bool swings = a.IsComputed(AnalysisPart.Swings);
        var columns = new List<(string Header, Func<VoterPower, string> Cell, bool Right)> { ("member", m => m.Id, false) };
        if (swings) columns.Add(("swings", m => m.Swings?.ToString(inv) ?? "—", true));
        bool swingsApprox = !swings && a.ApproximationOf(AnalysisPart.Swings) is not null;
        bool ssApprox = !a.IsComputed(AnalysisPart.ShapleyShubik) && a.ApproximationOf(AnalysisPart.ShapleyShubik) is not null;
        if (swings && Has(PowerReportIndices.Penrose)) columns.Add(("Penrose", m => Fixed(m.Penrose), true));
        if (swings && Has(PowerReportIndices.Banzhaf)) columns.Add(("Banzhaf", m => Fixed(m.Banzhaf), true));
        if (swingsApprox && Has(PowerReportIndices.Penrose)) columns.Add(("Penrose", m => Approx(m.ApproximatePenrose), true));
        if (swingsApprox && Has(PowerReportIndices.Banzhaf)) columns.Add(("Banzhaf", m => Approx(m.ApproximateBanzhaf), true));
        if (Has(PowerReportIndices.ShapleyShubik) && a.IsComputed(AnalysisPart.ShapleyShubik)) columns.Add(("Shapley-Shubik", m => Fixed(m.ShapleyShubik), true));
        if (Has(PowerReportIndices.ShapleyShubik) && ssApprox) columns.Add(("Shapley-Shubik", m => Approx(m.ApproximateShapleyShubik), true));
        if (Has(PowerReportIndices.Johnston) && a.IsComputed(AnalysisPart.Johnston)) columns.Add(("Johnston", m => Fixed(m.Johnston), true));
        if (Has(PowerReportIndices.DeeganPackel) && a.IsComputed(AnalysisPart.DeeganPackel)) columns.Add(("Deegan-Packel", m => Fixed(m.DeeganPackel), true));
        if (Has(PowerReportIndices.HollerPackel) && a.IsComputed(AnalysisPart.HollerPackel)) columns.Add(("Holler-Packel", m => Fixed(m.HollerPackel), true));
        columns.Add(("veto", m => YesNo(m.IsVeto), false));
        if (swings) columns.Add(("dummy", m => YesNo(m.IsDummy), false));
        var table = new ReportTable("power", "",
            [.. columns.Select((c, i) => new TableColumn(c.Header, i == 0 ? ColumnKind.Id : c.Right ? ColumnKind.Figure : ColumnKind.Short, c.Header))],
            [.. a.Members.Select(m => (IReadOnlyList<TableCell>)[.. columns.Select(c => new TableCell(c.Cell(m)))])]);
        return (table, swings, swingsApprox, ssApprox);
    }

    /// <summary>Per member, its exact Banzhaf and Shapley–Shubik fractions; per member, its approximate figures with intervals.</summary>
    private static (List<(string Member, string Figures)> Exact, List<(string Member, string Figures)> Approximate) Values(
        GameAnalysis a, PowerReportIndices indices, bool swings, bool swingsApprox, bool ssApprox)
    {
        bool Has(PowerReportIndices index) => indices.HasFlag(index);
        var exact = new List<(string, string)>();
        var approximate = new List<(string, string)>();
        if ((Has(PowerReportIndices.Banzhaf) && swings) || (Has(PowerReportIndices.ShapleyShubik) && a.IsComputed(AnalysisPart.ShapleyShubik)))
        {
            foreach (var m in a.Members)
            {
                var parts = new List<string>();
                if (Has(PowerReportIndices.Banzhaf) && m.Banzhaf is { } bz) parts.Add($"Banzhaf {bz}");
                if (Has(PowerReportIndices.ShapleyShubik) && m.ShapleyShubik is { } ss) parts.Add($"Shapley-Shubik {ss}");
                exact.Add((m.Id, string.Join(", ", parts)));
            }
        }

        bool anyApprox = (swingsApprox && (Has(PowerReportIndices.Penrose) || Has(PowerReportIndices.Banzhaf))) || (ssApprox && Has(PowerReportIndices.ShapleyShubik));
        if (anyApprox)
        {
            foreach (var m in a.Members)
            {
                var parts = new List<string>();
                if (swingsApprox && Has(PowerReportIndices.Penrose) && m.ApproximatePenrose is { } pe) parts.Add($"Penrose {Approx(pe)}{Interval(pe)}");
                if (swingsApprox && Has(PowerReportIndices.Banzhaf) && m.ApproximateBanzhaf is { } bz) parts.Add($"Banzhaf {Approx(bz)}{Interval(bz)}");
                if (ssApprox && Has(PowerReportIndices.ShapleyShubik) && m.ApproximateShapleyShubik is { } ss) parts.Add($"Shapley-Shubik {Approx(ss)}{Interval(ss)}");
                approximate.Add((m.Id, string.Join(", ", parts)));
            }
        }

        return (exact, approximate);
    }

    /// <summary>The closing notes: methods, approximations, what was not computed.</summary>
    private static List<string> Notes(GameAnalysis a)
    {
        var notes = new List<string>();
        if (a.Methods.Count > 0)
        {
            notes.Add("Methods: " + string.Join("; ", a.Methods.GroupBy(m => m.Method).Select(g =>
                AnalysisNotes.MethodName(g.Key) + " for " + string.Join(", ", g.Select(m => AnalysisNotes.PartName(m.Part))))));
        }

        foreach (var p in a.Approximations) notes.Add($"Approximation: {AnalysisNotes.ApproximationSentence(p)}.");
        foreach (var s in a.NotComputed) notes.Add($"Note: {AnalysisNotes.Sentence(s)}{(a.ApproximationOf(s.Part) is not null ? " (approximated instead, ≈)" : "")}");
        return notes;
    }

    private static void WriteMarkdown(Design design, Subject subject, PowerReportSection section, PowerReportIndices indices, StringBuilder sb)
    {
        var inv = CultureInfo.InvariantCulture;
        var a = section.Analysis;
        static string C(string text) => MarkdownText.Code(text);
        static string E(string text) => MarkdownText.Cell(text);
        sb.Append("## ").Append(E(subject.Name)).Append(" (").Append(subject.Kind).Append(' ').Append(C(subject.Id)).Append(") in ")
          .Append(E(design.Name)).Append(" (").Append(C(design.Id)).Append(")\n\n");
        foreach (var statement in Statements(section, C)) sb.Append("- ").Append(statement).Append('\n');
        string Structure(bool? b) => b switch { true => "yes", false => "no", null => Missing(a, AnalysisPart.Structure) };
        sb.Append(inv, $"- Proper: {Structure(a.IsProper)} · Strong: {Structure(a.IsStrong)} · Decisive: {Structure(a.IsDecisive)}\n");
        static string Coalition(IEnumerable<string> ids) => "{" + string.Join(", ", ids.Select(C)) + "}";
        if (a.ImproperWitness is { } w) sb.Append("- Improper: ").Append(Coalition(w.First)).Append(" and ").Append(Coalition(w.Second)).Append(" are disjoint and both win.\n");
        static string Ids(IEnumerable<string> ids) => ids.Any() ? string.Join(", ", ids.Select(C)) : "none";
        var dummies = a.IsComputed(AnalysisPart.Swings) ? Ids(a.DummyPlayers) : Missing(a, AnalysisPart.Swings);
        sb.Append("- Veto players: ").Append(Ids(a.VetoPlayers)).Append(" · Dummies: ").Append(dummies)
          .Append(a.Dictator is { } d ? " · Dictator: " + C(d) : "").Append("\n\n");
        var (table, swings, swingsApprox, ssApprox) = Figures(a, indices);
        MarkdownText.Table(sb, table);
        var (exact, approximate) = Values(a, indices, swings, swingsApprox, ssApprox);
        if (exact.Count > 0)
        {
            sb.Append("\nExact values:\n\n");
            foreach (var (member, figures) in exact) sb.Append("- ").Append(C(member)).Append(": ").Append(figures).Append('\n');
        }

        if (approximate.Count > 0)
        {
            sb.Append("\nApproximate values (≈, with their intervals):\n\n");
            foreach (var (member, figures) in approximate) sb.Append("- ").Append(C(member)).Append(": ").Append(figures).Append('\n');
        }

        if (a.Clauses.Count > 0)
        {
            sb.Append("\nClauses (coalitions whose outcome each decides):\n\n");
            foreach (var c in a.Clauses)
            {
                sb.Append(inv, $"- {C(c.At)} {C(c.Clause.ToString())}: {c.ChangedCoalitions}{(c.IsRedundant ? " (redundant)" : "")}\n");
            }
        }

        // The methods and notes as paragraphs, apart from the list above.
        foreach (var note in Notes(a)) sb.Append('\n').Append(E(note)).Append('\n');
    }

    private static void WriteText(Design design, Subject subject, PowerReportSection section, PowerReportIndices indices, TextWriter o, int width)
    {
        var a = section.Analysis;

        // One statement, wrapped to the width with its continuation lines indented.
        void Say(string text) => o.Write(TextTable.Paragraph(text, width, "", "  "));
        Say($"{FreeText.Escape(subject.Name)} ({subject.Kind} {subject.Id}) in {FreeText.Escape(design.Name)} ({design.Id})");
        foreach (var statement in Statements(section, t => t)) Say(statement);
        string Structure(bool? b) => b switch { true => "yes", false => "no", null => Missing(a, AnalysisPart.Structure) };
        Say($"Proper: {Structure(a.IsProper)}   Strong: {Structure(a.IsStrong)}   Decisive: {Structure(a.IsDecisive)}");
        if (a.ImproperWitness is { } w) Say($"Improper: {{{string.Join(", ", w.First)}}} and {{{string.Join(", ", w.Second)}}} are disjoint and both win.");
        var dummies = a.IsComputed(AnalysisPart.Swings) ? List(a.DummyPlayers) : Missing(a, AnalysisPart.Swings);
        Say($"Veto players: {List(a.VetoPlayers)}   Dummies: {dummies}{(a.Dictator is { } d ? "   Dictator: " + d : "")}");
        o.WriteLine();

        // A part not computed has no column: its note below says why.
        var (table, swings, swingsApprox, ssApprox) = Figures(a, indices);
        o.Write(TextTable.Write(table, width));
        var (exact, approximate) = Values(a, indices, swings, swingsApprox, ssApprox);
        if (exact.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Exact values:");
            foreach (var (member, figures) in exact) o.Write(TextTable.Paragraph($"{member}: {figures}", width, "  ", "    "));
        }

        if (approximate.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Approximate values (≈, with their intervals):");
            foreach (var (member, figures) in approximate) o.Write(TextTable.Paragraph($"{member}: {figures}", width, "  ", "    "));
        }

        if (a.Clauses.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Clauses (coalitions whose outcome each decides):");
            foreach (var c in a.Clauses)
            {
                o.Write(TextTable.Paragraph(string.Create(CultureInfo.InvariantCulture, $"{c.At}  {c.Clause}: {c.ChangedCoalitions}{(c.IsRedundant ? " (redundant)" : "")}"), width, "  ", "    "));
            }
        }

        var notes = Notes(a);
        if (a.Methods.Count > 0) o.WriteLine();
        foreach (var note in notes) Say(note);
    }
}
