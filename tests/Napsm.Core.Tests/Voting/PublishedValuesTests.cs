using System.Numerics;
using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Voting;

/// <summary>
/// Published values from shared/reference/voting-power.md: Felsenthal &amp; Machover, The Measurement of Voting Power (1998);
/// Straffin, Game Theory and Strategy (1993); Banzhaf, "Weighted Voting Doesn't Work", Rutgers Law Review 19 (1965).
/// Each game is analysed both by the automatic choice of algorithm and by the decision diagram.
/// </summary>
public class PublishedValuesTests
{
    internal static readonly string[] Permanent = ["cn", "fr", "ru", "uk", "us"];

    internal static VotingGame Unsc() => VotingGame.Create(
        Rule.All(Rule.AtLeast(Threshold.Count(9)), Rule.Veto(Permanent)),
        Permanent.Concat(Enumerable.Range(1, 10).Select(i => "e" + i)));

    internal static VotingGame Weighted(Rational quota, params (string Id, int Weight)[] weights) => VotingGame.Create(
        Rule.Weighted(weights.Select(w => KeyValuePair.Create(w.Id, (Rational)w.Weight)), Threshold.Count(quota)),
        weights.Select(w => w.Id));

    internal static VotingGame Eec1958() => Weighted(12, ("fr", 4), ("de", 4), ("it", 4), ("be", 2), ("nl", 2), ("lu", 1));

    public static TheoryData<bool> Algorithms => new() { false, true };

    private static GameAnalysis Analyze(VotingGame game, bool diagram) => GameAnalyzer.Analyze(game, AnalysisOptions.Default, default, diagram);

