using System.Numerics;
using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Voting;

/// <summary>Exactness beyond 64 bits (each counting width), limits that say "too large" instead of hanging, and cancellation.</summary>
public class LimitsAndScaleTests
{
    private static string[] Voters(int n) => Enumerable.Range(0, n).Select(i => "v" + i).ToArray();

    private static BigInteger Binomial(int n, int k)
    {
        BigInteger r = 1;
        for (int i = 1; i <= k; i++) r = r * (n - k + i) / i;
        return r;
    }

    private static BigInteger SumBinomials(int n, int from) => Enumerable.Range(from, n - from + 1).Aggregate(BigInteger.Zero, (s, k) => s + Binomial(n, k));

    // 65, 129 and 257 voters: 2^(n−1) winning coalitions, one more than the narrower width (64, 128, 256 bits) can hold.
    [Theory]
    [InlineData(63)]
    [InlineData(65)]
    [InlineData(101)]
    [InlineData(129)]
    [InlineData(257)]
    [InlineData(201)]
    [InlineData(301)]
    public void Simple_majority_counts_are_exact_at_every_counting_width(int n)
    {
        // Closed forms: winning = Σ_{k > n/2} C(n, k); each voter swings in the C(n−1, ⌊n/2⌋) coalitions where it is the deciding vote.
        var a = VotingGame.Create(Rule.SimpleMajority, Voters(n)).Analyze(new AnalysisOptions { Indices = PowerIndices.ShapleyShubik, ClauseEffects = false });
        Assert.Equal(SumBinomials(n, n / 2 + 1), a.WinningCoalitions);
        Assert.All(a.Members, m => Assert.Equal(Binomial(n - 1, n / 2), m.Swings));
        Assert.All(a.Members, m => Assert.Equal(new Rational(1, n), m.ShapleyShubik));
    }

    [Theory]
    [InlineData(1, 8)]
    [InlineData(63, 8)]
    [InlineData(64, 16)]
    [InlineData(127, 16)]
    [InlineData(128, 32)]
    [InlineData(255, 32)]
    [InlineData(256, 64)]
    [InlineData(1000, 64)]
    public void A_count_takes_the_narrowest_width_that_holds_two_to_the_voters(int voters, int bytes) =>
        Assert.Equal(bytes, GameAnalyzer.CountBytes(voters));

    [Fact]
    public void A_composite_rule_over_a_hundred_voters_is_counted_exactly_on_the_diagram()
    {
        // all(simple majority, veto v0) over 100 voters: v0 swings in every winning coalition, the others where the coalition has exactly 51.
        var a = VotingGame.Create(Rule.All(Rule.SimpleMajority, Rule.Veto("v0")), Voters(100)).Analyze(new AnalysisOptions { Indices = PowerIndices.None, ClauseEffects = false });
        Assert.Equal(SumBinomials(99, 50), a.WinningCoalitions);
        Assert.Equal(SumBinomials(99, 50), a.Members[0].Swings);
        Assert.Equal(Binomial(98, 49), a.Members[1].Swings);
        Assert.True(a.Members[0].IsVeto);
    }

    [Fact]
    public void A_diagram_over_its_node_limit_is_reported_as_too_large()
    {
        var game = VotingGame.Create(Rule.All(Rule.SimpleMajority, Rule.Veto("v0")), Voters(40));
        // The class method counts this rule over 2 · 40 vectors; without it and the other enumeration only the diagram is left.
        var a = game.Analyze(new AnalysisOptions { MaxDiagramNodes = 50, Indices = PowerIndices.None, MaxEnumeratedVoters = 0 });
        Assert.Equal(NotComputedReason.TooLarge, a.ReasonFor(AnalysisPart.Swings)!.Reason);
        Assert.Equal(SizeUnit.Nodes, a.ReasonFor(AnalysisPart.Structure)!.Size!.Unit);
        Assert.Null(a.IsProper);
    }

    [Theory]
    [InlineData(40, 21)]
    [InlineData(25, 1)]
    [InlineData(25, 25)]
    public void The_node_lower_bound_of_a_head_count_is_its_exact_size(int n, int quota)
    {
        // At least q of m: q·(m − q + 1) nodes, one per (voters decided, votes still needed) that the rest can still reach.
        var game = VotingGame.Create(Rule.AtLeast(Threshold.Count(quota)), Voters(n));
        using var bdd = new Bdd(GameAnalyzer.VariableOrder(game.Root, n), 1_000_000, default);
        int root = bdd.Build(game.Root);

        Assert.Equal(quota * (n - quota + 1), bdd.ReachableCount(root));
        Assert.Equal(quota * (n - quota + 1), bdd.LowerBound((ThresholdNode)game.Root, long.MaxValue));
    }

