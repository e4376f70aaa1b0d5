using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Voting;

/// <summary>A priori unions (#15 alignments): Owen and Banzhaf–Owen values against their definitions, their laws, a textbook game.</summary>
public class UnionTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(100);

    private static readonly AnalysisOptions Options = AnalysisOptions.Default with { AnalyseDespiteProblems = true };

    /// <summary>A random game with a random partition of its voters into blocs (label per voter) and a random set excluded.</summary>
    public sealed record Aligned(RandomGame Game, int[] Labels, bool[] Excluded)
    {
        public List<List<string>> Blocs => Labels.Select((l, i) => (l, i)).Where(x => !Excluded[x.i]).GroupBy(x => x.l).Select(g => g.Select(x => Game.Voters[x.i]).ToList()).ToList();

        public List<string> ExcludedIds => Game.Voters.Where((_, i) => Excluded[i]).ToList();

        public override string ToString() => $"{Game} blocs {string.Join(" ", Blocs.Select(b => "{" + string.Join(",", b) + "}"))} excluded [{string.Join(",", ExcludedIds)}]";
    }

    private static Arbitrary<Aligned> Games(int maxVoters, bool exclude) => Arb.From(
        from g in RuleGenerators.Game(maxVoters)
        from labels in Gen.ArrayOf(Gen.Choose(0, 3), g.Voters.Length)
        from excluded in Gen.ArrayOf(exclude ? Gen.Frequency((1, Gen.Constant(true)), (5, Gen.Constant(false))) : Gen.Constant(false), g.Voters.Length)
        select new Aligned(g, labels, excluded));

    /// <summary>The Owen and Banzhaf–Owen values straight from their definitions (Owen 1977, 1981), summing over sets of unions and subsets.</summary>
    private static (Rational[] Owen, Rational[] BanzhafOwen) Definitions(VotingGame game, List<List<string>> blocs)
    {
        int n = game.Count;
        var unions = blocs.Select(b => b.Select(game.IndexOf).ToList()).ToList();
        int m = unions.Count;
        var fact = new BigInteger[n + 2];
        fact[0] = 1;
        for (int k = 1; k < fact.Length; k++) fact[k] = fact[k - 1] * k;
        bool Wins(IEnumerable<int> s) => game.IsWinning(s.Select(i => game.Voters[i]));
        var owen = Enumerable.Repeat(Rational.Zero, n).ToArray();
        var bo = Enumerable.Repeat(Rational.Zero, n).ToArray();
        for (int k = 0; k < m; k++)
        {
            var others = Enumerable.Range(0, m).Where(u => u != k).ToList();
            int b = unions[k].Count;
            foreach (var i in unions[k])
            {
                var mates = unions[k].Where(v => v != i).ToList();
                for (int rm = 0; rm < 1 << others.Count; rm++)
                {
                    var q = others.Where((_, j) => (rm & (1 << j)) != 0).SelectMany(u => unions[u]).ToList();
                    int r = BitOperations.PopCount((uint)rm);
                    for (int tm = 0; tm < 1 << mates.Count; tm++)
                    {
                        var t = mates.Where((_, j) => (tm & (1 << j)) != 0).ToList();
                        var without = q.Concat(t).ToList();
                        if (Wins(without.Append(i)) && !Wins(without))
                        {
                            owen[i] += new Rational(fact[r] * fact[m - r - 1] * fact[t.Count] * fact[b - t.Count - 1], fact[m] * fact[b]);
                            bo[i] += new Rational(1, BigInteger.One << (m - 1 + b - 1));
                        }
                    }
                }
            }
        }

        return (owen, bo);
    }

    [Fact]
    public void Owen_and_banzhaf_owen_values_agree_exactly_with_their_definitions_on_the_restricted_game() =>
        Prop.ForAll(Games(7, exclude: true), x =>
        {
            var game = VotingGame.Create(x.Game.Rule, x.Game.Voters);
            var a = game.AnalyzeUnions(x.Blocs, x.ExcludedIds, Options, default);
            // The restricted game: the excluded voters are never in favour, so they are left out of every set.
            var restricted = VotingGame.Create(x.Game.Rule, x.Game.Voters);
            var (owen, bo) = Definitions(restricted, x.Blocs);
            return a.Members.Select(m => m.Owen!.Value).SequenceEqual(owen).Label("Owen = definition")
                .And(a.Members.Select(m => m.BanzhafOwen!.Value).SequenceEqual(bo).Label("Banzhaf–Owen = definition"))
                .And(a.Members.Where(m => m.IsExcluded).All(m => m.Owen == Rational.Zero).Label("an excluded voter has nothing"));
        }).Check(Config);

    [Fact]
    public void Owen_values_sum_to_one_when_the_restricted_game_is_not_constant() =>
        Prop.ForAll(Games(9, exclude: true), x =>
        {
            var game = VotingGame.Create(x.Game.Rule, x.Game.Voters);
            var a = game.AnalyzeUnions(x.Blocs, x.ExcludedIds, Options, default);
            var included = x.Game.Voters.Except(x.ExcludedIds).ToList();
            bool decides = game.IsWinning(included) && !game.IsWinning(Array.Empty<string>());
            var sum = a.Members.Aggregate(Rational.Zero, (s, m) => s + m.Owen!.Value);
            var quotient = a.Unions.Aggregate(Rational.Zero, (s, u) => s + u.ShapleyShubik!.Value);
            return (sum == (decides ? Rational.One : Rational.Zero)).Label("Σ Owen = v(N) − v(∅)")
                .And((quotient == sum).Label("the quotient game's Shapley–Shubik sums to the same"))
                .And(a.Unions.Select((u, k) => a.Members.Where(m => m.Union == k).Aggregate(Rational.Zero, (s, m) => s + m.Owen!.Value) == u.ShapleyShubik).All(b => b)
                    .Label("a union's members share exactly its quotient Shapley–Shubik"));
        }).Check(Config);

    [Fact]
    public void With_singleton_blocs_or_one_bloc_of_everyone_the_owen_value_is_shapley_shubik() =>
        Prop.ForAll(RuleGenerators.SmallGames, r =>
        {
            var game = VotingGame.Create(r.Rule, r.Voters);
            var ss = game.Analyze(Options).Members.Select(m => m.ShapleyShubik).ToList();
            var penrose = game.Analyze(Options).Members.Select(m => m.Penrose).ToList();
            var singletons = game.AnalyzeUnions(r.Voters.Select(v => new[] { v }), [], Options, default);
            var grand = game.AnalyzeUnions([r.Voters], [], Options, default);
            return singletons.Members.Select(m => m.Owen).SequenceEqual(ss).Label("singleton blocs: Owen = Shapley–Shubik")
                .And(singletons.Members.Select(m => m.BanzhafOwen).SequenceEqual(penrose).Label("singleton blocs: Banzhaf–Owen = Penrose"))
                .And(grand.Members.Select(m => m.Owen).SequenceEqual(ss).Label("one bloc of everyone: Owen = Shapley–Shubik"));
        }).Check(Config);

    [Fact]
    public void Three_voter_majority_with_a_union_of_two_gives_them_everything()
    {
        // The textbook illustration of a priori unions (Owen 1977): in [2; 1, 1, 1] the union {a, b} is a majority by itself, so the
        // quotient game is a dictatorship of the union; a and b share it, c has nothing (Shapley–Shubik without unions: 1/3 each).
        var game = VotingGame.Create(Rule.AtLeast(2), ["a", "b", "c"]);
        var x = game.AnalyzeUnions([["a", "b"]], []);
        Assert.Equal([new Rational(1, 2), new Rational(1, 2), Rational.Zero], x.Members.Select(m => m.Owen!.Value));
        Assert.Equal([new Rational(1, 2), new Rational(1, 2), Rational.Zero], x.Members.Select(m => m.BanzhafOwen!.Value));
        Assert.Equal([Rational.One, Rational.Zero], x.Unions.Select(u => u.ShapleyShubik!.Value));
        Assert.True(x.Unions[0].IsVeto);
        Assert.True(x.Unions[0].IsBloc);
        Assert.False(x.Unions[1].IsBloc);
    }

    [Fact]
    public void Excluding_a_voter_is_the_restricted_game()
    {
        // Nobody governs with c: a majority of 2 of 3 must then be {a, b}, both of whom become veto players.
        var x = VotingGame.Create(Rule.AtLeast(2), ["a", "b", "c"]).AnalyzeUnions([], ["c"]);
        Assert.Equal([new Rational(1, 2), new Rational(1, 2), Rational.Zero], x.Members.Select(m => m.Owen!.Value));
        Assert.True(x.Members[2].IsExcluded);
        Assert.Equal(2, x.Unions.Count);
        Assert.All(x.Unions, u => Assert.True(u.IsVeto));
    }

    [Fact]
    public void Two_hundred_voters_in_a_few_blocs_of_alike_voters_are_exact()
    {
        // Speed is measured by UnionBenchmarks (benchmarks/RESULTS.md), never by a timed unit test.
        var voters = Enumerable.Range(0, 200).Select(i => "m" + i).ToArray();
        var blocs = new[] { voters[..40], voters[40..70], voters[70..80] };
        var x = VotingGame.Create(Rule.MoreThan(Threshold.Fraction(new Rational(1, 2))), voters).AnalyzeUnions(blocs, []);
        Assert.Empty(x.NotComputed);
        Assert.Equal(Rational.One, x.Members.Aggregate(Rational.Zero, (s, m) => s + m.Owen!.Value));
        Assert.True(x.Members[0].Owen > x.Members[199].Owen, "a member of the largest bloc has more than a voter alone");
    }

    [Fact]
    public void Too_many_distinct_unions_is_not_computed_too_large_never_a_figure()
    {
        var voters = Enumerable.Range(0, 60).Select(i => "v" + i).ToArray();
        var rule = Rule.Weighted(voters.Select((v, i) => KeyValuePair.Create(v, (Rational)(i + 1))), Threshold.Fraction(new Rational(1, 2)));
        var x = VotingGame.Create(rule, voters).AnalyzeUnions([voters[..2]], []);
        Assert.All(x.Members, m => Assert.Null(m.Owen));
        Assert.Contains(x.NotComputed, p => p.Reason == NotComputedReason.TooLarge);
    }
}
