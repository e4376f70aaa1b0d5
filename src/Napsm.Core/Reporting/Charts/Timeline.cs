using Napsm.Core.Reporting.Html;
using Napsm.Core.Reporting.Tables;
using NodaTime;
using NodaTime.Text;
using static Napsm.Core.Reporting.Html.HtmlBuilder;

namespace Napsm.Core.Reporting.Charts;

/// <summary>A dated mark on a timeline row (a commitment falling due).</summary>
internal sealed record TimelineMark(LocalDate Date, string Label, bool Critical);

/// <summary>
/// One row of a Gantt chart: a phase from its earliest start to its earliest end, with its slack up to its latest end; dates that
/// are not known are null (the row then says so instead of drawing a bar).
/// </summary>
internal sealed record TimelineRow(string Label, LocalDate? Start, LocalDate? End, LocalDate? LatestEnd, bool Critical, IReadOnlyList<TimelineMark> Marks);

/// <summary>A Gantt chart of phases over calendar time: bars, slack, commitment marks, the critical path in its own colour.</summary>
internal sealed record Timeline(string Title, string Description, IReadOnlyList<TimelineRow> Rows)
{
    public void Write(HtmlBuilder h, ReportTable? table)
    {
        const double width = 900, rowH = 24;
        var dates = Rows.SelectMany(r => new[] { r.Start, r.End, r.LatestEnd }.Concat(r.Marks.Select(m => (LocalDate?)m.Date)))
            .Where(d => d is not null).Select(d => d!.Value).ToList();
        var labelW = Math.Clamp(Rows.Select(r => SvgFrame.TextWidth(r.Label)).DefaultIfEmpty(60).Max() + 10, 80, 230);
        var top = SvgFrame.TitleHeight + 22;
        var plotH = Math.Max(1, Rows.Count) * rowH;
        var height = top + plotH + 56;
        var x0 = labelW + 10;
        var x1 = width - 20;
        SvgFrame.Begin(h, Title, Description, width, height, "timeline");
        // Legend.
        h.Empty("rect", new Attr("x", Num(x0)), new Attr("y", Num(SvgFrame.TitleHeight + 2)), new Attr("width", "14"), new Attr("height", "10"), new Attr("class", "phase"));
        h.Element("text", "phase (earliest dates)", new Attr("x", Num(x0 + 18)), new Attr("y", Num(SvgFrame.TitleHeight + 11)), new Attr("class", "axis-label"));
        h.Empty("rect", new Attr("x", Num(x0 + 170)), new Attr("y", Num(SvgFrame.TitleHeight + 2)), new Attr("width", "14"), new Attr("height", "10"), new Attr("class", "phase critical"));
        h.Element("text", "critical path", new Attr("x", Num(x0 + 188)), new Attr("y", Num(SvgFrame.TitleHeight + 11)), new Attr("class", "axis-label"));
        h.Empty("rect", new Attr("x", Num(x0 + 280)), new Attr("y", Num(SvgFrame.TitleHeight + 2)), new Attr("width", "14"), new Attr("height", "10"), new Attr("class", "slack"));
        h.Element("text", "slack (to the latest end)", new Attr("x", Num(x0 + 298)), new Attr("y", Num(SvgFrame.TitleHeight + 11)), new Attr("class", "axis-label"));
        h.Empty("polygon", new Attr("points", Diamond(x0 + 470, SvgFrame.TitleHeight + 7, 5)), new Attr("class", "commit"));
        h.Element("text", "commitment due", new Attr("x", Num(x0 + 480)), new Attr("y", Num(SvgFrame.TitleHeight + 11)), new Attr("class", "axis-label"));

        if (dates.Count == 0)
        {
            h.Element("text", "No phase has a known date: nothing to place on a calendar.", new Attr("x", Num(x0)), new Attr("y", Num(top + 16)), new Attr("class", "missing-label"));
            for (var i = 0; i < Rows.Count; i++) SvgFrame.Label(h, Rows[i].Label, labelW, top + i * rowH + 16, labelW - 4, "label", "end");
            SvgFrame.End(h, table);
            return;
        }

        var first = dates.Min();
        var last = dates.Max();
        var span = Math.Max(1, Period.DaysBetween(first, last));
        var pad = Math.Max(1, span / 20);
        var lo = CalendarLimits.PlusDays(first, -pad);
        var hi = CalendarLimits.PlusDays(last, pad);
        var total = (double)Period.DaysBetween(lo, hi);
        double X(LocalDate d) => x0 + Period.DaysBetween(lo, d) / total * (x1 - x0);

        h.Open("g", new Attr("class", "axis-group"));
        foreach (var (tick, label) in DateTicks(lo, hi))
        {
            var x = X(tick);
            h.Empty("line", new Attr("x1", Num(x)), new Attr("x2", Num(x)), new Attr("y1", Num(top - 2)), new Attr("y2", Num(top + plotH)), new Attr("class", "grid"));
            h.Element("text", label, new Attr("x", Num(x)), new Attr("y", Num(top + plotH + 14)), new Attr("class", "tick"), new Attr("text-anchor", "middle"));
        }

        h.Empty("line", new Attr("x1", Num(x0)), new Attr("x2", Num(x1)), new Attr("y1", Num(top + plotH)), new Attr("y2", Num(top + plotH)), new Attr("class", "axis"));
        h.Element("text", "Calendar date (earliest feasible schedule)", new Attr("x", Num((x0 + x1) / 2)), new Attr("y", Num(top + plotH + 34)), new Attr("class", "axis-label"), new Attr("text-anchor", "middle"));
        h.Element("text", "Phase", new Attr("x", Num(labelW)), new Attr("y", Num(top - 6)), new Attr("class", "axis-label"), new Attr("text-anchor", "end"));
        h.Close("g");

        for (var i = 0; i < Rows.Count; i++)
        {
            var r = Rows[i];
            var y = top + i * rowH + 4;
            h.Open("g", new Attr("class", "row"));
            SvgFrame.Label(h, r.Label, labelW, y + 12, labelW - 4, "label", "end");
            if (r.End is { } end && r.LatestEnd is { } latest && latest > end)
            {
                h.Open("rect", new Attr("x", Num(X(end))), new Attr("y", Num(y + 2)), new Attr("width", Num(X(latest) - X(end))), new Attr("height", "12"), new Attr("class", "slack"));
                h.Element("title", r.Label + ": slack of " + Period.DaysBetween(end, latest) + " days, latest end " + Kernel.IsoDate.Format(latest));
                h.Close("rect");
            }

            if (r.Start is { } s && r.End is { } e)
            {
                h.Open("rect", new Attr("x", Num(X(s))), new Attr("y", Num(y)), new Attr("width", Num(Math.Max(2, X(e) - X(s)))), new Attr("height", "16"),
                    new Attr("class", r.Critical ? "phase critical" : "phase"));
                h.Element("title", r.Label + ": " + Kernel.IsoDate.Format(s) + " to " + Kernel.IsoDate.Format(e) + (r.Critical ? " (critical path)" : "") + (r.LatestEnd is { } l ? ", latest end " + Kernel.IsoDate.Format(l) : ""));
                h.Close("rect");
            }
            else if (r.Start is not null || r.End is not null)
            {
                var d = r.Start ?? r.End!.Value;
                h.Open("rect", new Attr("x", Num(X(d) - 1)), new Attr("y", Num(y)), new Attr("width", "3"), new Attr("height", "16"), new Attr("class", r.Critical ? "phase critical" : "phase"));
                h.Element("title", r.Label + ": " + (r.Start is null ? "ends " : "starts ") + Kernel.IsoDate.Format(d) + "; the other end has no known date");
                h.Close("rect");
            }
            else
            {
                h.Element("text", "no known date", new Attr("x", Num(x0 + 4)), new Attr("y", Num(y + 12)), new Attr("class", "missing-label"));
            }

            foreach (var m in r.Marks)
            {
                h.Open("polygon", new Attr("points", Diamond(X(m.Date), y + 8, 5)), new Attr("class", m.Critical ? "commit critical" : "commit"));
                h.Element("title", m.Label + ": due " + Kernel.IsoDate.Format(m.Date));
                h.Close("polygon");
            }

            h.Close("g");
        }

        SvgFrame.End(h, table);
    }