    [Fact]
    public void A_leaf_whose_diagram_surely_exceeds_the_node_limit_is_too_large_before_anything_is_built()
    {
        // 400 voters at least 200: 200·201 = 40,200 nodes, far above a limit of 1,000.
        var game = VotingGame.Create(Rule.All(Rule.AtLeast(Threshold.Count(200)), Rule.Veto("v0")), Voters(400));
        using var bdd = new Bdd(GameAnalyzer.VariableOrder(game.Root, 400), 1_000, default);

        Assert.Throws<TooLargeException>(() => bdd.Precheck(game.Root));
        Assert.Equal(2, bdd.NodeCount);
    }

    [Fact]
    public void Shapley_shubik_over_its_table_limit_is_not_computed_but_banzhaf_is()
    {
        var game = VotingGame.Create(Rule.Weighted(Voters(30).Select((v, i) => KeyValuePair.Create(v, (Rational)(i + 1))), Threshold.Percentage(50)), Voters(30));
        var a = game.Analyze(new AnalysisOptions { MaxTableBytes = 4000, Indices = PowerIndices.ShapleyShubik });
        Assert.True(a.IsComputed(AnalysisPart.Swings));
        Assert.All(a.Members, m => Assert.Null(m.ShapleyShubik));
        Assert.Equal(NotComputedReason.TooLarge, a.ReasonFor(AnalysisPart.ShapleyShubik)!.Reason);
    }

    [Fact]
    public void Johnston_beyond_the_class_vector_limit_is_not_computed()
    {
        // 31 voters with distinct weights: no two alike, so 2^31 class-count vectors, above 2^30; and more voters than bit-parallel
        // enumeration takes (MaxEnumeratedVoters = 30 both times).
        var weighted = Rule.Weighted(Voters(31).Select((v, i) => KeyValuePair.Create(v, (Rational)(i + 1))), Threshold.Percentage(50));
        var a = VotingGame.Create(weighted, Voters(31)).Analyze(new AnalysisOptions { Indices = PowerIndices.Johnston });
        Assert.All(a.Members, m => Assert.Null(m.Johnston));
        var reason = Assert.Single(a.NotComputed);
        Assert.Equal((AnalysisPart.Johnston, NotComputedReason.TooLarge), (reason.Part, reason.Reason));
        Assert.Equal(new AnalysisSize(SizeUnit.Vectors, Math.Pow(2, 31), Math.Pow(2, 30)), reason.Size);
        Assert.Equal("2,147,483,648 class vectors to count, above the limit of 1,073,741,824", Napsm.Core.Validation.Wording.Detail(reason));
    }

    [Fact]
    public void Johnston_is_counted_over_classes_of_alike_voters_far_beyond_the_enumeration_limit()
    {
        // all(simple majority, veto v0) over 60 voters: two classes, 2·60 vectors. Winning: v0 and at least 31 members. With exactly 31
        // every member is critical, with more only v0 is. So v0 collects C(59, 30)/31 + Σ_{k ≥ 32} C(59, k−1), each other voter C(58, 29)/31.
        var a = VotingGame.Create(Rule.All(Rule.SimpleMajority, Rule.Veto("v0")), Voters(60)).Analyze(new AnalysisOptions { Indices = PowerIndices.Johnston, ClauseEffects = false });
        var v0 = new Rational(Binomial(59, 30), 31) + SumBinomials(59, 31);
        var other = new Rational(Binomial(58, 29), 31);
        var total = v0 + other * 59;
        Assert.Equal(v0 / total, a.Members[0].Johnston);
        Assert.All(a.Members.Skip(1), m => Assert.Equal(other / total, m.Johnston));
    }

    [Fact]
    public void Deegan_packel_and_holler_packel_are_counted_without_listing_the_minimal_winning_coalitions()
    {
        // Simple majority of 41: C(41, 21) ≈ 2.7·10^11 minimal winning coalitions, all of size 21, symmetric: 1/41 each.
        var a = VotingGame.Create(Rule.SimpleMajority, Voters(41)).Analyze(new AnalysisOptions { Indices = PowerIndices.DeeganPackel | PowerIndices.HollerPackel, ClauseEffects = false });
        Assert.All(a.Members, m => Assert.Equal(new Rational(1, 41), m.DeeganPackel));
        Assert.All(a.Members, m => Assert.Equal(new Rational(1, 41), m.HollerPackel));
    }

    [Fact]
    public void Deegan_packel_and_holler_packel_over_the_diagram_limit_are_not_computed()
    {
        var weighted = Rule.Weighted(Voters(40).Select((v, i) => KeyValuePair.Create(v, (Rational)(i * 7 % 23 + 1))), Threshold.Percentage(50));
        var a = VotingGame.Create(weighted, Voters(40)).Analyze(new AnalysisOptions { Indices = PowerIndices.DeeganPackel | PowerIndices.HollerPackel, MaxDiagramNodes = 30 });
        Assert.All(a.Members, m => Assert.Null(m.DeeganPackel));
        Assert.All(a.Members, m => Assert.Null(m.HollerPackel));
        Assert.Equal([AnalysisPart.DeeganPackel, AnalysisPart.HollerPackel], a.NotComputed.Select(p => p.Part));
        Assert.All(a.NotComputed, p => Assert.Equal(new AnalysisSize(SizeUnit.Nodes, null, 30), p.Size));
    }

