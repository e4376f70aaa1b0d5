using System.Numerics;
using System.Xml.Linq;
using Napsm.Core.Reporting;
using Napsm.Core.Reporting.Charts;
using Napsm.Core.Reporting.Html;
using Napsm.Core.Reporting.Tables;
using NodaTime;

namespace Napsm.Core.Tests.Reporting.Html;

/// <summary>The report kit: escaping, well-formed pages, charts with titles and tables, figures never faked, CSV and text tables.</summary>
public class ReportKitTests
{
    /// <summary>Names that try to end a label, add a node, break a table, open a comment or script, or forge a line.</summary>
    public static readonly string[] Hostile =
    [
        "\"]; evil [label=\"", "a|b|c", "`code` ``x``", "line one\nline two", "cr\rlf", "</script><script>alert(1)</script>", "--> <!-- x",
        "<b>bold</b> & 'quote' \"dq\"", "esc \u001b[31mred\u001b[0m bel\u0007", "nul\0char", "c1 \u009b csi \u0085 nel", "rtl \u202Eevil\u202C",
        "isolate \u2066x\u2069", "zero\u200Bwidth\u200D", "bom\uFEFF", "line\u2028sep", "lone \uD800 surrogate", "nonchar \uFFFE\uFDD0", "=cmd|' /C calc'!A0", "+1", "@SUM(A1)",
        "-2+3", "::error file=x::forged", "INJECTED(1,1): error NAPSM0000: fake", "]]> <![CDATA[", "&amp; &#x41; &lt;", "日本語の名前", "emoji 🙂 ok",
        new string('x', 300),
    ];

    public static TheoryData<string> HostileNames()
    {
        var data = new TheoryData<string>();
        foreach (var h in Hostile) data.Add(h);
        return data;
    }

    [Theory]
    [MemberData(nameof(HostileNames))]
    public void A_hostile_name_is_inert_in_every_place_of_a_page(string name)
    {
        var html = Page(name);
        Assert.Empty(HtmlChecker.Problems(html));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        foreach (var c in html)
        {
            Assert.False(c != '\n' && (c < 0x20 || (c >= 0x7F && c <= 0x9F)), $"raw control character U+{(int)c:X4}");
            Assert.False(c is '\u202E' or '\u2066' or '\u200B' or '\uFEFF' or '\u2028', $"raw invisible character U+{(int)c:X4}");
        }

        // The name reads back as its visible form wherever it was written: in text, in attributes, in SVG and in tables.
        var doc = XDocument.Parse(html);
        var visible = HtmlText.Visible(name);
        Assert.Contains(doc.Descendants(), e => e.Name.LocalName == "td" && e.Value == visible);
        Assert.Contains(doc.Descendants().Attributes("data-x"), a => a.Value == visible);
    }

    [Fact]
    public void Unsafe_code_points_are_shown_as_visible_escapes()
    {
        Assert.Equal("a\\u001B[31m\\u202Eb\\u000Ac", HtmlText.Visible("a\u001b[31m\u202Eb\nc"));
        Assert.Equal("x\\uFFFEy", HtmlText.Visible("x\uFFFEy"));
        Assert.Equal("&lt;/script&gt; &amp; \"'", HtmlText.Content("</script> & \"'"));
        Assert.Equal("&lt;a&gt; &quot;q&quot; &#39;s&#39;", HtmlText.Attribute("<a> \"q\" 's'"));
        Assert.Equal("日本 🙂", HtmlText.Visible("日本 🙂"));
        Assert.Equal("\\uD800x", HtmlText.Visible("\uD800x"));
    }

    [Fact]
    public void The_same_page_is_the_same_bytes_whatever_the_culture()
    {
        var a = Napsm.Tests.Shared.CultureScope.Run("", () => Page("x"));
        var b = Napsm.Tests.Shared.CultureScope.Run("de-DE", () => Page("x"));
        var c = Napsm.Tests.Shared.CultureScope.Run("ar-SA", () => Page("x"));
        Assert.Equal(a, b);
        Assert.Equal(a, c);
    }