    private static readonly int[] YearSteps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];
    private static readonly int[] MonthSteps = [1, 2, 3, 6, 12];


    private static string Diamond(double x, double y, double r) =>
        Num(x) + "," + Num(y - r) + " " + Num(x + r) + "," + Num(y) + " " + Num(x) + "," + Num(y + r) + " " + Num(x - r) + "," + Num(y);

    /// <summary>Ticks at year, quarter, month or day boundaries, whichever gives at most about ten.</summary>
    internal static IEnumerable<(LocalDate Date, string Label)> DateTicks(LocalDate lo, LocalDate hi)
    {
        var days = Period.DaysBetween(lo, hi);
        if (days > 3 * 365)
        {
            var years = hi.Year - lo.Year;
            var step = YearSteps.First(s => years / s <= 10);
            for (var y = (lo.Year / step + 1) * step; y <= hi.Year; y += step)
            {
                if (y < 1 || y > 9999) continue;
                yield return (new LocalDate(y, 1, 1), y.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            yield break;
        }

        if (days > 45)
        {
            var months = (hi.Year - lo.Year) * 12 + hi.Month - lo.Month;
            var step = MonthSteps.First(s => months / s <= 10);
            // Months past 9999-12 do not exist: the ticks stop at the end of the calendar.
            LocalDate? d = CalendarLimits.PlusMonths(new LocalDate(lo.Year, lo.Month, 1), 1);
            while (d is { } m && (m.Month - 1) % step != 0) d = CalendarLimits.PlusMonths(m, 1);
            for (; d is { } t && t <= hi; d = CalendarLimits.PlusMonths(t, step)) yield return (t, LocalDatePattern.CreateWithInvariantCulture("uuuu-MM").Format(t));
            yield break;
        }

        var dayStep = Math.Max(1, days / 8);
        for (var d = CalendarLimits.PlusDays(lo, 1); d <= hi; d = CalendarLimits.PlusDays(d, dayStep))
        {
            yield return (d, Kernel.IsoDate.Format(d));
            if (d == CalendarLimits.Last) yield break;
        }
    }
}

/// <summary>
/// A chain of constraints that cannot all hold, drawn as boxes joined by arrows, ending in the conclusion (how many days short).
/// </summary>
internal sealed record ConstraintChain(string Title, string Description, IReadOnlyList<string> Steps, string Conclusion)
{
    private const double Width = 760;
    private const double LineH = 15;

    public void Write(HtmlBuilder h, ReportTable? table)
    {
        var chars = (int)((Width - 60) / SvgFrame.CharWidth);
        var boxes = Steps.Select(s => TextTable.WrapText(s, chars).Take(4).ToArray()).Append(TextTable.WrapText(Conclusion, chars).Take(4).ToArray()).ToList();
        var height = SvgFrame.TitleHeight + 10 + boxes.Sum(b => b.Length * LineH + 12 + 18) + 10;
        SvgFrame.Begin(h, Title, Description, Width, height, "chain");
        var y = SvgFrame.TitleHeight + 10;
        for (var i = 0; i < boxes.Count; i++)
        {
            var lines = boxes[i];
            var boxH = lines.Length * LineH + 12;
            var conclusion = i == boxes.Count - 1;
            h.Open("g", new Attr("class", conclusion ? "chain conclusion" : "chain"));
            h.Open("rect", new Attr("x", "20"), new Attr("y", Num(y)), new Attr("width", Num(Width - 40)), new Attr("height", Num(boxH)), new Attr("rx", "4"));
            h.Element("title", conclusion ? Conclusion : (i + 1) + ". " + Steps[i]);
            h.Close("rect");
            for (var k = 0; k < lines.Length; k++)
                h.Element("text", (k == 0 && !conclusion ? (i + 1) + ". " : "") + lines[k], new Attr("x", "30"), new Attr("y", Num(y + 16 + k * LineH)), new Attr("class", "label"));
            h.Close("g");
            y += boxH;
            if (!conclusion)
            {
                h.Empty("line", new Attr("x1", Num(Width / 2)), new Attr("x2", Num(Width / 2)), new Attr("y1", Num(y)), new Attr("y2", Num(y + 12)), new Attr("class", "edge"));
                h.Empty("polygon", new Attr("points", Num(Width / 2 - 4) + "," + Num(y + 11) + " " + Num(Width / 2 + 4) + "," + Num(y + 11) + " " + Num(Width / 2) + "," + Num(y + 17)), new Attr("class", "arrow"));
            }

            y += 18;
        }

        SvgFrame.End(h, table);
    }
}
