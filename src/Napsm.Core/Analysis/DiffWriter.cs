using System.Text;
using System.Text.Json;
using Napsm.Core.Validation;
using static Napsm.Core.Analysis.StakeWriter;

namespace Napsm.Core.Analysis;

/// <summary>Writes design diffs as text, JSON or Markdown.</summary>
internal static class DiffWriter
{
    private static readonly (DiffSection Section, string Title, string Noun)[] Sections =
    [
        (DiffSection.Design, "Design", "design field"),
        (DiffSection.Members, "Members", "member"),
        (DiffSection.Bodies, "Bodies and their rules", "body"),
        (DiffSection.Principles, "Principles", "principle"),
        (DiffSection.Phases, "Phases", "phase"),
        (DiffSection.Commitments, "Commitments", "commitment"),
        (DiffSection.Treaties, "Treaties", "treaty"),
        (DiffSection.Sources, "Sources", "source"),
        (DiffSection.Alignments, "Alignments (scenarios)", "alignment"),
        (DiffSection.Amendment, "Amendment rules", "amendment rule"),
    ];

    public static string Format(DesignDiff d, AnalysisFormat format, int width = TextWidth) => format switch
    {
        AnalysisFormat.Text => Document(d, new Style(Markdown: false, width)),
        AnalysisFormat.Markdown => Document(d, new Style(Markdown: true, width)),
        AnalysisFormat.Json => Json(d),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown analysis format."),
    };

