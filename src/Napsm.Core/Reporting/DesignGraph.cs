using System.Globalization;
using System.Text;
using Napsm.Core.Model;
using Napsm.Core.Voting;
using NodaTime;
using NodaTime.Text;

namespace Napsm.Core.Reporting;

/// <summary>
/// Draws a design as a Graphviz DOT or Mermaid diagram. Output is deterministic (the design's order, invariant culture, <c>\n</c>
/// line ends); ids and labels are escaped, so any id or name is safe.
/// </summary>
public static class DesignGraph
{
    /// <summary>Draws one view of a design.</summary>
    /// <param name="design">The design.</param>
    /// <param name="view">What to draw.</param>
    /// <param name="format">The text format.</param>
    /// <returns>The diagram's text, ending with a line end.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="view"/> or <paramref name="format"/> is not defined.</exception>
    public static string Write(Design design, GraphView view, GraphFormat format) => Write(design, view, format, collapseMembers: false);

    /// <summary>Draws one view of a design, members that are connected alike drawn as one node when asked.</summary>
    /// <param name="design">The design.</param>
    /// <param name="view">What to draw.</param>
    /// <param name="format">The text format.</param>
    /// <param name="collapseMembers">
    /// When true and the diagram has more than 8 members, members with the same edges (the same bodies, with the same labels) are one
    /// node "N members" listing the first four names, so that a 35-member board stays readable; the others stay as they are.
    /// </param>
    /// <returns>The diagram's text, ending with a line end.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="view"/> or <paramref name="format"/> is not defined.</exception>
    public static string Write(Design design, GraphView view, GraphFormat format, bool collapseMembers) => Write(design, view, format, collapseMembers, null);

    /// <summary>
    /// Draws one view of a design; in the bodies view, the members of each bloc of an alignment (#15) are drawn together as one cluster
    /// (a DOT <c>subgraph cluster_N</c>, a Mermaid <c>subgraph</c>) labelled with the bloc and the alignment, and its excluded members as
    /// another. A member counts in the first bloc that names it, an excluded member in no bloc (as the analyses read them).
    /// </summary>
    /// <param name="design">The design.</param>
    /// <param name="view">What to draw.</param>
    /// <param name="format">The text format.</param>
    /// <param name="collapseMembers">As in <see cref="Write(Design, GraphView, GraphFormat, bool)"/>; members are grouped only within their cluster.</param>
    /// <param name="alignment">The id of one of the design's alignments; <see langword="null"/> for none.</param>
    /// <returns>The diagram's text, ending with a line end.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="view"/> or <paramref name="format"/> is not defined.</exception>
    /// <exception cref="ArgumentException">
    /// The design has no alignment <paramref name="alignment"/>, or it is given for a view other than <see cref="GraphView.Bodies"/> (only
    /// that view draws members).
    /// </exception>
    public static string Write(Design design, GraphView view, GraphFormat format, bool collapseMembers, string? alignment)
    {
        ArgumentNullException.ThrowIfNull(design);
        Alignment? aligned = null;
        if (alignment is not null)
        {
            aligned = design.FindAlignment(alignment) ?? throw new ArgumentException(
                $"The design '{design.Id}' has no alignment '{alignment}'. Alignments: {(design.Alignments.Count == 0 ? "none" : string.Join(", ", design.Alignments.Select(a => a.Id)))}.",
                nameof(alignment));
            if (view != GraphView.Bodies) throw new ArgumentException($"An alignment groups members, which only the bodies view draws; the view is {view}.", nameof(alignment));
        }

        var graph = view switch
        {
            GraphView.Phases => GraphBuilder.Phases(design),
            GraphView.Treaties => GraphBuilder.Treaties(design),
            GraphView.Bodies => GraphBuilder.Bodies(design, aligned),
            _ => throw new ArgumentOutOfRangeException(nameof(view), view, "Unknown graph view."),
        };
        if (collapseMembers) graph = GraphBuilder.CollapseMembers(graph).Graph;
        return format switch
        {
            GraphFormat.Dot => DotWriter.Write(graph),
            GraphFormat.Mermaid => MermaidWriter.Write(graph),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown graph format."),
        };
    }
}

