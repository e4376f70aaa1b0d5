using Napsm.Core.Model;
using Napsm.Core.Validation;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Voting;

/// <summary>
/// The problems a rule can have over its voters, each with its exact kind, ids, pointer and message: the validator shows them as
/// NAPSM0303 and friends, so the words and the pointers are part of the contract.
/// </summary>
public class RuleProblemTests
{
    private static readonly string[] Abc = ["a", "b", "c"];

    private static RuleProblem Only(DecisionRule rule, IEnumerable<string>? voters = null, Func<string, string, Rational?>? attribute = null) =>
        Assert.Single(VotingGame.Create(rule, voters ?? Abc, attribute).Problems);

    [Fact]
    public void Consensus_minus_as_many_as_there_are_voters_passes_with_nobody_in_favour()
    {
        var p = Only(Rule.ConsensusMinus(3));
        Assert.Equal((RuleProblemKind.ThresholdOutOfRange, "/consensusMinus"), (p.Kind, p.At));
        Assert.Empty(p.Ids);
        Assert.Equal("consensus minus 3 tolerates as many objections as there are voters (3): it passes even with nobody in favour.", Wording.Of(p));
    }

    [Fact]
    public void Consensus_minus_one_less_than_the_voters_is_no_problem() =>
        Assert.Empty(VotingGame.Create(Rule.ConsensusMinus(2), Abc).Problems);

    [Fact]
    public void Consensus_minus_over_no_voters_is_no_problem() =>
        Assert.Empty(VotingGame.Create(Rule.ConsensusMinus(1), []).Problems);

    [Theory]
    [InlineData(true, "/atLeast", "the threshold at least 4 exceeds the voters counted (3): the rule can never pass")]
    [InlineData(false, "/moreThan", "the threshold more than 3 exceeds the voters counted (3): the rule can never pass")]
    public void A_head_count_above_the_voters_can_never_pass(bool atLeast, string at, string message)
    {
        var p = Only(atLeast ? Rule.AtLeast(Threshold.Count(4)) : Rule.MoreThan(Threshold.Count(3)));
        Assert.Equal((RuleProblemKind.ThresholdOutOfRange, at, message), (p.Kind, p.At, Wording.Of(p)));
    }

    [Fact]
    public void A_head_count_equal_to_the_voters_is_no_problem_and_needs_everyone()
    {
        var game = VotingGame.Create(Rule.AtLeast(Threshold.Count(3)), Abc);
        Assert.Empty(game.Problems);
        Assert.True(game.IsWinning(Abc));
        Assert.False(game.IsWinning(["a", "b"]));
    }

    [Fact]
    public void More_than_two_of_three_is_no_problem_and_needs_everyone()
    {
        var game = VotingGame.Create(Rule.MoreThan(Threshold.Count(2)), Abc);
        Assert.Empty(game.Problems);
        Assert.True(game.IsWinning(Abc));
        Assert.False(game.IsWinning(["a", "c"]));
    }

    [Fact]
    public void A_percentage_above_100_can_never_pass()
    {
        var p = Only(Rule.AtLeast(Threshold.Percentage(101)));
        Assert.Equal(("/atLeast", "the percentage 101% is above 100%: the rule can never pass"), (p.At, Wording.Of(p)));
    }

    [Fact]
    public void A_fraction_above_one_can_never_pass()
    {
        var p = Only(Rule.MoreThan(Threshold.Fraction(new Rational(3, 2))));
        Assert.Equal(("/moreThan", "the fraction 3/2 is above 1: the rule can never pass"), (p.At, Wording.Of(p)));
    }

    [Fact]
    public void Exactly_100_percent_and_the_fraction_one_are_no_problem()
    {
        Assert.Empty(VotingGame.Create(Rule.AtLeast(Threshold.Percentage(100)), Abc).Problems);
        Assert.Empty(VotingGame.Create(Rule.AtLeast(Threshold.Fraction(1)), Abc).Problems);
    }

    [Fact]
    public void A_counted_member_who_is_not_a_voter_is_named_with_its_role()
    {
        var p = Only(Rule.AtLeast(Threshold.Count(1), "a", "q"));
        Assert.Equal((RuleProblemKind.NotAVoter, "/of/1"), (p.Kind, p.At));
        Assert.Equal(["q"], p.Ids);
        Assert.Equal("'q' is counted in the rule but is not a voter; it counts as never in favour", Wording.Of(p));
    }

    [Fact]
    public void A_member_counted_twice_is_counted_once()
    {
        // "of": [a, a, b]: two counted, so at least 2 needs both a and b.
        var game = VotingGame.Create(Rule.AtLeast(Threshold.Count(2), "a", "a", "b"), Abc);
        Assert.Empty(game.Problems);
        Assert.True(game.IsWinning(["a", "b"]));
        Assert.False(game.IsWinning(["a", "c"]));
    }

    [Fact]
    public void Counted_members_listed_out_of_voter_order_count_the_same()
    {
        var game = VotingGame.Create(Rule.AtLeast(Threshold.Count(2), "c", "a"), Abc);
        Assert.True(game.IsWinning(["a", "c"]));
        Assert.False(game.IsWinning(["a", "b"]));
        Assert.Equal(0, game.Analyze().Members[1].Swings!.Value.Sign);
    }

