using System.Globalization;
using Napsm.Core.Reporting.Html;
using Napsm.Core.Reporting.Tables;
using static Napsm.Core.Reporting.Html.HtmlBuilder;

namespace Napsm.Core.Reporting.Charts;

/// <summary>
/// What every chart shares: the <c>&lt;svg&gt;</c> element with its accessible name (<c>&lt;title&gt;</c>) and description
/// (<c>&lt;desc&gt;</c>), a visible title, axis ticks, and text cut to fit. Sizes are in CSS pixels; text widths are estimated
/// (7 px a character at 12 px), which is enough because every cut label has its full text in a tooltip and in the table.
/// </summary>
internal static class SvgFrame
{
    public const double CharWidth = 7;
    public const double TitleHeight = 26;

    /// <summary>Opens <c>&lt;figure&gt;&lt;svg&gt;</c> with the title and description; close it with <see cref="End"/>.</summary>
    public static void Begin(HtmlBuilder h, string title, string description, double width, double height, string kind)
    {
        var tid = h.NewId("chart-title");
        var did = h.NewId("chart-desc");
        h.Open("figure", new Attr("class", "chart " + kind));
        h.Open("svg", new Attr("xmlns", "http://www.w3.org/2000/svg"), new Attr("role", "img"), new Attr("aria-labelledby", tid + " " + did),
            new Attr("width", Num(width)), new Attr("height", Num(height)), new Attr("viewBox", "0 0 " + Num(width) + " " + Num(height)),
            new Attr("class", "svg-chart"));
        h.Line();
        h.Element("title", title, new Attr("id", tid));
        h.Element("desc", description, new Attr("id", did));
        h.Element("text", Fit(title, width - 16), new Attr("x", "8"), new Attr("y", "18"), new Attr("class", "chart-title"));
    }

    /// <summary>Closes the svg, writes the table of the same figures beside it, and closes the figure.</summary>
    public static void End(HtmlBuilder h, ReportTable? table)
    {
        h.Close("svg");
        if (table is not null) HtmlTable.Write(h, table);
        h.Close("figure");
    }

    /// <summary>A text element, cut with "…" to <paramref name="maxWidth"/> pixels; a cut text carries its full form as a tooltip.</summary>
    public static void Label(HtmlBuilder h, string text, double x, double y, double maxWidth, string cssClass, string anchor = "start")
    {
        var fitted = Fit(text, maxWidth);
        if (fitted == text)
        {
            h.Element("text", text, new Attr("x", Num(x)), new Attr("y", Num(y)), new Attr("class", cssClass), new Attr("text-anchor", anchor == "start" ? null : anchor));
            return;
        }

        h.Open("text", new Attr("x", Num(x)), new Attr("y", Num(y)), new Attr("class", cssClass), new Attr("text-anchor", anchor == "start" ? null : anchor));
        h.Element("title", text);
        h.Text(fitted);
        h.Close("text");
    }

    /// <summary>The text cut to about <paramref name="maxWidth"/> pixels, ending with "…".</summary>
    public static string Fit(string text, double maxWidth)
    {
        var chars = Math.Max(2, (int)(maxWidth / CharWidth));
        return TextTable.Width(text) <= chars ? text : TextTable.Shorten(text, chars);
    }

    /// <summary>Estimated width of a text in pixels.</summary>
    public static double TextWidth(string text) => TextTable.Width(text) * CharWidth;

    /// <summary>"Nice" ticks covering [lo, hi]: steps of 1, 2, 2.5 or 5 times a power of ten, about <paramref name="most"/> ticks at most.</summary>
    public static IReadOnlyList<double> Ticks(double lo, double hi, int most = 6)
    {
        if (hi <= lo) hi = lo + 1;
        var span = hi - lo;
        var raw = span / Math.Max(1, most - 1);
        var mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * mag).First(s => s >= raw);
        var first = Math.Ceiling(lo / step - 1e-9) * step;
        var ticks = new List<double>();
        for (var k = Math.Round(first / step); k * step <= hi + step * 1e-9; k++) ticks.Add(Math.Round(k * step, 10));
        return ticks;
    }

    /// <summary>A tick's label: invariant, at most four decimals.</summary>
    public static string TickLabel(double value) => (Math.Abs(value) < 1e-12 ? 0 : value).ToString("0.####", CultureInfo.InvariantCulture);
}
