namespace Napsm.Core.Voting;

/// <summary>What a voter's vote is fixed to in a smallest-set question, or that it is free to choose.</summary>
internal enum VoterState : byte
{
    /// <summary>The voter may be added to (or removed from) the coalition at a cost of one.</summary>
    Free,

    /// <summary>The voter is in the coalition and stays there.</summary>
    In,

    /// <summary>The voter is out of the coalition and stays out.</summary>
    Out,
}

/// <summary>
/// Smallest sets of free voters that make a game win (added to the fixed voters in) or lose (removed from everyone available) —
/// the fewest further ratifications and the fewest refusals of a treaty — found exactly as the cheapest path to a terminal of the
/// rule's decision diagram, where following a free voter's "changed" edge costs one. The diagram is polynomial for the rules
/// institutions write (thresholds over a few hundred voters, their compositions), where trying every set of a size is not.
/// </summary>
internal static class SmallestSets
{
    /// <summary>
    /// The fewest free voters to add so that the game wins (<paramref name="toWin"/>: free voters start out) or to remove so that it
    /// loses (free voters start in), with one such set; null when no choice of free voters does it. Throws
    /// <see cref="TooLargeException"/> when the diagram would pass <paramref name="maxNodes"/>, and
    /// <see cref="OperationCanceledException"/> on <paramref name="cancel"/>.
    /// </summary>
    public static int[]? Find(VotingGame game, VoterState[] states, bool toWin, int maxNodes, CancellationToken cancel)
    {
        using var bdd = new Bdd(GameAnalyzer.VariableOrder(game.Root, game.Count), maxNodes, cancel);
        bdd.Precheck(game.Root);
        int root = bdd.Build(game.Root);

        // cost[node]: the fewest changes of free voters at this node's level and below that reach the goal terminal; voters the
        // diagram skips do not matter on that path, so they keep their default. Nodes are numbered children first.
        const int Never = int.MaxValue;
        int goal = toWin ? Bdd.True : Bdd.False, other = toWin ? Bdd.False : Bdd.True;
        var cost = new int[bdd.NodeCount];
        var changed = new bool[bdd.NodeCount];
        cost[goal] = 0;
        cost[other] = Never;
        for (int node = 2; node < bdd.NodeCount; node++)
        {
            if ((node & 0xFFF) == 0) cancel.ThrowIfCancellationRequested();
            var voter = bdd.Order[bdd.Level(node)];
            int stay = toWin ? bdd.Lo(node) : bdd.Hi(node), move = toWin ? bdd.Hi(node) : bdd.Lo(node);
            switch (states[voter])
            {
                case VoterState.In:
                    cost[node] = cost[bdd.Hi(node)];
                    break;
                case VoterState.Out:
                    cost[node] = cost[bdd.Lo(node)];
                    break;
                default:
                    int viaMove = cost[move] == Never ? Never : cost[move] + 1;
                    // On a tie the voter is changed: the set then takes the earliest voters in the diagram's order (the parties' order for head counts).
                    changed[node] = viaMove <= cost[stay] && viaMove != Never;
                    cost[node] = Math.Min(cost[stay], viaMove);
                    break;
            }
        }

        if (cost[root] == Never) return null;
        var set = new List<int>(cost[root]);
        for (int node = root; node > Bdd.True;)
        {
            var voter = bdd.Order[bdd.Level(node)];
            if (states[voter] == VoterState.Free && changed[node]) set.Add(voter);
            node = states[voter] switch
            {
                VoterState.In => bdd.Hi(node),
                VoterState.Out => bdd.Lo(node),
                _ => changed[node] == toWin ? bdd.Hi(node) : bdd.Lo(node),
            };
        }

        set.Sort();
        return [.. set];
    }

    /// <summary>
    /// A smallest set described by the voters interchangeable with its members: for each class of interchangeable voters it
    /// draws from, how many it takes and every free voter of that class — any choice of that many from each is a smallest set too,
    /// since swapping interchangeable voters maps the rule to itself.
    /// </summary>
    public static IReadOnlyList<(int Count, int[] From)> Describe(VotingGame game, VoterState[] states, int[] set)
    {
        var classOf = VoterClasses.Of(game).ClassOf;
        return set.GroupBy(v => classOf[v])
            .Select(g => (g.Count(), Enumerable.Range(0, game.Count).Where(v => classOf[v] == g.Key && states[v] == VoterState.Free).ToArray()))
            .OrderBy(c => c.Item2[0])
            .ToArray();
    }
}
