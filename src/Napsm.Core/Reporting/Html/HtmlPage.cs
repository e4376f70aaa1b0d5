using static Napsm.Core.Reporting.Html.HtmlBuilder;

namespace Napsm.Core.Reporting.Html;

/// <summary>
/// One self-contained HTML page: inline CSS (screen and print), inline SVG, no script, no external resource (a
/// Content-Security-Policy of <c>default-src 'none'</c> makes the browser refuse any), system fonts only. Sections are numbered in
/// the order they are added and listed in a contents list at the top. The same calls give the same bytes.
/// </summary>
internal sealed class HtmlPage
{
    private readonly string _title;
    private readonly string? _subtitle;
    private readonly List<(string Id, string Heading, int Level)> _toc = [];
    private int _sections;

    public HtmlPage(string title, string? subtitle = null)
    {
        _title = title;
        _subtitle = subtitle;
    }

    /// <summary>Where the sections are written.</summary>
    public HtmlBuilder Body { get; } = new();

    /// <summary>A section: a heading (level 2, or 3 under the previous one) with an anchor, then its content.</summary>
    public void Section(string heading, Action<HtmlBuilder> content, int level = 2)
    {
        ArgumentNullException.ThrowIfNull(content);
        var id = "s" + (++_sections).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _toc.Add((id, heading, level));
        Body.Open("section", new Attr("id", id), new Attr("class", level == 2 ? "section" : "subsection"));
        Body.Element(level == 2 ? "h2" : "h3", heading);
        content(Body);
        Body.Close("section");
    }

    public string Render()
    {
        var body = Body.ToString();
        var h = new HtmlBuilder();
        h.Trusted("<!DOCTYPE html>\n");
        h.Open("html", new Attr("lang", "en")).Line();
        h.Open("head").Line();
        h.Empty("meta", new Attr("charset", "utf-8"));
        h.Empty("meta", new Attr("http-equiv", "Content-Security-Policy"), new Attr("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:"));
        h.Empty("meta", new Attr("name", "viewport"), new Attr("content", "width=device-width, initial-scale=1"));
        h.Empty("meta", new Attr("name", "generator"), new Attr("content", "napsm"));
        h.Element("title", _title);
        h.Open("style").Trusted(Css).Close("style");
        h.Close("head");
        h.Open("body").Line();
        h.Open("header").Line();
        h.Element("h1", _title);
        if (_subtitle is not null) h.Element("p", _subtitle, new Attr("class", "subtitle"));
        h.Close("header");
        if (_toc.Count > 1)
        {
            h.Open("nav", new Attr("aria-label", "Contents")).Line();
            h.Element("h2", "Contents");
            h.Open("ol", new Attr("class", "toc")).Line();
            foreach (var (id, heading, level) in _toc)
            {
                h.Open("li", new Attr("class", level == 2 ? null : "sub"));
                h.Element("a", heading, new Attr("href", "#" + id));
                h.Close("li");
            }

            h.Close("ol");
            h.Close("nav");
        }

        h.Open("main").Line();
        h.Trusted(body);
        h.Close("main");
        h.Open("footer").Line();
        h.Element("p", "Written by napsm. Every figure is exact unless marked ≈; a figure that was not computed says so and why.");
        h.Close("footer");
        h.Close("body");
        h.Close("html");
        return h.ToString();
    }

