using Napsm.Core.Model;
using Napsm.Core.Reporting.Charts;
using Napsm.Core.Reporting.Tables;
using Napsm.Core.Validation;

namespace Napsm.Core.Reporting.Html;

/// <summary>Validation results: a count per severity and a table of diagnostics per design, each with its location and related places.</summary>
internal static class CheckHtml
{
    public static ReportTable Table(ValidationReport report) => new("diagnostics", "Diagnostics of " + report.DesignId,
        [TableColumn.Short("Severity", "severity"), TableColumn.Id("Rule", "rule"), TableColumn.Id("Location", "location"), TableColumn.Wrap("Message", "message"),
            TableColumn.Wrap("Related", "related")],
        report.Diagnostics.Select(d => (IReadOnlyList<TableCell>)
        [
            new TableCell(Validation.SeverityNames.Name(d.Severity), Class: "sev-" + Validation.SeverityNames.Name(d.Severity)), d.Id + " " + d.Descriptor.Title,
            TextReport.Where(report, d.Location), d.Message,
            string.Join("; ", d.RelatedLocations.Select(r => TextReport.Where(report, r) + (r.Message is null ? "" : " " + r.Message))
                .Concat(d.CausedBy is { } cause ? ["follows from " + cause.Id + " at " + TextReport.Where(report, cause.Location)] : [])),
        ]).ToList());

    public static void Write(HtmlBuilder h, ValidationReport report)
    {
        h.Element("p", (report.File is null ? "" : ReportWriter.DisplayPath(report.File) + ": ") + TextReport.Summary([report]) + ".",
            new HtmlBuilder.Attr("class", "note"));
        if (report.Diagnostics.Count == 0) return;
        HtmlTable.Write(h, Table(report));
        h.Open("details");
        h.Element("summary", "What each rule means and how to fix it");
        h.Open("dl");
        foreach (var d in report.Diagnostics.Select(d => d.Descriptor).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            h.Element("dt", d.Id + " — " + d.Title);
            h.Element("dd", d.Fix);
        }

        h.Close("dl");
        h.Close("details");
    }
}

/// <summary>The bodies, phases and treaties diagrams, laid out by the library.</summary>
internal static class GraphHtml
{
    public static void Write(HtmlBuilder h, Design design, GraphView view)
    {
        var (graph, what) = view switch
        {
            GraphView.Phases => (GraphBuilder.Phases(design), "The phases in order with their commitments; arrows point from a phase to the one that comes after it."),
            GraphView.Treaties => (GraphBuilder.Treaties(design), "The treaties with their entry-into-force conditions and what each requires."),
            GraphView.Bodies => (GraphBuilder.Bodies(design), "The members and the bodies they vote in, chairs and veto holders marked; members connected alike are grouped."),
            _ => throw new ArgumentOutOfRangeException(nameof(view), view, "Unknown graph view."),
        };
        LayeredDiagram.Write(h, graph, graph.Title, what);
    }
}