    private static string Document(DesignDiff d, Style style)
    {
        var sb = new StringBuilder();
        H(sb, style, 1, $"How {d.To} differs from {d.From}");
        P(sb, style, "From " + d.From + (d.FromFile is { } ff ? " (" + Code(style, Show.Path(ff)) + ")" : "")
            + " to " + d.To + (d.ToFile is { } tf ? " (" + Code(style, Show.Path(tf)) + ")" : "") + ".");
        if (d.IsEmpty)
        {
            P(sb, style, "No differences: the same elements, the same voting power and the same diagnostics.");
            return sb.ToString();
        }

        H(sb, style, 2, "Summary");
        var summary = new Table("Section", "Added", "Removed", "Changed");
        foreach (var (section, title, _) in Sections)
        {
            var list = d.In(section);
            if (list.Count == 0) continue;
            summary.Row(title, N(list, ChangeKind.Added), N(list, ChangeKind.Removed), N(list, ChangeKind.Changed));
        }

        T(sb, style, summary);
        P(sb, style, $"Power shifts in {Count(d.PowerShifts.Select(s => s.Body).Distinct(StringComparer.Ordinal).Count(), "body")}; "
            + $"{Count(d.DiagnosticsAppeared.Count, "diagnostic")} {(d.DiagnosticsAppeared.Count == 1 ? "appears" : "appear")}, {d.DiagnosticsDisappeared.Count} {(d.DiagnosticsDisappeared.Count == 1 ? "disappears" : "disappear")}.");

        foreach (var (section, title, _) in Sections)
        {
            var list = d.In(section);
            if (list.Count == 0) continue;
            H(sb, style, 2, title);
            foreach (var c in list)
            {
                var name = Show.Named(c.Id, c.Name);
                var mark = c.Kind switch { ChangeKind.Added => "+", ChangeKind.Removed => "-", _ => "~" };
                var what = c.Kind switch { ChangeKind.Added => "added", ChangeKind.Removed => "removed", _ => "changed" };
                if (style.Markdown) sb.Append("- " + mark + " **" + Md(c.Id) + "**" + (c.Name.Length > 0 && c.Name != c.Id ? " (" + Md(c.Name) + ")" : "") + ": " + what).Append('\n');
                else sb.Append(Reporting.Tables.TextTable.Paragraph(mark + " " + Reporting.FreeText.Escape(name) + ": " + what, style.Width, "  ", "      "));
                foreach (var f in c.Fields)
                {
                    if (style.Markdown) sb.Append("  - `" + f.Field + "`: " + Md(Value(f.Before)) + " → " + Md(Value(f.After))).Append('\n');
                    else sb.Append(Reporting.Tables.TextTable.Paragraph(f.Field + ": " + Reporting.FreeText.Escape(Value(f.Before)) + " → " + Reporting.FreeText.Escape(Value(f.After)), style.Width, "      ", "        "));
                }
            }

            sb.Append('\n');
        }

        if (d.PowerShifts.Count > 0)
        {
            H(sb, style, 2, "Voting power shifts");
            P(sb, style, "Every voter of every body added, removed or whose game changed; a member without a seat counts as zero. Exact fractions; each shift also as a decimal, in brackets.");
            // One table per body, so that a body's name is written once, not on each of its voters' rows.
            foreach (var body in d.PowerShifts.GroupBy(s => s.Body, StringComparer.Ordinal))
            {
                var first = body.First();
                var change = first.BodyChange switch { ChangeKind.Added => " [added]", ChangeKind.Removed => " [removed]", _ => "" };
                H(sb, style, 3, Show.Named(first.Body, first.BodyName) + change);
                // A rule that reads abstention (#15) in either design: the binary figures say so, the ternary ones follow in their own table.
                bool ternary = body.Any(s => s.HasTernary);
                string binary = ternary ? " (binary)" : "";
                var table = new Table("Member", "Name", "Shapley–Shubik" + binary + " before → after", "shift", "Banzhaf" + binary + " before → after", "shift", "Veto", "Dummy")
                    .As(Reporting.Tables.ColumnKind.Name, 1).As(Reporting.Tables.ColumnKind.Wrap, 2, 3, 4, 5, 6, 7);
                foreach (var s in body)
                {
                    table.Row(s.Member, NameOf(s.Member, s.MemberName),
                        Exact(s.ShapleyShubikBefore) + " → " + Exact(s.ShapleyShubikAfter), Show.Delta(s.ShapleyShubikShift),
                        Exact(s.BanzhafBefore) + " → " + Exact(s.BanzhafAfter), Show.Delta(s.BanzhafShift),
                        Flag(s.VetoBefore, s.VetoAfter), Flag(s.DummyBefore, s.DummyAfter));
                }

                T(sb, style, table);
                if (!ternary) continue;
                P(sb, style, "Ternary game (yes, abstain or no; Felsenthal & Machover's indices); '—': the design's rule does not read abstention, or the figure was not computed.");
                var ternaryTable = new Table("Member", "Name", "Shapley–Shubik (ternary) before → after", "shift", "Banzhaf (ternary) before → after", "shift")
                    .As(Reporting.Tables.ColumnKind.Name, 1).As(Reporting.Tables.ColumnKind.Wrap, 2, 3, 4, 5);
                foreach (var s in body)
                {
                    ternaryTable.Row(s.Member, NameOf(s.Member, s.MemberName),
                        Ternary(s.TernaryShapleyShubikBefore) + " → " + Ternary(s.TernaryShapleyShubikAfter), Show.Delta(s.TernaryShapleyShubikAfter - s.TernaryShapleyShubikBefore),
                        Ternary(s.TernaryBanzhafBefore) + " → " + Ternary(s.TernaryBanzhafAfter), Show.Delta(s.TernaryBanzhafAfter - s.TernaryBanzhafBefore));
                }

                T(sb, style, ternaryTable);
            }
        }

        Diagnostics(sb, style, "Diagnostics that appear", d.DiagnosticsAppeared);
        Diagnostics(sb, style, "Diagnostics that disappear", d.DiagnosticsDisappeared);
        return sb.ToString();
    }

    private static void Diagnostics(StringBuilder sb, Style style, string title, IReadOnlyList<Diagnostic> list)
    {
        if (list.Count == 0) return;
        H(sb, style, 2, title);
        if (style.Markdown)
        {
            var table = new Table("Severity", "Id", "Where", "Message");
            foreach (var x in list) table.Row(Validation.SeverityNames.Name(x.Severity), x.Id, Show.Where(x), x.Message);
            T(sb, style, table);
        }
        else
        {
            foreach (var x in list)
            {
                var line = Reporting.FreeText.Escape(Show.Where(x)) + ": " + Validation.SeverityNames.Name(x.Severity) + " " + x.Id + ": " + Reporting.FreeText.Escape(x.Message);
                sb.Append(Reporting.Tables.TextTable.Paragraph(line, style.Width, "  ", "    "));
            }
        }
    }

