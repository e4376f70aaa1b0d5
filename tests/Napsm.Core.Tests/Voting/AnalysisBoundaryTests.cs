using System.Numerics;
using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Voting;

/// <summary>
/// The limits of an analysis at their exact boundaries, and what is reported past them: a limit is a promise about memory, so a table
/// exactly at the limit is built and one byte more is refused with a message that says what and why.
/// </summary>
public class AnalysisBoundaryTests
{
    private static readonly string[] Abcd = ["a", "b", "c", "d"];

    // [5; 3, 2, 1, 1]: quota 5 (no common factor), four voters, so 8-byte counts.
    private static VotingGame Weighted3211() =>
        VotingGame.Create(Rule.Weighted([new("a", 3), new("b", 2), new("c", 1), new("d", 1)], Threshold.Count(5)), Abcd);

    // A composite rule, so the analysis runs on the decision diagram: three of four, one of them "a".
    private static readonly DecisionRule ThreeWithAVeto = Rule.All(Rule.AtLeast(Threshold.Count(3)), Rule.Veto("a"));

    [Fact]
    public void The_counting_table_is_built_at_exactly_its_byte_limit_and_refused_one_byte_below()
    {
        // Quota 5 of 7 is above half, so the table counts the complements: one 8-byte count per weight up to 7 − 5, 3 × 8 = 24 bytes.
        var at = Weighted3211().Analyze(new AnalysisOptions { MaxTableBytes = 24, Indices = PowerIndices.None });
        Assert.True(at.IsComputed(AnalysisPart.Swings));
        Assert.Equal([5, 3, 1, 1], at.Members.Select(m => (int)m.Swings!.Value));
        Assert.Contains(new PartMethod(AnalysisPart.Swings, AnalysisMethod.GeneratingFunction), at.Methods);

        // One byte below, the generating function declines; the decision diagram's up and down counts (two 8-byte cells per
        // node) and the enumerations' tables do not fit 23 bytes either, so the counts are not computed, and no figure is shown.
        var below = Weighted3211().Analyze(new AnalysisOptions { MaxTableBytes = 23, Indices = PowerIndices.None });
        Assert.Equal(NotComputedReason.TooLarge, below.ReasonFor(AnalysisPart.Swings)!.Reason);
        Assert.All(below.Members, m => Assert.Null(m.Swings));

        // The same game with weights near 100 times larger (no common factor): its table needs 201 cells (1,608 bytes), its diagram as
        // few nodes as before. At 1,000 bytes, with the enumerating methods off, the table is refused and the diagram (the next
        // cheapest) computes the same counts.
        var scaled = VotingGame.Create(
            Rule.Weighted([new("a", 301), new("b", 200), new("c", 100), new("d", 100)], Threshold.Count(501)), Abcd);
        var diagram = scaled.Analyze(new AnalysisOptions { MaxTableBytes = 1_000, Indices = PowerIndices.None, MaxEnumeratedVoters = 0 });
        Assert.Equal([5, 3, 1, 1], diagram.Members.Select(m => (int)m.Swings!.Value));
        Assert.Contains(new PartMethod(AnalysisPart.Swings, AnalysisMethod.DecisionDiagram), diagram.Methods);
        Assert.Empty(diagram.NotComputed);
    }

    [Fact]
    public void The_shapley_shubik_table_is_counted_cell_by_cell_and_built_at_exactly_its_limit()
    {
        // Quota 5 of 7: the table counts complements of weight at most 2 per size: size 0 weight 0, size 1 weights 1 and 2, size 2
        // weight 2 (the two voters of weight 1): 4 cells of 8 bytes.
        var at = Weighted3211().Analyze(new AnalysisOptions { MaxTableBytes = 32, Indices = PowerIndices.ShapleyShubik });
        Assert.Empty(at.NotComputed);
        Assert.Equal(
            [new Rational(7, 12), new Rational(1, 4), new Rational(1, 12), new Rational(1, 12)],
            at.Members.Select(m => m.ShapleyShubik!.Value));

        // Below it the diagram takes over Shapley–Shubik (its per-size table fits 63 bytes? no: it is larger), so it is not computed.
        var below = Weighted3211().Analyze(new AnalysisOptions { MaxTableBytes = 31, Indices = PowerIndices.ShapleyShubik });
        Assert.True(below.IsComputed(AnalysisPart.Swings));
        var reason = Assert.Single(below.NotComputed);
        Assert.Equal(AnalysisPart.ShapleyShubik, reason.Part);
        Assert.Equal(NotComputedReason.TooLarge, reason.Reason);
        Assert.Equal(SizeUnit.Bytes, reason.Size!.Unit);
        Assert.All(below.Members, m => Assert.Null(m.ShapleyShubik));
        Assert.Equal([5, 3, 1, 1], below.Members.Select(m => (int)m.Swings!.Value));
    }

