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
