using System.Xml.Linq;
using System.Xml;

namespace Napsm.Core.Tests.Reporting.Html;

/// <summary>
/// A small checker for our own HTML: it must parse as XML (every element closed, attributes quoted, only XML's five entities or
/// numeric references), every <c>&lt;table&gt;</c> has a caption and column headers, every <c>&lt;svg&gt;</c> starts with a
/// <c>&lt;title&gt;</c> and a <c>&lt;desc&gt;</c> and names them in <c>aria-labelledby</c>, ids are unique, and nothing can run or
/// fetch: no script, no event handler attribute, no link or source outside the page, no CSS <c>url(…)</c> or <c>@import</c>.
/// </summary>
internal static class HtmlChecker
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The problems found; empty when the page passes.</summary>
    public static IReadOnlyList<string> Problems(string html)
    {
        var problems = new List<string>();
        if (!html.StartsWith("<!DOCTYPE html>\n", StringComparison.Ordinal)) problems.Add("does not start with <!DOCTYPE html>");
        if (html.Contains('\r', StringComparison.Ordinal)) problems.Add("has a carriage return");
        XDocument doc;
        try
        {
            doc = XDocument.Parse(html, LoadOptions.None);
        }
        catch (XmlException e)
        {
            problems.Add("not well-formed: " + e.Message);
            return problems;
        }

        var all = doc.Descendants().ToList();
        foreach (var e in all)
        {
            var name = e.Name.LocalName;
            if (name is "script" or "iframe" or "object" or "embed" or "link" or "img" or "foreignObject" or "image" or "use") problems.Add("forbidden element <" + name + ">");
            foreach (var a in e.Attributes())
            {
                var an = a.Name.LocalName;
                if (an.StartsWith("on", StringComparison.OrdinalIgnoreCase)) problems.Add("event handler attribute " + an);
                if (an is "href" or "src" or "xlink:href" && !a.Value.StartsWith('#')) problems.Add("reference outside the page: " + an + "=" + a.Value);
                if (an == "style" || a.Value.Contains("url(", StringComparison.OrdinalIgnoreCase) && an != "marker-end") problems.Add("inline style or url() in attribute " + an);
            }
        }

        foreach (var style in all.Where(e => e.Name.LocalName == "style"))
        {
            if (style.Value.Contains("url(", StringComparison.OrdinalIgnoreCase) || style.Value.Contains("@import", StringComparison.OrdinalIgnoreCase))
                problems.Add("the style sheet loads something");
        }

        var ids = all.Select(e => (string?)e.Attribute("id")).Where(i => i is not null).ToList();
        foreach (var dup in ids.GroupBy(i => i).Where(g => g.Count() > 1)) problems.Add("duplicate id " + dup.Key);
        var idSet = ids.ToHashSet();
        foreach (var t in all.Where(e => e.Name.LocalName == "table"))
        {
            if (t.Elements().FirstOrDefault()?.Name.LocalName != "caption") problems.Add("a table without a caption");
            var head = t.Element(t.Name.Namespace + "thead");
            if (head is null || !head.Descendants().Any(d => d.Name.LocalName == "th")) problems.Add("a table without column headers: " + (string?)t.Element(t.Name.Namespace + "caption"));
            var columns = head?.Descendants().Count(d => d.Name.LocalName == "th") ?? 0;
            foreach (var row in t.Descendants().Where(d => d.Name.LocalName == "tr").Skip(1))
            {
                if (row.Elements().Count() != columns) problems.Add("a row with " + row.Elements().Count() + " cells in a table of " + columns + " columns");
            }
        }

        var svgs = all.Where(e => e.Name == Svg + "svg").ToList();
        if (all.Any(e => e.Name.LocalName == "svg" && e.Name.Namespace != Svg)) problems.Add("an svg outside the SVG namespace");
        foreach (var s in svgs)
        {
            var children = s.Elements().ToList();
            if (children.Count < 2 || children[0].Name != Svg + "title" || children[1].Name != Svg + "desc") problems.Add("an svg that does not start with <title> and <desc>");
            else if (children[0].Value.Trim().Length == 0) problems.Add("an svg with an empty title");
            var labelled = ((string?)s.Attribute("aria-labelledby"))?.Split(' ') ?? [];
            if (labelled.Length != 2 || !labelled.All(idSet.Contains)) problems.Add("an svg whose aria-labelledby does not name its title and desc");
            if ((string?)s.Attribute("role") != "img") problems.Add("an svg without role=img");
        }

        return problems;
    }

    /// <summary>The titles of every chart, in order.</summary>
    public static IReadOnlyList<string> ChartTitles(string html) =>
        XDocument.Parse(html).Descendants(Svg + "svg").Select(s => s.Element(Svg + "title")!.Value).ToList();
}
