using Napsm.Core.Model;
using Napsm.Core.Scheduling;

namespace Napsm.Core.Treaties;

/// <summary>One dependency: <see cref="Dependent"/> needs <see cref="On"/> (a treaty in force, a phase ended, a commitment met).</summary>
/// <param name="Dependent">The element that waits.</param>
/// <param name="On">The element it waits for.</param>
/// <param name="At">The JSON pointer of the dependency in the design (a <c>requires</c> entry, or a commitment within its phase).</param>
public sealed record Dependency(ElementRef Dependent, ElementRef On, string At);

/// <summary>
/// What waits for what among a design's treaties, phases and commitments: every <c>requires</c> entry of a treaty or phase, and each
/// commitment's dependence on its phase (it can only be met once the phase is under way). Cycles are reported whole.
/// </summary>
public sealed class TreatyDependencyGraph
{
    private TreatyDependencyGraph(IReadOnlyList<ElementRef> nodes, IReadOnlyList<Dependency> dependencies, IReadOnlyList<IReadOnlyList<Dependency>> cycles)
    {
        Nodes = nodes;
        Dependencies = dependencies;
        Cycles = cycles;
    }

    /// <summary>The elements: treaties, then phases, then commitments, in declaration order.</summary>
    public IReadOnlyList<ElementRef> Nodes { get; }

    /// <summary>Every dependency whose both ends exist, in declaration order (references to unknown elements are left to the validator).</summary>
    public IReadOnlyList<Dependency> Dependencies { get; }

    /// <summary>
    /// One cycle per group of elements that wait on each other, whole: each dependency's <see cref="Dependency.On"/> is the next one's
    /// <see cref="Dependency.Dependent"/>, and the last leads back to the first. Starts at the group's first-declared element.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Dependency>> Cycles { get; }

    /// <summary>Builds the graph of a design.</summary>
    /// <param name="design">The design.</param>
    /// <returns>The graph.</returns>
    public static TreatyDependencyGraph FromDesign(Design design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var nodes = new List<ElementRef>();
        var index = new Dictionary<ElementRef, int>();
        void Add(ElementRef r)
        {
            if (index.TryAdd(r, nodes.Count)) nodes.Add(r);
        }

        foreach (var t in design.Treaties) Add(new ElementRef(ElementKind.Treaty, t.Id));
        foreach (var p in design.Phases) Add(new ElementRef(ElementKind.Phase, p.Id));
        foreach (var c in design.AllCommitments) Add(new ElementRef(ElementKind.Commitment, c.Id));

        var dependencies = new List<Dependency>();
        void Depend(ElementRef from, ElementRef on, string at)
        {
            if (index.ContainsKey(from) && index.ContainsKey(on)) dependencies.Add(new Dependency(from, on, at));
        }

        for (int i = 0; i < design.Treaties.Count; i++)
        {
            var t = design.Treaties[i];
            for (int j = 0; j < t.Requires.Count; j++) Depend(new ElementRef(ElementKind.Treaty, t.Id), t.Requires[j], $"/treaties/{i}/requires/{j}");
        }

        for (int i = 0; i < design.Phases.Count; i++)
        {
            var p = design.Phases[i];
            var phase = new ElementRef(ElementKind.Phase, p.Id);
            for (int j = 0; j < p.Requires.Count; j++) Depend(phase, p.Requires[j], $"/phases/{i}/requires/{j}");
            for (int j = 0; j < p.Commitments.Count; j++) Depend(new ElementRef(ElementKind.Commitment, p.Commitments[j].Id), phase, $"/phases/{i}/commitments/{j}");
        }

        return Build(nodes, index, dependencies);
    }

    /// <summary>Builds a graph from explicit dependencies (for analyses and benchmarks that do not start from a design).</summary>
    internal static TreatyDependencyGraph Build(List<ElementRef> nodes, Dictionary<ElementRef, int> index, List<Dependency> dependencies)
    {
        var graph = new Digraph(nodes.Count);
        foreach (var d in dependencies) graph.AddEdge(index[d.Dependent], index[d.On]);
        var cycles = graph.Cycles()
            .Select(c => (IReadOnlyList<Dependency>)ValueList<Dependency>.From(c.Select(e => dependencies[e])))
            .ToList();
        return new TreatyDependencyGraph(nodes, dependencies, cycles);
    }
}
