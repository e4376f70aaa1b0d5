using Napsm.Core.Kernel;
namespace Napsm.Core.Scheduling;

/// <summary>
/// The distance graph of a Simple Temporal Network: nodes 0..n−1 are time points, an edge u → v of weight w says
/// t(v) − t(u) ≤ w. The network is consistent exactly when the graph has no negative cycle (Dechter, Meiri and Pearl 1991).
/// </summary>
internal sealed class DifferenceGraph
{
    private readonly int _n;
    private readonly List<int> _from = [];
    private readonly List<int> _to = [];
    private readonly List<long> _weight = [];

    public DifferenceGraph(int nodeCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        _n = nodeCount;
    }

    public int NodeCount => _n;

    public int EdgeCount => _from.Count;

    public int From(int e) => _from[e];

    public int To(int e) => _to[e];

    public long Weight(int e) => _weight[e];

    /// <summary>Adds t(<paramref name="to"/>) − t(<paramref name="from"/>) ≤ <paramref name="weight"/>; returns the edge's index.</summary>
    public int AddEdge(int from, int to, long weight)
    {
        if ((uint)from >= (uint)_n) throw new ArgumentOutOfRangeException(nameof(from));
        if ((uint)to >= (uint)_n) throw new ArgumentOutOfRangeException(nameof(to));
        _from.Add(from);
        _to.Add(to);
        _weight.Add(weight);
        return _from.Count - 1;
    }

    private (int[] Start, int[] Edges) Adjacency(bool[]? removed, bool reverse)
    {
        var start = new int[_n + 1];
        int m = _from.Count;
        for (int e = 0; e < m; e++)
        {
            if (removed is not null && removed[e]) continue;
            start[(reverse ? _to[e] : _from[e]) + 1]++;
        }

        for (int i = 0; i < _n; i++) start[i + 1] += start[i];
        var fill = (int[])start.Clone();
        var edges = new int[start[_n]];
        for (int e = 0; e < m; e++)
        {
            if (removed is not null && removed[e]) continue;
            edges[fill[reverse ? _to[e] : _from[e]]++] = e;
        }

        return (start, edges);
    }

    /// <summary>
    /// Feasible potentials (a solution t with t(v) − t(u) ≤ w for every kept edge): the shortest distances from a virtual source at
    /// distance 0 to every node, which are unique; or a negative cycle (edge indices in path order) when there is none.
    /// </summary>
    /// <remarks>
    /// The strongly connected components are taken in topological order, so that an edge between components is relaxed once, after
    /// its tail is final; inside a component a queue-based Bellman–Ford runs. A long chain of components (a schedule of a thousand
    /// phases one after another) then costs one pass instead of one pass per link. Every cycle of the parent graph of Bellman–Ford is
    /// negative, so the parent graph is searched for one after every |component| relaxations (amortised O(1) per relaxation): a small
    /// negative cycle in a large component is found within a few passes, not after |component| of them (Cherkassky and Goldberg 1999).
    /// </remarks>
    public (long[]? Potentials, int[]? NegativeCycle) Solve(bool[]? removed = null)
    {
        var (start, edges) = Adjacency(removed, reverse: false);
        var dist = new long[_n];
        var parent = new int[_n];
        var length = new int[_n];
        Array.Fill(parent, -1);
        var (order, componentStart, component) = Components(start, edges);
        var stamp = new int[_n];
        int walk = 0;
        var inQueue = new bool[_n];
        var queue = new Queue<int>();

        // Components in topological order: those of tails first.
        for (int c = 0; c < componentStart.Length - 1; c++)
        {
            var nodes = order.AsSpan(componentStart[c], componentStart[c + 1] - componentStart[c]);
            if (HasInternalEdge(nodes, start, edges, component, c))
            {
                var cycle = RelaxComponent(nodes, c, start, edges, component, dist, parent, length, inQueue, queue, stamp, ref walk);
                if (cycle is not null) return (null, cycle);
            }

            // Edges leaving the component: their tails are final now.
            foreach (int u in nodes)
            {
                long du = dist[u];
                for (int k = start[u]; k < start[u + 1]; k++)
                {
                    int e = edges[k];
                    int v = _to[e];
                    if (component[v] == c) continue;
                    long candidate = du + _weight[e];
                    if (candidate >= dist[v]) continue;
                    dist[v] = candidate;
                    parent[v] = e;
                }
            }
        }

        return (dist, null);
    }

