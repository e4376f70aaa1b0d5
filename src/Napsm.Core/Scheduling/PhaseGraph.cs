using Napsm.Core.Kernel;
using Napsm.Core.Model;

namespace Napsm.Core.Scheduling;

/// <summary>
/// The order of a design's phases: an edge from each phase named in <c>after</c> to the phase that comes after it.
/// Gives every cycle whole and, when there is none, a deterministic topological order (ties by declaration order).
/// </summary>
public sealed class PhaseGraph
{
    private PhaseGraph(IReadOnlyList<string> phases, IReadOnlyList<IReadOnlyList<string>> cycles, IReadOnlyList<string>? order)
    {
        Phases = phases;
        Cycles = cycles;
        TopologicalOrder = order;
    }

    /// <summary>The phase ids, in declaration order (a duplicated id appears once).</summary>
    public IReadOnlyList<string> Phases { get; }

    /// <summary>
    /// One cycle per group of phases that wait on each other, each given whole as the phase ids in order (every phase comes after the
    /// one before it, and the first after the last), starting from the group's first-declared phase.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles { get; }

    /// <summary>Whether some phases wait on each other.</summary>
    public bool HasCycle => Cycles.Count > 0;

    /// <summary>An order in which every phase comes after the phases it names in <c>after</c>, ties broken by declaration order; <see langword="null"/> when there is a cycle.</summary>
    public IReadOnlyList<string>? TopologicalOrder { get; }

    /// <summary>Builds the phase graph of a design; names in <c>after</c> that are not phases are ignored (the validator reports them).</summary>
    /// <param name="design">The design.</param>
    /// <returns>The graph.</returns>
    public static PhaseGraph FromDesign(Design design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var ids = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in design.Phases)
        {
            if (index.TryAdd(p.Id, ids.Count)) ids.Add(p.Id);
        }

        var graph = new Digraph(ids.Count);
        var added = new HashSet<(int, int)>();
        foreach (var p in design.Phases)
        {
            int to = index[p.Id];
            foreach (var before in p.After)
            {
                if (index.TryGetValue(before, out int from) && added.Add((from, to))) graph.AddEdge(from, to);
            }
        }

        var cycles = graph.Cycles()
            .Select(c => (IReadOnlyList<string>)ValueList<string>.From(c.Select(e => ids[graph.From(e)])))
            .ToList();
        var order = graph.TopologicalOrder();
        return new PhaseGraph(ids, cycles, order is null ? null : ValueList<string>.From(order.Select(i => ids[i])));
    }
}