    [Fact]
    public void A_veto_holder_who_is_not_a_voter_is_named_with_its_role_and_the_rule_can_never_pass()
    {
        var game = VotingGame.Create(Rule.Veto("b", "zz"), Abc);
        var p = Assert.Single(game.Problems);
        Assert.Equal((RuleProblemKind.NotAVoter, "/veto/1"), (p.Kind, p.At));
        Assert.Equal("'zz' is a veto holder in the rule but is not a voter; it counts as never in favour", Wording.Of(p));
        Assert.False(game.IsWinning(Abc));
    }

    [Fact]
    public void A_veto_holder_listed_twice_is_one_holder()
    {
        var game = VotingGame.Create(Rule.Veto("c", "a", "c"), Abc);
        Assert.Empty(game.Problems);
        Assert.True(game.IsWinning(["a", "c"]));
        Assert.False(game.IsWinning(["a", "b"]));
    }

    [Fact]
    public void A_weight_for_a_non_voter_is_named_with_an_escaped_pointer()
    {
        var rule = Rule.Weighted([new("a", 1), new("b", 1), new("c", 1), new("x/y~z", 1)], Threshold.Count(2));
        var p = Only(rule);
        Assert.Equal((RuleProblemKind.NotAVoter, "/weighted/weights/x~1y~0z"), (p.Kind, p.At));
        Assert.Equal("'x/y~z' is given a weight in the rule but is not a voter; it counts as never in favour", Wording.Of(p));
    }

    [Fact]
    public void A_voter_without_a_weight_is_named()
    {
        var p = Only(Rule.Weighted([new("a", 1), new("c", 1)], Threshold.Count(1)));
        Assert.Equal((RuleProblemKind.MissingWeight, "/weighted/weights"), (p.Kind, p.At));
        Assert.Equal("voter \"b\" has no weight in the weighted rule; it counts as weight 0.", Wording.Of(p));
    }

    [Fact]
    public void A_voter_without_the_attribute_and_one_with_a_negative_value_are_told_apart()
    {
        Rational? Population(string voter, string attribute) =>
            attribute != "population" ? null : voter switch { "a" => 5, "b" => -2, _ => null };
        var problems = VotingGame.Create(Rule.WeightedBy("population", Threshold.Percentage(50)), Abc, Population).Problems;
        Assert.Equal(
            [
                (RuleProblemKind.MissingAttribute, "b", "/weighted/by", "voter \"b\" has a negative \"population\" (-2); it counts as weight 0."),
                (RuleProblemKind.MissingAttribute, "c", "/weighted/by", "voter \"c\" has no attribute \"population\" to weigh its vote; it counts as weight 0."),
            ],
            problems.Select(p => (p.Kind, p.Ids[0], p.At, Wording.Of(p))));
    }

    [Fact]
    public void A_weighted_quota_above_the_total_weight_can_never_pass()
    {
        var p = Only(Rule.Weighted([new("a", 2), new("b", 1), new("c", 1)], Threshold.Count(5)));
        Assert.Equal(("/weighted/atLeast", "the threshold at least 5 exceeds the total weight (4): the rule can never pass"), (p.At, Wording.Of(p)));
    }

    [Fact]
    public void A_weighted_rule_inside_a_composite_has_the_clause_pointer()
    {
        var rule = Rule.Any(Rule.Unanimity, Rule.Weighted([new("a", 2), new("b", 1), new("c", 1)], Threshold.Percentage(150)));
        var p = Only(rule);
        Assert.Equal(("/any/1/weighted/atLeast", "the percentage 150% is above 100%: the rule can never pass"), (p.At, Wording.Of(p)));
    }

    [Theory]
    [InlineData(1, 2, 1, 3, 1, 6, true)]   // ½ + ⅓ ≥ 5/6
    [InlineData(1, 2, 1, 6, 1, 6, false)]  // ½ + ⅙ < 5/6
    public void Fractional_weights_are_exact(int an, int ad, int bn, int bd, int cn, int cd, bool abWins)
    {
        var rule = Rule.Weighted([new("a", new Rational(an, ad)), new("b", new Rational(bn, bd)), new("c", new Rational(cn, cd))],
            Threshold.Fraction(new Rational(5, 6) / (new Rational(an, ad) + new Rational(bn, bd) + new Rational(cn, cd))));
        var game = VotingGame.Create(rule, Abc);
        Assert.Empty(game.Problems);
        Assert.Equal(abWins, game.IsWinning(["a", "b"]));
    }

    [Theory]
    [InlineData(41, new[] { true, false, true, true, false })]     // weights share the factor 20: the game is [3; 3, 2, 1]
    [InlineData(61, new[] { false, false, false, true, false })]   // [4; 3, 2, 1]
    [InlineData(0, new[] { true, true, true, true, true })]        // a quota of 0 is met by anyone
    public void Weights_with_a_common_factor_give_the_same_game(int quota, bool[] wins)
    {
        var game = VotingGame.Create(Rule.Weighted([new("a", 60), new("b", 40), new("c", 20)], Threshold.Count(quota)), Abc);
        string[][] coalitions = [["a"], ["b"], ["b", "c"], ["a", "c"], ["c"]];
        Assert.Equal(wins, coalitions.Select(game.IsWinning));
    }
}