    private bool HasInternalEdge(ReadOnlySpan<int> nodes, int[] start, int[] edges, int[] component, int c)
    {
        foreach (int u in nodes)
        {
            for (int k = start[u]; k < start[u + 1]; k++)
            {
                if (component[_to[edges[k]]] == c) return true;
            }
        }

        return false;
    }

    // Queue-based Bellman–Ford over the edges inside one component, from the distances its nodes already have; a negative cycle or null.
    private int[]? RelaxComponent(ReadOnlySpan<int> nodes, int c, int[] start, int[] edges, int[] component, long[] dist, int[] parent, int[] length,
        bool[] inQueue, Queue<int> queue, int[] stamp, ref int walk)
    {
        int size = nodes.Length;
        foreach (int v in nodes)
        {
            queue.Enqueue(v);
            inQueue[v] = true;
        }

        long relaxations = 0;
        while (queue.Count > 0)
        {
            int u = queue.Dequeue();
            inQueue[u] = false;
            long du = dist[u];
            for (int k = start[u]; k < start[u + 1]; k++)
            {
                int e = edges[k];
                int v = _to[e];
                if (component[v] != c) continue;
                long candidate = du + _weight[e];
                if (candidate >= dist[v]) continue;
                dist[v] = candidate;
                parent[v] = e;
                length[v] = length[u] + 1;
                if (length[v] >= size || ++relaxations % size == 0)
                {
                    // A parent chain of |component| edges inside the component closes on itself; and every so often, any cycle of the parent graph.
                    var cycle = length[v] >= size ? ParentCycle(v, parent, stamp, ++walk) : AnyParentCycle(nodes, parent, component, c, stamp, ref walk);
                    if (cycle is not null)
                    {
                        queue.Clear();
                        return cycle;
                    }

                    if (length[v] >= size) length[v] = 0;
                }

                if (!inQueue[v])
                {
                    inQueue[v] = true;
                    queue.Enqueue(v);
                }
            }
        }

        return null;
    }

    // A cycle of the parent graph among the nodes of one component (parent edges from other components lead out of it), or null.
    private int[]? AnyParentCycle(ReadOnlySpan<int> nodes, int[] parent, int[] component, int c, int[] stamp, ref int walk)
    {
        int first = walk + 1;
        foreach (int v in nodes)
        {
            if (stamp[v] >= first) continue;
            int current = ++walk;
            int x = v;
            while (true)
            {
                stamp[x] = current;
                int e = parent[x];
                if (e < 0) break;
                int y = _from[e];
                if (component[y] != c) break;
                if (stamp[y] == current) return ParentCycle(y, parent, stamp, ++walk);
                if (stamp[y] >= first) break; // joins a walk that ended without a cycle
                x = y;
            }
        }

        return null;
    }

    /// <summary>
    /// The strongly connected components (iterative Tarjan) in topological order: the nodes of all components back to back in
    /// <c>Order</c>, component c holding <c>Order[Start[c] .. Start[c + 1]]</c>, and each node's component number.
    /// </summary>
    private (int[] Order, int[] Start, int[] Component) Components(int[] start, int[] edges)
    {
        var index = new int[_n];
        var low = new int[_n];
        var onStack = new bool[_n];
        Array.Fill(index, -1);
        var stack = new int[_n];
        int top = 0;
        var callNode = new int[_n];
        var callNext = new int[_n];
        int depth = 0;
        var emitted = new int[_n];
        int emittedCount = 0;
        var ends = new List<int>();
        int counter = 0;
        for (int root = 0; root < _n; root++)
        {
            if (index[root] >= 0) continue;
            index[root] = low[root] = counter++;
            stack[top++] = root;
            onStack[root] = true;
            callNode[depth] = root;
            callNext[depth++] = start[root];
            while (depth > 0)
            {
                int u = callNode[depth - 1];
                int next = callNext[depth - 1];
                if (next < start[u + 1])
                {
                    callNext[depth - 1] = next + 1;
                    int v = _to[edges[next]];
                    if (index[v] < 0)
                    {
                        index[v] = low[v] = counter++;
                        stack[top++] = v;
                        onStack[v] = true;
                        callNode[depth] = v;
                        callNext[depth++] = start[v];
                    }
                    else if (onStack[v] && index[v] < low[u])
                    {
                        low[u] = index[v];
                    }

                    continue;
                }

                depth--;
                if (low[u] == index[u])
                {
                    int w;
                    do
                    {
                        w = stack[--top];
                        onStack[w] = false;
                        emitted[emittedCount++] = w;
                    }
                    while (w != u);
                    ends.Add(emittedCount);
                }

                if (depth > 0)
                {
                    int p = callNode[depth - 1];
                    if (low[u] < low[p]) low[p] = low[u];
                }
            }
        }

        // Tarjan emits components sinks first: reverse the component order (each component's nodes in ascending order).
        int count = ends.Count;
        var order = new int[_n];
        var componentStart = new int[count + 1];
        var component = new int[_n];
        int at = 0;
        for (int c = 0; c < count; c++)
        {
            int source = count - 1 - c;
            int from = source == 0 ? 0 : ends[source - 1], to = ends[source];
            componentStart[c] = at;
            for (int k = from; k < to; k++)
            {
                order[at++] = emitted[k];
                component[emitted[k]] = c;
            }

            Array.Sort(order, componentStart[c], to - from);
        }

        componentStart[count] = at;
        return (order, componentStart, component);
    }

