using FsCheck;
using FsCheck.Fluent;
using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Voting;

/// <summary>
/// A figure is exact or absent: every part not computed has a typed reason and null figures, every part computed names its method, a
/// rule with problems gives nothing, and the one veto definition holds in the game where nothing wins.
/// </summary>
public class HonestResultsTests
{
    private static string[] Voters(int n) => Enumerable.Range(0, n).Select(i => "v" + i).ToArray();

    /// <summary>Whether the figures of every part are present exactly when the part is computed.</summary>
    internal static bool FiguresMatchParts(GameAnalysis a)
    {
        bool Present(AnalysisPart part) => part switch
        {
            AnalysisPart.WinningCoalitions => a.WinningCoalitions is not null && a.PowerToAct is not null,
            AnalysisPart.Structure => a.IsProper is not null && a.IsStrong is not null,
            AnalysisPart.Swings => a.TotalSwings is not null && a.Members.All(m => m.Swings is not null && m.Penrose is not null && m.Banzhaf is not null && m.IsDummy is not null),
            AnalysisPart.ShapleyShubik => a.Members.All(m => m.ShapleyShubik is not null),
            AnalysisPart.Johnston => a.Members.All(m => m.Johnston is not null),
            AnalysisPart.DeeganPackel => a.Members.All(m => m.DeeganPackel is not null),
            AnalysisPart.HollerPackel => a.Members.All(m => m.HollerPackel is not null),
            _ => true,
        };
        bool Absent(AnalysisPart part) => part switch
        {
            AnalysisPart.WinningCoalitions => a.WinningCoalitions is null && a.PowerToAct is null,
            AnalysisPart.Structure => a.IsProper is null && a.IsStrong is null && a.ImproperWitness is null && a.NotStrongWitness is null,
            AnalysisPart.Swings => a.TotalSwings is null && a.DummyPlayers.Count == 0
                && a.Members.All(m => m.Swings is null && m.Penrose is null && m.Banzhaf is null && m.IsDummy is null),
            AnalysisPart.ShapleyShubik => a.Members.All(m => m.ShapleyShubik is null),
            AnalysisPart.Johnston => a.Members.All(m => m.Johnston is null),
            AnalysisPart.DeeganPackel => a.Members.All(m => m.DeeganPackel is null),
            AnalysisPart.HollerPackel => a.Members.All(m => m.HollerPackel is null),
            AnalysisPart.Clauses => a.Clauses.Count == 0,
            _ => true,
        };
        return a.NotComputed.All(p => Absent(p.Part)) && a.Methods.All(m => Present(m.Part))
            && a.NotComputed.Select(p => p.Part).Intersect(a.Methods.Select(m => m.Part)).Any() == false;
    }

    [Fact]
    public void Under_any_limits_a_part_not_computed_has_no_figure_and_a_part_computed_has_all_of_them() =>
        Prop.ForAll(RuleGenerators.Games, Gen.Choose(0, 6).ToArbitrary(), Gen.Choose(0, 4).ToArbitrary(), (r, nodes, bytes) =>
        {
            var options = new AnalysisOptions
            {
                MaxDiagramNodes = new[] { 2, 5, 20, 100, 1_000, 100_000, 4_000_000 }[nodes],
                MaxTableBytes = new long[] { 1, 50, 500, 5_000, 1_500_000_000 }[bytes],
                MaxEnumeratedVoters = 2 + nodes * 3,
            };
            var a = VotingGame.Create(r.Rule, r.Voters).Analyze(options);
            var every = GameAnalyzer.Wanted(a.Game, options);
            return FiguresMatchParts(a).Label("figures present exactly for computed parts")
                .And(every.All(p => a.IsComputed(p) ^ a.ReasonFor(p) is not null).Label("each part asked for is computed or has one reason"))
                .And((a.NotComputed.Count + a.Methods.Count == every.Count).Label("nothing listed twice or left out"));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));

    [Fact]
    public void A_rule_naming_a_non_voter_gives_no_figures_at_all()
    {
        var game = VotingGame.Create(Rule.All(Rule.SimpleMajority, Rule.Veto("outsider")), Voters(4));
        Assert.NotEmpty(game.Problems);
        var a = game.Analyze();
        Assert.Empty(a.Methods);
        Assert.All(a.NotComputed, p => Assert.Equal(NotComputedReason.InvalidRule, p.Reason));
        Assert.Null(a.WinningCoalitions);
        Assert.All(a.Members, m => Assert.Null(m.IsVeto));
        Assert.Empty(a.VetoPlayers);
        Assert.Null(a.Dictator);
        Assert.True(FiguresMatchParts(a));
    }

