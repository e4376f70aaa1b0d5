using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Napsm.Core.Kernel;
using Napsm.Core.Scheduling;

namespace Napsm.Core.Tests.Scheduling;

/// <summary>Laws of the temporal network and the graphs, on random small cases checked against brute force.</summary>
public class SchedulingProperties
{
    /// <summary>A small difference network: 2–5 time points (0 is the calendar), up to 8 bounds of −2..2 days.</summary>
    internal sealed record Network(int Nodes, (int From, int To, int Weight)[] Edges)
    {
        public override string ToString() => $"{Nodes} nodes: " + string.Join(", ", Edges.Select(e => $"t{e.To}-t{e.From}<={e.Weight}"));

        public DifferenceGraph Graph(IEnumerable<int>? only = null)
        {
            var g = new DifferenceGraph(Nodes);
            foreach (var i in only ?? Enumerable.Range(0, Edges.Length)) g.AddEdge(Edges[i].From, Edges[i].To, Edges[i].Weight);
            return g;
        }

        /// <summary>Every integer solution with t0 = 0 and |t| ≤ 2(n−1), which holds a solution whenever there is one.</summary>
        public IEnumerable<int[]> Solutions()
        {
            int bound = 2 * (Nodes - 1);
            var t = new int[Nodes];
            return Enumerate(1);

            IEnumerable<int[]> Enumerate(int i)
            {
                if (i == Nodes)
                {
                    if (Edges.All(e => t[e.To] - t[e.From] <= e.Weight)) yield return (int[])t.Clone();
                    yield break;
                }

                for (int v = -bound; v <= bound; v++)
                {
                    t[i] = v;
                    foreach (var s in Enumerate(i + 1)) yield return s;
                }
            }
        }
    }

    private static Arbitrary<Network> Networks() =>
        (from n in Gen.Choose(2, 5)
         from m in Gen.Choose(0, 8)
         from edges in Gen.ArrayOf(
             from f in Gen.Choose(0, n - 1)
             from t in Gen.Choose(0, n - 1)
             from w in Gen.Choose(-2, 2)
             select (f, t, w), m)
         select new Network(n, edges)).ToArbitrary();

    [Property]
    public Property Consistency_agrees_with_brute_force() =>
        Prop.ForAll(Networks(), net =>
            (net.Graph().Solve().NegativeCycle is null == net.Solutions().Any()).Label("consistent exactly when some integer schedule exists"));

    /// <summary>
    /// Larger networks than brute force can enumerate: up to 40 time points in a few clusters (dense bounds inside a cluster, mostly
    /// one-way bounds between clusters, as phases are), weights −5..9.
    /// </summary>
    private static Arbitrary<Network> ClusteredNetworks() =>
        (from n in Gen.Choose(1, 40)
         from m in Gen.Choose(0, 120)
         from cluster in Gen.Choose(1, 8)
         from edges in Gen.ArrayOf(
             from f in Gen.Choose(0, n - 1)
             from near in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
             from t in near ? Gen.Choose(Math.Max(0, f - cluster), Math.Min(n - 1, f + cluster)) : Gen.Choose(0, f)
             from w in Gen.Choose(-5, 9)
             select (f, t, w), m)
         select new Network(n, edges)).ToArbitrary();

    // Textbook Bellman–Ford from a virtual source at distance 0 to every node: n rounds over every edge.
    private static long[]? ReferenceDistances(Network net)
    {
        var dist = new long[net.Nodes];
        for (int round = 0; round <= net.Nodes; round++)
        {
            bool changed = false;
            foreach (var (f, t, w) in net.Edges)
            {
                if (dist[f] + w >= dist[t]) continue;
                dist[t] = dist[f] + w;
                changed = true;
            }

            if (!changed) return dist;
        }

        return null;
    }

    [Property(MaxTest = 300)]
    public Property Solve_agrees_with_textbook_Bellman_Ford() =>
        Prop.ForAll(ClusteredNetworks(), net =>
        {
            var g = net.Graph();
            var (potentials, cycle) = g.Solve();
            var reference = ReferenceDistances(net);
            if (reference is not null)
            {
                return (cycle is null).Label("consistent when Bellman–Ford converges")
                    .And((potentials is not null && potentials.SequenceEqual(reference)).Label("the same (unique) shortest distances from the virtual source"));
            }

            bool closed = cycle is not null && cycle.Select((e, i) => g.To(e) == g.From(cycle[(i + 1) % cycle.Length])).All(x => x);
            bool simple = cycle is not null && cycle.Select(g.From).Distinct().Count() == cycle.Length;
            return (cycle is not null).Label("inconsistent when Bellman–Ford does not converge")
                .And(closed.Label("the cycle is a closed chain of edges"))
                .And(simple.Label("the cycle visits each node once"))
                .And((cycle is not null && cycle.Sum(g.Weight) < 0).Label("the cycle is negative"));
        });

