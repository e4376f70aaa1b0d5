using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Voting;

/// <summary>Minimal winning and blocking coalitions listed lazily, across the 64-voter word boundary of the bit sets.</summary>
public class CoalitionEnumerationTests
{
    private static string[] Voters(int n) => [.. Enumerable.Range(0, n).Select(i => $"v{i}")];

    // The vetoes are the first two voters: the walk decides voters in order, so a coalition completes as soon as it holds both and one
    // more. (With a veto player listed last the walk tries every subset of the voters before it, the documented limitation of this
    // branch and bound; see docs/analyses.md.)
    [Theory]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(130)]
    public void The_minimal_winning_coalitions_of_two_vetoes_and_a_third_voter_are_one_per_third_voter(int n)
    {
        var game = VotingGame.Create(Rule.All(Rule.Veto("v0", "v1"), Rule.AtLeast(Threshold.Count(3))), Voters(n));
        var minimal = game.EnumerateMinimalWinningCoalitions().ToList();
        Assert.Equal(n - 2, minimal.Count);
        Assert.Equal(["v0", "v1", "v2"], minimal[0]);
        Assert.Equal(["v0", "v1", $"v{n - 1}"], minimal[^1]);
        Assert.All(minimal, c => Assert.Equal(3, c.Count));
    }

    [Theory]
    [InlineData(64)]
    [InlineData(66)]
    public void The_minimal_blocking_coalitions_of_two_vetoes_and_a_third_voter_are_each_veto_alone_and_all_the_others(int n)
    {
        var game = VotingGame.Create(Rule.All(Rule.Veto("v0", "v1"), Rule.AtLeast(Threshold.Count(3))), Voters(n));
        var blocking = game.EnumerateMinimalBlockingCoalitions().ToList();
        Assert.Equal(3, blocking.Count);
        Assert.Equal(["v0"], blocking[0]);
        Assert.Equal(["v1"], blocking[1]);
        Assert.Equal(Voters(n)[2..], blocking[2]);
    }

    [Fact]
    public void A_game_nobody_can_win_has_no_minimal_winning_coalition_and_one_everyone_wins_has_the_empty_one()
    {
        Assert.Empty(VotingGame.Create(Rule.AtLeast(Threshold.Count(4)), Voters(3)).EnumerateMinimalWinningCoalitions());
        var free = VotingGame.Create(Rule.AtLeast(Threshold.Count(0)), Voters(3)).EnumerateMinimalWinningCoalitions().ToList();
        Assert.Empty(Assert.Single(free));
    }

    [Fact]
    public void Listing_stops_when_cancelled()
    {
        using var cts = new CancellationTokenSource();
        var game = VotingGame.Create(Rule.AtLeast(Threshold.Count(10)), Voters(20));
        using var e = game.EnumerateMinimalWinningCoalitions(cts.Token).GetEnumerator();
        Assert.True(e.MoveNext());
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => e.MoveNext());
    }
}
