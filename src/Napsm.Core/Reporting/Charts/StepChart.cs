using Napsm.Core.Reporting.Html;
using Napsm.Core.Reporting.Tables;
using NodaTime;
using static Napsm.Core.Reporting.Html.HtmlBuilder;

namespace Napsm.Core.Reporting.Charts;

/// <summary>A step of a cumulative count: on <see cref="Date"/> the count became <see cref="Count"/> because of <see cref="Label"/>.</summary>
internal sealed record StepPoint(LocalDate Date, int Count, string Label);

/// <summary>
/// A step line of a count over time (ratifications in force) against a threshold (the ratifications the entry-into-force condition
/// needs, when it is a count), with the date the condition was met, the as-of date, and the members who can still block it.
/// </summary>
internal sealed record StepChart(
    string Title,
    string Description,
    string CountAxis,
    IReadOnlyList<StepPoint> Points,
    int Maximum,
    LocalDate AsOf)
{
    /// <summary>The count the condition needs, when it is a count; null otherwise (the condition is drawn as met or not only).</summary>
    public int? Threshold { get; init; }

    public string ThresholdLabel { get; init; } = "entry-into-force threshold";

    /// <summary>When the condition was met; null when it has not been.</summary>
    public LocalDate? MetOn { get; init; }

    /// <summary>What the names under the chart are (who can still block, or whose ratification is still required).</summary>
    public string BlockersLabel { get; init; } = "Can still block";

    /// <summary>Who can still block, named under the chart.</summary>
    public IReadOnlyList<string> Blockers { get; init; } = [];

    public void Write(HtmlBuilder h, ReportTable? table)
    {
        const double width = 760, plotH = 220, x0 = 60, x1 = width - 30;
        var blockersLine = Blockers.Count == 0 ? null : BlockersLabel + ": " + string.Join(", ", Blockers);
        var top = SvgFrame.TitleHeight + 20;
        var height = top + plotH + 50 + (blockersLine is null ? 0 : 20);
        SvgFrame.Begin(h, Title, Description, width, height, "steps");
        var dates = Points.Select(p => p.Date).Append(AsOf).Concat(MetOn is { } m ? [m] : Array.Empty<LocalDate>()).ToList();
        var first = dates.Min();
        var last = dates.Max();
        var span = Math.Max(30, Period.DaysBetween(first, last));
        var lo = CalendarLimits.PlusDays(first, -Math.Max(1, span / 20));
        var hi = CalendarLimits.PlusDays(last, Math.Max(1, span / 20));
        var total = (double)Period.DaysBetween(lo, hi);
        var yMax = Math.Max(1, Math.Max(Maximum, Math.Max(Threshold ?? 0, Points.Select(p => p.Count).DefaultIfEmpty(0).Max())));
        double X(LocalDate d) => x0 + Period.DaysBetween(lo, d) / total * (x1 - x0);
        double Y(double c) => top + plotH - c / yMax * plotH;

        h.Open("g", new Attr("class", "axis-group"));
        foreach (var t in SvgFrame.Ticks(0, yMax).Where(t => t == Math.Floor(t)))
        {
            h.Empty("line", new Attr("x1", Num(x0)), new Attr("x2", Num(x1)), new Attr("y1", Num(Y(t))), new Attr("y2", Num(Y(t))), new Attr("class", "grid"));
            h.Element("text", SvgFrame.TickLabel(t), new Attr("x", Num(x0 - 6)), new Attr("y", Num(Y(t) + 4)), new Attr("class", "tick"), new Attr("text-anchor", "end"));
        }

        foreach (var (tick, label) in Timeline.DateTicks(lo, hi))
            h.Element("text", label, new Attr("x", Num(X(tick))), new Attr("y", Num(top + plotH + 14)), new Attr("class", "tick"), new Attr("text-anchor", "middle"));
        h.Empty("line", new Attr("x1", Num(x0)), new Attr("x2", Num(x1)), new Attr("y1", Num(top + plotH)), new Attr("y2", Num(top + plotH)), new Attr("class", "axis"));
        h.Empty("line", new Attr("x1", Num(x0)), new Attr("x2", Num(x0)), new Attr("y1", Num(top)), new Attr("y2", Num(top + plotH)), new Attr("class", "axis"));
        h.Element("text", "Date", new Attr("x", Num((x0 + x1) / 2)), new Attr("y", Num(top + plotH + 32)), new Attr("class", "axis-label"), new Attr("text-anchor", "middle"));
        h.Element("text", CountAxis, new Attr("x", Num(x0)), new Attr("y", Num(top - 8)), new Attr("class", "axis-label"));
        h.Close("g");

        if (Threshold is { } th)
        {
            h.Open("line", new Attr("x1", Num(x0)), new Attr("x2", Num(x1)), new Attr("y1", Num(Y(th))), new Attr("y2", Num(Y(th))), new Attr("class", "threshold"));
            h.Element("title", ThresholdLabel + ": " + th);
            h.Close("line");
            h.Element("text", ThresholdLabel + ": " + th, new Attr("x", Num(x1)), new Attr("y", Num(Y(th) - 5)), new Attr("class", "mark-text"), new Attr("text-anchor", "end"));
        }

        var path = new System.Text.StringBuilder();
        path.Append('M').Append(Num(x0)).Append(',').Append(Num(Y(0)));
        var count = 0;
        foreach (var p in Points.OrderBy(p => p.Date))
        {
            path.Append(" H").Append(Num(X(p.Date))).Append(" V").Append(Num(Y(p.Count)));
            count = p.Count;
        }

        path.Append(" H").Append(Num(X(AsOf)));
        h.Empty("path", new Attr("d", path.ToString()), new Attr("class", "step"));
        foreach (var p in Points.OrderBy(p => p.Date))
        {
            h.Open("circle", new Attr("cx", Num(X(p.Date))), new Attr("cy", Num(Y(p.Count))), new Attr("r", "3"), new Attr("class", "dot"));
            h.Element("title", Kernel.IsoDate.Format(p.Date) + ": " + p.Label + " (" + p.Count + ")");
            h.Close("circle");
        }

        if (MetOn is { } met)
        {
            h.Open("line", new Attr("x1", Num(X(met))), new Attr("x2", Num(X(met))), new Attr("y1", Num(top)), new Attr("y2", Num(top + plotH)), new Attr("class", "met"));
            h.Element("title", "Condition met on " + Kernel.IsoDate.Format(met));
            h.Close("line");
            h.Element("text", "condition met " + Kernel.IsoDate.Format(met), new Attr("x", Num(X(met) + 4)), new Attr("y", Num(top + 12)), new Attr("class", "value"));
        }

        h.Empty("line", new Attr("x1", Num(X(AsOf))), new Attr("x2", Num(X(AsOf))), new Attr("y1", Num(top)), new Attr("y2", Num(top + plotH)), new Attr("class", "asof"));
        h.Element("text", "as of " + Kernel.IsoDate.Format(AsOf), new Attr("x", Num(X(AsOf) - 4)), new Attr("y", Num(top + 26)), new Attr("class", "tick"), new Attr("text-anchor", "end"));
        if (blockersLine is not null) SvgFrame.Label(h, blockersLine, x0, top + plotH + 50, x1 - x0, "mark-text");
        SvgFrame.End(h, table);
    }
}
