using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>
/// Owen and Banzhaf–Owen values by enumeration over interchangeable unions and voters. Unions whose members have the same multiset of
/// classes (<see cref="VoterClasses"/>) are interchangeable in the quotient game, and within a union its members of one class are: the sums
/// over sets of other unions and over subsets of the voter's own union run over how many of each type are in, with a representative set
/// evaluated once per vector and counted by binomials. The work is Π (M_τ + 1) outer vectors times Π (b_c + 1) inner vectors per union
/// type and class: a few thousand for 200 voters in a few blocs of alike voters, 2^(n−1) only when nothing is alike.
/// </summary>
internal static class UnionCounting
{
    public static UnionAnalysis Analyze(VotingGame game, IEnumerable<IEnumerable<string>> blocs, IEnumerable<string> excluded, AnalysisOptions options, CancellationToken cancel)
    {
        int n = game.Count;
        var excludedSet = new HashSet<int>(excluded.Select(game.IndexOf).Where(i => i >= 0));
        var unionOf = Enumerable.Repeat(-1, n).ToArray();
        var unions = new List<(List<int> Members, bool IsBloc)>();
        foreach (var bloc in blocs)
        {
            var ids = bloc.Select(game.IndexOf).Where(i => i >= 0 && !excludedSet.Contains(i) && unionOf[i] < 0).Distinct().Order().ToList();
            if (ids.Count == 0) continue;
            foreach (var i in ids) unionOf[i] = unions.Count;
            unions.Add((ids, true));
        }

        for (int i = 0; i < n; i++)
        {
            if (unionOf[i] >= 0 || excludedSet.Contains(i)) continue;
            unionOf[i] = unions.Count;
            unions.Add(([i], false));
        }

        var members = game.Voters.Select((id, i) => new UnionVoterPower(id) { Union = unionOf[i] }).ToArray();
        var result = new UnionAnalysis(game) { Members = members, Unions = unions.Select(u => new UnionPower(u.Members.Select(i => game.Voters[i]), u.IsBloc)).ToList() };
        if (game.Problems.Count > 0 && !options.AnalyseDespiteProblems)
        {
            return result with
            {
                NotComputed = [new PartNotComputed(AnalysisPart.Swings, NotComputedReason.InvalidRule, null), new PartNotComputed(AnalysisPart.ShapleyShubik, NotComputedReason.InvalidRule, null)],
            };
        }

        using var budget = AnalysisBudget.Start(options, cancel);
        try
        {
            return Count(game, unions.Select(u => u.Members).ToList(), unionOf, members, result, options, budget);
        }
        catch (TooLargeException e)
        {
            return result with { NotComputed = [new PartNotComputed(AnalysisPart.Swings, e.Reason, e.Size), new PartNotComputed(AnalysisPart.ShapleyShubik, e.Reason, e.Size)] };
        }
        catch (OperationCanceledException) when (budget.Token.IsCancellationRequested)
        {
            var stopped = budget.Stopped();
            return result with
            {
                NotComputed = [new PartNotComputed(AnalysisPart.Swings, stopped.Reason, stopped.Size), new PartNotComputed(AnalysisPart.ShapleyShubik, stopped.Reason, stopped.Size)],
            };
        }
    }

