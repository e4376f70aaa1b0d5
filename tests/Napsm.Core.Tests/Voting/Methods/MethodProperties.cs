using FsCheck;
using FsCheck.Fluent;
using Napsm.Core.Model;
using Napsm.Core.Voting;
using Napsm.Core.Voting.Methods;

namespace Napsm.Core.Tests.Voting.Methods;

/// <summary>Every counting method of the portfolio against brute force and against the algorithms it replaces.</summary>
public class MethodProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(150);

    private static void Check(Arbitrary<RandomGame> arb, Func<RandomGame, Property> law) => Prop.ForAll(arb, law).Check(Config);

    /// <summary>Labelled agreement of one method's outcome with the oracle, part by part (parts the method does not give: skipped).</summary>
    internal static Property AgreesWithBruteForce(VotingGame game, MethodOutcome o, string method)
    {
        var brute = BruteForce.Analyze(game);
        var ss = o.Power.ShapleyNumerators?.Select(x => new Rational(x, o.Power.ShapleyDenominator)).ToArray();
        return (o.Power.Winning == brute.Winning).Label($"{method}: winning coalitions")
            .And(o.Power.Swings.SequenceEqual(brute.Swings).Label($"{method}: swings"))
            .And((ss is null || ss.SequenceEqual(brute.ShapleyShubik)).Label($"{method}: Shapley–Shubik"))
            .And((o.Johnston is null || o.Johnston.SequenceEqual(brute.Johnston)).Label($"{method}: Johnston"))
            .And((o.DeeganPackel is null || o.DeeganPackel.SequenceEqual(brute.DeeganPackel)).Label($"{method}: Deegan–Packel"))
            .And((o.HollerPackel is null || o.HollerPackel.SequenceEqual(brute.HollerPackel)).Label($"{method}: Holler–Packel"))
            .And((o.IsProper == brute.Proper && o.IsStrong == brute.Strong).Label($"{method}: proper and strong"))
            .And(Witnesses(game, o).Label($"{method}: witnesses win (lose) with their complements"));
    }

    internal static bool Witnesses(VotingGame game, MethodOutcome o)
    {
        bool Wins(bool[] s, bool complement) => game.IsWinning(game.Voters.Where((_, i) => s[i] != complement));
        return (o.BothWin is null) == (o.IsProper == true) && (o.BothLose is null) == (o.IsStrong == true)
            && (o.BothWin is null || (Wins(o.BothWin, false) && Wins(o.BothWin, true)))
            && (o.BothLose is null || (!Wins(o.BothLose, false) && !Wins(o.BothLose, true)));
    }

    [Fact]
    public void Class_counting_agrees_exactly_with_brute_force_on_every_part() =>
        Check(RuleGenerators.Games, r =>
        {
            var game = VotingGame.Create(r.Rule, r.Voters);
            return AgreesWithBruteForce(game, ClassCounting.Count(game, MethodRequest.All, default), "classes");
        });

    [Fact]
    public void Bit_parallel_enumeration_agrees_exactly_with_brute_force_on_every_part() =>
        Check(RuleGenerators.Games, r =>
        {
            var game = VotingGame.Create(r.Rule, r.Voters);
            return AgreesWithBruteForce(game, BitParallel.Count(game, MethodRequest.All, default), "bit-parallel");
        });

    [Fact]
    public void Meet_in_the_middle_agrees_exactly_with_brute_force() =>
        Check(RuleGenerators.WeightedGames, r =>
        {
            var game = VotingGame.Create(r.Rule, r.Voters);
            if (game.Root is not ThresholdNode) return true.Label("not a threshold");
            return AgreesWithBruteForce(game, MeetInTheMiddle.Count(game, MethodRequest.All, default), "meet in the middle");
        });

    [Fact]
    public void Meet_in_the_middle_agrees_exactly_with_the_generating_function_dp() =>
        Prop.ForAll(Arb.From(LargerWeightedGame), r =>
        {
            var game = VotingGame.Create(r.Rule, r.Voters);
            // A quota above the total is a problem (users get no figures); the game still has a meaning both methods must agree on.
            var dp = GameAnalyzer.Analyze(game, new AnalysisOptions
            {
                Indices = PowerIndices.ShapleyShubik, ClauseEffects = false, AnalyseDespiteProblems = true,
            }, default, forceDiagram: false);
            var o = MeetInTheMiddle.Count(game, MethodRequest.All, default);
            return (o.Power.Winning == dp.WinningCoalitions).Label("winning coalitions")
                .And(o.Power.Swings.SequenceEqual(dp.Members.Select(m => m.Swings!.Value)).Label("swings"))
                .And(o.Power.ShapleyNumerators!.Select(x => new Rational(x, o.Power.ShapleyDenominator))
                    .SequenceEqual(dp.Members.Select(m => m.ShapleyShubik!.Value)).Label("Shapley–Shubik"))
                .And((o.IsProper == dp.IsProper && o.IsStrong == dp.IsStrong).Label("proper and strong"));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));

    [Fact]
    public void Class_counting_agrees_exactly_with_the_decision_diagram_on_games_with_planted_classes() =>
        Prop.ForAll(Arb.From(PlantedClassGame), r =>
        {
            var game = VotingGame.Create(r.Rule, r.Voters);
            // A quota above the total is a problem the validator reports; the game still has a meaning, which both methods must agree on.
            var bdd = GameAnalyzer.Analyze(game, new AnalysisOptions { ClauseEffects = false, AnalyseDespiteProblems = true }, default, forceDiagram: true);
            var o = ClassCounting.Count(game, MethodRequest.All, default);
            var ss = o.Power.ShapleyNumerators!.Select(x => new Rational(x, o.Power.ShapleyDenominator));
            bool dpComputed = bdd.Members.All(m => m.DeeganPackel is not null);
            return (o.Power.Winning == bdd.WinningCoalitions).Label("winning coalitions")
                .And(o.Power.Swings.SequenceEqual(bdd.Members.Select(m => m.Swings!.Value)).Label("swings"))
                .And(ss.SequenceEqual(bdd.Members.Select(m => m.ShapleyShubik!.Value)).Label("Shapley–Shubik"))
                .And((!dpComputed || o.DeeganPackel!.SequenceEqual(bdd.Members.Select(m => m.DeeganPackel!.Value))).Label("Deegan–Packel"))
                .And((!dpComputed || o.HollerPackel!.SequenceEqual(bdd.Members.Select(m => m.HollerPackel!.Value))).Label("Holler–Packel"))
                .And((o.IsProper == bdd.IsProper && o.IsStrong == bdd.IsStrong).Label("proper and strong"))
                .And(Witnesses(game, o).Label("witnesses"));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));

    /// <summary>Up to 22 voters with weights up to 1,000 (a DP table, and halves of 2^11 sums).</summary>
    private static Gen<RandomGame> LargerWeightedGame =>
        from n in Gen.Choose(1, 22)
        let voters = Enumerable.Range(0, n).Select(i => "v" + i).ToArray()
        from ws in Gen.ArrayOf(Gen.Choose(0, 1000), n)
        from q in Gen.Choose(0, ws.Sum() + 1)
        select new RandomGame(voters, Rule.Weighted(voters.Select((id, i) => KeyValuePair.Create(id, (Rational)ws[i])), Threshold.Count(q)));

    /// <summary>
    /// 1–4 planted classes of 1–9 voters each, the voters shuffled; every leaf treats a class alike (a weight per class, a head count
    /// of some classes, a veto by a small class), under all/any up to depth 2.
    /// </summary>
    private static Gen<RandomGame> PlantedClassGame =>
        from sizes in Gen.Choose(1, 4).SelectMany(t => Gen.ArrayOf(Gen.Choose(1, 9), t))
        let n = sizes.Sum()
        from order in Gen.Shuffle(Enumerable.Range(0, n).ToArray())
        let classOf = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, sizes.Length).First(j => order[i] < sizes.Take(j + 1).Sum())).ToArray()
        let voters = Enumerable.Range(0, n).Select(i => "v" + i).ToArray()
        from rule in PlantedRule(voters, classOf, sizes.Length, 2)
        select new RandomGame(voters, rule);

    private static Gen<DecisionRule> PlantedRule(string[] voters, int[] classOf, int t, int depth)
    {
        string[] Members(bool[] chosen) => voters.Where((_, i) => chosen[classOf[i]]).ToArray();
        var weighted =
            from ws in Gen.ArrayOf(Gen.Choose(0, 6), t)
            let total = classOf.Sum(c => ws[c])
            from q in Gen.Choose(0, total + 1)
            select (DecisionRule)Rule.Weighted(voters.Select((id, i) => KeyValuePair.Create(id, (Rational)ws[classOf[i]])), Threshold.Count(q));
        var headCount =
            from chosen in Gen.ArrayOf(Gen.Elements(true, false), t).Where(c => c.Any(x => x))
            let of = Members(chosen)
            from k in Gen.Choose(0, of.Length)
            select Rule.AtLeast(Threshold.Count(k), of);
        var veto =
            from j in Gen.Choose(0, t - 1)
            let holders = voters.Where((_, i) => classOf[i] == j).ToArray()
            select holders.Length <= 3 ? Rule.Veto(holders) : Rule.AtLeast(Threshold.Fraction(new Rational(1, 2)), holders);
        var leaf = Gen.OneOf(weighted, headCount, veto);
        return depth == 0
            ? leaf
            : Gen.Frequency(
                (3, leaf),
                (2, from k in Gen.Choose(1, 3) from cs in Gen.ArrayOf(PlantedRule(voters, classOf, t, depth - 1), k) select Rule.All(cs)),
                (2, from k in Gen.Choose(1, 3) from cs in Gen.ArrayOf(PlantedRule(voters, classOf, t, depth - 1), k) select Rule.Any(cs)));
    }
}

