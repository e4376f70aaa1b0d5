using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Napsm.Core.Model;
using Napsm.Core.Testing;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Voting;

/// <summary>The game's public queries that the validator asks (#13: built-in rules use only public engine queries).</summary>
public sealed class GameQueryTests
{
    private static readonly string[] Abc = ["a", "b", "c"];

    [Fact]
    public void A_majority_with_a_veto_passes_over_the_others_only()
    {
        var game = VotingGame.Create(Rule.All(Rule.AtLeast(Threshold.Count(2)), Rule.Veto("a")), Abc);
        Assert.True(game.PassesWithEveryone);
        Assert.False(game.PassesWithNobody);
        Assert.Equal(["b", "c"], game.OutvotableVoters);
        Assert.True(game.PassesWithout(["b"]));
        Assert.True(game.PassesWithout(["b", "not-a-voter"]));
        Assert.False(game.PassesWithout(["b", "c"]));
        Assert.Equal(1, game.IndexOf("b"));
        Assert.Equal(-1, game.IndexOf("z"));
    }

    [Fact]
    public void A_rule_that_never_passes_has_neither_vetoes_nor_voters_to_pass_over()
    {
        var game = VotingGame.Create(Rule.AtLeast(Threshold.Count(4)), Abc);
        Assert.False(game.PassesWithEveryone);
        Assert.Empty(game.VetoPlayers);
        Assert.Empty(game.OutvotableVoters);
    }

    [Property(Arbitrary = new[] { typeof(DesignArbitraries) }, MaxTest = 200)]
    public Property Outvotable_voters_are_the_voters_without_whom_the_rest_still_win(DecisionRule rule)
    {
        var game = VotingGame.Create(rule, DesignArbitraries.RuleVoters);
        var expected = game.Voters.Where(v => game.IsWinning(game.Voters.Where(w => w != v))).ToList();
        var complement = game.PassesWithEveryone ? game.Voters.Except(game.VetoPlayers).ToList() : [];
        return expected.SequenceEqual(game.OutvotableVoters).Label("everyone else wins without each of them")
            .And(complement.SequenceEqual(game.OutvotableVoters)).Label("the voters who are not veto players, in a rule that passes")
            .And((game.PassesWithEveryone == game.IsWinning(game.Voters)) && (game.PassesWithNobody == game.IsWinning(Array.Empty<string>()))).Label("everyone / nobody");
    }
}
