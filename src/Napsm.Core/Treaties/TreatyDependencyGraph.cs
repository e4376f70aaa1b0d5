using Napsm.Core.Kernel;
using Napsm.Core.Model;

namespace Napsm.Core.Treaties;

/// <summary>
/// What waits for what among a design's treaties, phases and commitments: every <c>requires</c> entry of a treaty or phase, and each
/// commitment's dependence on its phase (it can only be met once the phase is under way). Cycles are reported whole.
/// </summary>
public sealed class TreatyDependencyGraph
{
    // Edges are kept compact (node indices and where they come from); Dependency records are made only when asked for.
    private readonly List<ElementRef> _nodes;
    private readonly List<(int From, int To, int Section, int I, int J)> _edges;
    private readonly Lazy<IReadOnlyList<Dependency>> _dependencies;

    private TreatyDependencyGraph(List<ElementRef> nodes, List<(int, int, int, int, int)> edges, IReadOnlyList<IReadOnlyList<Dependency>> cycles)
    {
        _nodes = nodes;
        _edges = edges;
        Cycles = cycles;
        _dependencies = new Lazy<IReadOnlyList<Dependency>>(() => ValueList<Dependency>.From(Enumerable.Range(0, _edges.Count).Select(Make)));
    }

    /// <summary>The elements: treaties, then phases, then commitments, in declaration order.</summary>
    public IReadOnlyList<ElementRef> Nodes => _nodes;

    /// <summary>Every dependency whose both ends exist, in declaration order (references to unknown elements are left to the validator).</summary>
    public IReadOnlyList<Dependency> Dependencies => _dependencies.Value;

    /// <summary>
    /// One cycle per group of elements that wait on each other, whole: each dependency's <see cref="Dependency.On"/> is the next one's
    /// <see cref="Dependency.Dependent"/>, and the last leads back to the first. Starts at the group's first-declared element.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Dependency>> Cycles { get; }

    private Dependency Make(int e) => Make(_nodes, _edges[e]);

    private static Dependency Make(List<ElementRef> nodes, (int From, int To, int Section, int I, int J) edge)
    {
        var at = edge.Section switch
        {
            0 => Kernel.DesignPointers.Index(Kernel.DesignPointers.Treaty(edge.I) + "/requires", edge.J),
            1 => Kernel.DesignPointers.Index(Kernel.DesignPointers.Phase(edge.I) + "/requires", edge.J),
            _ => Kernel.DesignPointers.Commitment(edge.I, edge.J),
        };
        return new Dependency(nodes[edge.From], nodes[edge.To], at);
    }

    /// <summary>Builds the graph of a design.</summary>
    /// <param name="design">The design.</param>
    /// <returns>The graph.</returns>
    public static TreatyDependencyGraph FromDesign(Design design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var nodes = new List<ElementRef>();
        var index = new Dictionary<ElementRef, int>();
        int Add(ElementRef r)
        {
            if (index.TryGetValue(r, out int at)) return at;
            index.Add(r, nodes.Count);
            nodes.Add(r);
            return nodes.Count - 1;
        }

        var treatyNode = new int[design.Treaties.Count];
        for (int i = 0; i < design.Treaties.Count; i++) treatyNode[i] = Add(new ElementRef(ElementKind.Treaty, design.Treaties[i].Id));
        var phaseNode = new int[design.Phases.Count];
        for (int i = 0; i < design.Phases.Count; i++) phaseNode[i] = Add(new ElementRef(ElementKind.Phase, design.Phases[i].Id));
        var commitmentNode = new int[design.Phases.Count][];
        for (int i = 0; i < design.Phases.Count; i++)
        {
            var cs = design.Phases[i].Commitments;
            commitmentNode[i] = new int[cs.Count];
            for (int k = 0; k < cs.Count; k++) commitmentNode[i][k] = Add(new ElementRef(ElementKind.Commitment, cs[k].Id));
        }

        var edges = new List<(int, int, int, int, int)>(design.Treaties.Sum(t => t.Requires.Count) + design.Phases.Sum(p => p.Requires.Count + p.Commitments.Count));
        for (int i = 0; i < design.Treaties.Count; i++)
        {
            var requires = design.Treaties[i].Requires;
            for (int j = 0; j < requires.Count; j++)
            {
                if (index.TryGetValue(requires[j], out int on)) edges.Add((treatyNode[i], on, 0, i, j));
            }
        }

        for (int i = 0; i < design.Phases.Count; i++)
        {
            var requires = design.Phases[i].Requires;
            for (int j = 0; j < requires.Count; j++)
            {
                if (index.TryGetValue(requires[j], out int on)) edges.Add((phaseNode[i], on, 1, i, j));
            }

            for (int k = 0; k < commitmentNode[i].Length; k++) edges.Add((commitmentNode[i][k], phaseNode[i], 2, i, k));
        }

        var graph = new Digraph(nodes.Count, edges.Count);
        foreach (var (from, to, _, _, _) in edges) graph.AddEdge(from, to);
        var cycles = graph.Cycles()
            .Select(c => (IReadOnlyList<Dependency>)ValueList<Dependency>.From(c.Select(e => Make(nodes, edges[e]))))
            .ToList();
        return new TreatyDependencyGraph(nodes, edges, cycles);
    }
}