/// <summary>Shapley–Shubik modulo several moduli, combined by the Chinese remainder theorem, against the exact DP.</summary>
public class ModularShapleyProperties
{
    /// <summary>1–140 voters with weights 1–30: one to three moduli, both the direct and the complement table.</summary>
    private static Gen<(long[] Weights, long Quota)> Game =>
        from m in Gen.Choose(1, 140)
        from ws in Gen.ArrayOf(Gen.Choose(1, 30), m)
        from q in Gen.Choose(1, ws.Sum())
        select (ws.Select(x => (long)x).ToArray(), (long)q);

    [Fact]
    public void Modular_shapley_shubik_agrees_exactly_with_the_exact_dp() =>
        Prop.ForAll(Arb.From(Game), g =>
        {
            var exact = GameAnalyzer.Dispatch(g.Weights.Length, new ShapleyRun(g.Weights, g.Quota));
            var modular = ModularShapley.Numerators(g.Weights, g.Quota, default);
            return exact.SequenceEqual(modular).Label($"{g.Weights.Length} voters: the same numerators over m!");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));

    private sealed class ShapleyRun(long[] w, long q) : GameAnalyzer.IRun<System.Numerics.BigInteger[]>
    {
        public System.Numerics.BigInteger[] Run<T>()
            where T : struct, ICount<T> => WeightedDp<T>.Shapley(w, q, default);
    }
}