    private int[]? ParentCycle(int v, int[] parent, int[] stamp, int walk)
    {
        int x = v;
        while (x >= 0 && stamp[x] != walk)
        {
            stamp[x] = walk;
            int e = parent[x];
            x = e < 0 ? -1 : _from[e];
        }

        if (x < 0) return null;
        var cycle = new List<int>();
        int y = x;
        do
        {
            int e = parent[y];
            cycle.Add(e);
            y = _from[e];
        }
        while (y != x);
        cycle.Reverse();
        return [.. cycle];
    }

    /// <summary>
    /// Shortest distances from <paramref name="source"/> (forward: d(source, v); reverse: d(v, source)) by Dijkstra on weights made
    /// non-negative with feasible <paramref name="potentials"/> (Johnson's reweighting); <see cref="long.MaxValue"/> when unreachable.
    /// The parent edge of every reached node is returned too.
    /// </summary>
    public (long[] Distance, int[] ParentEdge) ShortestFrom(int source, long[] potentials, bool reverse, bool[]? removed = null)
    {
        var (start, edges) = Adjacency(removed, reverse);
        var dist = new long[_n];
        var parent = new int[_n];
        var done = new bool[_n];
        Array.Fill(dist, long.MaxValue);
        Array.Fill(parent, -1);
        dist[source] = 0;
        var queue = new PriorityQueue<int, long>();
        queue.Enqueue(source, 0);
        while (queue.TryDequeue(out int u, out long du))
        {
            if (done[u] || du != dist[u]) continue;
            done[u] = true;
            for (int k = start[u]; k < start[u + 1]; k++)
            {
                int e = edges[k];
                int v = reverse ? _from[e] : _to[e];
                // Reduced weight w + h(tail) − h(head) ≥ 0 for the forward edge tail → head.
                long reduced = _weight[e] + potentials[_from[e]] - potentials[_to[e]];
                long candidate = du + reduced;
                if (candidate < dist[v])
                {
                    dist[v] = candidate;
                    parent[v] = e;
                    queue.Enqueue(v, candidate);
                }
            }
        }

        // Undo the reweighting: d(s, v) = d'(s, v) − h(s) + h(v) forward; d(v, s) = d'(v, s) − h(v) + h(s) reverse.
        for (int v = 0; v < _n; v++)
        {
            if (dist[v] == long.MaxValue) continue;
            dist[v] = reverse ? dist[v] - potentials[v] + potentials[source] : dist[v] - potentials[source] + potentials[v];
        }

        return (dist, parent);
    }

