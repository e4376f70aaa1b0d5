using System.Numerics;
using Napsm.Core.Model;
using Napsm.Core.Voting;
using Napsm.Core.Voting.Methods;

namespace Napsm.Core.Tests.Voting.Methods;

/// <summary>The counting methods on published and constructed games, their refusals and their cancellation.</summary>
public class MethodTests
{
    private static Rational Ss(MethodOutcome o, int i) => new(o.Power.ShapleyNumerators![i], o.Power.ShapleyDenominator);

    private static BigInteger Binomial(int n, int k)
    {
        var c = BigInteger.One;
        for (int i = 0; i < k; i++) c = c * (n - i) / (i + 1);
        return c;
    }

    /// <summary>
    /// The US federal system as Shapley and Shubik modelled it: 435 representatives, 100 senators, the vice-president (who breaks a
    /// 50–50 tie in the Senate) and the president. A bill passes with a majority of the House, a majority of the Senate (or half and
    /// the vice-president) and the president, or over a veto with two-thirds of both houses.
    /// </summary>
    internal static VotingGame UsFederal()
    {
        var house = Enumerable.Range(1, 435).Select(i => "h" + i).ToArray();
        var senate = Enumerable.Range(1, 100).Select(i => "s" + i).ToArray();
        var senateOrTie = Rule.AtLeast(Threshold.Count(51), senate.Append("vp"));
        var rule = Rule.Any(
            Rule.All(Rule.AtLeast(Threshold.Count(218), house), senateOrTie, Rule.Veto("president")),
            Rule.All(Rule.AtLeast(Threshold.Fraction(new Rational(2, 3)), house), Rule.AtLeast(Threshold.Fraction(new Rational(2, 3)), senate)));
        return VotingGame.Create(rule, house.Concat(senate).Append("vp").Append("president"));
    }

    [Fact]
    public void Us_federal_system_has_four_classes_and_176144_class_vectors()
    {
        var classes = VoterClasses.Of(UsFederal());
        Assert.Equal([435, 100, 1, 1], classes.Sizes);
        Assert.Equal(176_144, JohnstonCounting.Vectors(classes));
    }

    [Fact]
    public void Us_federal_system_has_the_shapley_shubik_values_shapley_and_shubik_published()
    {
        // L. S. Shapley and M. Shubik, "A Method for Evaluating the Distribution of Power in a Committee System", American Political
        // Science Review 48(3), 1954, 787–792: president .1631, House .4201 in all, Senate .4141 in all, vice-president .0027.
        var game = UsFederal();
        var o = ClassCounting.Count(game, MethodRequest.All, default);
        var house = Enumerable.Range(0, 435).Aggregate(Rational.Zero, (s, i) => s + Ss(o, i));
        var senate = Enumerable.Range(435, 100).Aggregate(Rational.Zero, (s, i) => s + Ss(o, i));
        double Rounded(Rational r) => Math.Round(r.ToDouble(), 4);
        Assert.Equal((0.1631, 0.4201, 0.4141, 0.0027), (Rounded(Ss(o, 536)), Rounded(house), Rounded(senate), Rounded(Ss(o, 535))));
        Assert.Equal(Rational.One, Enumerable.Range(0, game.Count).Aggregate(Rational.Zero, (s, i) => s + Ss(o, i)));
    }