internal enum NodeShape
{
    Member,
    Body,
    Phase,
    Commitment,
    Treaty,
    Other,
}

internal enum EdgeStyle
{
    Solid,
    Dashed,
    Dotted,
    Bold,
}

/// <summary>A node; <paramref name="Key"/> is unique in the graph (<c>kind:id</c>).</summary>
internal sealed record GraphNode(string Key, string Label, NodeShape Shape, string? Cluster);

internal sealed record GraphEdge(string From, string To, string? Label, EdgeStyle Style);

internal sealed record GraphCluster(string Key, string Label);

/// <summary>A format-neutral diagram: nodes and clusters in the order to write them, then edges.</summary>
internal sealed class Graph(string title, bool topDown = false)
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public string Title { get; } = title;

    /// <summary>Top to bottom (hierarchies: members above bodies, bodies above those they report to) rather than left to right (sequences).</summary>
    public bool TopDown { get; } = topDown;

    public List<GraphCluster> Clusters { get; } = [];

    public List<GraphNode> Nodes { get; } = [];

    public List<GraphEdge> Edges { get; } = [];

    public bool Has(string key) => _keys.Contains(key);

    /// <summary>The nodes of each cluster in the order they were added: one pass over the nodes, not one per cluster.</summary>
    public ILookup<string, GraphNode> NodesByCluster() => Nodes.Where(n => n.Cluster is not null).ToLookup(n => n.Cluster!, StringComparer.Ordinal);

    public void Add(GraphNode node)
    {
        if (_keys.Add(node.Key)) Nodes.Add(node);
    }
}

/// <summary>Builds the three views as format-neutral graphs.</summary>
internal static class GraphBuilder
{
    /// <summary>Above this many members, <see cref="CollapseMembers"/> groups them.</summary>
    public const int CollapseAbove = 8;

    /// <summary>
    /// The graph with members that have the same edges (to the same nodes, with the same labels and styles) drawn as one node
    /// <c>group:FIRST</c> labelled "N members" and the first four names, when there are more than <see cref="CollapseAbove"/>
    /// members; and, for each node of the result, the member names it stands for (a member alone: its own name).
    /// </summary>
    public static (Graph Graph, IReadOnlyDictionary<string, IReadOnlyList<string>> Members) CollapseMembers(Graph g)
    {
        var members = g.Nodes.Where(n => n.Shape == NodeShape.Member).ToList();
        var names = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (members.Count <= CollapseAbove)
        {
            foreach (var m in members) names[m.Key] = [m.Label];
            return (g, names);
        }

        var outgoing = g.Edges.ToLookup(e => e.From, StringComparer.Ordinal);
        var incoming = g.Edges.ToLookup(e => e.To, StringComparer.Ordinal);
        string Signature(string key) => string.Join("\u0001", outgoing[key].Select(e => ">" + e.To + "\u0002" + e.Label + "\u0002" + e.Style)
            .Concat(incoming[key].Select(e => "<" + e.From + "\u0002" + e.Label + "\u0002" + e.Style)));
        var groupOf = new Dictionary<string, List<GraphNode>>(StringComparer.Ordinal);
        // Members of different clusters (the blocs of an alignment) are never one node.
        foreach (var group in members.GroupBy(m => m.Cluster + "\u0003" + Signature(m.Key), StringComparer.Ordinal))
        {
            var list = group.ToList();
            foreach (var m in list) groupOf[m.Key] = list;
        }

        var result = new Graph(g.Title, g.TopDown);
        result.Clusters.AddRange(g.Clusters);
        var rename = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in g.Nodes)
        {
            if (n.Shape != NodeShape.Member || groupOf[n.Key].Count < 2)
            {
                result.Add(n);
                if (n.Shape == NodeShape.Member) names[n.Key] = [n.Label];
                continue;
            }

            var group = groupOf[n.Key];
            var key = "group:" + group[0].Key;
            rename[n.Key] = key;
            if (result.Has(key)) continue;
            var labels = group.Select(m => m.Label).ToList();
            var label = labels.Count.ToString(CultureInfo.InvariantCulture) + " members\n" + string.Join(", ", labels.Take(4)) + (labels.Count > 4 ? ", …" : "");
            result.Add(new GraphNode(key, label, NodeShape.Other, n.Cluster));
            names[key] = labels;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in g.Edges)
        {
            var from = rename.GetValueOrDefault(e.From, e.From);
            var to = rename.GetValueOrDefault(e.To, e.To);
            if (seen.Add(from + "\u0001" + to + "\u0001" + e.Label + "\u0001" + e.Style)) result.Edges.Add(e with { From = from, To = to });
        }