    /// <summary>
    /// A negative cycle with the fewest edges among those through the nodes of <paramref name="candidate"/>'s strongly connected
    /// component, found by edge-count-layered Bellman–Ford from each node of the component; falls back to <paramref name="candidate"/>
    /// when that would take more than <paramref name="budget"/> relaxations.
    /// </summary>
    public int[] Minimise(int[] candidate, bool[]? removed, long budget = 20_000_000)
    {
        if (candidate.Length <= 1) return candidate;

        // Restrict to the strongly connected component holding the cycle: every cycle through its nodes stays inside it.
        var graph = new Digraph(_n);
        var edgeOf = new List<int>();
        for (int e = 0; e < _from.Count; e++)
        {
            if (removed is not null && removed[e]) continue;
            graph.AddEdge(_from[e], _to[e]);
            edgeOf.Add(e);
        }

        var inComponent = new bool[_n];
        int anchor = _from[candidate[0]];
        foreach (var scc in graph.StronglyConnectedComponents())
        {
            if (Array.BinarySearch(scc, anchor) < 0) continue;
            foreach (var v in scc) inComponent[v] = true;
            break;
        }

        var local = edgeOf.Where(e => inComponent[_from[e]] && inComponent[_to[e]]).ToArray();
        var nodes = Enumerable.Range(0, _n).Where(v => inComponent[v]).ToArray();
        int best = candidate.Length;
        if ((long)nodes.Length * local.Length * (best - 1) > budget) return candidate;

        int[] result = candidate;
        var dist = new long[best][];
        var pred = new int[best][];
        foreach (var s in nodes)
        {
            // dist[k][v]: least weight of a walk s → v with exactly k edges (k < best); pred records its last edge.
            for (int k = 0; k < best; k++)
            {
                dist[k] ??= new long[_n];
                pred[k] ??= new int[_n];
                Array.Fill(dist[k], long.MaxValue);
                Array.Fill(pred[k], -1);
            }

            dist[0][s] = 0;
            for (int k = 1; k < best; k++)
            {
                var previous = dist[k - 1];
                var current = dist[k];
                foreach (var e in local)
                {
                    long du = previous[_from[e]];
                    if (du == long.MaxValue) continue;
                    long candidateWeight = du + _weight[e];
                    if (candidateWeight < current[_to[e]])
                    {
                        current[_to[e]] = candidateWeight;
                        pred[k][_to[e]] = e;
                    }
                }

                if (current[s] < 0)
                {
                    var walkEdges = new int[k];
                    int x = s;
                    for (int j = k; j >= 1; j--)
                    {
                        int e = pred[j][x];
                        walkEdges[j - 1] = e;
                        x = _from[e];
                    }

                    var simple = NegativeSimpleCycle(walkEdges);
                    if (simple.Length < best)
                    {
                        best = simple.Length;
                        result = simple;
                    }

                    break;
                }
            }
        }

        return result;
    }

    /// <summary>Splits a negative closed walk into simple cycles and returns a negative one with the fewest edges.</summary>
    private int[] NegativeSimpleCycle(int[] walk)
    {
        int[]? best = null;
        var stack = new List<int>();
        var position = new Dictionary<int, int>();
        var pieces = new List<int[]>();
        position[_from[walk[0]]] = 0;
        foreach (var e in walk)
        {
            stack.Add(e);
            int head = _to[e];
            if (position.TryGetValue(head, out int at))
            {
                var piece = stack.GetRange(at, stack.Count - at).ToArray();
                pieces.Add(piece);
                for (int i = at; i < stack.Count; i++) position.Remove(_to[stack[i]]);
                stack.RemoveRange(at, stack.Count - at);
                position[head] = at;
            }
            else
            {
                position[head] = stack.Count;
            }
        }

        foreach (var piece in pieces)
        {
            long total = 0;
            foreach (var e in piece) total += _weight[e];
            if (total < 0 && (best is null || piece.Length < best.Length)) best = piece;
        }

        return best ?? walk;
    }

    /// <summary>
    /// Independent conflicts: starting from a negative cycle, minimise it, record it, drop its last-declared edge (the most specific
    /// bound) and look again, until the graph is consistent or <paramref name="max"/> cycles are found. Deterministic.
    /// </summary>
    public (List<int[]> Cycles, bool Truncated) Conflicts(int[] first, int max)
    {
        var removed = new bool[EdgeCount];
        var result = new List<int[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int[]? cycle = first;
        while (cycle is not null)
        {
            if (result.Count == max) return (result, true);
            var minimal = Rotate(Minimise(cycle, removed));
            if (seen.Add(string.Join(",", minimal.Order()))) result.Add(minimal);
            removed[minimal.Max()] = true;
            cycle = Solve(removed).NegativeCycle;
        }

        return (result, false);
    }

    /// <summary>Starts a cycle at the edge leaving node 0 (the calendar) if it has one, else at its first-declared edge, for stable reading.</summary>
    private int[] Rotate(int[] cycle)
    {
        int at = Array.FindIndex(cycle, e => _from[e] == 0);
        if (at < 0) at = Array.IndexOf(cycle, cycle.Min());
        return [.. cycle.Skip(at), .. cycle.Take(at)];
    }
}
