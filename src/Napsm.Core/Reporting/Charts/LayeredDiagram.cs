using Napsm.Core.Reporting.Html;
using Napsm.Core.Reporting.Tables;
using static Napsm.Core.Reporting.Html.HtmlBuilder;

namespace Napsm.Core.Reporting.Charts;

/// <summary>
/// Draws a <see cref="Graph"/> (the bodies, phases or treaties view) as SVG with a layered layout: cycles broken by reversing the
/// back edges of a depth-first search, layers by longest path, order within a layer by barycentres (four sweeps), top to bottom.
/// Members that are connected in exactly the same way (the same bodies, the same edge labels) are drawn as one group node when the
/// diagram has more than <see cref="GroupAbove"/> members, so that a 35-member board is one box "33 members" beside its two
/// special members instead of a strip of 35; the table beside the diagram lists every member of every group.
/// </summary>
internal static class LayeredDiagram
{
    public const int GroupAbove = GraphBuilder.CollapseAbove;
    private const int MaxPerRow = 8;
    private const double NodeW = 170, LineH = 14, GapX = 26, GapY = 56, Margin = 16;

    private sealed class Node(string key, string label, NodeShape shape, IReadOnlyList<string> members)
    {
        public string Key { get; } = key;
        public string Label { get; } = label;
        public NodeShape Shape { get; } = shape;
        public IReadOnlyList<string> Members { get; } = members;
        public int Layer { get; set; }
        public double Order { get; set; }
        public double X { get; set; }
        public double Y { get; set; }
        public string[] Lines { get; set; } = [];
        public double H => Lines.Length * LineH + 10;
    }

