using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Voting;

/// <summary>
/// Compound bodies (#15; Shapley 1962): <see cref="VotingGame.Expand"/> against the definition (a member coalition wins when the
/// voters it carries win the top rule) over every coalition, its analysis against brute force over the expanded members, and laws.
/// </summary>
public class CompoundGameTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(80);

    /// <summary>A top game some of whose voters are sub-bodies, each a random game over members drawn from a shared pool.</summary>
    public sealed record Compound(RandomGame Top, Dictionary<int, RandomGame> Subs)
    {
        public string TopVoter(int i) => Subs.ContainsKey(i) ? CompoundVoters.Of("s" + i) : "m" + i;

        public string SubVoter(int sub, string v) => "p" + ((int.Parse(v[1..], System.Globalization.CultureInfo.InvariantCulture) + sub) % 6);

        public Design Design()
        {
            var bodies = new List<Body> { new("top", "Top", Top.Voters.Select((_, i) => TopVoter(i)), Rename(Top.Rule, v => TopVoter(Index(v)))) };
            foreach (var (i, g) in Subs)
            {
                bodies.Add(new Body("s" + i, "Sub " + i, g.Voters.Select(v => SubVoter(i, v)).Distinct(), Rename(g.Rule, v => SubVoter(i, v))));
            }

            return new Design("compound", "Compound") { Bodies = bodies };
        }

        private static int Index(string v) => int.Parse(v[1..], System.Globalization.CultureInfo.InvariantCulture);

        public override string ToString() => $"top {Top} subs {string.Join("; ", Subs.Select(s => $"s{s.Key}: {s.Value}"))}";
    }

    internal static DecisionRule Rename(DecisionRule rule, Func<string, string> rename) => rule switch
    {
        HeadCountRule h => h with { Of = h.Of?.Select(rename).Distinct().ToList() },
        WeightedRule { Weights: { } w } weighted => WeightedRule.WithWeights(
            w.GroupBy(kv => rename(kv.Key)).Select(g => KeyValuePair.Create(g.Key, g.First().Value)), weighted.Comparison, weighted.Threshold),
        VetoRule v => new VetoRule(v.Holders.Select(rename).Distinct()),
        AllRule a => new AllRule(a.Clauses.Select(c => Rename(c, rename))),
        AnyRule a => new AnyRule(a.Clauses.Select(c => Rename(c, rename))),
        _ => rule,
    };

    private static Arbitrary<Compound> Compounds => Arb.From(
        from top in RuleGenerators.Game(5)
        from which in Gen.ArrayOf(Gen.Elements(true, false), top.Voters.Length)
        from subs in Gen.ArrayOf(RuleGenerators.Game(4), top.Voters.Length)
        select new Compound(top, Enumerable.Range(0, top.Voters.Length).Where(i => which[i]).ToDictionary(i => i, i => subs[i])));

    /// <summary>The definition: the voters a member coalition carries in a body (its members, and the sub-bodies whose game it wins).</summary>
    private static bool Wins(Design design, Body body, ISet<string> coalition)
    {
        var game = VotingGame.ForBody(design, body);
        var carried = game.Voters.Where(v => CompoundVoters.TryGetBody(v, out var id)
            ? Wins(design, design.FindBody(id)!, coalition)
            : coalition.Contains(v));
        return game.IsWinning(carried);
    }

    [Fact]
    public void Expanded_game_wins_exactly_when_the_definition_says_so_for_every_coalition()
    {
        Prop.ForAll(Compounds, c =>
        {
            var design = c.Design();
            var top = design.Bodies[0];
            var game = VotingGame.Expand(design, top);
            int n = game.Count;
            for (int s = 0; s < 1 << n; s++)
            {
                var coalition = new HashSet<string>(Enumerable.Range(0, n).Where(i => (s >> i & 1) == 1).Select(i => game.Voters[i]), StringComparer.Ordinal);
                if (game.IsWinning(coalition) != Wins(design, top, coalition)) return false.Label($"coalition {string.Join(",", coalition)} of {c}");
            }

            return true.Label("every coalition");
        }).Check(Config);
    }

    [Fact]
    public void Expanded_analysis_equals_brute_force_over_the_members()
    {
        var options = AnalysisOptions.Default with { AnalyseDespiteProblems = true, Indices = PowerIndices.All };
        Prop.ForAll(Compounds, c =>
        {
            var game = VotingGame.Expand(c.Design(), c.Design().Bodies[0]);
            var expected = BruteForce.Analyze(game);
            var a = game.Analyze(options);
            if (a.WinningCoalitions != expected.Winning) return false.Label($"winning {a.WinningCoalitions} ≠ {expected.Winning}: {c}");
            for (int i = 0; i < game.Count; i++)
            {
                if (a.Members[i].Swings != expected.Swings[i]) return false.Label($"swings of {game.Voters[i]}: {c}");
                if (a.Members[i].ShapleyShubik != expected.ShapleyShubik[i]) return false.Label($"Shapley–Shubik of {game.Voters[i]}: {c}");
                if (a.Members[i].Johnston != expected.Johnston[i]) return false.Label($"Johnston of {game.Voters[i]}: {c}");
            }

            return (a.IsProper == expected.Proper && a.IsStrong == expected.Strong).Label($"proper/strong: {c}");
        }).Check(Config);
    }

    [Fact]
    public void Expanding_one_member_sub_bodies_gives_the_top_game_with_the_members_in_their_place()
    {
        Prop.ForAll(RuleGenerators.Games, top =>
        {
            // Every voter vK of the top game becomes body:bK, a body whose only voter is mK and whose rule is "at least 1".
            var bodies = new List<Body> { new("top", "Top", top.Voters.Select(v => CompoundVoters.Of("b" + v)), Rename(top.Rule, v => CompoundVoters.Of("b" + v))) };
            bodies.AddRange(top.Voters.Select(v => new Body("b" + v, v, ["m" + v], Rule.AtLeast(Threshold.Count(1)))));
            var design = new Design("one", "One") { Bodies = bodies };
            var expanded = VotingGame.Expand(design, bodies[0]);
            var plain = VotingGame.Create(Rename(top.Rule, v => "m" + v), top.Voters.Select(v => "m" + v));
            var options = AnalysisOptions.Default with { AnalyseDespiteProblems = true };
            var a = expanded.Analyze(options);
            var b = plain.Analyze(options);
            if (!expanded.Voters.SequenceEqual(plain.Voters)) return false.Label("voters in the same order");
            return (a.WinningCoalitions == b.WinningCoalitions
                    && a.Members.Zip(b.Members).All(p => p.First.Penrose == p.Second.Penrose && p.First.ShapleyShubik == p.Second.ShapleyShubik))
                .Label($"same indices: {top}");
        }).Check(Config);
    }

    [Fact]
    public void Penrose_of_a_member_of_disjoint_self_dual_sub_bodies_is_the_product_of_its_two_penrose_measures()
    {
        // The composition property of the Penrose (absolute Banzhaf) measure, as Felsenthal & Machover (1998, The Measurement of Voting
        // Power) state it for composite games: with disjoint components that each pass with probability 1/2 (self-dual, as a majority
        // of an odd number), a member's measure in the composed game is its measure in its component times the component's in the top.
        // Top: weighted 3/2/2 quota 5 over three constituencies; each constituency a majority of three members.
        var top = new Body("board", "Board", ["body:a", "body:b", "body:c"],
            Rule.Weighted([KeyValuePair.Create("body:a", (Rational)3), KeyValuePair.Create("body:b", (Rational)2), KeyValuePair.Create("body:c", (Rational)2)], Threshold.Count(5)));
        Body Constituency(string id) => new(id, id, [id + "1", id + "2", id + "3"], Rule.SimpleMajority);
        var design = new Design("imf-like", "IMF-like") { Bodies = [top, Constituency("a"), Constituency("b"), Constituency("c")] };
        var expanded = VotingGame.Expand(design, top).Analyze();
        var topPower = VotingGame.ForBody(design, top).Analyze();
        var sub = VotingGame.ForBody(design, design.Bodies[1]).Analyze();
        Assert.Equal(9, expanded.Members.Count);
        // In the top game body:a is pivotal in 3 of 4 coalitions of the others (3/4), body:b and body:c in 1 of 4; a member in its
        // constituency of three by majority in 2 of 4 (1/2).
        Assert.Equal(new Rational(3, 4), topPower.Members[0].Penrose);
        Assert.Equal(new Rational(1, 2), sub.Members[0].Penrose);
        Assert.Equal(new Rational(3, 8), expanded.Members[0].Penrose);
        Assert.Equal(new Rational(1, 8), expanded.Members[3].Penrose);
        Assert.Equal(new Rational(1, 8), expanded.Members[8].Penrose);
    }

    [Fact]
    public void A_cycle_of_bodies_is_a_problem_of_the_expanded_game_and_gives_no_figures()
    {
        var design = new Design("cycle", "Cycle")
        {
            Bodies = [new("a", "A", ["x", "body:b"], Rule.Unanimity), new("b", "B", ["y", "body:a"], Rule.AtLeast(Threshold.Count(1)))],
        };
        var game = VotingGame.Expand(design, design.Bodies[0]);
        Assert.Contains(game.Problems, p => p.Kind == RuleProblemKind.CompoundCycle && p.Ids.SequenceEqual(["body:a"]));
        Assert.Null(game.Analyze().WinningCoalitions);
    }

    [Fact]
    public void An_unknown_body_is_a_problem_of_the_expanded_game()
    {
        var design = new Design("unknown", "Unknown") { Bodies = [new("a", "A", ["x", "body:nowhere"], Rule.Unanimity)] };
        var game = VotingGame.Expand(design, design.Bodies[0]);
        Assert.Contains(game.Problems, p => p.Kind == RuleProblemKind.UnknownBody && p.Ids.SequenceEqual(["body:nowhere"]));
    }

    [Fact]
    public void A_member_of_two_sub_bodies_is_one_voter_of_the_expanded_game()
    {
        var design = new Design("shared", "Shared")
        {
            Bodies =
            [
                new("top", "Top", ["body:a", "body:b"], Rule.Unanimity),
                new("a", "A", ["x", "y"], Rule.AtLeast(Threshold.Count(1))),
                new("b", "B", ["y", "z"], Rule.AtLeast(Threshold.Count(1))),
            ],
        };
        var game = VotingGame.Expand(design, design.Bodies[0]);
        Assert.Equal(["x", "y", "z"], game.Voters);
        Assert.True(game.IsWinning(["y"]));
        Assert.False(game.IsWinning(["x"]));
        Assert.False(game.ReadsAbstention);
    }

    [Fact]
    public void Two_hundred_and_five_members_in_five_constituencies_are_counted_exactly_on_the_decision_diagram()
    {
        // 5 constituencies of 41 members each (205 members), each by simple majority; the board by 3 of 5: far beyond enumeration.
        // Odd constituencies decide by a self-dual majority (each passes with probability 1/2), so Penrose measures multiply.
        var bodies = new List<Body> { new("board", "Board", Enumerable.Range(0, 5).Select(k => "body:c" + k), Rule.AtLeast(Threshold.Count(3))) };
        bodies.AddRange(Enumerable.Range(0, 5).Select(k => new Body("c" + k, "C" + k, Enumerable.Range(0, 41).Select(i => $"m{k}-{i}"), Rule.SimpleMajority)));
        var design = new Design("big", "Big") { Bodies = bodies };
        var game = VotingGame.Expand(design, bodies[0]);
        var a = game.Analyze(AnalysisOptions.Default with { Indices = PowerIndices.ShapleyShubik });
        Assert.Empty(a.NotComputed);
        Assert.Equal(205, a.Members.Count);
        // By symmetry every member has 1/205 of Shapley–Shubik, and the Penrose measure is the product (top 3 of 5: 6/16; a member
        // of 41 by majority, at least 21: C(40,20)/2^40).
        Assert.All(a.Members, m => Assert.Equal(new Rational(1, 205), m.ShapleyShubik));
        var member = new Rational(Binomial(40, 20), BigInteger.One << 40);
        Assert.All(a.Members, m => Assert.Equal(new Rational(6, 16) * member, m.Penrose));

        // Johnston needs the class-count vectors (42^5 here): under a short limit it is "not computed: time limit", never a wrong figure.
        var johnston = game.Analyze(AnalysisOptions.Default with { Indices = PowerIndices.Johnston, TimeLimit = TimeSpan.FromSeconds(2) });
        Assert.Null(johnston.Members[0].Johnston);
        Assert.NotNull(johnston.ReasonFor(AnalysisPart.Johnston));
    }

    private static BigInteger Binomial(int n, int k)
    {
        BigInteger r = 1;
        for (int i = 1; i <= k; i++) r = r * (n - k + i) / i;
        return r;
    }
}