    private static UnionAnalysis Count(VotingGame game, List<List<int>> unions, int[] unionOf, UnionVoterPower[] members, UnionAnalysis result, AnalysisOptions options,
        AnalysisBudget budget)
    {
        int n = game.Count, m = unions.Count;
        var cancel = budget.Token;
        var classOf = VoterClasses.Of(game).ClassOf;
        double maxWork = Math.Pow(2, Math.Min(options.MaxEnumeratedVoters, 62));
        var fact = RawPower.Factorials(Math.Max(n, m));
        // Union types: the sorted classes of the members.
        var typeOf = new int[m];
        var types = new Dictionary<string, int>(StringComparer.Ordinal);
        var typeUnions = new List<List<int>>();
        for (int u = 0; u < m; u++)
        {
            var key = string.Join(",", unions[u].Select(i => classOf[i]).Order());
            if (!types.TryGetValue(key, out var t))
            {
                types.Add(key, t = types.Count);
                typeUnions.Add([]);
            }

            typeOf[u] = t;
            typeUnions[t].Add(u);
        }

        int tCount = typeUnions.Count;
        var bits = game.NewBits();
        void Set(int voter) => bits[voter >> 6] |= 1UL << (voter & 63);

        // The outer vectors for union k: how many of the other unions of each type are in (the first ones of the type other than k).
        IEnumerable<(int[] Counts, int Size, BigInteger Ways)> Outer(int k)
        {
            var limits = Enumerable.Range(0, tCount).Select(t => typeUnions[t].Count - (t == typeOf[k] ? 1 : 0)).ToArray();
            var counts = new int[tCount];
            while (true)
            {
                var ways = BigInteger.One;
                for (int t = 0; t < tCount; t++) ways *= Binomial(fact, limits[t], counts[t]);
                yield return (counts, counts.Sum(), ways);
                int d = 0;
                while (d < tCount && ++counts[d] > limits[d])
                {
                    counts[d] = 0;
                    d++;
                }

                if (d == tCount) yield break;
            }
        }

        void SetOuter(int k, int[] counts)
        {
            Array.Clear(bits);
            for (int t = 0; t < tCount; t++)
            {
                int taken = 0;
                foreach (var u in typeUnions[t])
                {
                    if (taken == counts[t]) break;
                    if (u == k) continue;
                    foreach (var v in unions[u]) Set(v);
                    taken++;
                }
            }
        }

        double outerWork = Enumerable.Range(0, tCount).Aggregate(1.0, (p, t) => p * (typeUnions[t].Count + 1));
        if (outerWork * tCount > maxWork) throw new TooLargeException(NotComputedReason.TooLarge, new AnalysisSize(SizeUnit.Vectors, outerWork * tCount, maxWork));

        // The quotient game: per union type, Σ over the others' vectors of [v(Q ∪ B_k) − v(Q)], by size.
        var mFact = fact[m];
        var quotientSs = new Rational[m];
        var quotientSwings = new BigInteger[m];
        var done = new Dictionary<int, (Rational Ss, BigInteger Swings)>();
        long steps = 0;
        for (int k = 0; k < m; k++)
        {
            if (!done.TryGetValue(typeOf[k], out var value))
            {
                var ssNum = BigInteger.Zero;
                var swings = BigInteger.Zero;
                foreach (var (counts, r, ways) in Outer(k))
                {
                    if ((++steps & 1023) == 0) cancel.ThrowIfCancellationRequested();
                    SetOuter(k, counts);
                    bool without = game.IsWinning(bits);
                    foreach (var v in unions[k]) Set(v);
                    if (game.IsWinning(bits) && !without)
                    {
                        swings += ways;
                        ssNum += ways * fact[r] * fact[m - r - 1];
                    }
                }

                done[typeOf[k]] = value = (new Rational(ssNum, mFact), swings);
            }

            (quotientSs[k], quotientSwings[k]) = value;
        }

        // Each voter: the outer vectors times the subsets of its own union without it, grouped by class (the first members of each class).
        var owen = new Rational[n];
        var banzhafOwen = new Rational[n];
        var cache = new Dictionary<(int Type, int Class), (Rational Owen, Rational BanzhafOwen)>();
        for (int i = 0; i < n; i++)
        {
            int k = unionOf[i];
            if (k < 0)
            {
                owen[i] = Rational.Zero;
                banzhafOwen[i] = Rational.Zero;
                continue;
            }

            // Voters of the same class in unions of the same type are alike; the first union of the type stands for the others only when k is it.
            var key = (typeOf[k], classOf[i]);
            if (cache.TryGetValue(key, out var known))
            {
                (owen[i], banzhafOwen[i]) = known;
                continue;
            }

            var others = unions[k].Where(v => v != i).ToList();
            var innerClasses = others.GroupBy(v => classOf[v]).Select(g => g.ToList()).ToList();
            int b = unions[k].Count;
            double innerWork = innerClasses.Aggregate(1.0, (p, g) => p * (g.Count + 1));
            if (outerWork * innerWork > maxWork) throw new TooLargeException(NotComputedReason.TooLarge, new AnalysisSize(SizeUnit.Vectors, outerWork * innerWork, maxWork));
            var owenNum = BigInteger.Zero;
            var boNum = BigInteger.Zero;
            foreach (var (counts, r, ways) in Outer(k))
            {
                var inner = new int[innerClasses.Count];
                while (true)
                {
                    if ((++steps & 1023) == 0) cancel.ThrowIfCancellationRequested();
                    SetOuter(k, counts);
                    var innerWays = BigInteger.One;
                    int t = 0;
                    for (int c = 0; c < innerClasses.Count; c++)
                    {
                        for (int j = 0; j < inner[c]; j++) Set(innerClasses[c][j]);
                        innerWays *= Binomial(fact, innerClasses[c].Count, inner[c]);
                        t += inner[c];
                    }

                    bool without = game.IsWinning(bits);
                    Set(i);
                    if (!without && game.IsWinning(bits))
                    {
                        var w = ways * innerWays;
                        owenNum += w * fact[r] * fact[m - r - 1] * fact[t] * fact[b - t - 1];
                        boNum += w;
                    }

                    int d = 0;
                    while (d < inner.Length && ++inner[d] > innerClasses[d].Count)
                    {
                        inner[d] = 0;
                        d++;
                    }

                    if (d == inner.Length) break;
                }
            }

            var value = (new Rational(owenNum, mFact * fact[b]), new Rational(boNum, BigInteger.One << (m - 1 + b - 1)));
            cache[key] = value;
            (owen[i], banzhafOwen[i]) = value;
        }

        var totalSwings = quotientSwings.Aggregate(BigInteger.Zero, (a, c) => a + c);
        var everyone = game.NewBits();
        for (int i = 0; i < n; i++)
        {
            if (unionOf[i] >= 0) everyone[i >> 6] |= 1UL << (i & 63);
        }

        bool allWin = game.IsWinning(everyone);
        var unionPowers = result.Unions.Select((u, k) =>
        {
            var without = (ulong[])everyone.Clone();
            foreach (var v in unions[k]) without[v >> 6] &= ~(1UL << (v & 63));
            return u with
            {
                ShapleyShubik = quotientSs[k],
                Swings = quotientSwings[k],
                Banzhaf = totalSwings.IsZero ? Rational.Zero : new Rational(quotientSwings[k], totalSwings),
                IsVeto = allWin && !game.IsWinning(without),
            };
        }).ToList();
        return result with
        {
            Unions = unionPowers,
            Members = members.Select((p, i) => p with { Owen = owen[i], BanzhafOwen = banzhafOwen[i] }).ToList(),
        };
    }

    private static BigInteger Binomial(BigInteger[] fact, int n, int k) => fact[n] / (fact[k] * fact[n - k]);
}
