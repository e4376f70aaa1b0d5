using Napsm.Core.Model;
using Napsm.Core.Validation;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Validation;

/// <summary>NAPSM0606 (#15): sovereign equality declared, and a rule of those present and voting that a minority can pass: only with a witness.</summary>
public class MinorityDecidesTests
{
    private static readonly string[] Nine = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];

    private static Design Board(DecisionRule rule) => new("m", "M")
    {
        Members = Nine.Select(id => new Member(id, id.ToUpperInvariant())).ToList(),
        Bodies = [new("board", "Board", Nine, rule)],
        Principles = [new Principle("eq", "Sovereign equality") { Tags = [PrincipleTags.SovereignEquality] }],
    };

    private static List<Diagnostic> Found(Design design) => [.. new DesignValidator().Validate(design).Diagnostics.Where(d => d.Id == "NAPSM0606")];

    [Fact]
    public void A_majority_of_those_present_and_voting_with_a_quorum_of_two_thirds_present_is_passed_by_one_yes_and_five_abstentions()
    {
        var rule = new HeadCountRule(Comparison.MoreThan, Threshold.Fraction(new Rational(1, 2)))
        {
            Base = VoteBase.PresentAndVoting,
            Quorum = Rule.AtLeast(Threshold.Fraction(new Rational(2, 3))),
        };
        var game = VotingGame.ForBody(Board(rule), Board(rule).Bodies[0]);
        var witness = Napsm.Core.Validation.Rules.MinorityDecidesRule.Witness(game);
        Assert.NotNull(witness);
        Assert.Equal(1, witness!.Count(v => v == Vote.Yes));
        Assert.True(game.Passes(witness), "the witness is checked on the ternary game");
        var found = Assert.Single(Found(Board(rule)));
        Assert.Contains("with 1 of its 9 voters in favour", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_of_all_members_is_not_reported()
    {
        Assert.Empty(Found(Board(Rule.AtLeast(Threshold.Fraction(new Rational(1, 2))))));
    }

    [Fact]
    public void A_present_and_voting_rule_that_also_needs_five_yes_votes_is_not_reported()
    {
        var pv = new HeadCountRule(Comparison.MoreThan, Threshold.Fraction(new Rational(1, 2))) { Base = VoteBase.PresentAndVoting };
        Assert.Empty(Found(Board(Rule.All(pv, Rule.AtLeast(Threshold.Count(5))))));
    }
}
