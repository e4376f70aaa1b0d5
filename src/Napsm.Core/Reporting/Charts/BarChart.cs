using Napsm.Core.Reporting.Html;
using Napsm.Core.Reporting.Tables;
using static Napsm.Core.Reporting.Html.HtmlBuilder;

namespace Napsm.Core.Reporting.Charts;

/// <summary>A series of bars: its name (legend and tooltips) and its CSS class (colour).</summary>
internal sealed record BarSeries(string Name, string CssClass);

/// <summary>One category of a bar chart: its label, one figure per series, marks (veto, dummy) and optional error bars.</summary>
/// <param name="Label">The category's label.</param>
/// <param name="Values">One figure per series.</param>
/// <param name="Marks">Short marks shown beside the label.</param>
/// <param name="Intervals">Per series, the interval of an approximate value, drawn as an error bar; null (the default) for none.</param>
internal sealed record BarRow(string Label, IReadOnlyList<Figure> Values, IReadOnlyList<string> Marks, IReadOnlyList<(double Lo, double Hi)?>? Intervals = null);

/// <summary>
/// Horizontal bars, grouped by category, one bar per series; negative values go left of a zero line (signed bars for changes).
/// A figure that was not computed is a dashed empty box labelled "not computed", never a bar of length zero. Each bar's tooltip
/// gives the series, the category and the exact figure.
/// </summary>
internal sealed record BarChart(
    string Title,
    string Description,
    string CategoryAxis,
    string ValueAxis,
    IReadOnlyList<BarSeries> Series,
    IReadOnlyList<BarRow> Rows)
{
    /// <summary>The value range drawn; null for [min(0, smallest), max(0, largest)] (at least [0, 1] for shares).</summary>
    public (double Lo, double Hi)? Domain { get; init; }

    /// <summary>Drawing width in pixels.</summary>
    public double Width { get; init; } = 720;

    /// <summary>The domain the figures need: [min(0, smallest), max(0, largest)], never empty.</summary>
    public (double Lo, double Hi) NaturalDomain()
    {
        double lo = 0, hi = 0;
        foreach (var r in Rows)
        {
            foreach (var v in r.Values)
            {
                if (v.Value is not { } d) continue;
                lo = Math.Min(lo, d);
                hi = Math.Max(hi, d);
            }
        }

        if (hi - lo < 1e-12) hi = lo + 1;
        return (lo, hi);
    }

    public void Write(HtmlBuilder h, ReportTable? table)
    {
        var (lo, hi) = Domain ?? NaturalDomain();
        var compact = Rows.Count * Series.Count > 40;
        var barH = compact ? 8.0 : 11.0;
        var rowH = Series.Count * barH + (compact ? 6 : 9);
        // Labels take at most a third of the width (cut with "…", full in the tooltip and table), marks at most a sixth.
        var labelW = Math.Clamp(Rows.Select(r => SvgFrame.TextWidth(r.Label)).DefaultIfEmpty(60).Max() + 8, 70, Math.Max(70, Width / 3));
        var marksW = Rows.Any(r => r.Marks.Count > 0) ? Math.Clamp(Rows.Max(r => SvgFrame.TextWidth(string.Join(" ", r.Marks))) + 10, 40, Math.Max(40, Width / 6)) : 0;
        var legendW = Series.Sum(s => 24 + Math.Min(200, SvgFrame.TextWidth(s.Name)));
        var legendLines = Series.Count > 1 ? (legendW <= Width - 16 ? 1 : Series.Count) : 0;
        var legendH = legendLines * 16 + (legendLines > 0 ? 2 : 0);
        var top = SvgFrame.TitleHeight + legendH + 16;
        var x0 = labelW + marksW + 8;
        var x1 = Width - 48;
        var plotH = Math.Max(rowH, Rows.Count * rowH);
        var height = top + plotH + 46;
        double X(double v) => x0 + (v - lo) / (hi - lo) * (x1 - x0);

        SvgFrame.Begin(h, Title, Description, Width, height, "bars");
        if (Series.Count > 1)
        {
            var lx = legendLines == 1 ? Math.Min(x0, Width - 8 - legendW) : 8.0;
            var ly = SvgFrame.TitleHeight + 2.0;
            foreach (var s in Series)
            {
                h.Empty("rect", new Attr("x", Num(lx)), new Attr("y", Num(ly)), new Attr("width", "10"), new Attr("height", "10"), new Attr("class", s.CssClass));
                SvgFrame.Label(h, s.Name, lx + 14, ly + 9, Width - lx - 24, "axis-label");
                if (legendLines == 1) lx += 24 + Math.Min(200, SvgFrame.TextWidth(s.Name));
                else ly += 16;
            }
        }

        // Grid and ticks first, so that bars are drawn over them.
        h.Open("g", new Attr("class", "axis-group"));
        foreach (var t in SvgFrame.Ticks(lo, hi, Math.Max(2, (int)((x1 - x0) / 55))))
        {
            var x = X(t);
            h.Empty("line", new Attr("x1", Num(x)), new Attr("x2", Num(x)), new Attr("y1", Num(top - 2)), new Attr("y2", Num(top + plotH)), new Attr("class", Math.Abs(t) < 1e-12 ? "zero" : "grid"));
            h.Element("text", SvgFrame.TickLabel(t), new Attr("x", Num(x)), new Attr("y", Num(top + plotH + 14)), new Attr("class", "tick"), new Attr("text-anchor", "middle"));
        }

        h.Empty("line", new Attr("x1", Num(x0)), new Attr("x2", Num(x1)), new Attr("y1", Num(top + plotH)), new Attr("y2", Num(top + plotH)), new Attr("class", "axis"));
        SvgFrame.Label(h, ValueAxis, (x0 + x1) / 2, top + plotH + 34, 2 * Math.Min((x0 + x1) / 2, Width - (x0 + x1) / 2) - 8, "axis-label", "middle");
        SvgFrame.Label(h, CategoryAxis, labelW, top - 4, labelW, "axis-label", "end");
        h.Close("g");

        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var y = top + i * rowH + 4;
            h.Open("g", new Attr("class", "row"));
            SvgFrame.Label(h, row.Label, labelW, y + Series.Count * barH / 2 + 4, labelW - 4, "label", "end");
            if (row.Marks.Count > 0)
                h.Element("text", string.Join(" ", row.Marks), new Attr("x", Num(labelW + 6)), new Attr("y", Num(y + Series.Count * barH / 2 + 4)), new Attr("class", "mark-text"));
            for (var s = 0; s < Series.Count; s++)
            {
                var f = s < row.Values.Count ? row.Values[s] : Figure.Missing("no figure");
                var by = y + s * barH;
                var tip = Series[s].Name + " — " + row.Label + ": " + Tip(f);
                if (f.Value is not { } v)
                {
                    h.Open("rect", new Attr("x", Num(x0)), new Attr("y", Num(by)), new Attr("width", Num(x1 - x0)), new Attr("height", Num(barH - 1)), new Attr("class", "missing"));
                    h.Element("title", tip);
                    h.Close("rect");
                    h.Element("text", "not computed", new Attr("x", Num(x0 + 4)), new Attr("y", Num(by + barH - 2)), new Attr("class", "missing-label"));
                    continue;
                }

                var a = X(Math.Max(lo, Math.Min(0, hi)));
                var b = X(Math.Clamp(v, lo, hi));
                var cls = Series[s].CssClass;
                if (Series.Count == 1 && cls == "signed") cls = v < 0 ? "down" : "up";
                h.Open("rect", new Attr("x", Num(Math.Min(a, b))), new Attr("y", Num(by)), new Attr("width", Num(Math.Max(Math.Abs(b - a), 0.5))),
                    new Attr("height", Num(barH - 1)), new Attr("class", cls));
                h.Element("title", tip);
                h.Close("rect");
                double end = Math.Max(a, b);
                if (row.Intervals is { } intervals && s < intervals.Count && intervals[s] is { } iv)
                {
                    // An error bar across the interval, with end caps; presentation attributes, not a style sheet rule, so that pages without
                    // one are byte for byte unchanged.
                    double il = X(Math.Clamp(iv.Lo, lo, hi)), ih = X(Math.Clamp(iv.Hi, lo, hi)), my = by + (barH - 1) / 2.0;
                    var stroke = new Attr("stroke", "currentColor");
                    var width = new Attr("stroke-width", "1.5");
                    h.Empty("line", new Attr("x1", Num(il)), new Attr("y1", Num(my)), new Attr("x2", Num(ih)), new Attr("y2", Num(my)), new Attr("class", "interval"), stroke, width);
                    h.Empty("line", new Attr("x1", Num(il)), new Attr("y1", Num(by + 1)), new Attr("x2", Num(il)), new Attr("y2", Num(by + barH - 2)), new Attr("class", "interval"), stroke, width);
                    h.Empty("line", new Attr("x1", Num(ih)), new Attr("y1", Num(by + 1)), new Attr("x2", Num(ih)), new Attr("y2", Num(by + barH - 2)), new Attr("class", "interval"), stroke, width);
                    end = Math.Max(end, ih);
                }

                var text = v < 0 || lo < 0 ? f.SignedDecimalText(3) : f.DecimalText(3);
                var tx = v < 0 ? Math.Min(a, b) - 3 : end + 3;
                h.Element("text", text, new Attr("x", Num(tx)), new Attr("y", Num(by + barH - 2)), new Attr("class", "value"), new Attr("text-anchor", v < 0 ? "end" : null));
            }

            h.Close("g");
        }

        SvgFrame.End(h, table);
    }

    private static string Tip(Figure f) => f.Exact is { } r ? r + " (" + f.DecimalText() + ")"
        : f.Approximate is not null ? f.FractionText
        : "not computed: " + f.NotComputed;
}

/// <summary>Small multiples: the same bar chart for several designs side by side, on one shared scale.</summary>
internal static class SmallMultiples
{
    public static void Write(HtmlBuilder h, IReadOnlyList<BarChart> panels, IReadOnlyList<ReportTable?> tables)
    {
        double lo = 0, hi = 0;
        foreach (var p in panels)
        {
            var (a, b) = p.NaturalDomain();
            lo = Math.Min(lo, a);
            hi = Math.Max(hi, b);
        }

        h.Open("div", new Attr("class", "multiples"));
        for (var i = 0; i < panels.Count; i++) (panels[i] with { Domain = (lo, hi), Width = 460 }).Write(h, i < tables.Count ? tables[i] : null);
        h.Close("div");
    }
}
