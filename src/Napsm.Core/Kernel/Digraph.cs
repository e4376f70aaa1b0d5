namespace Napsm.Core.Kernel;

/// <summary>
/// A directed graph over nodes 0..n−1 with edges kept in insertion order, for cycle detection and a deterministic
/// topological order. Shared by the phase graph and the treaty dependency graph.
/// </summary>
internal sealed class Digraph
{
    private readonly int _nodeCount;
    private readonly List<int> _from;
    private readonly List<int> _to;

    // Out-edges in compressed form (edge indices grouped by tail, in insertion order), rebuilt after edges are added.
    private int[]? _start;
    private int[]? _edges;

    public Digraph(int nodeCount, int edgeCapacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        _nodeCount = nodeCount;
        _from = new List<int>(edgeCapacity);
        _to = new List<int>(edgeCapacity);
    }

    public int NodeCount => _nodeCount;

    public int EdgeCount => _from.Count;

    /// <summary>Adds the edge <paramref name="from"/> → <paramref name="to"/> and returns its index.</summary>
    public int AddEdge(int from, int to)
    {
        if ((uint)from >= (uint)_nodeCount) throw new ArgumentOutOfRangeException(nameof(from));
        if ((uint)to >= (uint)_nodeCount) throw new ArgumentOutOfRangeException(nameof(to));
        _from.Add(from);
        _to.Add(to);
        _start = null;
        return _from.Count - 1;
    }

    private ReadOnlySpan<int> Out(int node)
    {
        if (_start is null)
        {
            var start = new int[_nodeCount + 1];
            foreach (var f in _from) start[f + 1]++;
            for (int i = 0; i < _nodeCount; i++) start[i + 1] += start[i];
            var fill = (int[])start.Clone();
            var edges = new int[_from.Count];
            for (int e = 0; e < _from.Count; e++) edges[fill[_from[e]]++] = e;
            _edges = edges;
            _start = start;
        }

        return _edges.AsSpan(_start[node], _start[node + 1] - _start[node]);
    }

    public int From(int edge) => _from[edge];

    public int To(int edge) => _to[edge];

    /// <summary>
    /// Kahn's algorithm, always taking the smallest-numbered ready node, so ties go by declaration order.
    /// Returns <see langword="null"/> when the graph has a cycle.
    /// </summary>
    public int[]? TopologicalOrder()
    {
        int n = NodeCount;
        var indegree = new int[n];
        foreach (var t in _to) indegree[t]++;
        var ready = new PriorityQueue<int, int>();
        for (int i = 0; i < n; i++)
        {
            if (indegree[i] == 0) ready.Enqueue(i, i);
        }

        var order = new int[n];
        int count = 0;
        while (ready.TryDequeue(out int u, out _))
        {
            order[count++] = u;
            foreach (var e in Out(u))
            {
                int v = _to[e];
                if (--indegree[v] == 0) ready.Enqueue(v, v);
            }
        }

        return count == n ? order : null;
    }

    /// <summary>
    /// The strongly connected components (iterative Tarjan). Each component is sorted; components are returned in the order of
    /// their smallest node.
    /// </summary>
    public List<int[]> StronglyConnectedComponents()
    {
        int n = NodeCount;
        var index = new int[n];
        var low = new int[n];
        var onStack = new bool[n];
        Array.Fill(index, -1);
        var stack = new Stack<int>();
        var call = new Stack<(int Node, int Next)>();
        var result = new List<int[]>();
        var component = new List<int>();
        int counter = 0;
        for (int root = 0; root < n; root++)
        {
            if (index[root] >= 0) continue;
            call.Push((root, 0));
            index[root] = low[root] = counter++;
            stack.Push(root);
            onStack[root] = true;
            while (call.Count > 0)
            {
                var (u, next) = call.Pop();
                var edges = Out(u);
                bool descended = false;
                while (next < edges.Length)
                {
                    int v = _to[edges[next++]];
                    if (index[v] < 0)
                    {
                        call.Push((u, next));
                        call.Push((v, 0));
                        index[v] = low[v] = counter++;
                        stack.Push(v);
                        onStack[v] = true;
                        descended = true;
                        break;
                    }

                    if (onStack[v]) low[u] = Math.Min(low[u], index[v]);
                }

                if (descended) continue;
                if (low[u] == index[u])
                {
                    component.Clear();
                    int w;
                    do
                    {
                        w = stack.Pop();
                        onStack[w] = false;
                        component.Add(w);
                    }
                    while (w != u);
                    component.Sort();
                    result.Add([.. component]);
                }

                if (call.Count > 0)
                {
                    int parent = call.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[u]);
                }
            }
        }

        result.Sort((a, b) => a[0].CompareTo(b[0]));
        return result;
    }

    /// <summary>
    /// One cycle per cyclic strongly connected component (a component of two or more nodes, or a node with an edge to itself):
    /// the shortest cycle through the component's smallest node, as a list of edge indices in path order starting at that node.
    /// </summary>
    public List<int[]> Cycles()
    {
        var cycles = new List<int[]>();
        var component = new int[NodeCount];
        var sccs = StronglyConnectedComponents();
        for (int c = 0; c < sccs.Count; c++)
        {
            foreach (var v in sccs[c]) component[v] = c;
        }

        for (int c = 0; c < sccs.Count; c++)
        {
            int start = sccs[c][0];
            if (sccs[c].Length == 1)
            {
                foreach (var e in Out(start))
                {
                    if (_to[e] != start) continue;
                    cycles.Add([e]);
                    break;
                }

                continue;
            }

            cycles.Add(ShortestCycleThrough(start, v => component[v] == c));
        }

        return cycles;
    }

    /// <summary>The shortest cycle through <paramref name="start"/> (breadth-first, edges in insertion order), or an empty array.</summary>
    public int[] ShortestCycleThrough(int start, Func<int, bool> allowed)
    {
        var parentEdge = new int[NodeCount];
        Array.Fill(parentEdge, -1);
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            int u = queue.Dequeue();
            foreach (var e in Out(u))
            {
                int v = _to[e];
                if (v == start)
                {
                    var path = new List<int> { e };
                    for (int x = u; x != start; x = _from[parentEdge[x]]) path.Add(parentEdge[x]);
                    path.Reverse();
                    return [.. path];
                }

                if (parentEdge[v] >= 0 || !allowed(v)) continue;
                parentEdge[v] = e;
                queue.Enqueue(v);
            }
        }

        return [];
    }
}