    [Fact]
    public void A_composite_game_over_the_node_limit_reports_each_part_it_could_not_compute()
    {
        var rule = ThreeWithAVeto;
        // With the enumerating methods off, the diagram is the only method for a composite rule.
        var a = VotingGame.Create(rule, Abcd).Analyze(new AnalysisOptions { MaxDiagramNodes = 2, Indices = PowerIndices.None, MaxEnumeratedVoters = 0 });
        var nodes = new AnalysisSize(SizeUnit.Nodes, null, 2);
        Assert.Equal(
            [AnalysisPart.WinningCoalitions, AnalysisPart.Structure, AnalysisPart.Swings, AnalysisPart.Clauses],
            a.NotComputed.Select(p => p.Part));
        Assert.All(a.NotComputed, p => Assert.Equal((NotComputedReason.TooLarge, nodes), (p.Reason, p.Size)));
        Assert.Equal("a decision diagram above 2 nodes", Napsm.Core.Validation.Wording.Detail(a.NotComputed[0]));
        Assert.Null(a.IsProper);
        Assert.Null(a.IsStrong);
        Assert.Empty(a.Clauses);
        Assert.Null(a.WinningCoalitions);
        Assert.Null(a.PowerToAct);
        Assert.Null(a.TotalSwings);
        Assert.All(a.Members, m => Assert.Equal((null, null, null, null), (m.Swings, m.Penrose, m.Banzhaf, m.IsDummy)));
    }

    [Fact]
    public void Without_clause_effects_a_composite_game_reports_none_and_misses_nothing()
    {
        var rule = ThreeWithAVeto;
        var off = VotingGame.Create(rule, Abcd).Analyze(new AnalysisOptions { ClauseEffects = false });
        Assert.Empty(off.Clauses);
        Assert.Empty(off.NotComputed);
        Assert.Equal(2, VotingGame.Create(rule, Abcd).Analyze().Clauses.Count);
        Assert.True(AnalysisOptions.Default.ClauseEffects);
    }

    [Fact]
    public void Shapley_shubik_on_the_diagram_over_the_memory_limit_is_not_computed_but_banzhaf_is()
    {
        var rule = ThreeWithAVeto;
        var a = VotingGame.Create(rule, Abcd).Analyze(new AnalysisOptions { MaxTableBytes = 200 });
        Assert.True(a.IsComputed(AnalysisPart.Swings));
        Assert.Equal(NotComputedReason.TooLarge, a.ReasonFor(AnalysisPart.ShapleyShubik)!.Reason);
        Assert.All(a.Members, m => Assert.Null(m.ShapleyShubik));
        Assert.Equal(new Rational(1, 2), a.Members[0].Penrose);
    }

    [Fact]
    public void When_everyone_wins_alone_nobody_is_a_dictator()
    {
        // A quota of 0: even the empty coalition wins, so nobody has a veto and nobody dictates.
        var a = VotingGame.Create(Rule.Weighted([new("a", 3), new("b", 1)], Threshold.Count(0)), ["a", "b"]).Analyze();
        Assert.Null(a.Dictator);
        Assert.All(a.Members, m => Assert.False(m.IsVeto));
    }

    [Fact]
    public void A_voter_who_wins_alone_and_has_a_veto_is_the_dictator()
    {
        var a = VotingGame.Create(Rule.Weighted([new("a", 3), new("b", 1), new("c", 1)], Threshold.Count(3)), ["a", "b", "c"]).Analyze();
        Assert.Equal("a", a.Dictator);
        Assert.Equal([true, false, false], a.Members.Select(m => m.IsVeto));
    }

    [Fact]
    public void A_veto_player_who_cannot_win_alone_is_no_dictator()
    {
        var a = VotingGame.Create(Rule.All(Rule.AtLeast(Threshold.Count(2)), Rule.Veto("a")), ["a", "b", "c"]).Analyze();
        Assert.Null(a.Dictator);
        Assert.Equal([true, false, false], a.Members.Select(m => m.IsVeto));
    }

    [Fact]
    public void The_diagram_orders_voters_by_decreasing_weight_of_the_first_unequal_leaf_ties_by_their_own_order()
    {
        // Bolus (2011): heavy voters first keep the diagram of a weighted game small.
        var rule = Rule.All(Rule.AtLeast(Threshold.Count(2)), Rule.Weighted([new("a", 1), new("b", 5), new("c", 3), new("d", 3)], Threshold.Count(6)));
        var game = VotingGame.Create(rule, Abcd);
        Assert.Equal([1, 2, 3, 0], GameAnalyzer.VariableOrder(game.Root, 4));
        Assert.Equal([0, 1, 2, 3], GameAnalyzer.VariableOrder(VotingGame.Create(Rule.AtLeast(Threshold.Count(2)), Abcd).Root, 4));
    }

    [Fact]
    public void Voters_alike_in_power_get_equal_but_independent_fractions()
    {
        // b, c and d are alike: their fractions are shared work, not shared mistakes; a, alone in its class, differs.
        var a = Weighted3211().Analyze();
        Assert.Equal(a.Members[2].Banzhaf, a.Members[3].Banzhaf);
        Assert.Equal(new Rational(5, 10), a.Members[0].Banzhaf);
        Assert.Equal(new Rational(3, 10), a.Members[1].Banzhaf);
        Assert.Equal(new Rational(1, 10), a.Members[3].Banzhaf);
        Assert.Equal(new Rational(5, 8), a.Members[0].Penrose);
        Assert.Equal(new Rational(1, 8), a.Members[3].Penrose);
    }
}
