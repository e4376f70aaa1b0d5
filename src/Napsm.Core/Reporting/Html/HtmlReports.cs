using Napsm.Core.Model;
using Napsm.Core.Scheduling;
using Napsm.Core.Serialization;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Reporting.Html;

/// <summary>Whole pages, one per command (stake, diff and the combined report are in <c>Napsm.Core.Analysis.Html</c>).</summary>
internal static class HtmlReports
{
    public static string Check(IReadOnlyList<ValidationReport> reports)
    {
        var page = new HtmlPage("napsm check", reports.Count == 1 ? reports[0].DesignId : reports.Count + " designs");
        foreach (var r in reports) page.Section(r.DesignId, h => CheckHtml.Write(h, r));
        return page.Render();
    }

    public static string Power(Design design, string kind, string id, string name, GameAnalysis analysis, TernaryAnalysis? ternary = null)
    {
        var title = Named(id, name);
        var page = new HtmlPage("Voting power: " + title, design.Name + " — " + kind + " " + id);
        page.Section(title, h => PowerHtml.Write(h, design, title, analysis, ternary));
        return page.Render();
    }

    public static string Schedule(Design design, ScheduleResult result)
    {
        var page = new HtmlPage("Schedule: " + design.Name, design.Id);
        page.Section(result.IsConsistent ? "Timeline" : "Timing conflicts", h => ScheduleHtml.Write(h, design, result));
        return page.Render();
    }

    public static string Treaty(Design design, Treaty treaty, TreatyStatus status)
    {
        var page = new HtmlPage("Treaty: " + Named(treaty.Id, treaty.Name), design.Name + " — as of " + Kernel.IsoDate.Format(status.AsOf));
        page.Section(Named(treaty.Id, treaty.Name), h => TreatyHtml.Write(h, treaty, status));
        return page.Render();
    }

    public static string Graph(Design design, GraphView view)
    {
        var page = new HtmlPage(design.Name + " — " + view.ToString().ToLowerInvariant(), design.Id);
        page.Section(view.ToString(), h => GraphHtml.Write(h, design, view));
        return page.Render();
    }

    internal static string Named(string id, string name) => string.IsNullOrEmpty(name) || name == id ? id : name + " (" + id + ")";
}