    [Fact]
    public void A_game_nobody_can_pass_has_no_veto_players()
    {
        // Five of four: not even everyone together wins, so nobody's opposition matters (the rule's problem is NAPSM0301).
        var game = VotingGame.Create(Rule.AtLeast(Threshold.Count(5)), Voters(4));
        Assert.Empty(game.VetoPlayers);
        Assert.False(game.IsVetoPlayer("v0"));
        Assert.All(game.Analyze(new AnalysisOptions { AnalyseDespiteProblems = true }).Members, m => Assert.False(m.IsVeto));
        Assert.All(BruteForce.Analyze(game).Veto, Assert.False);
    }

    [Fact]
    public void Veto_players_are_the_voters_the_others_cannot_pass_without()
    {
        var game = VotingGame.Create(Rule.All(Rule.AtLeast(Threshold.Count(3)), Rule.Veto("v1")), Voters(4));
        Assert.Equal(["v1"], game.VetoPlayers);
        Assert.True(game.IsVetoPlayer("v1"));
        Assert.False(game.IsVetoPlayer("nobody"));
        Assert.Equal(["v1"], game.Analyze().VetoPlayers);
    }

    [Fact]
    public void A_time_limit_of_zero_leaves_every_part_not_computed_with_the_time_limit_as_reason()
    {
        var game = VotingGame.Create(Rule.All(Rule.SimpleMajority, Rule.Veto("v0")), Voters(30));
        var a = game.Analyze(new AnalysisOptions { TimeLimit = TimeSpan.Zero });
        Assert.Empty(a.Methods);
        Assert.NotEmpty(a.NotComputed);
        Assert.All(a.NotComputed, p => Assert.Equal(NotComputedReason.TimeLimit, p.Reason));
        Assert.True(FiguresMatchParts(a));
    }

    [Fact]
    public void A_memory_limit_below_a_table_is_the_reason_when_it_is_the_limit_broken()
    {
        // Half of 200 voters weighing 1–7 (794 in all): Banzhaf's generating function has 397 counts of 32 bytes (12,704 bytes);
        // Shapley–Shubik's per-size table 22,888 (732,416 bytes exactly, 183,104 modulo one prime at a time); the diagram needs more.
        var game = VotingGame.Create(Rule.Weighted(Voters(200).Select((v, i) => KeyValuePair.Create(v, (Rational)(i % 7 + 1))), Threshold.Percentage(50)), Voters(200));
        var a = game.Analyze(new AnalysisOptions { Indices = PowerIndices.ShapleyShubik, MemoryLimit = 100_000, ClauseEffects = false });
        Assert.True(a.IsComputed(AnalysisPart.Swings));
        var ss = a.ReasonFor(AnalysisPart.ShapleyShubik);
        Assert.NotNull(ss);
        Assert.Equal(NotComputedReason.MemoryLimit, ss.Reason);
        Assert.Equal(new AnalysisSize(SizeUnit.Bytes, 732_416, 100_000), ss.Size);

        // With 200,000 bytes the table modulo primes fits where the exact one does not.
        var modular = game.Analyze(new AnalysisOptions { Indices = PowerIndices.ShapleyShubik, MemoryLimit = 200_000, ClauseEffects = false });
        Assert.Contains(new PartMethod(AnalysisPart.ShapleyShubik, AnalysisMethod.ModularGeneratingFunction), modular.Methods);
    }

    [Fact]
    public void Each_part_computed_names_its_method()
    {
        var weighted = VotingGame.Create(Rule.Weighted([new("a", 3), new("b", 2), new("c", 1)], Threshold.Count(4)), ["a", "b", "c"]).Analyze();
        Assert.Contains(new PartMethod(AnalysisPart.Swings, AnalysisMethod.GeneratingFunction), weighted.Methods);
        Assert.Contains(new PartMethod(AnalysisPart.Structure, AnalysisMethod.SubsetSums), weighted.Methods);
        Assert.Contains(new PartMethod(AnalysisPart.Johnston, AnalysisMethod.BitParallel), weighted.Methods);
        var symmetric = VotingGame.Create(Rule.SimpleMajority, Voters(40)).Analyze();
        Assert.All(symmetric.Methods.Where(m => m.Part != AnalysisPart.Structure), m => Assert.Equal(AnalysisMethod.Classes, m.Method));
        Assert.Empty(symmetric.NotComputed);
        var composite = VotingGame.Create(Rule.All(Rule.SimpleMajority, Rule.Veto("v0")), Voters(5));
        Assert.Contains(new PartMethod(AnalysisPart.Swings, AnalysisMethod.BitParallel), composite.Analyze().Methods);
        var noEnumeration = composite.Analyze(new AnalysisOptions { MaxEnumeratedVoters = 0 });
        Assert.Contains(new PartMethod(AnalysisPart.Swings, AnalysisMethod.DecisionDiagram), noEnumeration.Methods);
        Assert.Contains(new PartMethod(AnalysisPart.Clauses, AnalysisMethod.DecisionDiagram), noEnumeration.Methods);
    }
}