    /// <summary>A field value for people: absent as a dash, long text cut (the JSON output keeps it whole).</summary>
    private static string Value(string? v) => v is null ? "—" : v.Length <= 100 ? v : v[..97] + "…";

    private static string Md(string text) => Reporting.MarkdownText.Prose(text);

    /// <summary>An exact figure without its decimal (the shift beside it gives one): <c>3/20</c>, <c>0</c>, <c>not computed</c>.</summary>
    private static string Exact(Rational? value) => value is { } v ? v.ToString() : "not computed";

    private static string Ternary(Rational? value) => value is { } v ? v.ToString() : "—";

    private static string Flag(bool? before, bool? after) =>
        before == after ? Show.YesNo(after) : Show.YesNo(before) + " → " + Show.YesNo(after);

    private static string N(IReadOnlyList<ElementChange> list, ChangeKind kind)
    {
        var n = list.Count(c => c.Kind == kind);
        return n == 0 ? "—" : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Json(DesignDiff d)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteStartObject("from");
            w.WriteString("design", d.From);
            if (d.FromFile is null) w.WriteNull("file");
            else w.WriteString("file", Show.Path(d.FromFile));
            w.WriteEndObject();
            w.WriteStartObject("to");
            w.WriteString("design", d.To);
            if (d.ToFile is null) w.WriteNull("file");
            else w.WriteString("file", Show.Path(d.ToFile));
            w.WriteEndObject();
            w.WriteBoolean("isEmpty", d.IsEmpty);
            w.WriteStartArray("changes");
            foreach (var c in d.Changes)
            {
                w.WriteStartObject();
                w.WriteString("section", Camel(c.Section.ToString()));
                w.WriteString("id", c.Id);
                w.WriteString("name", c.Name);
                w.WriteString("change", Camel(c.Kind.ToString()));
                w.WriteStartArray("fields");
                foreach (var f in c.Fields)
                {
                    w.WriteStartObject();
                    w.WriteString("field", f.Field);
                    if (f.Before is null) w.WriteNull("before");
                    else w.WriteString("before", f.Before);
                    if (f.After is null) w.WriteNull("after");
                    else w.WriteString("after", f.After);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("powerShifts");
            foreach (var s in d.PowerShifts)
            {
                w.WriteStartObject();
                w.WriteString("body", s.Body);
                w.WriteString("bodyName", s.BodyName);
                w.WriteString("bodyChange", Camel(s.BodyChange.ToString()));
                w.WriteString("member", s.Member);
                w.WriteString("memberName", s.MemberName);
                Number(w, "shapleyShubikBefore", s.ShapleyShubikBefore);
                Number(w, "shapleyShubikAfter", s.ShapleyShubikAfter);
                Number(w, "shapleyShubikShift", s.ShapleyShubikShift);
                Number(w, "banzhafBefore", s.BanzhafBefore);
                Number(w, "banzhafAfter", s.BanzhafAfter);
                Number(w, "banzhafShift", s.BanzhafShift);
                StakeWriter.NullableBool(w, "vetoBefore", s.VetoBefore);
                StakeWriter.NullableBool(w, "vetoAfter", s.VetoAfter);
                if (s.HasTernary)
                {
                    // #15: the figures above are of the binary game; these of the ternary one (null: not computed, or the rule does not read abstention).
                    w.WriteString("game", "binary: every voter present, abstention counted as no; ternary* figures: yes, abstain or no");
                    Number(w, "ternaryShapleyShubikBefore", s.TernaryShapleyShubikBefore);
                    Number(w, "ternaryShapleyShubikAfter", s.TernaryShapleyShubikAfter);
                    Number(w, "ternaryBanzhafBefore", s.TernaryBanzhafBefore);
                    Number(w, "ternaryBanzhafAfter", s.TernaryBanzhafAfter);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("diagnosticsAppeared");
            foreach (var x in d.DiagnosticsAppeared) Diagnostic(w, x, null);
            w.WriteEndArray();
            w.WriteStartArray("diagnosticsDisappeared");
            foreach (var x in d.DiagnosticsDisappeared) Diagnostic(w, x, null);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
