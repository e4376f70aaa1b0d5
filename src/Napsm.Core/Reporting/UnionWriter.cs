using System.Globalization;
using System.Text;
using System.Text.Json;
using Napsm.Core.Model;
using Napsm.Core.Reporting.Tables;
using Napsm.Core.Voting;

namespace Napsm.Core.Reporting;

/// <summary>Writes the analysis of a rule under an alignment (#15: blocs as a priori unions, excluded members) in <c>napsm power</c>'s text and JSON.</summary>
internal static class UnionWriter
{
    /// <summary>The <c>"alignment"</c> object: its id, each member's Owen and Banzhaf–Owen values, each union's quotient indices.</summary>
    public static void WriteJson(Utf8JsonWriter w, Alignment alignment, UnionAnalysis u)
    {
        w.WriteStartObject("alignment");
        w.WriteString("id", alignment.Id);
        if (alignment.Name is { } name) w.WriteString("name", name);
        w.WriteStartArray("members");
        foreach (var m in u.Members)
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            if (m.IsExcluded) w.WriteNull("union");
            else w.WriteNumber("union", m.Union);
            w.WriteBoolean("excluded", m.IsExcluded);
            Index(w, "owen", m.Owen);
            Index(w, "banzhafOwen", m.BanzhafOwen);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("unions");
        foreach (var b in u.Unions)
        {
            w.WriteStartObject();
            w.WriteStartArray("members");
            foreach (var id in b.Members) w.WriteStringValue(id);
            w.WriteEndArray();
            w.WriteBoolean("bloc", b.IsBloc);
            Index(w, "shapleyShubik", b.ShapleyShubik);
            Index(w, "banzhaf", b.Banzhaf);
            w.WriteBoolean("veto", b.IsVeto);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (u.NotComputed.Count > 0) AnalysisNotes.WriteJson(w, u.NotComputed);
        w.WriteEndObject();
    }

    private static void Index(Utf8JsonWriter w, string name, Rational? value)
    {
        w.WritePropertyName(name);
        if (value is { } v) w.WriteRawValue(AnalysisNotes.JsonNumber(v.ToDouble()));
        else w.WriteNullValue();
        if (value is { } e) w.WriteString(name + "Exact", e.ToString());
        else w.WriteNull(name + "Exact");
    }

    /// <summary>The text section: the scenario, a table of Owen and Banzhaf–Owen values, the blocs' quotient indices.</summary>
    public static string Text(Alignment alignment, UnionAnalysis u, int width)
    {
        var o = new StringBuilder();
        void Say(string text) => o.Append(TextTable.Paragraph(text, width, "", "  "));
        static string Fixed(Rational? r) => r is { } v ? v.ToDouble().ToString("0.000000", CultureInfo.InvariantCulture) : "—";
        Say($"Alignment {alignment.Id}{(alignment.Name is { } n ? " (" + FreeText.Escape(n) + ")" : "")}: a scenario, blocs voting together as a priori unions"
            + (alignment.Excluded.Count > 0 ? $"; no one governs with {string.Join(", ", alignment.Excluded)}" : "") + " (see docs/analyses.md, Blocs)");
        o.Append('\n');
        var members = new ReportTable("alignment", "",
            [new TableColumn("member", ColumnKind.Id, "member"), new TableColumn("bloc", ColumnKind.Short, "bloc"), new TableColumn("Owen", ColumnKind.Figure, "owen"),
             new TableColumn("Banzhaf-Owen", ColumnKind.Figure, "bo")],
            [.. u.Members.Select(m => (IReadOnlyList<TableCell>)[new TableCell(m.Id), new TableCell(m.IsExcluded ? "excluded" : u.Unions[m.Union].IsBloc ? (m.Union + 1).ToString(CultureInfo.InvariantCulture) : "—"),
                new TableCell(Fixed(m.Owen)), new TableCell(Fixed(m.BanzhafOwen))])]);
        o.Append(TextTable.Write(members, width));
        var blocs = u.Unions.Select((b, k) => (b, k)).Where(x => x.b.IsBloc).ToList();
        if (blocs.Count > 0)
        {
            o.Append('\n');
            foreach (var (b, k) in blocs)
            {
                Say($"Bloc {k + 1} [{string.Join(", ", b.Members)}]: quotient game Shapley-Shubik {Fixed(b.ShapleyShubik)} ({b.ShapleyShubik}), Banzhaf {Fixed(b.Banzhaf)}"
                    + (b.IsVeto ? "; it can block alone" : ""));
            }
        }

        foreach (var s in u.NotComputed) Say($"Note: {AnalysisNotes.Sentence(s)}");
        return o.ToString();
    }
}