    [Fact]
    public void Us_federal_system_gets_all_six_indices_and_its_swings_match_the_decision_diagram()
    {
        var game = UsFederal();
        var o = ClassCounting.Count(game, MethodRequest.All, default);
        var bdd = GameAnalyzer.Analyze(game, new AnalysisOptions { Indices = PowerIndices.None, ClauseEffects = false }, default, forceDiagram: true);
        Assert.Equal(bdd.WinningCoalitions, o.Power.Winning);
        Assert.Equal(bdd.Members.Select(m => m.Swings!.Value), o.Power.Swings);
        Assert.Equal((bdd.IsProper, bdd.IsStrong), (o.IsProper, o.IsStrong));
        foreach (var index in new[] { o.Johnston!, o.DeeganPackel!, o.HollerPackel! })
        {
            Assert.Equal(Rational.One, index.Aggregate(Rational.Zero, (s, x) => s + x));
        }

        // The president is in every minimal winning coalition of the first clause and in none of the override's.
        Assert.True(o.HollerPackel![536] > o.HollerPackel[0]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_symmetric_game_of_5000_voters_is_one_class_every_index_one_in_n(bool majority)
    {
        int n = 5000;
        var voters = Enumerable.Range(0, n).Select(i => "v" + i);
        var game = VotingGame.Create(majority ? Rule.SimpleMajority : Rule.ConsensusMinus(7), voters);
        int q = majority ? (n / 2) + 1 : n - 7;
        var o = ClassCounting.Count(game, MethodRequest.All, default);
        var oneIn = new Rational(1, n);
        Assert.Equal(Enumerable.Range(q, n - q + 1).Aggregate(BigInteger.Zero, (s, k) => s + Binomial(n, k)), o.Power.Winning);
        Assert.All(o.Power.Swings, s => Assert.Equal(Binomial(n - 1, q - 1), s));
        Assert.All(Enumerable.Range(0, n), i => Assert.Equal(oneIn, Ss(o, i)));
        Assert.All(o.Johnston!, x => Assert.Equal(oneIn, x));
        Assert.All(o.DeeganPackel!, x => Assert.Equal(oneIn, x));
        Assert.All(o.HollerPackel!, x => Assert.Equal(oneIn, x));
        Assert.Equal((true, false), (o.IsProper!.Value, o.IsStrong!.Value));
    }

    [Fact]
    public void Bit_parallel_enumeration_of_the_eu_council_matches_the_decision_diagram()
    {
        var game = Benchmarks.EuCouncilLisbon2019();
        var o = BitParallel.Count(game, MethodRequest.All, default);
        var bdd = GameAnalyzer.Analyze(game, new AnalysisOptions { ClauseEffects = false }, default, forceDiagram: true);
        Assert.Equal(bdd.WinningCoalitions, o.Power.Winning);
        Assert.Equal(bdd.Members.Select(m => m.Swings!.Value), o.Power.Swings);
        Assert.Equal(bdd.Members.Select(m => m.ShapleyShubik!.Value), Enumerable.Range(0, game.Count).Select(i => Ss(o, i)));
        Assert.Equal(bdd.Members.Select(m => m.DeeganPackel!.Value), o.DeeganPackel!);
        Assert.Equal(bdd.Members.Select(m => m.HollerPackel!.Value), o.HollerPackel!);
        Assert.Equal((bdd.IsProper, bdd.IsStrong), (o.IsProper, o.IsStrong));
        Assert.Equal(Rational.One, o.Johnston!.Aggregate(Rational.Zero, (s, x) => s + x));
    }

    [Fact]
    public void Meet_in_the_middle_and_bit_parallel_agree_on_28_voters_with_weights_near_5e16()
    {
        var random = new Random(14);
        var voters = Enumerable.Range(0, 28).Select(i => "v" + i).ToArray();
        var weights = voters.ToDictionary(v => v, _ => (Rational)(50_000_000_000_000_000L + random.NextInt64(1_000_000_000_000_000L)));
        var game = VotingGame.Create(Rule.Weighted(weights, Threshold.Percentage(new Rational(625, 10))), voters);
        var request = new MethodRequest(true, false, false, true);
        var mitm = MeetInTheMiddle.Count(game, request, default);
        var bits = BitParallel.Count(game, request, default);
        Assert.Equal(bits.Power.Winning, mitm.Power.Winning);
        Assert.Equal(bits.Power.Swings, mitm.Power.Swings);
        Assert.Equal(Enumerable.Range(0, 28).Select(i => Ss(bits, i)), Enumerable.Range(0, 28).Select(i => Ss(mitm, i)));
        Assert.Equal((bits.IsProper, bits.IsStrong), (mitm.IsProper, mitm.IsStrong));
    }

    [Fact]
    public void Sixty_voters_with_weights_near_5e16_are_refused_at_once_with_the_reason()
    {
        var random = new Random(60);
        var voters = Enumerable.Range(0, 60).Select(i => "v" + i).ToArray();
        var weights = voters.ToDictionary(v => v, _ => (Rational)(50_000_000_000_000_000L + random.NextInt64(1_000_000_000_000_000L)));
        var game = VotingGame.Create(Rule.Weighted(weights, Threshold.Percentage(new Rational(625, 10))), voters);
        Assert.Equal("60 weighted voters: meet in the middle is for at most 52", MeetInTheMiddle.Estimate(game, MethodRequest.All).Refusal);
        Assert.Equal("60 voters: enumerating 2^60 coalitions is for at most 32", BitParallel.Estimate(game, MethodRequest.All).Refusal);
        Assert.StartsWith("1.153E+18 class-count vectors (60 classes", ClassCounting.Estimate(game, MethodRequest.All).Refusal);
    }

    [Fact]
    public void Every_method_honours_a_cancelled_token()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var game = PublishedValuesTests.Eec1958();
        Assert.Throws<OperationCanceledException>(() => ClassCounting.Count(game, MethodRequest.All, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => BitParallel.Count(game, MethodRequest.All, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => MeetInTheMiddle.Count(game, MethodRequest.All, cancelled.Token));
    }

    [Fact]
    public void Estimates_rank_the_methods_as_their_work_does()
    {
        var us = UsFederal();
        var eu = Benchmarks.EuCouncilLisbon2019();
        Assert.False(BitParallel.Estimate(us, MethodRequest.All).Applies);
        Assert.True(ClassCounting.Estimate(us, MethodRequest.All).Applies);
        Assert.True(BitParallel.Estimate(eu, MethodRequest.All).Operations < ClassCounting.Estimate(eu, MethodRequest.All).Operations);
        Assert.Equal("the rule is not one weighted threshold", MeetInTheMiddle.Estimate(eu, MethodRequest.All).Refusal);
    }
}

/// <summary>Games shared with the benchmarks (kept in step with benchmarks/Napsm.Core.Benchmarks/VotingBenchmarks.cs).</summary>
internal static class Benchmarks
{
    /// <summary>Lisbon double majority, Eurostat populations of 1 January 2019 (as in the benchmarks).</summary>
    public static VotingGame EuCouncilLisbon2019()
    {
        (string Id, long Population)[] members =
        [
            ("de", 83019214), ("fr", 67028048), ("it", 60359546), ("es", 46934632), ("pl", 37972812), ("ro", 19401658), ("nl", 17282163),
            ("be", 11467923), ("el", 10722287), ("cz", 10649800), ("se", 10230185), ("pt", 10276617), ("hu", 9772756), ("at", 8858775),
            ("bg", 7000039), ("dk", 5806081), ("fi", 5517919), ("sk", 5450421), ("ie", 4904226), ("hr", 4076246), ("lt", 2794184),
            ("si", 2080908), ("lv", 1919968), ("ee", 1324820), ("cy", 875898), ("lu", 613894), ("mt", 493559),
        ];
        var population = members.ToDictionary(m => m.Id, m => (Rational)m.Population);
        var rule = Rule.Any(
            Rule.All(Rule.AtLeast(Threshold.Percentage(55)), Rule.WeightedBy("population", Threshold.Percentage(65))),
            Rule.AtLeast(Threshold.Count(24)));
        return VotingGame.Create(rule, members.Select(m => m.Id), (id, attribute) => attribute == "population" ? population[id] : null);
    }
}
