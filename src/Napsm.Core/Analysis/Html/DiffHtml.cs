using Napsm.Core.Reporting;
using Napsm.Core.Reporting.Charts;
using Napsm.Core.Reporting.Html;
using Napsm.Core.Reporting.Tables;

namespace Napsm.Core.Analysis.Html;

/// <summary>A diff of two designs: what changed, the power shifts per body as signed bars, the diagnostics that came and went.</summary>
internal static class DiffHtml
{
    public static ReportTable Changes(DesignDiff d) => new("changes", "Changes from " + d.From + " to " + d.To,
        [TableColumn.Short("Section", "section"), TableColumn.Id("Id", "id"), TableColumn.Name("Name", "name"), TableColumn.Short("Change", "change"), TableColumn.Wrap("What changed", "fields")],
        d.Changes.Select(c => (IReadOnlyList<TableCell>)
        [
            c.Section.ToString().ToLowerInvariant(), c.Id, c.Name, c.Kind.ToString().ToLowerInvariant(),
            string.Join("; ", c.Fields.Select(f => f.Field + ": " + (f.Before ?? "(none)") + " → " + (f.After ?? "(none)"))),
        ]).ToList());

    public static ReportTable PowerShifts(DesignDiff d) => new("power-shifts", "Power shifts from " + d.From + " to " + d.To,
        [TableColumn.Id("Body", "body"), TableColumn.Id("Member", "member"), TableColumn.Name("Member name", "memberName"),
            TableColumn.Number("Shapley–Shubik before", "shapleyShubikBefore"), TableColumn.Number("Shapley–Shubik after", "shapleyShubikAfter"),
            TableColumn.Number("Shapley–Shubik shift", "shapleyShubikShift"), TableColumn.Number("Banzhaf before", "banzhafBefore"),
            TableColumn.Number("Banzhaf after", "banzhafAfter"), TableColumn.Number("Banzhaf shift", "banzhafShift"), TableColumn.Short("Veto", "veto")],
        d.PowerShifts.Select(p => (IReadOnlyList<TableCell>)
        [
            p.Body, p.Member, p.MemberName, Fig(p.ShapleyShubikBefore, "not a voter before"), Fig(p.ShapleyShubikAfter, "not a voter after"),
            TableCell.Signed(p.ShapleyShubikShift is { } s ? Figure.Of(s) : Figure.Missing("no figure on one side")),
            Fig(p.BanzhafBefore, "not a voter before"), Fig(p.BanzhafAfter, "not a voter after"),
            TableCell.Signed(p.BanzhafShift is { } b ? Figure.Of(b) : Figure.Missing("no figure on one side")),
            (p.VetoBefore, p.VetoAfter) switch { (true, true) => "kept", (true, false) => "lost", (false, true) => "gained", _ => "" },
        ]).ToList());

    public static ReportTable DiagnosticChanges(DesignDiff d) => new("diagnostics", "Diagnostics that appeared or disappeared",
        [TableColumn.Short("Change", "change"), TableColumn.Short("Severity", "severity"), TableColumn.Id("Rule", "rule"), TableColumn.Wrap("Message", "message")],
        d.DiagnosticsAppeared.Select(x => (IReadOnlyList<TableCell>)["appeared", Validation.SeverityNames.Name(x.Severity), x.Id, x.Message])
            .Concat(d.DiagnosticsDisappeared.Select(x => (IReadOnlyList<TableCell>)["disappeared", Validation.SeverityNames.Name(x.Severity), x.Id, x.Message])).ToList());

    public static IReadOnlyList<ReportTable> Tables(DesignDiff d) => [Changes(d), PowerShifts(d), DiagnosticChanges(d)];

    public static void Write(HtmlPage page, DesignDiff d)
    {
        page.Section("Power shifts", h =>
        {
            if (d.PowerShifts.Count == 0)
            {
                h.Element("p", "No member's power changed.");
                return;
            }

            var panels = d.PowerShifts.GroupBy(p => p.Body, StringComparer.Ordinal).Select(g => new BarChart(
                g.First().BodyName + " (" + g.Key + "): change in Shapley–Shubik",
                "Signed bars: each member's change in Shapley–Shubik index in this body from " + d.From + " to " + d.To + "; right is a gain, left a loss.",
                "Member", "Change in Shapley–Shubik", [new("Change", "signed")],
                g.Select(p => new BarRow(p.MemberName == p.Member ? p.Member : p.MemberName + " (" + p.Member + ")",
                    [p.ShapleyShubikShift is { } s ? Figure.Of(s) : Figure.Missing("no figure on one side")],
                    (p.VetoBefore, p.VetoAfter) switch { (true, false) => ["veto lost"], (false, true) => ["veto gained"], _ => [] })).ToList())).ToList();
            SmallMultiples.Write(h, panels, []);
            HtmlTable.Write(h, PowerShifts(d));
        });
        page.Section("What changed", h =>
        {
            h.Element("p", d.IsEmpty ? "The two designs are the same." : d.Changes.Count + " elements changed; " + d.PowerShifts.Count + " power shifts; "
                + d.DiagnosticsAppeared.Count + " diagnostics appeared, " + d.DiagnosticsDisappeared.Count + " disappeared.", new HtmlBuilder.Attr("class", "note"));
            if (d.Changes.Count > 0) HtmlTable.Write(h, Changes(d));
        });
        page.Section("Diagnostics", h =>
        {
            var t = DiagnosticChanges(d);
            if (t.Rows.Count == 0) h.Element("p", "No diagnostic appeared or disappeared.");
            else HtmlTable.Write(h, t);
        });
    }

    private static TableCell Fig(Rational? value, string missing) => TableCell.Of(value is { } v ? Figure.Of(v) : Figure.Missing(missing));
}
