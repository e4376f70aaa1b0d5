using System.Text.RegularExpressions;
using Napsm.Core.Reporting;
using Napsm.Core.Serialization;
using Napsm.Core.Tests.Validation;
using YamlDotNet.RepresentationModel;

namespace Napsm.Core.Tests.Reporting;

/// <summary>
/// Mermaid reads the front matter of a diagram as YAML (js-yaml): every seed's drawing, in every view, must parse as a YAML
/// mapping whose <c>title</c> is the design's name, followed by a well-formed flowchart. The YAML parser is YamlDotNet, a real
/// one (a hand-written check would share the writer's blind spots).
/// </summary>
public partial class MermaidFrontMatterTests
{
    public static TheoryData<string, GraphView> Seeds()
    {
        var data = new TheoryData<string, GraphView>();
        foreach (var file in Directory.GetFiles(Repo.Path("seeds"), "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var view in Enum.GetValues<GraphView>()) data.Add(Path.GetFileName(file), view);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_seed_drawing_is_YAML_front_matter_with_its_title_and_a_well_formed_flowchart(string seed, GraphView view)
    {
        var design = DesignJson.Load(Repo.Path("seeds", seed)).Design;

        var mermaid = DesignGraph.Write(design, view, GraphFormat.Mermaid);

        var (title, diagram) = Split(mermaid);
        Assert.Equal(FreeText.Escape(design.Name) + " — " + view.ToString().ToLowerInvariant(), title);
        AssertWellFormed(diagram);
    }

    [Theory]
    [InlineData("Six-Party Talks: Initial Actions")]
    [InlineData("a: b # not a comment")]
    [InlineData("\"quoted\" and 'single' \\ backslash")]
    [InlineData("- starts like a list")]
    [InlineData("{ flow: mapping }")]
    [InlineData("line\nbreak\u001b[31m\u0085\u2028\u202E")]
    [InlineData("[yes, no, null, ~, 1e3]")]
    [InlineData("& anchor * alias ! tag % directive @ ` reserved")]
    public void A_hostile_design_name_stays_one_YAML_string(string name)
    {
        var design = global::Napsm.Core.Model.Design.Create("d", name).Member("a", "A").Build();

        var (title, diagram) = Split(DesignGraph.Write(design, GraphView.Bodies, GraphFormat.Mermaid));

        Assert.Equal(FreeText.Escape(name) + " — bodies", title);
        AssertWellFormed(diagram);
    }

    /// <summary>The title from the front matter (parsed as YAML) and the text after it.</summary>
    private static (string Title, string Diagram) Split(string mermaid)
    {
        Assert.StartsWith("---\n", mermaid, StringComparison.Ordinal);
        int end = mermaid.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        Assert.True(end > 0, "the front matter is not closed");
        var yaml = new YamlStream();
        yaml.Load(new StringReader(mermaid[4..end]));
        var root = Assert.IsType<YamlMappingNode>(Assert.Single(yaml.Documents).RootNode);
        var entry = Assert.Single(root.Children);
        Assert.Equal("title", ((YamlScalarNode)entry.Key).Value);
        var title = Assert.IsType<YamlScalarNode>(entry.Value);
        return (title.Value!, mermaid[(end + 5)..]);
    }

    [GeneratedRegex("""^  (?:  )?(?<id>[A-Za-z0-9_]+)(?:\(\[|\[\[|\{\{|\[|\()"(?<label>[^"]*)"(?:\]\)|\]\]|\}\}|\]|\))$""")]
    private static partial Regex NodeLine();

    [GeneratedRegex("""^  subgraph (?<id>[A-Za-z0-9_]+) \["(?<label>[^"]*)"\]$""")]
    private static partial Regex SubgraphLine();

    [GeneratedRegex("""^  (?<from>[A-Za-z0-9_]+) (?:-->|-\.->|==>)(?:\|"(?<label>[^"]*)"\|)? (?<to>[A-Za-z0-9_]+)$""")]
    private static partial Regex EdgeLine();

    /// <summary>
    /// The flowchart grammar the writer uses: a header, node lines with a quoted label, subgraphs closed by <c>end</c> (not nested),
    /// then edges between declared nodes; no label holds a raw quote or line end.
    /// </summary>
    private static void AssertWellFormed(string diagram)
    {
        Assert.EndsWith("\n", diagram, StringComparison.Ordinal);
        var lines = diagram[..^1].Split('\n');
        Assert.Matches("^flowchart (LR|TB)$", lines[0]);
        var declared = new HashSet<string>(StringComparer.Ordinal);
        bool inSubgraph = false, inEdges = false;
        foreach (var line in lines.Skip(1))
        {
            if (EdgeLine().Match(line) is { Success: true } edge)
            {
                Assert.False(inSubgraph, $"an edge inside a subgraph: {line}");
                inEdges = true;
                Assert.True(declared.Contains(edge.Groups["from"].Value), $"edge from an undeclared node: {line}");
                Assert.True(declared.Contains(edge.Groups["to"].Value), $"edge to an undeclared node: {line}");
            }
            else if (SubgraphLine().Match(line) is { Success: true } subgraph)
            {
                Assert.False(inSubgraph || inEdges, $"a subgraph out of place: {line}");
                Assert.True(declared.Add(subgraph.Groups["id"].Value), $"a repeated id: {line}");
                inSubgraph = true;
            }
            else if (line == "  end")
            {
                Assert.True(inSubgraph, "an 'end' without a subgraph");
                inSubgraph = false;
            }
            else if (NodeLine().Match(line) is { Success: true } node)
            {
                Assert.False(inEdges, $"a node after the edges: {line}");
                Assert.Equal(inSubgraph, line.StartsWith("    ", StringComparison.Ordinal));
                Assert.True(declared.Add(node.Groups["id"].Value), $"a repeated id: {line}");
            }
            else
            {
                Assert.Fail($"not a flowchart line: {line}");
            }
        }

        Assert.False(inSubgraph, "a subgraph is not closed");
    }
}