    [Property]
    public Property Earliest_dates_satisfy_every_constraint_and_are_the_least() =>
        Prop.ForAll(Networks(), net =>
        {
            var g = net.Graph();
            var (potentials, cycle) = g.Solve();
            if (cycle is not null) return true.Label("inconsistent: nothing to check");
            var (toOrigin, _) = g.ShortestFrom(0, potentials!, reverse: true);
            var reached = Enumerable.Range(0, net.Nodes).Where(v => toOrigin[v] != long.MaxValue).ToHashSet();
            var earliest = toOrigin.Select(d => d == long.MaxValue ? 0 : -d).ToArray();
            bool satisfies = net.Edges.Where(e => reached.Contains(e.From) && reached.Contains(e.To)).All(e => earliest[e.To] - earliest[e.From] <= e.Weight);
            var solutions = net.Solutions().ToList();
            bool least = reached.All(v => solutions.Min(s => s[v]) == earliest[v]);
            return (satisfies.Label("earliest dates satisfy every constraint between bounded events")
                .And(least.Label("earliest date is the least over all schedules")));
        });

    [Property]
    public Property Explanation_chains_are_minimal_conflicts() =>
        Prop.ForAll(Networks(), net =>
        {
            var g = net.Graph();
            var cycle = g.Solve().NegativeCycle;
            if (cycle is null) return true.Label("consistent: nothing to explain");
            var (chains, _) = g.Conflicts(cycle, 10);
            bool inconsistent = chains.All(c => net.Graph(c).Solve().NegativeCycle is not null);
            bool minimal = chains.All(c => c.All(drop => net.Graph(c.Where(e => e != drop)).Solve().NegativeCycle is null));
            bool chained = chains.All(c => c.Select((e, i) => g.To(e) == g.From(c[(i + 1) % c.Length])).All(x => x));
            return (chains.Count > 0).Label("an inconsistent network has a conflict")
                .And(inconsistent.Label("every explanation chain is itself inconsistent"))
                .And(minimal.Label("dropping any one constraint of a chain makes it consistent"))
                .And(chained.Label("each constraint of a chain starts where the previous one ends"));
        });

    [Property]
    public Property A_reported_chain_has_the_fewest_constraints_of_any_conflict_in_its_component() =>
        Prop.ForAll(Networks(), net =>
        {
            var g = net.Graph();
            var cycle = g.Solve().NegativeCycle;
            if (cycle is null) return true.Label("consistent");
            var best = g.Minimise(cycle, null);
            // Brute force: no negative closed walk with fewer edges exists from any node (layered search up to best − 1 edges).
            bool shorter = false;
            for (int s = 0; s < net.Nodes && !shorter; s++)
            {
                var dist = new long[net.Nodes];
                Array.Fill(dist, long.MaxValue / 4);
                dist[s] = 0;
                for (int k = 1; k < best.Length; k++)
                {
                    var next = Enumerable.Repeat(long.MaxValue / 4, net.Nodes).ToArray();
                    foreach (var (f, t, w) in net.Edges) next[t] = Math.Min(next[t], dist[f] + w);
                    dist = next;
                    if (dist[s] < 0) shorter = true;
                }
            }

            return (!shorter || !SameComponentOnly(net)).Label("no shorter negative cycle exists");
        });

    // The minimisation searches the component of the first cycle found; with one component it is the global minimum.
    private static bool SameComponentOnly(Network net)
    {
        var d = new Digraph(net.Nodes);
        foreach (var (f, t, _) in net.Edges) d.AddEdge(f, t);
        return d.StronglyConnectedComponents().Count(c => c.Length > 1 || net.Edges.Any(e => e.From == c[0] && e.To == c[0])) <= 1;
    }

    private static Arbitrary<(int Nodes, (int From, int To)[] Edges, int[] Labels)> Dags() =>
        (from n in Gen.Choose(2, 9)
         from m in Gen.Choose(1, 15)
         from pairs in Gen.ArrayOf(from a in Gen.Choose(0, n - 2) from b in Gen.Choose(a + 1, n - 1) select (a, b), m)
         from labels in Gen.Shuffle(Enumerable.Range(0, n).ToArray())
         select (n, pairs, labels)).ToArbitrary();

    [Property]
    public Property Topological_order_respects_every_edge() =>
        Prop.ForAll(Dags(), dag =>
        {
            var g = new Digraph(dag.Nodes);
            foreach (var (a, b) in dag.Edges) g.AddEdge(dag.Labels[a], dag.Labels[b]);
            var order = g.TopologicalOrder();
            if (order is null) return false.Label("an acyclic graph has an order");
            var position = new int[dag.Nodes];
            for (int i = 0; i < order.Length; i++) position[order[i]] = i;
            return (order.Length == dag.Nodes && dag.Edges.All(e => position[dag.Labels[e.From]] < position[dag.Labels[e.To]]))
                .Label("every edge goes forward in the order");
        });

    [Property]
    public Property Closing_a_cycle_is_reported_with_the_closing_edge() =>
        Prop.ForAll(Dags(), dag =>
        {
            var g = new Digraph(dag.Nodes);
            foreach (var (a, b) in dag.Edges) g.AddEdge(dag.Labels[a], dag.Labels[b]);
            var (x, y) = dag.Edges[0];
            int closing = g.AddEdge(dag.Labels[y], dag.Labels[x]);
            var cycles = g.Cycles();
            bool contains = cycles.Count == 1 && cycles[0].Contains(closing);
            bool whole = cycles.All(c => c.Select((e, i) => g.To(e) == g.From(c[(i + 1) % c.Length])).All(ok => ok));
            return contains.Label("the reported cycle contains the edge that closed it")
                .And(whole.Label("the cycle is whole: each edge starts where the previous one ends"))
                .And((g.TopologicalOrder() is null).Label("a cyclic graph has no topological order"));
        });
}
