using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Treaties;

/// <summary>The smallest-set search behind fragility and the fewest further ratifications, and coalition bit sets.</summary>
internal sealed partial class EntryIntoForceEvaluator
{
    /// <summary>
    /// A smallest set of candidates for which the monotone <paramref name="test"/> holds. First a greedy minimal set: candidates are added
    /// in order until the test holds, then each is dropped again if the test still holds without it. Then, when the sets smaller than that
    /// number at most the search limit, every smaller size is tried in increasing order, which proves the size or finds a smaller set.
    /// Returns the set, whether its size is proven to be the least, or <see langword="null"/> when no set passes.
    /// </summary>
    /// <param name="candidates">The parties to choose from.</param>
    /// <param name="test">Whether a set of candidates does what is asked (monotone: supersets pass too).</param>
    /// <param name="symmetric">Whether every party plays the same role in the rule (a plain head count): then whether a set passes depends only
    /// on its size, so the greedy minimal set is already a smallest one and no search is needed.</param>
    private (List<int> Set, bool Exact)? SmallestSet(List<int> candidates, Func<int[], bool> test, bool symmetric)
    {
        if (!test([.. candidates])) return null;
        var chosen = new List<int>();
        foreach (var c in candidates)
        {
            chosen.Add(c);
            if (test([.. chosen])) break;
        }

        for (int k = 0; k < chosen.Count;)
        {
            var without = chosen.Where((_, x) => x != k).ToArray();
            if (test(without)) chosen.RemoveAt(k);
            else k++;
        }

        if (symmetric) return (chosen, true);
        chosen = Improve(candidates, chosen, test);

        // Sets of fewer than |chosen| candidates: Σ C(n, size) for size < |chosen|, stopping as soon as it passes the limit.
        double sets = 0, binomial = 1;
        for (int size = 1; size < chosen.Count && sets <= _searchLimit; size++)
        {
            binomial = binomial * (candidates.Count - size + 1) / size;
            sets += binomial;
        }

        if (sets > _searchLimit) return (chosen, false);
        for (int size = 1; size < chosen.Count; size++)
        {
            var pick = new int[size];
            for (int i = 0; i < size; i++) pick[i] = i;
            while (true)
            {
                var set = pick.Select(i => candidates[i]).ToArray();
                if (test(set)) return ([.. set], true);
                int j = size - 1;
                while (j >= 0 && pick[j] == candidates.Count - size + j) j--;
                if (j < 0) break;
                pick[j]++;
                for (int x = j + 1; x < size; x++) pick[x] = pick[x - 1] + 1;
            }
        }

        return (chosen, true);
    }

    /// <summary>
    /// A smaller set than the greedy one, when the order of the candidates misled it: the greedy set is minimal (nobody can be dropped)
    /// but may be far from the fewest — 18 refusals of a head count where 3 of a named group also block, when the group comes last.
    /// Each candidate not yet in the set is brought in once, kept, and the oldest members dropped while the test still holds; the
    /// result replaces the set when it is no larger, so that candidates that together open a shorter way (the whole group) accumulate.
    /// Deterministic; at most one pass over the candidates, each costing a test per member of the set.
    /// </summary>
    private static List<int> Improve(List<int> candidates, List<int> chosen, Func<int[], bool> test)
    {
        var best = new List<int>(chosen); // newest first
        var tried = new HashSet<int>(chosen);
        foreach (var c in candidates)
        {
            if (!tried.Add(c)) continue;
            var set = new List<int>(best.Count + 1) { c };
            set.AddRange(best);

            // Drop the oldest first, so that the newcomers, which may open a shorter way together, stay.
            for (int k = set.Count - 1; k >= 0; k--)
            {
                var without = set.Where((_, x) => x != k).ToArray();
                if (test(without)) set.RemoveAt(k);
            }

            if (set.Count <= best.Count) best = set;
        }

        // The candidates' order, as the greedy set has it.
        var order = candidates.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        return [.. best.OrderBy(c => order[c])];
    }

    /// <summary>
    /// The most nodes the decision diagram of a treaty's rule may have for the exact smallest-set search (about 32 MB); the search
    /// limit bounds it too, so that a small limit means little work by either method.
    /// </summary>
    private const int MaxDiagramNodes = 1_000_000;

    /// <summary>Each party's role in a smallest-set question: <paramref name="free"/> may change, <paramref name="inside"/> stay in, the rest out.</summary>
    private static VoterState[] States(int n, IEnumerable<int> free, IEnumerable<int> inside)
    {
        var states = new VoterState[n];
        Array.Fill(states, VoterState.Out);
        foreach (var i in inside) states[i] = VoterState.In;
        foreach (var i in free) states[i] = VoterState.Free;
        return states;
    }

    /// <summary>
    /// The exact smallest set on the rule's decision diagram: the fewest free parties whose ratification wins
    /// (<paramref name="toWin"/>) or whose refusal blocks. The found set when the goal is reachable, null when the diagram is too
    /// large (then the caller falls back to the bounded search); the caller has already made sure the goal is reachable.
    /// </summary>
    private (List<int> Set, bool Exact)? OnDiagram(VotingGame game, VoterState[] states, bool toWin)
    {
        try
        {
            return SmallestSets.Find(game, states, toWin, Math.Min(MaxDiagramNodes, Math.Max(_searchLimit, 2)), CancellationToken.None) is { } set ? ([.. set], true) : null;
        }
        catch (TooLargeException)
        {
            return null;
        }
    }

    /// <summary>A smallest set described by interchangeable parties (any k of these), in the parties' order.</summary>
    private static PartyChoice[] Choice(VotingGame game, VoterState[] states, List<int> set) =>
        [.. SmallestSets.Describe(game, states, [.. set]).Select(c => new PartyChoice(c.Count, [.. c.From.Select(i => game.Voters[i])]))];

    /// <summary>Rules under which all parties are interchangeable: head counts over all the parties, majorities, unanimity and consensus.</summary>
    private static bool IsSymmetric(DecisionRule? rule) =>
        rule is UnanimityRule or ConsensusRule or SimpleMajorityRule or ConsensusMinusRule or HeadCountRule { Of: null };

    private static ulong[] Bits(VotingGame game, IEnumerable<int> members)
    {
        var bits = game.NewBits();
        foreach (var i in members) bits[i >> 6] |= 1UL << (i & 63);
        return bits;
    }

    private static ulong[] With(ulong[] bits, IEnumerable<int> members)
    {
        var copy = (ulong[])bits.Clone();
        foreach (var i in members) copy[i >> 6] |= 1UL << (i & 63);
        return copy;
    }

    private static ulong[] Without(ulong[] bits, IEnumerable<int> members)
    {
        var copy = (ulong[])bits.Clone();
        foreach (var i in members) copy[i >> 6] &= ~(1UL << (i & 63));
        return copy;
    }

    private static bool WinsWithout(VotingGame game, ulong[] bits, int member)
    {
        ulong word = bits[member >> 6];
        bits[member >> 6] = word & ~(1UL << (member & 63));
        bool wins = game.IsWinning(bits);
        bits[member >> 6] = word;
        return wins;
    }
}