    [Fact]
    public void A_cancelled_analysis_computes_nothing_and_says_cancelled_for_every_part()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var game = VotingGame.Create(Rule.All(Rule.SimpleMajority, Rule.Veto("v0")), Voters(60));
        var a = game.Analyze(null, cts.Token);
        Assert.Empty(a.Methods);
        Assert.All(a.NotComputed, p => Assert.Equal(NotComputedReason.Cancelled, p.Reason));
        Assert.Null(a.WinningCoalitions);
        Assert.All(a.Members, m => Assert.Null(m.Swings));
    }

    [Fact]
    public void A_weighted_game_with_large_weights_uses_the_diagram_and_stays_exact()
    {
        // Weights above the DP's total-weight bound: [3·10^9; 2·10^9, 10^9, 10^9, 10^9] is [3; 2, 1, 1, 1] scaled.
        var big = VotingGame.Create(Rule.Weighted(new Dictionary<string, Rational> { ["a"] = 2_000_000_000, ["b"] = 1_000_000_000, ["c"] = 1_000_000_000, ["d"] = 1_000_000_000 }, Threshold.Count(3_000_000_000)), ["a", "b", "c", "d"]).Analyze();
        var small = VotingGame.Create(Rule.Weighted(new Dictionary<string, Rational> { ["a"] = 2, ["b"] = 1, ["c"] = 1, ["d"] = 1 }, Threshold.Count(3)), ["a", "b", "c", "d"]).Analyze();
        Assert.Equal(small.Members.Select(m => m.ShapleyShubik), big.Members.Select(m => m.ShapleyShubik));
        Assert.Equal(small.WinningCoalitions, big.WinningCoalitions);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Weights_beyond_64_bits_are_counted_exactly_by_the_methods_that_sum_wide_weights(bool composite)
    {
        // 2^70, 2^70, 2^69, 2^69, 1 against 2^71 + 1: no common factor, so the weights stay beyond a long. The decision diagram and
        // the generating functions take 64-bit weights only; bit-parallel enumeration (128-bit sums) and the class counting
        // (BigInteger sums) give every part exactly. (a and b are alike, as are c and d: three classes.)
        var big = BigInteger.One << 69;
        var weighted = Rule.Weighted(
            [new("a", 2 * big), new("b", 2 * big), new("c", big), new("d", big), new("e", 1)], Threshold.Count(4 * big + 1));
        var rule = composite ? Rule.All(weighted, Rule.AtLeast(Threshold.Count(3))) : weighted;
        var game = VotingGame.Create(rule, ["a", "b", "c", "d", "e"]);
        var brute = BruteForce.Analyze(game);
        var a = game.Analyze(new AnalysisOptions { ClauseEffects = false });
        Assert.Empty(a.NotComputed);
        Assert.Equal(brute.Winning, a.WinningCoalitions);
        Assert.Equal(brute.Swings, a.Members.Select(m => m.Swings!.Value));
        Assert.Equal(brute.ShapleyShubik, a.Members.Select(m => m.ShapleyShubik!.Value));
        Assert.Equal(brute.Johnston, a.Members.Select(m => m.Johnston!.Value));
        Assert.Equal(brute.DeeganPackel, a.Members.Select(m => m.DeeganPackel!.Value));
        Assert.Equal(brute.HollerPackel, a.Members.Select(m => m.HollerPackel!.Value));
        Assert.Equal((brute.Proper, brute.Strong), (a.IsProper, a.IsStrong));
        Assert.True(brute.Swings[4] > 0, "the voter of weight 1 tips 2^71 to 2^71 + 1");

        // The diagram alone still refuses them, saying why.
        var diagram = GameAnalyzer.Analyze(game, new AnalysisOptions { Indices = PowerIndices.None, ClauseEffects = false }, default, forceDiagram: true);
        Assert.Equal(NotComputedReason.WeightsOutOfRange, diagram.ReasonFor(AnalysisPart.Swings)!.Reason);
        Assert.All(diagram.Members, m => Assert.Null(m.Swings));
    }

    [Fact]
    public void Fractional_weights_are_scaled_exactly()
    {
        // [1/2; 1/3, 1/3, 1/3] is the 2-of-3 majority.
        var third = new Rational(1, 3);
        var a = VotingGame.Create(Rule.Weighted(new Dictionary<string, Rational> { ["a"] = third, ["b"] = third, ["c"] = third }, Threshold.Count(new Rational(1, 2))), ["a", "b", "c"]).Analyze();
        Assert.Equal(new BigInteger(4), a.WinningCoalitions);
        Assert.Equal((true, true), (a.IsProper, a.IsStrong));
    }
}
