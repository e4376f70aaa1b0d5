using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Voting;

/// <summary>Random rules that read abstention: the rule generator's rules with bases, quorums and vetoes that abstention does not block.</summary>
public static class TernaryRuleGenerators
{
    /// <summary>The rule with each head count and weighted leaf given a random base (and sometimes a quorum), each veto a random abstentionBlocks.</summary>
    public static DecisionRule Decorate(DecisionRule rule, Random random, int voters) => rule switch
    {
        HeadCountRule h => h with { Base = Base(random), Quorum = random.Next(4) == 0 ? Rule.AtLeast(Threshold.Count(random.Next(voters + 1))) : null },
        WeightedRule w => w with { Base = Base(random) },
        VetoRule v => v with { AbstentionBlocks = random.Next(2) == 0 },
        AllRule a => Rule.All(a.Clauses.Select(c => Decorate(c, random, voters))),
        AnyRule a => Rule.Any(a.Clauses.Select(c => Decorate(c, random, voters))),
        _ => rule,
    };

    private static VoteBase Base(Random random) => (VoteBase)random.Next(3);

    public static Arbitrary<RandomGame> Games(int maxVoters) => Arb.From(
        from g in RuleGenerators.Game(maxVoters)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select g with { Rule = Decorate(g.Rule, new Random(seed), g.Voters.Length) });

    /// <summary>The rule with consensus read as unanimity and consensus minus k as at least n − k: a rule that reads no abstention at all.</summary>
    public static DecisionRule WithoutAbstention(DecisionRule rule, int voters) => rule switch
    {
        ConsensusRule => Rule.Unanimity,
        ConsensusMinusRule cm => Rule.AtLeast(Threshold.Count(Math.Max(0, voters - cm.K))),
        AllRule a => Rule.All(a.Clauses.Select(c => WithoutAbstention(c, voters))),
        AnyRule a => Rule.Any(a.Clauses.Select(c => WithoutAbstention(c, voters))),
        _ => rule,
    };
}