    public static void Write(HtmlBuilder h, Graph graph, string title, string description)
    {
        var (nodes, edges) = Group(graph);
        var index = nodes.Select((n, i) => (n.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var links = edges.Where(e => index.ContainsKey(e.From) && index.ContainsKey(e.To) && e.From != e.To)
            .Select(e => (From: index[e.From], To: index[e.To], e.Label, e.Style)).ToList();
        Layer(nodes, links.Select(l => (l.From, l.To)).ToList());
        Order(nodes, links.Select(l => (l.From, l.To)).ToList());
        foreach (var n in nodes) n.Lines = TextTable.WrapText(HtmlText.Visible(n.Label.Replace('\n', ' ')), (int)((NodeW - 12) / 6.3)).Take(4).ToArray();

        // Rows: each layer, split into rows of at most MaxPerRow nodes.
        var rows = new List<List<Node>>();
        foreach (var layer in nodes.GroupBy(n => n.Layer).OrderBy(g => g.Key))
        {
            var ordered = layer.OrderBy(n => n.Order).ToList();
            for (var i = 0; i < ordered.Count; i += MaxPerRow) rows.Add(ordered.Skip(i).Take(MaxPerRow).ToList());
        }

        var widest = rows.Count == 0 ? 1 : rows.Max(r => r.Count);
        var width = Math.Max(360, Margin * 2 + widest * NodeW + (widest - 1) * GapX);
        var y = SvgFrame.TitleHeight + 12;
        foreach (var row in rows)
        {
            var rowW = row.Count * NodeW + (row.Count - 1) * GapX;
            var x = (width - rowW) / 2;
            var rowH = row.Max(n => n.H);
            foreach (var n in row)
            {
                n.X = x;
                n.Y = y + (rowH - n.H) / 2;
                x += NodeW + GapX;
            }

            y += rowH + GapY;
        }

        var height = Math.Max(y - GapY + Margin, SvgFrame.TitleHeight + 40);
        SvgFrame.Begin(h, title, description, width, height, "diagram");
        var arrow = h.NewId("arrow");
        h.Open("defs");
        h.Open("marker", new Attr("id", arrow), new Attr("viewBox", "0 0 10 10"), new Attr("refX", "9"), new Attr("refY", "5"), new Attr("markerWidth", "7"),
            new Attr("markerHeight", "7"), new Attr("orient", "auto-start-reverse"));
        h.Empty("path", new Attr("d", "M0,0 L10,5 L0,10 z"), new Attr("class", "arrow"));
        h.Close("marker");
        h.Close("defs");
        if (nodes.Count == 0) h.Element("text", "Nothing to draw.", new Attr("x", "16"), new Attr("y", Num(SvgFrame.TitleHeight + 24)), new Attr("class", "missing-label"));

        h.Open("g", new Attr("class", "edges"));
        foreach (var l in links)
        {
            var a = nodes[l.From];
            var b = nodes[l.To];
            var (ax, ay, bx, by) = Ends(a, b);
            var cls = "edge" + l.Style switch { EdgeStyle.Bold => " bold", EdgeStyle.Dashed => " dashed", EdgeStyle.Dotted => " dotted", _ => "" };
            var midY = (ay + by) / 2;
            h.Open("path", new Attr("d", "M" + Num(ax) + "," + Num(ay) + " C" + Num(ax) + "," + Num(midY) + " " + Num(bx) + "," + Num(midY) + " " + Num(bx) + "," + Num(by)),
                new Attr("class", cls), new Attr("marker-end", "url(#" + arrow + ")"));
            h.Element("title", a.Label.Replace('\n', ' ') + " → " + b.Label.Replace('\n', ' ') + (l.Label is null ? "" : " (" + l.Label + ")"));
            h.Close("path");
            if (l.Label is not null) SvgFrame.Label(h, l.Label, (ax + bx) / 2 + 3, midY - 2, 120, "edge-label");
        }

        h.Close("g");
        foreach (var n in nodes)
        {
            h.Open("g", new Attr("class", "node " + ShapeClass(n)));
            h.Open("rect", new Attr("x", Num(n.X)), new Attr("y", Num(n.Y)), new Attr("width", Num(NodeW)), new Attr("height", Num(n.H)),
                new Attr("rx", n.Shape == NodeShape.Member ? "10" : "3"));
            h.Element("title", n.Members.Count > 1 ? string.Join(", ", n.Members) : n.Label.Replace('\n', ' '));
            h.Close("rect");
            for (var k = 0; k < n.Lines.Length; k++)
                h.Element("text", n.Lines[k], new Attr("x", Num(n.X + 6)), new Attr("y", Num(n.Y + 16 + k * LineH)), new Attr("class", k == 0 ? "label" : "tick"));
            h.Close("g");
        }

        var table = new ReportTable("nodes", title + ": what each box is and what it connects to",
            [TableColumn.Name("Box", "box"), TableColumn.Short("Kind", "kind"), TableColumn.Wrap("Members", "members"), TableColumn.Wrap("Connects to", "to")],
            nodes.Select((n, i) => (IReadOnlyList<TableCell>)
            [
                n.Label.Replace('\n', ' '), ShapeName(n), string.Join(", ", n.Members),
                string.Join("; ", links.Where(l => l.From == i).Select(l => nodes[l.To].Label.Split('\n')[0] + (l.Label is null ? "" : " (" + l.Label + ")"))),
            ]).ToList());
        SvgFrame.End(h, table);
    }

    /// <summary>Groups members that have the same edges (<see cref="GraphBuilder.CollapseMembers"/>), each box knowing whom it stands for.</summary>
    private static (List<Node> Nodes, List<GraphEdge> Edges) Group(Graph g)
    {
        var (collapsed, members) = GraphBuilder.CollapseMembers(g);
        var nodes = collapsed.Nodes.Select(n => new Node(n.Key, n.Label, n.Shape, members.GetValueOrDefault(n.Key) ?? [])).ToList();
        return (nodes, collapsed.Edges);
    }

    private static void Layer(List<Node> nodes, List<(int From, int To)> links)
    {
        // Depth-first search (iterative) marks back edges; the rest form a DAG whose longest paths give the layers.
        var state = new int[nodes.Count];
        var back = new HashSet<(int, int)>();
        var outs = nodes.Select(_ => new List<int>()).ToArray();
        foreach (var (f, t) in links) outs[f].Add(t);
        for (var s = 0; s < nodes.Count; s++)
        {
            if (state[s] != 0) continue;
            var stack = new Stack<(int Node, int Next)>();
            stack.Push((s, 0));
            state[s] = 1;
            while (stack.Count > 0)
            {
                var (v, i) = stack.Pop();
                if (i < outs[v].Count)
                {
                    stack.Push((v, i + 1));
                    var w = outs[v][i];
                    if (state[w] == 1) back.Add((v, w));
                    else if (state[w] == 0)
                    {
                        state[w] = 1;
                        stack.Push((w, 0));
                    }
                }
                else
                {
                    state[v] = 2;
                }
            }
        }

        var dag = links.Where(l => !back.Contains(l)).ToList();
        var indeg = new int[nodes.Count];
        var next = nodes.Select(_ => new List<int>()).ToArray();
        foreach (var (f, t) in dag)
        {
            next[f].Add(t);
            indeg[t]++;
        }

        var queue = new Queue<int>(Enumerable.Range(0, nodes.Count).Where(i => indeg[i] == 0));
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            foreach (var w in next[v])
            {
                nodes[w].Layer = Math.Max(nodes[w].Layer, nodes[v].Layer + 1);
                if (--indeg[w] == 0) queue.Enqueue(w);
            }
        }
    }

    private static void Order(List<Node> nodes, List<(int From, int To)> links)
    {
        for (var i = 0; i < nodes.Count; i++) nodes[i].Order = i;
        var preds = nodes.Select(_ => new List<int>()).ToArray();
        var succs = nodes.Select(_ => new List<int>()).ToArray();
        foreach (var (f, t) in links)
        {
            succs[f].Add(t);
            preds[t].Add(f);
        }

        for (var sweep = 0; sweep < 4; sweep++)
        {
            var down = sweep % 2 == 0;
            foreach (var layer in nodes.Select((n, i) => (n, i)).GroupBy(p => p.n.Layer).OrderBy(g => down ? g.Key : -g.Key))
            {
                foreach (var (n, i) in layer)
                {
                    var neighbours = (down ? preds[i] : succs[i]).Where(j => down ? nodes[j].Layer < n.Layer : nodes[j].Layer > n.Layer)
                        .Select(j => nodes[j].Order).ToList();
                    if (neighbours.Count > 0) n.Order = neighbours.Average() + i * 1e-6; // ties by declaration order
                }

                var rank = 0;
                foreach (var (n, _) in layer.OrderBy(p => p.n.Order).ThenBy(p => p.i)) n.Order = rank++;
            }
        }
    }

    private static (double, double, double, double) Ends(Node a, Node b)
    {
        var ax = a.X + NodeW / 2;
        var bx = b.X + NodeW / 2;
        if (b.Y > a.Y + a.H / 2) return (ax, a.Y + a.H, bx, b.Y);
        if (b.Y + b.H < a.Y) return (ax, a.Y, bx, b.Y + b.H);
        return (a.X + (bx > ax ? NodeW : 0), a.Y + a.H / 2, b.X + (bx > ax ? 0 : NodeW), b.Y + b.H / 2);
    }

    private static string ShapeClass(Node n) => n.Members.Count > 1 ? "group" : n.Shape switch
    {
        NodeShape.Member => "member",
        NodeShape.Body => "body",
        NodeShape.Phase => "phase-node",
        NodeShape.Commitment => "commitment",
        NodeShape.Treaty => "treaty",
        _ => "other",
    };

    private static string ShapeName(Node n) => n.Members.Count > 1 ? "members (grouped)" : n.Shape switch
    {
        NodeShape.Member => "member",
        NodeShape.Body => "body",
        NodeShape.Phase => "phase",
        NodeShape.Commitment => "commitment",
        NodeShape.Treaty => "treaty",
        _ => "other",
    };
}