    [Fact]
    public void A_page_is_self_contained_and_forbids_loading_anything()
    {
        var html = Page("x");
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_not_computed_is_drawn_as_not_computed_never_as_zero()
    {
        var h = new HtmlBuilder();
        var table = new ReportTable("t", "T", [TableColumn.Id("Member", "m"), TableColumn.Number("SS", "ss")],
            [["a", TableCell.Of(Figure.Missing("too large: 2^70 coalitions"))], ["b", TableCell.Of(Figure.Of(new Rational(1, 3)))]]);
        new BarChart("Power", "desc", "Member", "Share", [new("SS", "ss")],
            [new("a", [Figure.Missing("too large: 2^70 coalitions")], []), new("b", [Figure.Of(new Rational(1, 3))], ["veto"])]) { Domain = (0, 1) }.Write(h, table);
        var svg = h.ToString();
        Assert.Contains("not computed", svg, StringComparison.Ordinal);
        Assert.Contains("SS — a: not computed: too large: 2^70 coalitions", svg, StringComparison.Ordinal);
        Assert.Contains("SS — b: 1/3 (0.3333)", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"missing\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(">0.000<", svg, StringComparison.Ordinal);
        var csv = CsvTable.Write(table);
        Assert.Equal("Member,SS,SS (decimal)\r\na,not computed: too large: 2^70 coalitions,\r\nb,1/3,0.333333\r\n", csv);
    }

    [Theory]
    [InlineData(1, 3, 4, "0.3333")]
    [InlineData(2, 3, 4, "0.6667")]
    [InlineData(-1, 6, 4, "-0.1667")]
    [InlineData(1, 8, 2, "0.13")]
    [InlineData(-1, 200, 2, "-0.01")]
    [InlineData(-1, 300, 2, "0.00")]
    [InlineData(5, 1, 0, "5")]
    public void Decimals_are_rounded_exactly_half_away_from_zero(long n, long d, int places, string expected) =>
        Assert.Equal(expected, Figure.Decimal(new Rational(n, d), places));

    [Fact]
    public void Decimals_of_huge_fractions_are_exact()
    {
        var big = BigInteger.Pow(2, 200);
        Assert.Equal("0.5000", Figure.Decimal(new Rational(big, big * 2), 4));
        Assert.Equal("0.3333", Figure.Decimal(new Rational(big, big * 3), 4));
    }

    [Theory]
    [MemberData(nameof(HostileNames))]
    public void Csv_reads_back_to_the_same_cells_and_no_name_adds_a_row_or_column(string name)
    {
        var table = new ReportTable("t", "T", [TableColumn.Name("Name", "n"), TableColumn.Number("X", "x"), TableColumn.Wrap("What", "w")],
            [[name, TableCell.Of(Figure.Of(new Rational(-1, 3))), name + ", and, more"], ["plain", TableCell.Of(Figure.Of(2)), "ok"]]);
        var csv = CsvTable.Write(table);
        var rows = ParseCsv(csv);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(4, r.Count));
        var expected = HtmlText.Visible(name);
        if (expected.Length > 0 && expected[0] is '=' or '+' or '-' or '@') expected = "'" + expected;
        Assert.Equal(expected, rows[1][0]);
        Assert.Equal(["-1/3", "-0.333333"], rows[1].Skip(1).Take(2));
        Assert.DoesNotContain('\n', csv.Replace("\r\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_table_fits_the_width_shortens_names_in_a_legend_by_row_id_and_wraps_what()
    {
        var longName = "Democratic People's Republic of Korea (a very long official name indeed)";
        var table = new ReportTable("t", "T",
            [TableColumn.Id("Id", "id"), TableColumn.Name("Name", "name"), TableColumn.Number("Power", "p"), TableColumn.Wrap("What", "what")],
            [
                ["dprk", longName, TableCell.Of(Figure.Of(new Rational(1, 6))), string.Join(' ', Enumerable.Repeat("shut down and seal the Yongbyon facility", 4))],
                ["dprk-2", longName, TableCell.Of(Figure.Missing("too large")), "short"],
                ["us", "United States", TableCell.Of(Figure.Of(new Rational(1, 3))), "give energy assistance"],
            ]);
        foreach (var width in new[] { 60, 80, 100 })
        {
            var text = TextTable.Write(table, width);
            var lines = text.TrimEnd('\n').Split('\n');
            Assert.All(lines, l => Assert.True(TextTable.Width(l) <= width, $"{TextTable.Width(l)} > {width}: {l}"));
            Assert.Contains("…", text, StringComparison.Ordinal);
            // The legend gives the name in full once per row id (two names may shorten alike; ids never do).
            Assert.Single(lines, l => l.Contains("dprk = " + longName[..20], StringComparison.Ordinal));
            Assert.Single(lines, l => l.Contains("dprk-2 = " + longName[..20], StringComparison.Ordinal));
            Assert.Contains("not computed", text, StringComparison.Ordinal);
            Assert.Contains("0.1667", text, StringComparison.Ordinal);
        }

        // Wide enough: nothing shortened, no legend.
        var wide = TextTable.Write(table, 400);
        Assert.DoesNotContain("Names shortened", wide, StringComparison.Ordinal);
        Assert.Contains(longName, wide, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unbreakable_id_may_exceed_the_width_but_nothing_else_does()
    {
        var id = new string('i', 70);
        var table = new ReportTable("t", "T", [TableColumn.Id("Id", "id"), TableColumn.Wrap("What", "what")],
            [[id, string.Join(' ', Enumerable.Repeat("word", 40))]]);
        var lines = TextTable.Write(table, 60).TrimEnd('\n').Split('\n');
        Assert.All(lines.Where(l => !l.Contains(id, StringComparison.Ordinal)), l => Assert.True(TextTable.Width(l) <= 60 + 70, l));
        Assert.Contains(lines, l => l.StartsWith(id, StringComparison.Ordinal));
    }

    [Fact]
    public void Control_characters_never_reach_a_text_table_raw()
    {
        var table = new ReportTable("t", "T", [TableColumn.Name("Name", "n")], Hostile.Select(h => (IReadOnlyList<TableCell>)[h]).ToList());
        var text = TextTable.Write(table, 100);
        Assert.DoesNotContain(text, c => c != '\n' && (char.IsControl(c) || c is '\u202E' or '\u2066' or '\u200B'));
        Assert.Equal(Hostile.Length + 2, text.Split('\n').TakeWhile(l => l.Length > 0).Count());
    }

    [Fact]
    public void Every_chart_kind_draws_a_titled_svg_with_its_table()
    {
        var html = Page("Member A");
        Assert.Empty(HtmlChecker.Problems(html));
        var titles = HtmlChecker.ChartTitles(html);
        Assert.Equal(["Bars of Member A", "Changes", "Timeline of Member A", "Conflict", "Ratifications", "Panel 1", "Panel 2", "Diagram"], titles);
        Assert.Equal(8, XDocument.Parse(html).Descendants().Count(e => e.Name.LocalName == "table" && e.Parent?.Parent?.Name.LocalName == "figure"));
    }

    [Fact]
    public void A_layered_diagram_groups_many_alike_members_into_one_box()
    {
        var g = new Graph("Board", topDown: true);
        g.Add(new GraphNode("body:board", "Board", NodeShape.Body, null));
        for (var i = 0; i < 35; i++)
        {
            g.Add(new GraphNode("member:m" + i, "Member " + i, NodeShape.Member, null));
            g.Edges.Add(new GraphEdge("member:m" + i, "body:board", i == 0 ? "chair" : null, EdgeStyle.Solid));
        }

        var h = new HtmlBuilder();
        LayeredDiagram.Write(h, g, "Board", "35 members");
        var svg = h.ToString();
        Assert.Contains("34 members", svg, StringComparison.Ordinal);
        Assert.Equal(3, svg.Split("<g class=\"node", StringSplitOptions.None).Length - 1);
        Assert.Contains("Member 34", svg, StringComparison.Ordinal); // listed in the table
        var width = double.Parse(System.Text.RegularExpressions.Regex.Match(svg, "width=\"([0-9.]+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(width < 1000, "the diagram is " + width + " px wide");
    }

    [Fact]
    public void Nice_ticks_cover_the_range()
    {
        Assert.Equal([0, 0.2, 0.4, 0.6, 0.8, 1], SvgFrame.Ticks(0, 1));
        Assert.Equal([-0.1, -0.05, 0, 0.05, 0.1], SvgFrame.Ticks(-0.1, 0.1));
    }

    /// <summary>A page with every chart kind, the name in every place a user string can go.</summary>
    internal static string Page(string name)
    {
        var page = new HtmlPage("Report on " + name, "about " + name);
        page.Section("Bars " + name, h =>
        {
            h.Element("p", name, new HtmlBuilder.Attr("data-x", name));
            var table = new ReportTable("t", "Table of " + name, [TableColumn.Name("Name", "n"), TableColumn.Number("SS", "ss")],
                [[name, TableCell.Of(Figure.Of(new Rational(1, 2)))], ["other", TableCell.Of(Figure.Missing(name))]]);
            new BarChart("Bars of " + name, "desc " + name, "Member " + name, "Share " + name, [new("SS " + name, "ss"), new("BZ", "bz")],
                [new(name, [Figure.Of(new Rational(1, 2)), Figure.Of(new Rational(1, 4))], ["veto", name]), new("other", [Figure.Missing(name), Figure.Of(Rational.Zero)], [])])
                { Domain = (0, 1) }.Write(h, table);
            new BarChart("Changes", "signed " + name, "Body", "Change", [new("Change", "signed")],
                [new(name, [Figure.Of(new Rational(-1, 6))], []), new("b", [Figure.Of(new Rational(1, 12))], [])]).Write(h, table);
        });
        page.Section("Time " + name, h =>
        {
            var d = new LocalDate(2007, 2, 13);
            new Timeline("Timeline of " + name, "desc " + name,
                [
                    new(name, d, d.PlusDays(60), d.PlusDays(90), true, [new(d.PlusDays(30), name, true)]),
                    new("later", d.PlusDays(60), d.PlusDays(400), null, false, []),
                    new("undated " + name, null, null, null, false, []),
                ]).Write(h, new ReportTable("e", "Events " + name, [TableColumn.Id("Event", "e")], [[name]]));
            new ConstraintChain("Conflict", "desc " + name, [name + " starts after x ends", "x ends within 30 days of " + name], name + ": 3 days short")
                .Write(h, new ReportTable("c", "Chain " + name, [TableColumn.Wrap("Step", "s")], [[name]]));
            new StepChart("Ratifications", "desc " + name, "Ratified", [new(d, 1, name), new(d.PlusDays(100), 2, "b"), new(d.PlusDays(200), 1, "b revoked")], 5, d.PlusDays(365))
            { Threshold = 3, MetOn = null, Blockers = [name, "c"] }.Write(h, new ReportTable("r", "History " + name, [TableColumn.Short("Date", "d")], [["2007-02-13"]]));
        });
        page.Section("Multiples " + name, h =>
        {
            var panels = new[] { 1, 2 }.Select(i => new BarChart("Panel " + i, "desc", "Body", "Share", [new("SS", "ss")], [new(name, [Figure.Of(new Rational(i, 4))], [])])).ToList();
            SmallMultiples.Write(h, panels, [new ReportTable("p1", "P1", [TableColumn.Id("X", "x")], [[name]]), new ReportTable("p2", "P2", [TableColumn.Id("X", "x")], [["y"]])]);
        }, 3);
        page.Section("Diagram", h =>
        {
            var g = new Graph(name, topDown: true);
            g.Add(new GraphNode("member:a", name, NodeShape.Member, null));
            g.Add(new GraphNode("body:b", "Body\nrule: " + name, NodeShape.Body, null));
            g.Edges.Add(new GraphEdge("member:a", "body:b", name, EdgeStyle.Bold));
            g.Edges.Add(new GraphEdge("body:b", "member:a", "cycle", EdgeStyle.Dashed));
            LayeredDiagram.Write(h, g, "Diagram", "desc " + name);
        });
        return page.Render();
    }

    /// <summary>An RFC 4180 reader, independent of the writer.</summary>
    internal static List<List<string>> ParseCsv(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++; }
            else field.Append(c);
        }

        Assert.False(quoted, "an unterminated quoted field");
        Assert.Empty(row);
        return rows;
    }
}
