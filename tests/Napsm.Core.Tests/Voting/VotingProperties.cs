using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Voting;

/// <summary>Laws of simple games and power indices, on random composite rules.</summary>
public class VotingProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(150);

    // The laws are about the algorithms, so rules with problems are analysed too, under the meaning VotingGame gives them.
    private static readonly AnalysisOptions Options = AnalysisOptions.Default with { AnalyseDespiteProblems = true };

    private static GameAnalysis Fast(VotingGame g, bool diagram = false) => GameAnalyzer.Analyze(g, Options, default, diagram);

    private static void Check(Arbitrary<RandomGame> arb, Func<RandomGame, Property> law) => Prop.ForAll(arb, law).Check(Config);

    [Fact]
    public void Every_fast_algorithm_agrees_exactly_with_brute_force() =>
        Check(RuleGenerators.Games, r =>
        {
            var game = VotingGame.Create(r.Rule, r.Voters);
            var brute = BruteForce.Analyze(game);
            bool Agrees(GameAnalysis a) =>
                a.WinningCoalitions == brute.Winning &&
                a.Members.Select(m => m.Swings!.Value).SequenceEqual(brute.Swings) &&
                a.Members.Select(m => m.ShapleyShubik!.Value).SequenceEqual(brute.ShapleyShubik) &&
                a.Members.Select(m => m.Johnston!.Value).SequenceEqual(brute.Johnston) &&
                a.Members.Select(m => m.DeeganPackel!.Value).SequenceEqual(brute.DeeganPackel) &&
                a.Members.Select(m => m.HollerPackel!.Value).SequenceEqual(brute.HollerPackel) &&
                a.Members.Select(m => m.IsVeto!.Value).SequenceEqual(brute.Veto) &&
                a.IsProper == brute.Proper && a.IsStrong == brute.Strong;
            return Agrees(Fast(game)).Label("automatic choice agrees with brute force")
                .And(Agrees(Fast(game, diagram: true)).Label("decision diagram agrees with brute force"));
        });

    [Fact]
    public void Witnesses_are_what_they_claim_on_both_paths() =>
        Check(RuleGenerators.Games, r =>
        {
            var game = VotingGame.Create(r.Rule, r.Voters);
            bool Wins(IEnumerable<string> c) => game.IsWinning(c);
            bool Minimal(IReadOnlyList<string> c) => Wins(c) && c.All(x => !Wins(c.Where(y => y != x)));
            bool InVoterOrder(IReadOnlyList<string> c) => c.Select(x => Array.IndexOf(r.Voters, x)).SequenceEqual(c.Select(x => Array.IndexOf(r.Voters, x)).Order());
            Property Holds(GameAnalysis a, string path)
            {
                var w = a.ImproperWitness;
                var d = a.NotStrongWitness;
                return ((w is null) == (a.IsProper == true)).Label($"{path}: an improper witness exactly when not proper")
                    .And((w is null || (Minimal(w.First) && Minimal(w.Second) && !w.First.Intersect(w.Second).Any() && InVoterOrder(w.First) && InVoterOrder(w.Second)))
                        .Label($"{path}: the improper witness is two disjoint minimal winning coalitions, in voter order"))
                    .And(((d is null) == (a.IsStrong == true)).Label($"{path}: a deadlock witness exactly when not strong"))
                    .And((d is null || (!Wins(d.First) && !Wins(d.Second) && d.First.Concat(d.Second).Order(StringComparer.Ordinal).SequenceEqual(r.Voters.Order(StringComparer.Ordinal))
                            && InVoterOrder(d.First) && InVoterOrder(d.Second)))
                        .Label($"{path}: the deadlock witness is a losing coalition and its losing complement"));
            }

            return Holds(Fast(game), "automatic").And(Holds(Fast(game, diagram: true), "diagram"));
        });

    [Fact]
    public void The_node_lower_bound_of_a_threshold_leaf_never_exceeds_its_diagram() =>
        Check(RuleGenerators.WeightedGames, r =>
        {
            var game = VotingGame.Create(r.Rule, r.Voters);
            if (game.Root is not ThresholdNode leaf) return true.Label("constant rule: nothing to bound");
            using var bdd = new Bdd(GameAnalyzer.VariableOrder(game.Root, game.Count), 1_000_000, default);
            int root = bdd.Build(leaf);
            return (bdd.LowerBound(leaf, long.MaxValue) <= bdd.ReachableCount(root)).Label("lower bound ≤ reachable nodes of the leaf's diagram");
        });

    [Fact]
    public void Shapley_shubik_and_banzhaf_each_sum_to_exactly_one_when_some_voter_has_power() =>
        Check(RuleGenerators.Games, r =>
        {
            var a = VotingGame.Create(r.Rule, r.Voters).Analyze(Options);
            bool anyPower = !a.TotalSwings!.Value.IsZero;
            var ss = a.Members.Aggregate(Rational.Zero, (s, m) => s + m.ShapleyShubik!.Value);
            var bz = a.Members.Aggregate(Rational.Zero, (s, m) => s + m.Banzhaf!.Value);
            return (!anyPower || ss == Rational.One).Label("Shapley–Shubik sums to 1")
                .And((!anyPower || bz == Rational.One).Label("Banzhaf sums to 1"))
                .And((anyPower || (ss.Sign == 0 && bz.Sign == 0)).Label("nobody has power: all zero"));
        });

    [Fact]
    public void Symmetric_voters_get_equal_power() =>
        Check(RuleGenerators.SmallGames, r =>
        {
            var game = VotingGame.Create(r.Rule, r.Voters);
            var win = BruteForce.Analyze(game).Win;
            var a = game.Analyze(Options);
            bool ok = true;
            int n = game.Count;
            for (int i = 0; i < n; i++)
            {
                for (int j = i + 1; j < n; j++)
                {
                    bool symmetric = true;
                    for (int s = 0; s < 1 << n && symmetric; s++)
                    {
                        int bi = (s >> i) & 1, bj = (s >> j) & 1;
                        int swapped = (s & ~(1 << i) & ~(1 << j)) | (bi << j) | (bj << i);
                        symmetric = win[s] == win[swapped];
                    }

                    if (symmetric) ok &= a.Members[i].Swings == a.Members[j].Swings && a.Members[i].ShapleyShubik == a.Members[j].ShapleyShubik;
                }
            }

            return ok.Label("voters interchangeable in every coalition have equal swings and Shapley–Shubik");
        });

    [Fact]
    public void A_dummy_has_zero_swings_and_zero_indices_and_only_a_dummy_does() =>
        Check(RuleGenerators.Games, r =>
        {
            var a = VotingGame.Create(r.Rule, r.Voters).Analyze(Options);
            return a.Members.All(m => m.IsDummy == m.Swings!.Value.IsZero).Label("dummy ⇔ zero swings")
                .And(a.Members.All(m => m.Swings!.Value.IsZero == (m.Penrose!.Value.Sign == 0) && m.Swings.Value.IsZero == (m.Banzhaf!.Value.Sign == 0)).Label("zero swings ⇔ zero Penrose and Banzhaf"))
                .And(a.Members.All(m => m.Swings!.Value.IsZero == (m.ShapleyShubik!.Value.Sign == 0)).Label("zero swings ⇔ zero Shapley–Shubik"));
        });

    [Fact]
    public void A_veto_player_is_in_every_winning_coalition() =>
        Check(RuleGenerators.Games, r =>
        {
            var game = VotingGame.Create(r.Rule, r.Voters);
            var win = BruteForce.Analyze(game).Win;
            var a = game.Analyze(Options);
            bool ok = true;
            for (int i = 0; i < game.Count; i++)
            {
                bool inEvery = true;
                for (int s = 0; s < win.Length && inEvery; s++) inEvery = !win[s] || (s & (1 << i)) != 0;
                ok &= a.Members[i].IsVeto == (inEvery && win[^1]);
            }

            return ok.Label("veto ⇔ some coalition wins and every winning coalition contains the voter");
        });

    [Fact]
    public void Relabelling_voters_permutes_the_indices() =>
        Check(RuleGenerators.Games, r =>
        {
            var a = VotingGame.Create(r.Rule, r.Voters).Analyze(Options);
            var reversed = r.Voters.Reverse().ToArray();
            var b = VotingGame.Create(r.Rule, reversed).Analyze(Options);
            var byId = b.Members.ToDictionary(m => m.Id);
            return a.Members.All(m => byId[m.Id].Swings == m.Swings && byId[m.Id].ShapleyShubik == m.ShapleyShubik && byId[m.Id].IsVeto == m.IsVeto)
                .Label("reversing the voter order permutes swings, Shapley–Shubik and veto")
                .And((a.WinningCoalitions == b.WinningCoalitions).Label("same number of winning coalitions"));
        });

    [Fact]
    public void Penrose_is_invariant_under_duality() =>
        Check(RuleGenerators.Games, r =>
        {
            var game = VotingGame.Create(r.Rule, r.Voters);
            var a = game.Analyze(Options);
            var d = game.Dual().Analyze(Options);
            var dualWins = BruteForce.Analyze(game.Dual()).Win;
            var wins = BruteForce.Analyze(game).Win;
            int full = wins.Length - 1;
            bool isDual = Enumerable.Range(0, wins.Length).All(s => dualWins[s] == !wins[full & ~s]);
            return isDual.Label("the dual game is the dual")
                .And(a.Members.Select(m => m.Penrose).SequenceEqual(d.Members.Select(m => m.Penrose)).Label("Penrose of the dual equals Penrose"));
        });

    [Fact]
    public void In_a_weighted_game_a_larger_weight_never_gives_less_power() =>
        Check(RuleGenerators.WeightedGames, r =>
        {
            var weights = ((WeightedRule)r.Rule).Weights!;
            var a = VotingGame.Create(r.Rule, r.Voters).Analyze(Options);
            bool ok = true;
            foreach (var x in a.Members)
            {
                foreach (var y in a.Members)
                {
                    if (weights[x.Id] > weights[y.Id]) ok &= x.Swings >= y.Swings && x.ShapleyShubik >= y.ShapleyShubik;
                }
            }

            return ok.Label("w_i > w_j ⇒ swings and Shapley–Shubik of i ≥ those of j");
        });

    [Fact]
    public void Minimal_winning_coalitions_generate_exactly_the_winning_coalitions() =>
        Check(RuleGenerators.Games, r =>
        {
            var game = VotingGame.Create(r.Rule, r.Voters);
            var win = BruteForce.Analyze(game).Win;
            var masks = game.EnumerateMinimalWinningCoalitions().Select(c => c.Aggregate(0, (m, id) => m | (1 << game.IndexOf(id)))).ToArray();
            bool generates = Enumerable.Range(0, win.Length).All(s => win[s] == masks.Any(m => (s & m) == m));
            bool minimal = masks.All(m => masks.All(o => o == m || (o & m) != o));
            return generates.Label("S wins ⇔ S contains a minimal winning coalition").And(minimal.Label("no listed coalition contains another"));
        });

    [Fact]
    public void Minimal_blocking_coalitions_are_exactly_the_minimal_sets_whose_complement_loses() =>
        Check(RuleGenerators.SmallGames, r =>
        {
            var game = VotingGame.Create(r.Rule, r.Voters);
            var win = BruteForce.Analyze(game).Win;
            int full = win.Length - 1;
            var blocking = Enumerable.Range(0, win.Length).Where(s => !win[full & ~s]).ToArray();
            var expected = blocking.Where(s => blocking.All(o => o == s || (o & s) != o)).Order().ToArray();
            var actual = game.EnumerateMinimalBlockingCoalitions().Select(c => c.Aggregate(0, (m, id) => m | (1 << game.IndexOf(id)))).Order().ToArray();
            return expected.SequenceEqual(actual).Label("minimal blocking coalitions match enumeration");
        });

    [Fact]
    public void Clause_effects_count_exactly_the_coalitions_a_clause_decides() =>
        Check(RuleGenerators.SmallGames, r =>
        {
            var game = VotingGame.Create(r.Rule, r.Voters);
            var a = game.Analyze(Options);
            var winning = BruteForce.Analyze(game).Winning;
            bool exact = a.Clauses.All(c => WithoutClause(r.Rule, c.At) is not { } without
                || c.ChangedCoalitions == BigInteger.Abs(BruteForce.Analyze(VotingGame.Create(without, r.Voters)).Winning - winning));
            return a.Clauses.All(c => c.IsRedundant == c.ChangedCoalitions.IsZero).Label("redundant ⇔ changes nothing")
                .And((a.Clauses.Count == CountClauses(r.Rule)).Label("one effect per clause of every all/any"))
                .And(exact.Label("changed coalitions = |winning − winning without the clause| by enumeration"));
        });

    /// <summary>
    /// The rule with the clause at <paramref name="at"/> (relative, e.g. <c>/all/0/any/1</c>) taken out, as a copy of a sibling in
    /// its place (and/or are idempotent, so that is the same game and the rule stays well formed); null for a clause with no sibling.
    /// </summary>
    private static DecisionRule? WithoutClause(DecisionRule rule, string at)
    {
        var segments = at.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return Remove(rule, segments, 0);

        static DecisionRule? Remove(DecisionRule rule, string[] path, int k)
        {
            var clauses = rule switch { AllRule a => a.Clauses, AnyRule a => a.Clauses, _ => throw new InvalidOperationException(string.Join('/', path)) };
            int i = int.Parse(path[k + 1], System.Globalization.CultureInfo.InvariantCulture);
            DecisionRule? replacement;
            if (k + 2 == path.Length)
            {
                if (clauses.Count < 2) return null;
                replacement = clauses[i == 0 ? 1 : 0];
            }
            else
            {
                replacement = Remove(clauses[i], path, k + 2);
                if (replacement is null) return null;
            }

            var copy = clauses.Select((c, j) => j == i ? replacement : c).ToArray();
            return rule is AllRule ? new AllRule(copy) : new AnyRule(copy);
        }
    }

    private static int CountClauses(DecisionRule rule) => rule switch
    {
        AllRule a => a.Clauses.Count + a.Clauses.Sum(CountClauses),
        AnyRule a => a.Clauses.Count + a.Clauses.Sum(CountClauses),
        _ => 0,
    };
}