    private static Rational R(long n, long d) => new(n, d);

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Security_council_permanent_members_have_the_published_power(bool diagram)
    {
        // Felsenthal & Machover (1998); Straffin (1993): 848 swings, PB 53/1024, BZ 106/635, SS 421/2145.
        var cn = Analyze(Unsc(), diagram).Members[0];
        Assert.Equal((new BigInteger(848), R(53, 1024), R(106, 635), (Rational?)R(421, 2145)), (cn.Swings, cn.Penrose, cn.Banzhaf, cn.ShapleyShubik));
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Security_council_elected_members_have_the_published_power(bool diagram)
    {
        // Same sources: 84 swings, PB 21/4096, BZ 21/1270, SS 4/2145.
        var e1 = Analyze(Unsc(), diagram).Members[5];
        Assert.Equal((new BigInteger(84), R(21, 4096), R(21, 1270), (Rational?)R(4, 2145)), (e1.Swings, e1.Penrose, e1.Banzhaf, e1.ShapleyShubik));
    }

    [Fact]
    public void Security_council_has_848_winning_coalitions_and_five_vetoes_and_is_proper_not_strong()
    {
        var a = Unsc().Analyze();
        Assert.Equal(new BigInteger(848), a.WinningCoalitions);
        Assert.Equal(R(53, 2048), a.PowerToAct);
        Assert.Equal(Permanent, a.VetoPlayers);
        Assert.Empty(a.DummyPlayers);
        Assert.Equal((true, false), (a.IsProper, a.IsStrong));
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Eec_1958_council_has_the_published_power_and_the_luxembourg_dummy(bool diagram)
    {
        // Treaty of Rome Art. 148; Felsenthal & Machover (1998): large 10 swings, 5/21, 7/30; middle 6, 1/7, 3/20; Luxembourg dummy.
        var a = Analyze(Eec1958(), diagram);
        Assert.Equal(new BigInteger(14), a.WinningCoalitions);
        Assert.Equal((new BigInteger(10), R(5, 16), R(5, 21), (Rational?)R(7, 30)), (a.Members[0].Swings, a.Members[0].Penrose, a.Members[0].Banzhaf, a.Members[0].ShapleyShubik));
        Assert.Equal((new BigInteger(6), R(3, 16), R(1, 7), (Rational?)R(3, 20)), (a.Members[3].Swings, a.Members[3].Penrose, a.Members[3].Banzhaf, a.Members[3].ShapleyShubik));
        Assert.Equal(["lu"], a.DummyPlayers);
        Assert.Equal((true, false, false), (a.IsProper, a.IsStrong, a.IsDecisive));
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Nassau_county_1958_gives_the_three_small_towns_no_power(bool diagram)
    {
        // Banzhaf (1965); Straffin (1993): the three largest have BZ = SS = 1/3; the rest are dummies; proper and strong.
        var a = Analyze(Weighted(16, ("h1", 9), ("h2", 9), ("nh", 7), ("ob", 3), ("gc", 1), ("lb", 1)), diagram);
        Assert.All(a.Members.Take(3), m => Assert.Equal((R(1, 3), (Rational?)R(1, 3)), (m.Banzhaf, m.ShapleyShubik)));
        Assert.Equal(["ob", "gc", "lb"], a.DummyPlayers);
        Assert.Equal((true, true), (a.IsProper, a.IsStrong));
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Game_6_4321_has_the_classic_values(bool diagram)
    {
        // [6; 4,3,2,1]: swings 5,3,3,1; BZ = SS = 5/12, 1/4, 1/4, 1/12; 7 winning coalitions (Straffin 1993).
        var a = Analyze(Weighted(6, ("a", 4), ("b", 3), ("c", 2), ("d", 1)), diagram);
        Assert.Equal(new BigInteger(7), a.WinningCoalitions);
        Assert.Equal([5, 3, 3, 1], a.Members.Select(m => (int)m.Swings!.Value));
        Assert.Equal([R(5, 12), R(1, 4), R(1, 4), R(1, 12)], a.Members.Select(m => m.Banzhaf!.Value));
        Assert.Equal([R(5, 12), R(1, 4), R(1, 4), R(1, 12)], a.Members.Select(m => m.ShapleyShubik!.Value));
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Game_4_3211_has_the_classic_values(bool diagram)
    {
        var a = Analyze(Weighted(4, ("a", 3), ("b", 2), ("c", 1), ("d", 1)), diagram);
        Assert.Equal([R(1, 2), R(1, 6), R(1, 6), R(1, 6)], a.Members.Select(m => m.Banzhaf!.Value));
        Assert.Equal([R(1, 2), R(1, 6), R(1, 6), R(1, 6)], a.Members.Select(m => m.ShapleyShubik!.Value));
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Game_51_49_49_2_gives_everyone_a_third_and_is_decisive(bool diagram)
    {
        var a = Analyze(Weighted(51, ("a", 49), ("b", 49), ("c", 2)), diagram);
        Assert.All(a.Members, m => Assert.Equal((R(1, 3), (Rational?)R(1, 3)), (m.Banzhaf, m.ShapleyShubik)));
        Assert.Equal((true, true, true), (a.IsProper, a.IsStrong, a.IsDecisive));
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Game_50_50_30_20_is_improper_with_two_disjoint_winning_coalitions(bool diagram)
    {
        var a = Analyze(Weighted(50, ("a", 50), ("b", 30), ("c", 20)), diagram);
        Assert.False(a.IsProper);
        var w = a.ImproperWitness!;
        var pair = new[] { string.Join(",", w.First), string.Join(",", w.Second) }.Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["a", "b,c"], pair);
    }

    [Fact]
    public void Security_council_minimal_winning_coalitions_are_the_five_with_four_elected()
    {
        var listing = Unsc().MinimalWinningCoalitions(1000);
        Assert.True(listing.IsComplete);
        Assert.Equal(210, listing.Coalitions.Count);
        Assert.All(listing.Coalitions, c => Assert.Equal(9, c.Count));
    }

    [Fact]
    public void Minimal_winning_coalitions_beyond_the_limit_are_reported_as_too_many()
    {
        var listing = Unsc().MinimalWinningCoalitions(10);
        Assert.False(listing.IsComplete);
        Assert.Equal(10, listing.Coalitions.Count);
    }

    [Fact]
    public void Security_council_minimal_blocking_coalitions_are_one_permanent_or_seven_elected()
    {
        var listing = Unsc().MinimalBlockingCoalitions(1000);
        Assert.Equal(5 + 120, listing.Coalitions.Count);
    }

    [Fact]
    public void Eec_1958_has_no_dictator_but_a_one_member_quota_game_does()
    {
        Assert.Null(Eec1958().Analyze().Dictator);
        Assert.Equal("a", Weighted(5, ("a", 5), ("b", 1), ("c", 1)).Analyze().Dictator);
    }

    [Fact]
    public void Security_council_deegan_packel_and_holler_packel_follow_from_the_210_minimal_winning_coalitions()
    {
        // Each MWC has 5 permanent + 4 of 10 elected; a permanent member is in all 210, an elected member in C(9,3) = 84.
        var a = Unsc().Analyze();
        Assert.Equal(R(210, 210 * 5 + 84 * 10), a.Members[0].HollerPackel);
        Assert.Equal(R(1, 9), a.Members[0].DeeganPackel);
        Assert.Equal(R(84, 210 * 9), a.Members[5].DeeganPackel);
    }

    [Fact]
    public void A_clause_that_never_changes_the_outcome_is_redundant()
    {
        var game = VotingGame.Create(Rule.Any(Rule.AtLeast(Threshold.Count(2)), Rule.AtLeast(Threshold.Count(3))), ["a", "b", "c", "d"]);
        var clauses = game.Analyze().Clauses;
        Assert.Equal([("/any/0", false), ("/any/1", true)], clauses.Select(c => (c.At, c.IsRedundant)));
    }

    [Fact]
    public void The_security_council_veto_clause_changes_the_coalitions_of_nine_or_more_that_lack_a_permanent_member()
    {
        var clauses = Unsc().Analyze().Clauses;
        // Winning with the veto: 848. Without it, every coalition of at least 9 of 15 wins: Σ_{k≥9} C(15,k) = 9949.
        Assert.Equal(new BigInteger(9949 - 848), clauses.Single(c => c.At == "/all/1").ChangedCoalitions);
    }
}
