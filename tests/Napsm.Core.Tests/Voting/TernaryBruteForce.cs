using System.Numerics;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Voting;

/// <summary>
/// The ternary game straight from the definitions, over all 3^n profiles: the test oracle for the counting method, never used by the
/// analysis itself. Only for small n.
/// </summary>
internal static class TernaryBruteForce
{
    internal sealed record Result(BigInteger Winning, BigInteger[] Swings, Rational[] ShapleyShubik, bool[] BlocksByNo, bool[] BlocksByAbstaining, bool[] BlocksByAbsence);

    private static readonly Vote[] Votes = [Vote.Yes, Vote.Abstain, Vote.No];

    /// <summary>Every profile of n voters over yes, abstain and no, in a fixed order.</summary>
    public static IEnumerable<Vote[]> Profiles(int n)
    {
        var p = new Vote[n];
        long total = (long)Math.Pow(3, n);
        for (long k = 0; k < total; k++)
        {
            long r = k;
            for (int i = 0; i < n; i++)
            {
                p[i] = Votes[r % 3];
                r /= 3;
            }

            yield return p;
        }
    }

    public static Result Analyze(VotingGame game)
    {
        int n = game.Count;
        if (n > 8) throw new ArgumentOutOfRangeException(nameof(game), n, "Ternary brute force is limited to 8 voters.");
        var winning = BigInteger.Zero;
        var swings = new BigInteger[n];
        foreach (var p in Profiles(n))
        {
            if (!game.Passes(p)) continue;
            winning++;
            for (int i = 0; i < n; i++)
            {
                if (p[i] != Vote.Yes) continue;
                p[i] = Vote.No;
                if (!game.Passes(p)) swings[i]++;
                p[i] = Vote.Yes;
            }
        }

        var allYes = Enumerable.Repeat(Vote.Yes, n).ToArray();
        bool passes = game.Passes(allYes);
        bool[] Blocks(Vote vote) => Enumerable.Range(0, n).Select(i =>
        {
            var p = (Vote[])allYes.Clone();
            p[i] = vote;
            return passes && !game.Passes(p);
        }).ToArray();

        return new Result(winning, swings, ShapleyShubik(game), Blocks(Vote.No), Blocks(Vote.Abstain), Blocks(Vote.Absent));
    }

    /// <summary>
    /// Felsenthal &amp; Machover's roll-call index, grouping the roll-calls by the prefix before the voter: the voters before it (a set P), their
    /// votes, and its own vote. The voter is the pivot when the prefix is undetermined and its vote determines it; such a prefix stands for
    /// |P|!·(n−1−|P|)!·3^(n−1−|P|) of the n!·3^n roll-calls.
    /// </summary>
    public static Rational[] ShapleyShubik(VotingGame game)
    {
        int n = game.Count;
        var fact = new BigInteger[n + 1];
        fact[0] = 1;
        for (int k = 1; k <= n; k++) fact[k] = fact[k - 1] * k;
        var denominator = fact[n] * BigInteger.Pow(3, n);
        var result = new Rational[n];
        // A partial profile: null = not voted yet.
        bool Determined(Vote?[] partial)
        {
            var low = partial.Select(v => v ?? Vote.No).ToArray();
            var high = partial.Select(v => v ?? Vote.Yes).ToArray();
            return game.Passes(low) || !game.Passes(high);
        }

        for (int i = 0; i < n; i++)
        {
            var numerator = BigInteger.Zero;
            var others = Enumerable.Range(0, n).Where(j => j != i).ToArray();
            // Each other voter: not yet voted (3), or voted yes/abstain/no.
            long total = (long)Math.Pow(4, others.Length);
            for (long code = 0; code < total; code++)
            {
                var partial = new Vote?[n];
                long r = code;
                int k = 0;
                foreach (var j in others)
                {
                    int d = (int)(r % 4);
                    r /= 4;
                    if (d < 3)
                    {
                        partial[j] = Votes[d];
                        k++;
                    }
                }

                if (Determined(partial)) continue;
                foreach (var v in Votes)
                {
                    partial[i] = v;
                    if (Determined(partial)) numerator += fact[k] * fact[n - 1 - k] * BigInteger.Pow(3, n - 1 - k);
                }
            }

            result[i] = new Rational(numerator, denominator);
        }

        return result;
    }

    /// <summary>The roll-call index by its literal definition: every order and every profile, the pivot found by walking the order (n ≤ 5).</summary>
    public static Rational[] ShapleyShubikByRollCalls(VotingGame game)
    {
        int n = game.Count;
        var counts = new BigInteger[n];
        BigInteger rollCalls = 0;
        // A rule decided before anyone votes (it always passes, or never) has no pivot.
        bool constant = game.Passes(Enumerable.Repeat(Vote.No, n).ToArray()) || !game.Passes(Enumerable.Repeat(Vote.Yes, n).ToArray());
        foreach (var order in Permutations(Enumerable.Range(0, n).ToArray()))
        {
            foreach (var profile in Profiles(n))
            {
                rollCalls++;
                if (constant) continue;
                var partial = new Vote?[n];
                foreach (var voter in order)
                {
                    partial[voter] = profile[voter];
                    var low = partial.Select(v => v ?? Vote.No).ToArray();
                    var high = partial.Select(v => v ?? Vote.Yes).ToArray();
                    if (game.Passes(low) || !game.Passes(high))
                    {
                        counts[voter]++;
                        break;
                    }
                }
            }
        }

        return counts.Select(c => new Rational(c, rollCalls)).ToArray();
    }

    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (int i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, k) => k != i).ToArray();
            foreach (var p in Permutations(rest)) yield return [items[i], .. p];
        }
    }
}
