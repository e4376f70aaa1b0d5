using Napsm.Core.Model;
using Napsm.Core.Reporting.Charts;
using Napsm.Core.Reporting.Tables;
using Napsm.Core.Scheduling;
using NodaTime;

namespace Napsm.Core.Reporting.Html;

/// <summary>A schedule: the Gantt chart of phases (or, when infeasible, each conflict as its chain of constraints) and its tables.</summary>
internal static class ScheduleHtml
{
    /// <summary>Every event with its earliest and latest dates and slack, critical ones marked.</summary>
    public static ReportTable Events(ScheduleResult r)
    {
        var critical = r.CriticalPath.Select(s => s.Event).ToHashSet();
        return new ReportTable("events", "Events: earliest and latest dates, slack in days",
            [TableColumn.Id("Event", "event"), TableColumn.Short("Earliest", "earliest"), TableColumn.Short("Latest", "latest"),
                TableColumn.Number("Slack (days)", "slackDays"), TableColumn.Short("Critical", "critical")],
            r.Events.Select(e => (IReadOnlyList<TableCell>)
            [
                e.Event.ToString(), Date(e.Earliest), Date(e.Latest),
                TableCell.Of(e.SlackDays is { } s ? Figure.Of(s) : Figure.Missing(e.Earliest is null || e.Latest is null ? "no earliest or latest date" : "unknown"), 0),
                critical.Contains(e.Event) ? "critical" : "",
            ]).ToList());
    }

    /// <summary>The critical path, step by step, each with the constraint that forces its date.</summary>
    public static ReportTable CriticalPath(ScheduleResult r) => new("critical-path", "Critical path: each step and the constraint that forces its date",
        [TableColumn.Id("Event", "event"), TableColumn.Short("Earliest", "earliest"), TableColumn.Wrap("Because", "because"), TableColumn.Id("At", "at")],
        r.CriticalPath.Select(s => (IReadOnlyList<TableCell>)[s.Event.ToString(), Date(s.Earliest), Validation.Wording.Of(s.Because), s.Because.At]).ToList());

    /// <summary>Each conflict's constraints, one row per constraint.</summary>
    public static ReportTable Conflicts(ScheduleResult r) => new("conflicts", "Timing conflicts: constraints that cannot all hold",
        [TableColumn.Number("Conflict", "conflict"), TableColumn.Number("Step", "step"), TableColumn.Wrap("Constraint", "constraint"), TableColumn.Id("At", "at"),
            TableColumn.Number("Short by (days)", "shortfallDays")],
        r.Conflicts.SelectMany((c, i) => c.Chain.Select((k, j) => (IReadOnlyList<TableCell>)
        [
            TableCell.Of(Figure.Of(i + 1), 0), TableCell.Of(Figure.Of(j + 1), 0), Validation.Wording.Of(k), k.At, TableCell.Of(Figure.Of(c.ShortfallDays), 0),
        ])).ToList());

    public static IReadOnlyList<ReportTable> Tables(ScheduleResult r) => [Events(r), CriticalPath(r), Conflicts(r)];

    public static void Write(HtmlBuilder h, Design design, ScheduleResult r)
    {
        if (!r.IsConsistent)
        {
            h.Element("p", "The timing constraints cannot all hold: " + Plural(r.Conflicts.Count, "conflict") + (r.ConflictsTruncated ? " (more not listed)" : "") +
                ". Each is drawn as the chain of constraints that contradict each other.", new HtmlBuilder.Attr("class", "note"));
            for (var i = 0; i < r.Conflicts.Count; i++)
            {
                var c = r.Conflicts[i];
                var table = new ReportTable("conflict-" + (i + 1), "Conflict " + (i + 1) + ": its constraints",
                    [TableColumn.Number("Step", "step"), TableColumn.Wrap("Constraint", "constraint"), TableColumn.Id("At", "at")],
                    c.Chain.Select((k, j) => (IReadOnlyList<TableCell>)[TableCell.Of(Figure.Of(j + 1), 0), Validation.Wording.Of(k), k.At]).ToList());
                new ConstraintChain("Timing conflict " + (i + 1) + " of " + design.Name,
                    "A chain of " + c.Chain.Count + " timing constraints that cannot all hold; together they are " + c.ShortfallDays + " days short.",
                    c.Chain.Select(Validation.Wording.Of).ToList(), "These cannot all hold: " + c.ShortfallDays + (c.ShortfallDays == 1 ? " day" : " days") + " short.").Write(h, table);
            }

            return;
        }

        var windows = r.Events.ToDictionary(e => e.Event);
        var critical = r.CriticalPath.Select(s => s.Event).ToHashSet();
        LocalDate? Earliest(string id, EventKind k) => windows.TryGetValue(new EventRef(id, k), out var w) ? w.Earliest : null;
        LocalDate? Latest(string id, EventKind k) => windows.TryGetValue(new EventRef(id, k), out var w) ? w.Latest : null;
        var rows = design.Phases.Select(p => new TimelineRow(
            p.Name == p.Id ? p.Id : p.Name + " (" + p.Id + ")",
            Earliest(p.Id, EventKind.Start), Earliest(p.Id, EventKind.End), Latest(p.Id, EventKind.End),
            critical.Contains(new EventRef(p.Id, EventKind.Start)) || critical.Contains(new EventRef(p.Id, EventKind.End)),
            p.Commitments.Where(c => Earliest(c.Id, EventKind.Due) is not null)
                .Select(c => new TimelineMark(Earliest(c.Id, EventKind.Due)!.Value, c.Id + ": " + c.Action, critical.Contains(new EventRef(c.Id, EventKind.Due)))).ToList()))
            .ToList();
        var undated = rows.Count(x => x.Start is null && x.End is null);
        h.Element("p", Plural(design.Phases.Count, "phase") + ", " + Plural(r.Events.Count, "event") + "; critical path of " + Plural(r.CriticalPath.Count, "step") +
            (undated > 0 ? "; " + Plural(undated, "phase") + " with no known date" : "") + (r.Approximated.Count > 0 ? "; " + Plural(r.Approximated.Count, "bound") + " counted in months or years approximated in days" : "") + ".",
            new HtmlBuilder.Attr("class", "note"));
        new Timeline("Schedule of " + design.Name,
            "A Gantt chart: one row per phase from its earliest start to its earliest end, slack up to its latest end as a lighter bar, " +
            "commitments as diamonds at their earliest due dates, the critical path in red.", rows).Write(h, Events(r));
        if (r.CriticalPath.Count > 0) HtmlTable.Write(h, CriticalPath(r));
    }

    internal static string Date(LocalDate? d) => d is { } x ? Kernel.IsoDate.Format(x) : "-";

    internal static string Plural(int n, string one) => n + " " + (n == 1 ? one : one + "s");
}