        return (result, names);
    }

    public static Graph Bodies(Design design, Alignment? alignment = null)
    {
        var g = new Graph(FreeText.Escape(design.Name) + " — bodies" + (alignment is null ? "" : " under alignment " + FreeText.Escape(alignment.Id)), topDown: true);
        var clusterOf = alignment is null ? new Dictionary<string, string>(StringComparer.Ordinal) : AlignmentClusters(g, design, alignment);
        foreach (var m in design.Members) g.Add(new GraphNode("member:" + m.Id, FreeText.Escape(m.Name), NodeShape.Member, clusterOf.GetValueOrDefault(m.Id)));
        foreach (var b in design.Bodies)
        {
            var label = new StringBuilder(FreeText.Escape(b.Name));
            if (b.Kind is { } kind) label.Append(" (").Append(FreeText.Escape(kind)).Append(')');
            label.Append("\nrule: ").Append(b.Rule);
            if (AllHoldVetoes(design, b)) label.Append("\nevery voter has a veto");
            if (b.Mandate.Count > 0) label.Append("\nmandate: ").Append(FreeText.Escape(string.Join(", ", b.Mandate)));
            g.Add(new GraphNode("body:" + b.Id, Wrap(label.ToString()), NodeShape.Body, null));
        }

        foreach (var b in design.Bodies)
        {
            // When every voter holds a veto (consensus, unanimity) the body's label says so once, instead of on every edge.
            var vetoes = AllHoldVetoes(design, b) ? [] : Vetoes(design, b);
            foreach (var v in b.Voters.Distinct(StringComparer.Ordinal))
            {
                // A compound voter "body:ID" (#15): an edge from the sub-body, whose decision is this body's vote.
                bool sub = CompoundVoters.TryGetBody(v, out var subId);
                var from = sub ? Ensure(g, "body:" + subId, subId, NodeShape.Body) : Ensure(g, "member:" + v, v, NodeShape.Member);
                var tags = new List<string>();
                if (sub) tags.Add("votes as it decides");
                if (v == b.Chair) tags.Add("chair");
                if (vetoes.Contains(v)) tags.Add("veto");
                g.Edges.Add(new GraphEdge(from, "body:" + b.Id, tags.Count == 0 ? null : string.Join(", ", tags), vetoes.Contains(v) ? EdgeStyle.Bold : EdgeStyle.Solid));
            }

            if (b.Chair is { } chair && !b.Voters.Contains(chair, StringComparer.Ordinal))
            {
                g.Edges.Add(new GraphEdge(Ensure(g, "member:" + chair, chair, NodeShape.Member), "body:" + b.Id, "chairs", EdgeStyle.Dotted));
            }

            if (b.ReportsTo is { } to)
            {
                g.Edges.Add(new GraphEdge("body:" + b.Id, Ensure(g, "body:" + to, to, NodeShape.Body), "reports to", EdgeStyle.Dashed));
            }
        }

        return g;
    }

    /// <summary>
    /// One cluster per bloc with a member of the design (in bloc order), then one for the excluded members; the cluster of each member
    /// placed. Excluded members are in no bloc, and a member is in the first bloc that names it, as <see cref="VotingGame.AnalyzeUnions(IEnumerable{IEnumerable{string}}, IEnumerable{string})"/> reads them.
    /// </summary>
    private static Dictionary<string, string> AlignmentClusters(Graph g, Design design, Alignment alignment)
    {
        var members = design.Members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var clusterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var excluded = alignment.Excluded.Where(members.Contains).Distinct(StringComparer.Ordinal).ToList();
        var placed = excluded.ToHashSet(StringComparer.Ordinal);
        var name = FreeText.Escape(alignment.Id);
        for (int k = 0; k < alignment.Blocs.Count; k++)
        {
            var bloc = alignment.Blocs[k].Where(id => members.Contains(id) && placed.Add(id)).ToList();
            if (bloc.Count == 0) continue;
            var key = "bloc:" + k.ToString(CultureInfo.InvariantCulture);
            g.Clusters.Add(new GraphCluster(key, "bloc " + (k + 1).ToString(CultureInfo.InvariantCulture) + " of " + name));
            foreach (var id in bloc) clusterOf[id] = key;
        }

        if (excluded.Count > 0)
        {
            g.Clusters.Add(new GraphCluster("excluded", "excluded by " + name + ": no one governs with them"));
            foreach (var id in excluded) clusterOf[id] = "excluded";
        }

        return clusterOf;
    }

    public static Graph Phases(Design design)
    {
        var g = new Graph(FreeText.Escape(design.Name) + " — phases");
        foreach (var p in design.Phases)
        {
            var cluster = "phase:" + p.Id;
            g.Clusters.Add(new GraphCluster(cluster, FreeText.Escape(p.Name)));
            var label = new StringBuilder("phase ").Append(p.Id);
            if (p.Window is { } w)
            {
                if (w.Start is { } s) label.Append("\nfrom ").Append(Date(s));
                if (w.End is { } e) label.Append("\nuntil ").Append(Date(e));
                if (w.Within is { } within) label.Append("\nwithin ").Append(PeriodText(within));
            }

            g.Add(new GraphNode(cluster, label.ToString(), NodeShape.Phase, cluster));
            foreach (var c in p.Commitments)
            {
                var text = new StringBuilder(c.Id).Append(": ").Append(string.Join(", ", c.By)).Append(" → ").Append(FreeText.Escape(c.Action));
                if (c.To.Count > 0) text.Append(" → ").Append(string.Join(", ", c.To));
                if (c.Due is { } due) text.Append("\ndue ").Append(Date(due));
                if (c.Within is { } cw) text.Append("\nwithin ").Append(PeriodText(cw));
                g.Add(new GraphNode("commitment:" + c.Id, Wrap(text.ToString()), NodeShape.Commitment, cluster));
            }
        }

        foreach (var p in design.Phases)
        {
            foreach (var before in p.After) g.Edges.Add(new GraphEdge(Ensure(g, "phase:" + before, before, NodeShape.Phase), "phase:" + p.Id, "then", EdgeStyle.Bold));
        }

        foreach (var p in design.Phases)
        {
            foreach (var c in p.Commitments)
            {
                foreach (var other in c.InExchangeFor)
                {
                    g.Edges.Add(new GraphEdge("commitment:" + c.Id, Ensure(g, "commitment:" + other, other, NodeShape.Commitment), "in exchange for", EdgeStyle.Dashed));
                }
            }
        }

        foreach (var p in design.Phases)
        {
            foreach (var r in p.Requires) g.Edges.Add(new GraphEdge("phase:" + p.Id, Ref(g, design, r), "requires", EdgeStyle.Dotted));
        }

        return g;
    }

    public static Graph Treaties(Design design)
    {
        var g = new Graph(FreeText.Escape(design.Name) + " — treaties");
        foreach (var t in design.Treaties) g.Add(new GraphNode("treaty:" + t.Id, TreatyLabel(t), NodeShape.Treaty, null));
        foreach (var t in design.Treaties)
        {
            foreach (var r in t.Requires) g.Edges.Add(new GraphEdge("treaty:" + t.Id, Ref(g, design, r), "requires", EdgeStyle.Solid));
        }

        // Phases and commitments appear only where they depend on a treaty.
        foreach (var p in design.Phases)
        {
            foreach (var r in p.Requires.Where(r => r.Kind == ElementKind.Treaty))
            {
                var from = Ensure(g, "phase:" + p.Id, FreeText.Escape(p.Name), NodeShape.Phase);
                g.Edges.Add(new GraphEdge(from, Ref(g, design, r), "requires", EdgeStyle.Dashed));
            }
        }

        return g;
    }

    private static string TreatyLabel(Treaty t)
    {
        var label = new StringBuilder(FreeText.Escape(t.Name)).Append(CultureInfo.InvariantCulture, $"\n{t.Parties.Count} {(t.Parties.Count == 1 ? "party" : "parties")}");
        if (t.OpenedForSignature is { } opened) label.Append(", opened ").Append(Date(opened));
        var eif = t.EntryIntoForce;
        label.Append("\nin force when: ").Append(eif is null ? "all parties ratify" : eif.Rule.ToString());
        if (eif?.Delay is { } delay) label.Append("\nthen after ").Append(PeriodText(delay));
        if (eif?.NotBefore is { } notBefore) label.Append("\nnot before ").Append(Date(notBefore));
        return Wrap(label.ToString());
    }

    /// <summary>The node of a referenced element, added (labelled with the element's name) if the view has not drawn it.</summary>
    private static string Ref(Graph g, Design design, ElementRef r)
    {
        var key = r.ToString();
        if (g.Has(key)) return key;
        var (label, shape) = r.Kind switch
        {
            ElementKind.Treaty => (design.FindTreaty(r.Id) is { } t ? TreatyLabel(t) : r.Id, NodeShape.Treaty),
            ElementKind.Phase => (design.FindPhase(r.Id) is { } p ? FreeText.Escape(p.Name) : r.Id, NodeShape.Phase),
            ElementKind.Commitment => (design.AllCommitments.FirstOrDefault(c => c.Id == r.Id) is { } c ? c.Id + ": " + FreeText.Escape(c.Action) : r.Id, NodeShape.Commitment),
            _ => (key, NodeShape.Other),
        };
        g.Add(new GraphNode(key, label, shape, null));
        return key;
    }

    /// <summary>A node for an id that may be dangling (the validator reports it; the drawing still shows it).</summary>
    private static string Ensure(Graph g, string key, string label, NodeShape shape)
    {
        g.Add(new GraphNode(key, label, shape, null));
        return key;
    }

    private static bool AllHoldVetoes(Design design, Body body)
    {
        var voters = body.Voters.Distinct(StringComparer.Ordinal).Count();
        return voters > 1 && Vetoes(design, body).Count == voters;
    }

    /// <summary>Breaks lines longer than <paramref name="width"/> characters after a comma or at a space, so long mandates and actions stay readable.</summary>
    internal static string Wrap(string text, int width = 60)
    {
        var result = new StringBuilder(text.Length + text.Length / width + 1);
        bool first = true;
        foreach (var line in text.Split('\n'))
        {
            if (!first) result.Append('\n');
            first = false;
            // A span over the line, not a copy of its rest per break: a rule of 20,000 clauses is a label of a megabyte (#20).
            var rest = line.AsSpan();
            while (rest.Length > width)
            {
                int cut = rest[..(width + 1)].LastIndexOf(' ');
                if (cut <= 0) break;
                result.Append(rest[..cut].TrimEnd()).Append('\n');
                rest = rest[(cut + 1)..];
            }

            result.Append(rest);
        }

        return result.ToString();
    }

    /// <summary>The body's veto players (<see cref="VotingGame.VetoPlayers"/>); none for a rule with problems (the validator reports it).</summary>
    private static HashSet<string> Vetoes(Design design, Body body)
    {
        var game = VotingGame.ForBody(design, body);
        return game.Problems.Count > 0 ? new HashSet<string>(StringComparer.Ordinal) : game.VetoPlayers.ToHashSet(StringComparer.Ordinal);
    }

    private static string Date(LocalDate d) => Kernel.IsoDate.Format(d);

    private static string PeriodText(Period p) => PeriodPattern.Roundtrip.Format(p);
}

