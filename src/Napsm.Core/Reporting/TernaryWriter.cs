using System.Globalization;
using System.Text;
using System.Text.Json;
using Napsm.Core.Reporting.Tables;
using Napsm.Core.Voting;

namespace Napsm.Core.Reporting;

/// <summary>
/// Writes the ternary analysis of a rule (#15) beside the binary one, in the text and JSON of <c>napsm power</c>: always labelled as the
/// ternary game, so that no reader takes its figures for the binary ones (or the reverse).
/// </summary>
internal static class TernaryWriter
{
    /// <summary>What the JSON "game" key of the ternary object says.</summary>
    public const string GameJson = "ternary: every voter present, voting yes, abstaining or voting no (Felsenthal & Machover 1997)";

    /// <summary>The heading of the text section.</summary>
    public const string GameText = "Ternary game (every voter present, voting yes, abstaining or voting no; Felsenthal & Machover 1997; see docs/analyses.md)";

    /// <summary>The <c>"ternary"</c> object: the game, the profiles, each member's ways to block and indices, what was not computed and how.</summary>
    public static void WriteJson(Utf8JsonWriter w, TernaryAnalysis t, PowerReportIndices indices)
    {
        w.WriteStartObject("ternary");
        w.WriteString("game", GameJson);
        w.WriteString("profiles", t.Profiles.ToString(CultureInfo.InvariantCulture));
        if (t.WinningProfiles is { } winning) w.WriteString("winningProfiles", winning.ToString(CultureInfo.InvariantCulture));
        else w.WriteNull("winningProfiles");
        w.WritePropertyName("powerToAct");
        if (t.PowerToAct is { } act) w.WriteRawValue(AnalysisNotes.JsonNumber(act.ToDouble()));
        else w.WriteNullValue();
        w.WriteStartArray("members");
        foreach (var m in t.Members)
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            Bool(w, "veto", m.BlocksByVotingNo);
            Bool(w, "abstentionBlocks", m.BlocksByAbstaining);
            Bool(w, "absenceBlocks", m.BlocksByAbsence);
            if (m.Swings is { } swings) w.WriteString("swings", swings.ToString(CultureInfo.InvariantCulture));
            else w.WriteNull("swings");
            if (indices.HasFlag(PowerReportIndices.Penrose)) Index(w, "penrose", m.Penrose, exact: false);
            if (indices.HasFlag(PowerReportIndices.Banzhaf)) Index(w, "banzhaf", m.Banzhaf, exact: true);
            if (indices.HasFlag(PowerReportIndices.ShapleyShubik)) Index(w, "shapleyShubik", m.ShapleyShubik, exact: true);
            Bool(w, "dummy", m.IsDummy);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (t.NotComputed.Count > 0) AnalysisNotes.WriteJson(w, t.NotComputed, Sentence);
        w.WriteStartArray("methods");
        AnalysisNotes.WriteMethods(w, t.Methods);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A part of the ternary analysis in words: its winning-coalitions part counts profiles.</summary>
    private static string PartName(AnalysisPart part) => part switch
    {
        AnalysisPart.WinningCoalitions => "the count of winning profiles",
        AnalysisPart.Swings => "ternary swings, Penrose and Banzhaf",
        AnalysisPart.ShapleyShubik => "ternary Shapley–Shubik",
        _ => AnalysisNotes.PartName(part),
    };

    /// <summary>A ternary part not computed, in words.</summary>
    public static string Sentence(PartNotComputed part)
    {
        var name = PartName(part.Part);
        name = char.ToUpperInvariant(name[0]) + name[1..];
        return name + " not computed: " + AnalysisNotes.ReasonName(part.Reason) + (Validation.Wording.Detail(part) is { Length: > 0 } detail ? " (" + detail + ")" : "");
    }

    private static void Bool(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } b) w.WriteBoolean(name, b);
        else w.WriteNull(name);
    }

    private static void Index(Utf8JsonWriter w, string name, Rational? value, bool exact)
    {
        w.WritePropertyName(name);
        if (value is { } v) w.WriteRawValue(AnalysisNotes.JsonNumber(v.ToDouble()));
        else w.WriteNullValue();
        if (!exact) return;
        if (value is { } e) w.WriteString(name + "Exact", e.ToString());
        else w.WriteNull(name + "Exact");
    }

    /// <summary>The text section: a heading, the profiles, who blocks how, a table of the ternary indices, exact values and notes.</summary>
    public static string Text(TernaryAnalysis t, PowerReportIndices indices, int width)
    {
        var o = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        void Say(string text) => o.Append(TextTable.Paragraph(text, width, "", "  "));
        static string Fixed(Rational? r) => r is { } v ? v.ToDouble().ToString("0.000000", CultureInfo.InvariantCulture) : "—";
        static string YesNo(bool? b) => b switch { true => "yes", false => "no", null => "not computed" };
        static string List(IEnumerable<string> ids)
        {
            var all = ids.ToArray();
            return all.Length == 0 ? "(none)" : string.Join(", ", all);
        }

        Say(GameText);
        Say(t.WinningProfiles is { } winning
            ? string.Create(inv, $"{winning} of {t.Profiles} profiles pass; power to act {Fixed(t.PowerToAct)} ({t.PowerToAct})")
            : "Winning profiles " + (t.ReasonFor(AnalysisPart.WinningCoalitions) is { } r ? "not computed: " + AnalysisNotes.ReasonName(r.Reason) : "not computed"));
        Say($"Veto by voting no: {List(t.VetoPlayers)}   Abstention blocks: {List(t.Members.Where(m => m.BlocksByAbstaining == true).Select(m => m.Id))}"
            + $"   Absence blocks: {List(t.Members.Where(m => m.BlocksByAbsence == true).Select(m => m.Id))}");
        o.Append('\n');
        bool swings = t.IsComputed(AnalysisPart.Swings);
        bool ss = indices.HasFlag(PowerReportIndices.ShapleyShubik) && t.IsComputed(AnalysisPart.ShapleyShubik);
        var columns = new List<(string Header, Func<TernaryVoterPower, string> Cell, bool Right)> { ("member", m => m.Id, false) };
        // No swings column: counts of 3^(n−1) profiles run to n/2 digits (92 for 193 voters); JSON gives them.
        if (swings && indices.HasFlag(PowerReportIndices.Penrose)) columns.Add(("Penrose (ternary)", m => Fixed(m.Penrose), true));
        if (swings && indices.HasFlag(PowerReportIndices.Banzhaf)) columns.Add(("Banzhaf (ternary)", m => Fixed(m.Banzhaf), true));
        if (ss) columns.Add(("Shapley-Shubik (ternary)", m => Fixed(m.ShapleyShubik), true));
        columns.Add(("veto by no", m => YesNo(m.BlocksByVotingNo), false));
        columns.Add(("abstention blocks", m => YesNo(m.BlocksByAbstaining), false));
        var table = new ReportTable("ternary", "",
            [.. columns.Select((c, i) => new TableColumn(c.Header, i == 0 ? ColumnKind.Id : c.Right ? ColumnKind.Figure : ColumnKind.Short, c.Header))],
            [.. t.Members.Select(m => (IReadOnlyList<TableCell>)[.. columns.Select(c => new TableCell(c.Cell(m)))])]);
        o.Append(TextTable.Write(table, width));
        if ((swings && indices.HasFlag(PowerReportIndices.Banzhaf)) || ss)
        {
            o.Append('\n').Append("Exact ternary values:\n");
            foreach (var m in t.Members)
            {
                var parts = new List<string>();
                if (swings && indices.HasFlag(PowerReportIndices.Banzhaf) && m.Banzhaf is { } bz) parts.Add($"Banzhaf {bz}");
                if (ss && m.ShapleyShubik is { } s) parts.Add($"Shapley-Shubik {s}");
                o.Append(TextTable.Paragraph($"{m.Id}: {string.Join(", ", parts)}", width, "  ", "    "));
            }
        }

        if (t.Methods.Count > 0)
        {
            o.Append('\n');
            Say("Ternary methods: " + string.Join("; ", t.Methods.GroupBy(m => m.Method).Select(g =>
                AnalysisNotes.MethodName(g.Key) + " for " + string.Join(", ", g.Select(m => PartName(m.Part))))));
        }

        foreach (var s in t.NotComputed) Say($"Note: {Sentence(s)}");
        return o.ToString();
    }
}
