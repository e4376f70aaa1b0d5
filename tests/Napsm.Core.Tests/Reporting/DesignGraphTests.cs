using Napsm.Core.Model;
using Napsm.Core.Reporting;
using NodaTime;

namespace Napsm.Core.Tests.Reporting;

public class DesignGraphTests
{
    // Names with every character the formats treat specially; ids with '-' and a Mermaid keyword.
    private static Design Awkward() => Design.Create("d", "Quote \" back\\slash <tag> & #hash `tick`")
        .Member("end", "The \"End\" member")
        .Member("a-b", "A\\B")
        .Member("z", "Zed")
        .Body("c", "Council <main>", b => b.Voters("end", "a-b", "z").Rule(Rule.All(Rule.SimpleMajority, Rule.Veto("end"))).Chair("a-b"))
        .Body("w", "Working # group", b => b.Voters("end", "a-b").Rule(Rule.SimpleMajority).ReportsTo("c"))
        .Phase("p1", "Phase \"one\"", p => p.Commitment("x", ["end"], "say \"yes\"", new LocalDate(2030, 1, 1), "y").Commitment("y", ["a-b"], "pay", null, "x"))
        .Phase("p2", "Two", p => p.After("p1").Requires(new ElementRef(ElementKind.Treaty, "t")))
        .Treaty(new Treaty("t", "Treaty \"T\"", ["end", "a-b"])
        {
            EntryIntoForce = new EntryIntoForce(Rule.AtLeast(Threshold.Count(2))) { Delay = Period.FromDays(30), NotBefore = new LocalDate(2030, 6, 1) },
        })
        .Build();

    private static Design Aligned() => Awkward() with
    {
        Alignments = [new Alignment("x\"y", [["end", "a-b"], ["end", "ghost"]]) { Name = "Caucus \"A\" <1>", Excluded = ["z"] }],
    };