/// <summary>The ternary game (#15): its counting method against brute force, its laws, and published games.</summary>
public class TernaryTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(120);

    private static readonly AnalysisOptions Options = AnalysisOptions.Default with { AnalyseDespiteProblems = true };

    private static readonly string[] Permanent = ["cn", "fr", "ru", "uk", "us"];

    private static readonly string[] Council = [.. Permanent, .. Enumerable.Range(1, 10).Select(i => "e" + i)];

    [Fact]
    public void The_ternary_counting_agrees_exactly_with_brute_force_on_random_small_games() =>
        Prop.ForAll(TernaryRuleGenerators.Games(6), r =>
        {
            var game = VotingGame.Create(r.Rule, r.Voters);
            var brute = TernaryBruteForce.Analyze(game);
            var fast = game.AnalyzeTernary(Options);
            return (fast.WinningProfiles == brute.Winning).Label("winning profiles")
                .And(fast.Members.Select(m => m.Swings!.Value).SequenceEqual(brute.Swings).Label("swings (Banzhaf)"))
                .And(fast.Members.Select(m => m.ShapleyShubik!.Value).SequenceEqual(brute.ShapleyShubik).Label("Shapley–Shubik (roll-calls)"))
                .And(fast.Members.Select(m => m.BlocksByVotingNo!.Value).SequenceEqual(brute.BlocksByNo).Label("blocks by voting no"))
                .And(fast.Members.Select(m => m.BlocksByAbstaining!.Value).SequenceEqual(brute.BlocksByAbstaining).Label("blocks by abstaining"))
                .And(fast.Members.Select(m => m.BlocksByAbsence!.Value).SequenceEqual(brute.BlocksByAbsence).Label("blocks by absence"));
        }).Check(Config);

    [Fact]
    public void A_members_based_rule_with_no_abstention_gives_the_binary_results_exactly() =>
        Prop.ForAll(RuleGenerators.SmallGames, r =>
        {
            var rule = TernaryRuleGenerators.WithoutAbstention(r.Rule, r.Voters.Length);
            var game = VotingGame.Create(rule, r.Voters);
            var binary = game.Analyze(Options);
            var ternary = game.AnalyzeTernary(Options);
            // Profiles of yes and no only are the coalitions: the same outcome.
            var random = new Random(r.Voters.Length * 7919 + rule.GetHashCode());
            bool sameOutcomes = Enumerable.Range(0, 64).All(_ =>
            {
                var coalition = r.Voters.Where(_ => random.Next(2) == 0).ToArray();
                var votes = r.Voters.ToDictionary(v => v, v => coalition.Contains(v) ? Vote.Yes : Vote.No);
                return game.Passes(votes) == game.IsWinning(coalition);
            });
            bool vetoes = binary.Members.Select(m => m.IsVeto).SequenceEqual(ternary.Members.Select(m => m.BlocksByVotingNo));
            return (game.ReadsAbstention == false).Label("the rule reads no abstention")
                .And(sameOutcomes.Label("yes/no profiles pass exactly when the coalition of the yes votes wins"))
                .And(binary.Members.Select(m => m.ShapleyShubik).SequenceEqual(ternary.Members.Select(m => m.ShapleyShubik)).Label("ternary Shapley–Shubik = binary Shapley–Shubik"))
                .And(vetoes.Label("blocking by a no vote = binary veto"))
                .And(ternary.Members.Select(m => m.BlocksByVotingNo).SequenceEqual(ternary.Members.Select(m => m.BlocksByAbstaining)).Label("abstaining blocks exactly when voting no does"));
        }).Check(Config.WithMaxTest(80));

    [Fact]
    public void Ternary_shapley_shubik_sums_to_one_and_banzhaf_sums_to_one_when_some_vote_decides() =>
        Prop.ForAll(TernaryRuleGenerators.Games(7), r =>
        {
            var a = VotingGame.Create(r.Rule, r.Voters).AnalyzeTernary(Options);
            bool someDecides = a.Members.Any(m => !m.Swings!.Value.IsZero);
            var ss = a.Members.Aggregate(Rational.Zero, (s, m) => s + m.ShapleyShubik!.Value);
            var bz = a.Members.Aggregate(Rational.Zero, (s, m) => s + m.Banzhaf!.Value);
            return (!someDecides || (ss == Rational.One && bz == Rational.One)).Label("both sum to 1 when some vote decides")
                .And((someDecides || (ss == Rational.Zero && bz == Rational.Zero)).Label("both are 0 when no vote ever decides"));
        }).Check(Config);

    [Fact]
    public void The_grouped_roll_call_oracle_is_the_literal_roll_call_definition() =>
        Prop.ForAll(TernaryRuleGenerators.Games(4), r =>
        {
            var game = VotingGame.Create(r.Rule, r.Voters);
            return TernaryBruteForce.ShapleyShubik(game).SequenceEqual(TernaryBruteForce.ShapleyShubikByRollCalls(game)).Label("grouped = literal");
        }).Check(Config.WithMaxTest(40));

    private static VotingGame SecurityCouncil(bool abstentionBlocks) =>
        VotingGame.Create(Rule.All(Rule.AtLeast(9), new VetoRule(Permanent) { AbstentionBlocks = abstentionBlocks }), Council);

    [Fact]
    public void Security_council_with_the_abstention_practice_passes_146796_of_the_3_to_the_15_profiles()
    {
        // Nine yes votes and no permanent member voting no: Σ_yp C(5, yp)·Σ_{ye ≥ 9 − yp} C(10, ye)·2^(10 − ye) (the permanent members
        // vote yes or abstain, the elected members not voting yes abstain or vote no).
        var a = SecurityCouncil(abstentionBlocks: false).AnalyzeTernary();
        Assert.Equal(new BigInteger(14348907), a.Profiles);
        Assert.Equal(new BigInteger(146796), a.WinningProfiles);
        Assert.Equal(Permanent, a.VetoPlayers);
        Assert.All(a.Members.Take(5), m => Assert.False(m.BlocksByAbstaining));
        // A permanent member decides when the others include no permanent no and at least 8 yes: Σ_yp C(4, yp)·Σ_{ye ≥ 8 − yp} C(10, ye)·2^(10 − ye).
        Assert.Equal(new BigInteger(108336), a.Members[0].Swings);
        // An elected member decides when no permanent member votes no and exactly 8 others vote yes: Σ_yp C(5, yp)·C(9, 8 − yp)·2^(1 + yp).
        Assert.Equal(new BigInteger(53154), a.Members[5].Swings);
        Assert.Equal(new Rational(36112, 1594323), a.Members[0].Penrose);
        Assert.Equal(new Rational(118525786, 725416965), a.Members[0].ShapleyShubik);
        Assert.Equal(new Rational(26557607, 1450833930), a.Members[5].ShapleyShubik);
    }

    [Fact]
    public void Security_council_without_the_practice_passes_26025_profiles_and_its_shapley_shubik_is_the_binary_one()
    {
        // Every permanent member votes yes and at least 4 elected members do: Σ_{ye ≥ 4} C(10, ye)·2^(10 − ye).
        var a = SecurityCouncil(abstentionBlocks: true).AnalyzeTernary();
        Assert.Equal(new BigInteger(26025), a.WinningProfiles);
        Assert.All(a.Members.Take(5), m => Assert.True(m.BlocksByAbstaining));
        Assert.Equal(new BigInteger(26025), a.Members[0].Swings);
        Assert.Equal(new BigInteger(5376), a.Members[5].Swings); // C(9, 3)·2^6
        // Abstention counted as no: Felsenthal & Machover's roll-call index is the Shapley–Shubik index of the binary game.
        Assert.Equal(new Rational(421, 2145), a.Members[0].ShapleyShubik);
        Assert.Equal(new Rational(4, 2145), a.Members[5].ShapleyShubik);
    }

    [Fact]
    public void Security_council_counting_agrees_with_all_3_to_the_15_profiles()
    {
        var game = SecurityCouncil(abstentionBlocks: false);
        var brute = TernaryBruteForce.Profiles(15).LongCount(game.Passes);
        Assert.Equal(146796, brute);
    }

    [Fact]
    public void A_majority_of_those_present_and_voting_lets_abstentions_carry_a_motion_with_one_yes()
    {
        var game = VotingGame.Create(Rule.MoreThan(Threshold.Fraction(new Rational(1, 2)), VoteBase.PresentAndVoting), ["a", "b", "c", "d"]);
        Assert.True(game.Passes(new Dictionary<string, Vote> { ["a"] = Vote.Yes, ["b"] = Vote.Abstain, ["c"] = Vote.Abstain, ["d"] = Vote.Abstain }));
        Assert.False(game.Passes(new Dictionary<string, Vote> { ["a"] = Vote.Yes, ["b"] = Vote.No, ["c"] = Vote.Abstain, ["d"] = Vote.Abstain }));
        Assert.False(game.Passes(new Dictionary<string, Vote> { ["a"] = Vote.Abstain, ["b"] = Vote.Abstain }));
        var a = game.AnalyzeTernary();
        Assert.Equal(new BigInteger(31), a.WinningProfiles); // brute force: more yes than no
        Assert.All(a.Members, m => Assert.Equal(new Rational(1, 4), m.ShapleyShubik));
        Assert.Empty(a.VetoPlayers);
    }

    [Fact]
    public void Consensus_is_a_different_game_from_unanimity_once_abstention_is_modelled()
    {
        string[] voters = ["a", "b", "c"];
        var consensus = VotingGame.Create(Rule.Consensus, voters).AnalyzeTernary();
        var unanimity = VotingGame.Create(Rule.Unanimity, voters).AnalyzeTernary();
        Assert.Equal(new BigInteger(8), consensus.WinningProfiles);   // nobody votes no: 2^3
        Assert.Equal(BigInteger.One, unanimity.WinningProfiles);      // everyone votes yes
        Assert.All(consensus.Members, m => Assert.False(m.BlocksByAbstaining));
        Assert.All(unanimity.Members, m => Assert.True(m.BlocksByAbstaining));
    }

    [Fact]
    public void A_quorum_counts_the_voters_present_and_absence_can_block()
    {
        var rule = new HeadCountRule(Comparison.AtLeast, Threshold.Count(1)) { Quorum = Rule.AtLeast(3) };
        var game = VotingGame.Create(rule, ["a", "b", "c"]);
        Assert.True(game.Passes(new Dictionary<string, Vote> { ["a"] = Vote.Yes, ["b"] = Vote.Abstain, ["c"] = Vote.No }));
        Assert.False(game.Passes(new Dictionary<string, Vote> { ["a"] = Vote.Yes, ["b"] = Vote.Abstain }));
        var a = game.AnalyzeTernary();
        Assert.All(a.Members, m => Assert.True(m.BlocksByAbsence));
        Assert.All(a.Members, m => Assert.False(m.BlocksByVotingNo));
    }

    [Fact]
    public void A_rule_with_problems_gives_no_ternary_figures()
    {
        var a = VotingGame.Create(Rule.Veto("x"), ["a", "b"]).AnalyzeTernary();
        Assert.Null(a.WinningProfiles);
        Assert.All(a.Members, m => Assert.Null(m.ShapleyShubik));
        Assert.All(a.NotComputed, p => Assert.Equal(NotComputedReason.InvalidRule, p.Reason));
        Assert.Equal(3, a.NotComputed.Count);
    }

    [Fact]
    public void Too_many_vectors_is_not_computed_too_large_never_a_figure()
    {
        // 40 voters of distinct weights: no two alike, 3^40 full vectors.
        var voters = Enumerable.Range(0, 40).Select(i => "v" + i).ToArray();
        var rule = WeightedRule.WithWeights(voters.Select((v, i) => KeyValuePair.Create(v, (Rational)(i + 1))), Comparison.MoreThan, Threshold.Fraction(new Rational(1, 2))) with { Base = VoteBase.PresentAndVoting };
        var a = VotingGame.Create(rule, voters).AnalyzeTernary();
        Assert.Null(a.WinningProfiles);
        Assert.All(a.Members, m => Assert.Null(m.Swings));
        Assert.Contains(a.NotComputed, p => p.Part == AnalysisPart.Swings && p.Reason == NotComputedReason.TooLarge && p.Size!.Unit == SizeUnit.Vectors);
        Assert.All(a.Members, m => Assert.NotNull(m.BlocksByVotingNo));
    }

    [Fact]
    public void A_cancelled_ternary_analysis_reports_cancelled_parts()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var voters = Enumerable.Range(0, 193).Select(i => "m" + i).ToArray();
        var a = VotingGame.Create(Rule.AtLeast(Threshold.Fraction(new Rational(2, 3)), VoteBase.PresentAndVoting), voters).AnalyzeTernary(AnalysisOptions.Default, cts.Token);
        Assert.Null(a.WinningProfiles);
        Assert.All(a.NotComputed, p => Assert.Equal(NotComputedReason.Cancelled, p.Reason));
    }

    [Fact]
    public void The_general_assembly_of_193_alike_is_counted_exactly()
    {
        var voters = Enumerable.Range(0, 193).Select(i => "m" + i).ToArray();
        var a = VotingGame.Create(Rule.AtLeast(Threshold.Fraction(new Rational(2, 3)), VoteBase.PresentAndVoting), voters).AnalyzeTernary();
        Assert.Empty(a.NotComputed);
        Assert.All(a.Members, m => Assert.Equal(new Rational(1, 193), m.ShapleyShubik));
        Assert.All(a.Members, m => Assert.Equal(new Rational(1, 193), m.Banzhaf));
    }
}