/// <summary>Graphviz DOT: node ids are the quoted keys; every id and label is a quoted string with <c>\</c> and <c>"</c> escaped.</summary>
internal static class DotWriter
{
    public static string Write(Graph g)
    {
        var sb = new StringBuilder();
        sb.Append("digraph napsm {\n");
        sb.Append("  graph [label=").Append(Quote(g.Title)).Append(", labelloc=t, rankdir=").Append(g.TopDown ? "TB" : "LR").Append(", compound=true, fontname=\"Helvetica\"];\n");
        sb.Append("  node [fontname=\"Helvetica\", fontsize=10];\n");
        sb.Append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        var members = g.NodesByCluster();
        foreach (var n in g.Nodes.Where(n => n.Cluster is null)) Node(sb, n, "  ");
        for (int i = 0; i < g.Clusters.Count; i++)
        {
            var c = g.Clusters[i];
            sb.Append(CultureInfo.InvariantCulture, $"  subgraph cluster_{i} {{\n");
            sb.Append("    label=").Append(Quote(c.Label)).Append(";\n    style=rounded;\n    color=gray50;\n");
            foreach (var n in members[c.Key]) Node(sb, n, "    ");
            sb.Append("  }\n");
        }

        foreach (var e in g.Edges)
        {
            sb.Append("  ").Append(Quote(e.From)).Append(" -> ").Append(Quote(e.To));
            var attrs = new List<string>();
            if (e.Label is { } label) attrs.Add("label=" + Quote(label));
            switch (e.Style)
            {
                case EdgeStyle.Dashed: attrs.Add("style=dashed"); break;
                case EdgeStyle.Dotted: attrs.Add("style=dotted"); break;
                case EdgeStyle.Bold: attrs.Add("style=bold"); break;
            }

            if (attrs.Count > 0) sb.Append(" [").Append(string.Join(", ", attrs)).Append(']');
            sb.Append(";\n");
        }

        sb.Append("}\n");
        return sb.ToString();
    }

