using System.Collections;
using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Voting;

public class VotingGameTests
{
    private static readonly string[] Unsc =
        ["cn", "fr", "ru", "uk", "us", "e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9", "e10"];

    private static VotingGame UnscGame() =>
        VotingGame.Create(Rule.All(Rule.AtLeast(Threshold.Count(9)), Rule.Veto("cn", "fr", "ru", "uk", "us")), Unsc);

    [Fact]
    public void Nine_votes_with_every_permanent_member_win_in_the_security_council() =>
        Assert.True(UnscGame().IsWinning(["cn", "fr", "ru", "uk", "us", "e1", "e2", "e3", "e4"]));

    [Fact]
    public void A_permanent_member_missing_blocks_in_the_security_council() =>
        Assert.False(UnscGame().IsWinning(["fr", "ru", "uk", "us", "e1", "e2", "e3", "e4", "e5", "e6"]));

    [Fact]
    public void A_bit_set_coalition_is_read_in_voter_order()
    {
        var bits = new BitArray(15);
        for (int i = 0; i < 9; i++) bits[i] = true;
        Assert.True(UnscGame().IsWinning(bits));
        bits[0] = false;
        Assert.False(UnscGame().IsWinning(bits));
    }

    [Fact]
    public void A_game_has_no_voter_count_ceiling()
    {
        var voters = Enumerable.Range(0, 200).Select(i => "v" + i).ToArray();
        var game = VotingGame.Create(Rule.SimpleMajority, voters);
        Assert.True(game.IsWinning(voters.Take(101)));
        Assert.False(game.IsWinning(voters.Skip(100)));
    }

    [Fact]
    public void An_unknown_id_in_a_coalition_is_an_argument_error() =>
        Assert.Throws<ArgumentException>(() => UnscGame().IsWinning(["xx"]));

    [Fact]
    public void A_veto_holder_who_is_not_a_voter_is_reported_with_its_pointer_and_never_in_favour()
    {
        var game = VotingGame.Create(Rule.All(Rule.AtLeast(Threshold.Count(2)), Rule.Veto("a", "b", "zz")), ["a", "b", "c"]);
        var problem = Assert.Single(game.Problems);
        Assert.Equal(RuleProblemKind.NotAVoter, problem.Kind);
        Assert.Equal(["zz"], problem.Ids);
        Assert.Equal("/all/1/veto/2", problem.At);
        Assert.False(game.IsWinning(["a", "b", "c"]));
    }

    [Fact]
    public void A_counted_member_who_is_not_a_voter_is_reported_with_its_pointer()
    {
        var game = VotingGame.Create(Rule.AtLeast(Threshold.Count(1), "a", "q"), ["a", "b"]);
        var problem = Assert.Single(game.Problems);
        Assert.Equal(("/of/1", "q"), (problem.At, problem.Ids[0]));
    }

    [Fact]
    public void A_weight_for_a_non_voter_is_reported_and_counts_in_the_total()
    {
        var rule = Rule.Weighted(new Dictionary<string, Rational> { ["a"] = 1, ["b"] = 1, ["fr"] = 2 }, Threshold.Percentage(50));
        var game = VotingGame.Create(rule, ["a", "b"]);
        var problem = Assert.Single(game.Problems);
        Assert.Equal((RuleProblemKind.NotAVoter, "/weighted/weights/fr"), (problem.Kind, problem.At));
        Assert.True(game.IsWinning(["a", "b"]));
        Assert.False(game.IsWinning(["a"]));
    }

    [Fact]
    public void A_voter_without_an_inline_weight_is_reported_and_weighs_nothing()
    {
        var rule = Rule.Weighted(new Dictionary<string, Rational> { ["a"] = 1 }, Threshold.Count(1));
        var game = VotingGame.Create(rule, ["a", "b"]);
        var problem = Assert.Single(game.Problems);
        Assert.Equal((RuleProblemKind.MissingWeight, "b", "/weighted/weights"), (problem.Kind, problem.Ids[0], problem.At));
        Assert.False(game.IsWinning(["b"]));
    }

    [Fact]
    public void A_voter_missing_the_weight_attribute_is_reported()
    {
        var design = Design.Create("d", "D")
            .Member("a", "A", m => m.Attribute("population", (Rational)10))
            .Member("b", "B")
            .Body("council", "Council", b => b.Rule(Rule.WeightedBy("population", Threshold.Percentage(50))))
            .Build();
        var game = VotingGame.ForBody(design, design.Bodies[0]);
        var problem = Assert.Single(game.Problems);
        Assert.Equal((RuleProblemKind.MissingAttribute, "b", "/weighted/by"), (problem.Kind, problem.Ids[0], problem.At));
        Assert.True(game.IsWinning(["a"]));
    }