    [Fact]
    public void An_alignment_draws_each_bloc_and_the_excluded_members_as_clusters_in_dot_with_escaped_labels()
    {
        var dot = DesignGraph.Write(Aligned(), GraphView.Bodies, GraphFormat.Dot, collapseMembers: false, alignment: "x\"y");

        Assert.Contains("  subgraph cluster_0 {\n    label=\"bloc 1 of x\\\"y\";\n    style=rounded;\n    color=gray50;\n"
            + "    \"member:end\" [label=\"The \\\"End\\\" member\", shape=ellipse];\n    \"member:a-b\" [label=\"A\\\\B\", shape=ellipse];\n  }\n", dot, StringComparison.Ordinal);
        Assert.Contains("  subgraph cluster_1 {\n    label=\"excluded by x\\\"y: no one governs with them\";", dot, StringComparison.Ordinal);
        Assert.DoesNotContain("cluster_2", dot, StringComparison.Ordinal); // the second bloc: 'end' is in the first, 'ghost' is no member
        Assert.Contains("— bodies under alignment x\\\"y\"", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alignment_draws_blocs_as_mermaid_subgraphs_with_safe_ids()
    {
        var mmd = DesignGraph.Write(Aligned(), GraphView.Bodies, GraphFormat.Mermaid, collapseMembers: false, alignment: "x\"y");

        Assert.Contains("  subgraph cluster_bloc_0 [\"bloc 1 of x#quot;y\"]\n    member_end([", mmd, StringComparison.Ordinal);
        Assert.Contains("  subgraph cluster_excluded [\"excluded by x#quot;y: no one governs with them\"]\n    member_z([\"Zed\"])\n  end\n", mmd, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_alignment_the_drawing_is_unchanged_and_an_unknown_or_misplaced_one_is_refused()
    {
        Assert.Equal(DesignGraph.Write(Aligned(), GraphView.Bodies, GraphFormat.Dot), DesignGraph.Write(Aligned(), GraphView.Bodies, GraphFormat.Dot, false, null));
        Assert.Equal(DesignGraph.Write(Awkward(), GraphView.Bodies, GraphFormat.Dot), DesignGraph.Write(Aligned(), GraphView.Bodies, GraphFormat.Dot));
        Assert.Throws<ArgumentException>(() => DesignGraph.Write(Aligned(), GraphView.Bodies, GraphFormat.Dot, false, "nope"));
        Assert.Throws<ArgumentException>(() => DesignGraph.Write(Aligned(), GraphView.Phases, GraphFormat.Dot, false, "x\"y"));
    }

    [Fact]
    public void Collapsing_members_never_merges_members_of_different_blocs()
    {
        var b = Design.Create("d", "D");
        var ids = Enumerable.Range(0, 10).Select(i => "m" + i).ToArray();
        foreach (var id in ids) b = b.Member(id, id.ToUpperInvariant());
        var design = b.Body("c", "C", o => o.Voters(ids).Rule(Rule.SimpleMajority))
            .Alignment(new Alignment("split", [ids[..5], ids[5..]])).Build();

        var dot = DesignGraph.Write(design, GraphView.Bodies, GraphFormat.Dot, collapseMembers: true, alignment: "split");

        Assert.Contains("\"group:member:m0\" [label=\"5 members\\nM0, M1, M2, M3, …\"", dot, StringComparison.Ordinal);
        Assert.Contains("\"group:member:m5\" [label=\"5 members\\nM5, M6, M7, M8, …\"", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Dot_escapes_quotes_and_backslashes_in_ids_and_labels()
    {
        var dot = DesignGraph.Write(Awkward(), GraphView.Bodies, GraphFormat.Dot);
        Assert.Contains("\"member:end\" [label=\"The \\\"End\\\" member\", shape=ellipse];", dot, StringComparison.Ordinal);
        Assert.Contains("\"member:a-b\" [label=\"A\\\\B\", shape=ellipse];", dot, StringComparison.Ordinal);
        Assert.Contains("label=\"Quote \\\" back\\\\slash <tag> & #hash `tick` — bodies\"", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_uses_safe_ids_and_entity_codes_in_labels()
    {
        var mmd = DesignGraph.Write(Awkward(), GraphView.Bodies, GraphFormat.Mermaid);
        Assert.Contains("  member_end([\"The #quot;End#quot; member\"])\n", mmd, StringComparison.Ordinal);
        Assert.Contains("  member_a_b([\"A\\B\"])\n", mmd, StringComparison.Ordinal);
        Assert.Contains("body_c[\"Council #lt;main#gt;<br/>rule: all(simpleMajority, veto[end])\"]", mmd, StringComparison.Ordinal);
        // The front matter is YAML: the title is one double-quoted string, with YAML's escapes (not Mermaid's entity codes).
        Assert.Contains("title: \"Quote \\\" back\\\\slash <tag> & #hash `tick` — bodies\"\n", mmd, StringComparison.Ordinal);
    }

    [Fact]
    public void Bodies_view_marks_veto_holders_chairs_and_reporting_lines()
    {
        var dot = DesignGraph.Write(Awkward(), GraphView.Bodies, GraphFormat.Dot);
        Assert.Contains("\"member:end\" -> \"body:c\" [label=\"veto\", style=bold];", dot, StringComparison.Ordinal);
        Assert.Contains("\"member:a-b\" -> \"body:c\" [label=\"chair\"];", dot, StringComparison.Ordinal);
        Assert.Contains("\"body:w\" -> \"body:c\" [label=\"reports to\", style=dashed];", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Phases_view_draws_order_commitments_exchanges_and_requirements()
    {
        var mmd = DesignGraph.Write(Awkward(), GraphView.Phases, GraphFormat.Mermaid);
        Assert.Contains("  subgraph cluster_phase_p1 [\"Phase #quot;one#quot;\"]\n", mmd, StringComparison.Ordinal);
        Assert.Contains("    commitment_x(\"x: end → say #quot;yes#quot;<br/>due 2030-01-01\")\n", mmd, StringComparison.Ordinal);
        Assert.Contains("  phase_p1 ==>|\"then\"| phase_p2\n", mmd, StringComparison.Ordinal);
        Assert.Contains("  commitment_x -.->|\"in exchange for\"| commitment_y\n", mmd, StringComparison.Ordinal);
        Assert.Contains("  phase_p2 -.->|\"requires\"| treaty_t\n", mmd, StringComparison.Ordinal);
    }

    [Fact]
    public void Treaties_view_shows_the_entry_into_force_condition()
    {
        var dot = DesignGraph.Write(Awkward(), GraphView.Treaties, GraphFormat.Dot);
        Assert.Contains("\"treaty:t\" [label=\"Treaty \\\"T\\\"\\n2 parties\\nin force when: atLeast 2\\nthen after P30D\\nnot before 2030-06-01\"", dot, StringComparison.Ordinal);
        Assert.Contains("\"phase:p2\" -> \"treaty:t\" [label=\"requires\", style=dashed];", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_ids_that_sanitize_alike_get_distinct_suffixes()
    {
        var design = Design.Create("d", "D").Member("a-b", "One").Member("a_b", "Two").Body("c", "C", b => b.Voters("a-b", "a_b").Rule(Rule.Consensus)).Build();
        var mmd = DesignGraph.Write(design, GraphView.Bodies, GraphFormat.Mermaid);
        Assert.Contains("  member_a_b([\"One\"])\n", mmd, StringComparison.Ordinal);
        Assert.Contains("  member_a_b_2([\"Two\"])\n", mmd, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_design_gives_the_same_text()
    {
        foreach (var view in Enum.GetValues<GraphView>())
        {
            foreach (var format in Enum.GetValues<GraphFormat>())
            {
                Assert.Equal(DesignGraph.Write(Awkward(), view, format), DesignGraph.Write(Awkward(), view, format));
            }
        }
    }

    [Fact]
    public void Dangling_references_are_drawn_rather_than_thrown()
    {
        var design = Design.Create("d", "D").Member("a", "A").Body("c", "C", b => b.Voters("a", "ghost").Rule(Rule.Consensus).ReportsTo("nowhere")).Build();
        var dot = DesignGraph.Write(design, GraphView.Bodies, GraphFormat.Dot);
        Assert.Contains("\"member:ghost\" [label=\"ghost\", shape=ellipse];", dot, StringComparison.Ordinal);
        Assert.Contains("\"body:nowhere\"", dot, StringComparison.Ordinal);
    }

    // A 35-member board where two members chair and hold vetoes: the other 33 are connected alike.
    private static Design Board()
    {
        var b = Design.Create("board", "Board");
        var ids = Enumerable.Range(1, 35).Select(i => "m" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var id in ids) b = b.Member(id, "Member " + id);
        return b.Body("board", "Board of Governors", x => x.Voters([.. ids]).Rule(Rule.All(Rule.SimpleMajority, Rule.Veto("m01", "m02"))).Chair("m01"))
            .Body("audit", "Audit committee", x => x.Voters("m01", "m02", "m03").Rule(Rule.SimpleMajority).ReportsTo("board"))
            .Build();
    }

    [Theory]
    [InlineData(GraphFormat.Dot)]
    [InlineData(GraphFormat.Mermaid)]
    public void Collapsing_members_draws_those_connected_alike_as_one_node(GraphFormat format)
    {
        var full = DesignGraph.Write(Board(), GraphView.Bodies, format);
        var collapsed = DesignGraph.Write(Board(), GraphView.Bodies, format, collapseMembers: true);
        Assert.Equal(full, DesignGraph.Write(Board(), GraphView.Bodies, format, collapseMembers: false));

        // m01 (chair, veto, audit), m02 (veto, audit) and m03 (audit) stay; m04–m35 vote on the board alone: one node of 32.
        Assert.Contains("32 members", collapsed, StringComparison.Ordinal);
        Assert.Contains("Member m04, Member m05, Member m06, Member m07, …", collapsed, StringComparison.Ordinal);
        Assert.DoesNotContain("Member m35", collapsed, StringComparison.Ordinal);
        Assert.Contains("Member m35", full, StringComparison.Ordinal);
        Assert.DoesNotContain("32 members", full, StringComparison.Ordinal);
        foreach (var kept in new[] { "Member m01", "Member m02", "Member m03" }) Assert.Contains(kept, collapsed, StringComparison.Ordinal);
    }

    [Fact]
    public void Collapsing_keeps_one_edge_per_group_and_body_in_dot()
    {
        var dot = DesignGraph.Write(Board(), GraphView.Bodies, GraphFormat.Dot, collapseMembers: true);
        Assert.Single(dot.Split('\n'), l => l.Contains("\"group:member:m04\" -> \"body:board\"", StringComparison.Ordinal));
        Assert.DoesNotContain("\"member:m05\"", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_body_is_not_collapsed()
    {
        Assert.Equal(DesignGraph.Write(Awkward(), GraphView.Bodies, GraphFormat.Dot),
            DesignGraph.Write(Awkward(), GraphView.Bodies, GraphFormat.Dot, collapseMembers: true));
    }
}