    private static void Node(StringBuilder sb, GraphNode n, string indent)
    {
        var shape = n.Shape switch
        {
            NodeShape.Member => "shape=ellipse",
            NodeShape.Body => "shape=box, style=filled, fillcolor=\"#dbe8f7\"",
            NodeShape.Phase => "shape=box, style=\"bold,filled\", fillcolor=\"#f2f2f2\"",
            NodeShape.Commitment => "shape=box, style=rounded",
            NodeShape.Treaty => "shape=note, style=filled, fillcolor=\"#fff4d6\"",
            _ => "shape=plain",
        };
        sb.Append(indent).Append(Quote(n.Key)).Append(" [label=").Append(Quote(n.Label)).Append(", ").Append(shape).Append("];\n");
    }

    /// <summary>A DOT quoted string: backslash and quote escaped, line ends as <c>\n</c> (centred lines).</summary>
    internal static string Quote(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': break;
                default: sb.Append(ch); break;
            }
        }

        return sb.Append('"').ToString();
    }
}

/// <summary>
/// A Mermaid flowchart: node ids are the keys reduced to letters, digits and <c>_</c> (made unique with a suffix); labels are quoted
/// with Mermaid's entity codes for the characters that would end or reinterpret them.
/// </summary>
internal static class MermaidWriter
{
    public static string Write(Graph g)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in g.Nodes) ids[n.Key] = Unique(Sanitize(n.Key), used);
        var clusterIds = g.Clusters.ToDictionary(c => c.Key, c => Unique("cluster_" + Sanitize(c.Key), used), StringComparer.Ordinal);

        var sb = new StringBuilder();
        sb.Append("---\ntitle: ").Append(YamlString(g.Title)).Append("\n---\n");
        sb.Append(g.TopDown ? "flowchart TB\n" : "flowchart LR\n");
        var members = g.NodesByCluster();
        foreach (var n in g.Nodes.Where(n => n.Cluster is null)) Node(sb, n, ids[n.Key], "  ");
        foreach (var c in g.Clusters)
        {
            sb.Append("  subgraph ").Append(clusterIds[c.Key]).Append(" [\"").Append(Label(c.Label)).Append("\"]\n");
            foreach (var n in members[c.Key]) Node(sb, n, ids[n.Key], "    ");
            sb.Append("  end\n");
        }

        foreach (var e in g.Edges)
        {
            var arrow = e.Style switch
            {
                EdgeStyle.Dashed or EdgeStyle.Dotted => "-.->",
                EdgeStyle.Bold => "==>",
                _ => "-->",
            };
            sb.Append("  ").Append(ids[e.From]).Append(' ').Append(arrow);
            if (e.Label is { } label) sb.Append("|\"").Append(Label(label)).Append("\"|");
            sb.Append(' ').Append(ids[e.To]).Append('\n');
        }

        return sb.ToString();
    }

    private static void Node(StringBuilder sb, GraphNode n, string id, string indent)
    {
        var (open, close) = n.Shape switch
        {
            NodeShape.Member => ("([", "])"),
            NodeShape.Body => ("[", "]"),
            NodeShape.Phase => ("[[", "]]"),
            NodeShape.Commitment => ("(", ")"),
            NodeShape.Treaty => ("{{", "}}"),
            _ => ("[", "]"),
        };
        sb.Append(indent).Append(id).Append(open).Append('"').Append(Label(n.Label)).Append('"').Append(close).Append('\n');
    }

    /// <summary>Letters, digits and <c>_</c> only; anything else becomes <c>_</c>, so ids never collide with Mermaid syntax or keywords (a kind prefix is always there).</summary>
    internal static string Sanitize(string key)
    {
        var sb = new StringBuilder(key.Length);
        foreach (var ch in key) sb.Append(char.IsAsciiLetterOrDigit(ch) ? ch : '_');
        return sb.ToString();
    }

    private static string Unique(string id, HashSet<string> used)
    {
        var candidate = id;
        for (int k = 2; !used.Add(candidate); k++) candidate = string.Create(CultureInfo.InvariantCulture, $"{id}_{k}");
        return candidate;
    }

    /// <summary>
    /// A YAML double-quoted scalar for the front matter: <c>\</c> and <c>"</c> escaped, and anything YAML does not allow raw written as
    /// <c>\uXXXX</c>, so that a title with <c>: </c>, <c>#</c>, quotes or a leading <c>-</c> stays one string.
    /// </summary>
    internal static string YamlString(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            int v = rune.Value;
            if (v is '\\' or '"') sb.Append('\\').Append((char)v);
            else if (v < 0x20 || v is >= 0x7F and <= 0x9F || v is 0xFFFE or 0xFFFF || v == 0xFEFF || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                sb.Append(v > 0xFFFF ? string.Create(CultureInfo.InvariantCulture, $"\\U{v:X8}") : string.Create(CultureInfo.InvariantCulture, $"\\u{v:X4}"));
            }
            else sb.Append(rune.ToString());
        }

        return sb.Append('"').ToString();
    }

    /// <summary>Text inside a quoted Mermaid label: entity codes for <c>" # &amp; &lt; &gt;</c> and backtick; line ends as <c>&lt;br/&gt;</c>.</summary>
    internal static string Label(string text)
    {
        var sb = new StringBuilder();
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '"': sb.Append("#quot;"); break;
                case '#': sb.Append("#35;"); break;
                case '&': sb.Append("#amp;"); break;
                case '<': sb.Append("#lt;"); break;
                case '>': sb.Append("#gt;"); break;
                case '`': sb.Append("#96;"); break;
                case '\n': sb.Append("<br/>"); break;
                case '\r': break;
                default: sb.Append(ch); break;
            }
        }

        return sb.ToString();
    }
}