    /// <summary>
    /// The style sheet. Colours from the Okabe–Ito palette (distinguishable with colour-vision deficiencies); series also differ by
    /// position and label, never by colour alone. Print: no backgrounds needed, charts and table rows not split across pages.
    /// </summary>
    internal const string Css = """

        :root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #ccc; --ss: #0072B2; --bz: #E69F00; --wt: #7f7f7f;
          --up: #009E73; --down: #D55E00; --crit: #D55E00; --phase: #56B4E9; --slack: #d9ecf7; --mark: #CC79A7; }
        * { box-sizing: border-box; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink);
          background: #fff; margin: 0 auto; padding: 1rem 1.5rem 3rem; max-width: 80rem; line-height: 1.4; font-size: 15px; }
        h1 { font-size: 1.6rem; margin: 0.5rem 0 0.25rem; }
        h2 { font-size: 1.3rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.2rem; margin-top: 2rem; }
        h3 { font-size: 1.1rem; margin-top: 1.5rem; }
        .subtitle, footer { color: var(--muted); }
        nav ol.toc { columns: 2; padding-left: 1.5rem; }
        nav li.sub { margin-left: 1rem; list-style: circle; }
        a { color: #0a58a8; }
        figure.chart { margin: 1rem 0 1.5rem; display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: flex-start; }
        figure.chart svg { max-width: 100%; height: auto; flex: 0 1 auto; }
        .multiples { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
        .multiples figure.chart { display: block; }
        .table-wrap { overflow-x: auto; flex: 1 1 22rem; }
        table.data { border-collapse: collapse; font-size: 0.85rem; margin: 0.25rem 0; }
        table.data caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
        table.data th, table.data td { border-bottom: 1px solid #e3e3e3; padding: 0.15rem 0.6rem 0.15rem 0; text-align: left; vertical-align: top; }
        table.data thead th { border-bottom: 2px solid var(--rule); }
        table.data .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        table.data .exact { display: block; color: var(--muted); font-size: 0.8em; }
        table.data .missing, .missing-text { color: var(--down); font-style: italic; }
        .note { color: var(--muted); font-size: 0.9rem; }
        .badge { display: inline-block; border: 1px solid var(--rule); border-radius: 3px; padding: 0 0.3rem; font-size: 0.8rem; }
        .sev-error { color: #b00020; font-weight: 600; }
        .sev-warning { color: #8a5a00; font-weight: 600; }
        .sev-info { color: #245; }
        svg text { font-family: inherit; font-size: 12px; fill: var(--ink); }
        svg .chart-title { font-size: 14px; font-weight: 600; }
        svg .axis-label { font-size: 12px; fill: var(--muted); }
        svg .tick { font-size: 11px; fill: var(--muted); }
        svg .grid { stroke: #e6e6e6; stroke-width: 1; }
        svg .axis { stroke: #888; stroke-width: 1; }
        svg .zero { stroke: #444; stroke-width: 1.5; }
        svg .ss { fill: var(--ss); }
        svg .bz { fill: var(--bz); }
        svg .wt { fill: var(--wt); }
        svg .up { fill: var(--up); }
        svg .down { fill: var(--down); }
        svg .value { font-size: 11px; }
        svg .mark-text { font-size: 11px; font-weight: 600; fill: var(--down); }
        svg .missing { fill: none; stroke: var(--down); stroke-dasharray: 4 3; }
        svg .missing-label { font-size: 11px; font-style: italic; fill: var(--down); }
        svg .phase { fill: var(--phase); }
        svg .phase.critical { fill: var(--crit); }
        svg .slack { fill: var(--slack); stroke: var(--phase); stroke-dasharray: 3 2; }
        svg .commit { fill: var(--mark); stroke: #fff; stroke-width: 0.5; }
        svg .commit.critical { fill: var(--crit); }
        svg .step { fill: none; stroke: var(--ss); stroke-width: 2; }
        svg .dot { fill: var(--ss); }
        svg .threshold { stroke: var(--down); stroke-width: 1.5; stroke-dasharray: 6 4; }
        svg .met { stroke: var(--up); stroke-width: 1.5; }
        svg .asof { stroke: #888; stroke-dasharray: 2 3; }
        svg .node rect { fill: #f4f8fc; stroke: #5b7fa6; }
        svg .node.member rect { fill: #fff8ec; stroke: #b07d2b; }
        svg .node.group rect { fill: #fff1d6; stroke: #b07d2b; stroke-width: 1.5; }
        svg .node.phase-node rect { fill: #eef7f1; stroke: #3f8f5f; }
        svg .node.treaty rect { fill: #f6effa; stroke: #7d4f9e; }
        svg .node.commitment rect { fill: #fdf5fa; stroke: #b0508a; }
        svg .edge { fill: none; stroke: #777; stroke-width: 1.2; }
        svg .edge.bold { stroke: #b00020; stroke-width: 2.2; }
        svg .edge.dashed { stroke-dasharray: 5 3; }
        svg .edge.dotted { stroke-dasharray: 1 3; }
        svg .edge-label { font-size: 10px; fill: var(--muted); }
        svg .arrow { fill: #777; }
        svg .chain rect { fill: #fff4ef; stroke: var(--down); }
        svg .chain .conclusion rect { fill: #fde2d6; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          nav { display: none; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          figure.chart, table.data tr, .node { break-inside: avoid; page-break-inside: avoid; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          section.section { break-before: auto; }
          .table-wrap { overflow: visible; }
          a { color: inherit; text-decoration: none; }
        }

        """;
}