    [Theory]
    [InlineData("consensusMinus")]
    [InlineData("quota")]
    [InlineData("percent")]
    public void A_threshold_out_of_range_is_reported(string which)
    {
        var rule = which switch
        {
            "consensusMinus" => Rule.ConsensusMinus(3),
            "quota" => Rule.AtLeast(Threshold.Count(4)),
            _ => Rule.AtLeast(Threshold.Percentage(120)),
        };
        var game = VotingGame.Create(rule, ["a", "b", "c"]);
        Assert.Equal(RuleProblemKind.ThresholdOutOfRange, Assert.Single(game.Problems).Kind);
    }

    [Fact]
    public void A_well_formed_rule_has_no_problems() => Assert.Empty(UnscGame().Problems);

    [Fact]
    public void A_treaty_game_ranges_over_the_parties()
    {
        var treaty = new Treaty("t", "T", ["a", "b", "c"]) { EntryIntoForce = new EntryIntoForce(Rule.AtLeast(Threshold.Count(2))) };
        var design = Design.Create("d", "D").Member("a", "A").Member("b", "B").Member("c", "C").Treaty(treaty).Build();
        var game = VotingGame.ForTreaty(design, treaty);
        Assert.Equal(["a", "b", "c"], game.Voters);
        Assert.True(game.IsWinning(["a", "c"]));
        Assert.False(game.IsWinning(["b"]));
    }
}

/// <summary>The argument contract of the public game API: what a caller gets for nulls, unknown ids, repeats and stray bits.</summary>
public class VotingGameContractTests
{
    private static readonly string[] Abc = ["a", "b", "c"];

    private static VotingGame Majority() => VotingGame.Create(Rule.SimpleMajority, Abc);

    [Fact]
    public void Null_arguments_are_named()
    {
        var design = Design.Create("d", "D").Member("a", "A").Body("b", "B", b => b.Voters("a").Rule(Rule.Unanimity)).Build();
        Assert.Equal("design", Assert.Throws<ArgumentNullException>(() => VotingGame.ForBody(null!, design.Bodies[0])).ParamName);
        Assert.Equal("body", Assert.Throws<ArgumentNullException>(() => VotingGame.ForBody(design, null!)).ParamName);
        Assert.Equal("design", Assert.Throws<ArgumentNullException>(() => VotingGame.ForTreaty(null!, new Treaty("t", "T", ["a"]))).ParamName);
        Assert.Equal("treaty", Assert.Throws<ArgumentNullException>(() => VotingGame.ForTreaty(design, null!)).ParamName);
        Assert.Equal("rule", Assert.Throws<ArgumentNullException>(() => VotingGame.Create(null!, Abc)).ParamName);
        Assert.Equal("voters", Assert.Throws<ArgumentNullException>(() => VotingGame.Create(Rule.Unanimity, null!)).ParamName);
        Assert.Equal("coalition", Assert.Throws<ArgumentNullException>(() => Majority().IsWinning((IEnumerable<string>)null!)).ParamName);
        Assert.Equal("coalition", Assert.Throws<ArgumentNullException>(() => Majority().IsWinning((System.Collections.BitArray)null!)).ParamName);
    }

    [Fact]
    public void An_unknown_id_is_named_with_the_voters()
    {
        var e = Assert.Throws<ArgumentException>(() => Majority().IsWinning(["a", "zz"]));
        Assert.Equal("coalition", e.ParamName);
        Assert.StartsWith("\"zz\" is not a voter of this game (voters: a, b, c).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_voter_named_twice_in_a_coalition_counts_once()
    {
        Assert.False(Majority().IsWinning(["a", "a"]));
        Assert.True(Majority().IsWinning(["a", "b", "b"]));
    }

    [Fact]
    public void Bits_beyond_the_voters_are_ignored()
    {
        var bits = new System.Collections.BitArray(200);
        bits[0] = true;
        bits[150] = true;
        bits[199] = true;
        Assert.False(Majority().IsWinning(bits));
        bits[2] = true;
        Assert.True(Majority().IsWinning(bits));
    }

    [Fact]
    public void A_negative_listing_limit_is_refused()
    {
        Assert.Equal("limit", Assert.Throws<ArgumentOutOfRangeException>(() => Majority().MinimalWinningCoalitions(-1)).ParamName);
        Assert.Equal("limit", Assert.Throws<ArgumentOutOfRangeException>(() => Majority().MinimalBlockingCoalitions(-1)).ParamName);
    }

    [Fact]
    public void A_listing_limit_of_zero_lists_nothing_and_says_there_is_more()
    {
        var listing = Majority().MinimalWinningCoalitions(0);
        Assert.Empty(listing.Coalitions);
        Assert.False(listing.IsComplete);
    }

    [Fact]
    public void A_game_reads_as_its_rule_over_its_voters() =>
        Assert.Equal($"{Rule.SimpleMajority} over [a, b, c]", Majority().ToString());

    [Fact]
    public void The_position_of_an_unknown_id_is_minus_one()
    {
        Assert.Equal(2, Majority().IndexOf("c"));
        Assert.Equal(-1, Majority().IndexOf("zz"));
    }
}
