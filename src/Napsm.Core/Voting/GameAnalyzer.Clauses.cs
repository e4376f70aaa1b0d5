using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

// The effect of every clause of an all/any: how many coalitions the game without it decides differently.
internal static partial class GameAnalyzer
{
    /// <summary>
    /// How many coalitions each clause of every <c>all</c>/<c>any</c> changes: the game without the clause, counted. The game without
    /// clause i of a composite is its prefix (clauses before i) combined with its suffix (clauses after i), substituted into the
    /// composite's parents the same way, so k clauses cost O(k) diagram operations instead of rebuilding the rule k times — a rule
    /// with the same clause 20,000 times is 20,000 look-ups, not 4·10^8 operations. Games equal to the whole are not counted again.
    /// </summary>
    internal static List<ClauseEffect> ClauseEffects(VotingGame game, Bdd bdd, BigInteger winning, CancellationToken cancel)
    {
        var effects = new List<ClauseEffect>();
        int whole = bdd.Build(game.Root);
        var counted = new Dictionary<int, BigInteger> { [whole] = winning };
        var path = new List<(CombinedClauses Parent, int Index)>();
        Walk(game.Root, game.Rule);
        return effects;

        void Walk(GameNode node, DecisionRule rule)
        {
            if (node is not CompositeNode composite) return;
            var clauses = rule switch
            {
                AllRule a => a.Clauses,
                AnyRule a => a.Clauses,
                _ => [],
            };
            var combined = new CombinedClauses(bdd, composite, cancel);
            for (int i = 0; i < composite.Clauses.Length; i++)
            {
                cancel.ThrowIfCancellationRequested();
                int without = combined.Without(i);
                for (int level = path.Count - 1; level >= 0; level--) without = path[level].Parent.With(path[level].Index, without);
                if (!counted.TryGetValue(without, out var count))
                {
                    count = Dispatch(game.Count, new WinningRun(bdd, without, cancel));
                    counted[without] = count;
                }

                var clauseRule = clauses.Count > i ? clauses[i] : rule;
                effects.Add(new ClauseEffect(composite.Clauses[i].Pointer, composite.Pointer, clauseRule, BigInteger.Abs(count - winning)));
            }

            for (int i = 0; i < composite.Clauses.Length; i++)
            {
                if (composite.Clauses[i] is not CompositeNode) continue;
                path.Add((combined, i));
                Walk(composite.Clauses[i], clauses[i]);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    /// <summary>One composite's clauses built once, with the combinations of every prefix and every suffix of them.</summary>
    private sealed class CombinedClauses
    {
        private readonly Bdd _bdd;
        private readonly bool _isAll;
        private readonly int[] _prefix;
        private readonly int[] _suffix;

        public CombinedClauses(Bdd bdd, CompositeNode composite, CancellationToken cancel)
        {
            _bdd = bdd;
            _isAll = composite.IsAll;
            int k = composite.Clauses.Length;
            int identity = _isAll ? Bdd.True : Bdd.False;
            var built = new int[k];
            for (int i = 0; i < k; i++)
            {
                cancel.ThrowIfCancellationRequested();
                built[i] = bdd.Build(composite.Clauses[i]);
            }

            _prefix = new int[k + 1];
            _suffix = new int[k + 1];
            _prefix[0] = identity;
            _suffix[k] = identity;
            for (int i = 0; i < k; i++)
            {
                cancel.ThrowIfCancellationRequested();
                _prefix[i + 1] = bdd.Apply(_isAll, _prefix[i], built[i]);
                _suffix[k - 1 - i] = bdd.Apply(_isAll, built[k - 1 - i], _suffix[k - i]);
            }
        }

        /// <summary>The composite without clause <paramref name="index"/>.</summary>
        public int Without(int index) => _bdd.Apply(_isAll, _prefix[index], _suffix[index + 1]);

        /// <summary>The composite with clause <paramref name="index"/> replaced by the diagram <paramref name="clause"/>.</summary>
        public int With(int index, int clause) =>
            _bdd.Apply(_isAll, _bdd.Apply(_isAll, _prefix[index], clause), _suffix[index + 1]);
    }

    internal sealed class WinningRun(Bdd bdd, int root, CancellationToken cancel) : IRun<BigInteger>
    {
        public BigInteger Run<T>()
            where T : struct, ICount<T> => BddCounting<T>.Count(bdd, root, false, cancel).Winning;
    }

    internal static IEnumerable<(CompositeNode Node, DecisionRule Rule)> Composites(GameNode node, DecisionRule rule)
    {
        if (node is not CompositeNode c) yield break;
        yield return (c, rule);
        var clauses = rule switch
        {
            AllRule a => a.Clauses,
            AnyRule a => a.Clauses,
            _ => [],
        };
        for (int i = 0; i < c.Clauses.Length; i++)
        {
            foreach (var inner in Composites(c.Clauses[i], clauses[i])) yield return inner;
        }
    }
}
