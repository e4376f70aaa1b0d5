using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

// Witness coalitions of the structure parts (improper, not strong), shrunk to minimal winning ones, and their names.
internal static partial class GameAnalyzer
{
    /// <summary>Shrinks S and its complement (both winning) to minimal winning coalitions, still disjoint.</summary>
    internal static CoalitionPair Witness(VotingGame game, bool[] s)
    {
        int n = game.Count;
        var a = game.NewBits();
        var b = game.NewBits();
        for (int i = 0; i < n; i++)
        {
            if (s[i]) a[i >> 6] |= 1UL << (i & 63);
            else b[i >> 6] |= 1UL << (i & 63);
        }

        return new CoalitionPair(Names(game, Shrink(game, a)), Names(game, Shrink(game, b)));
    }

    /// <summary>The coalition S and its complement, as they are.</summary>
    internal static CoalitionPair Complementary(VotingGame game, bool[] s) =>
        new(Enumerable.Range(0, game.Count).Where(i => s[i]).Select(i => game.Voters[i]).ToArray(),
            Enumerable.Range(0, game.Count).Where(i => !s[i]).Select(i => game.Voters[i]).ToArray());

    internal static ulong[] Shrink(VotingGame game, ulong[] coalition)
    {
        for (int i = 0; i < game.Count; i++)
        {
            ulong bit = 1UL << (i & 63);
            if ((coalition[i >> 6] & bit) == 0) continue;
            coalition[i >> 6] &= ~bit;
            if (!game.IsWinning(coalition)) coalition[i >> 6] |= bit;
        }

        return coalition;
    }

    internal static IEnumerable<string> Names(VotingGame game, ulong[] coalition) =>
        Enumerable.Range(0, game.Count).Where(i => (coalition[i >> 6] & (1UL << (i & 63))) != 0).Select(i => game.Voters[i]).ToArray();
}
