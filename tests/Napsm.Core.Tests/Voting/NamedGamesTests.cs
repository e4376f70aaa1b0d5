using Napsm.Core.Tests.Seeds;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Voting;

/// <summary>
/// The games issue 14 names, analysed as a user would (<see cref="VotingGame.Analyze"/> with no limit): the portfolio finds the method
/// that computes every index exactly, and says which. (The values themselves are checked in MethodTests and the seeds' meaning tests.)
/// </summary>
public class NamedGamesTests
{
    private static readonly AnalysisPart[] SixIndices =
        [AnalysisPart.Swings, AnalysisPart.ShapleyShubik, AnalysisPart.Johnston, AnalysisPart.DeeganPackel, AnalysisPart.HollerPackel];

    private static void AllSixComputed(GameAnalysis a)
    {
        Assert.Empty(a.NotComputed);
        Assert.All(SixIndices, p => Assert.True(a.IsComputed(p), $"{p} not computed: {a.ReasonFor(p)}"));
        Assert.All(a.Members, m => Assert.NotNull(m.Penrose));
        Assert.True(HonestResultsTests.FiguresMatchParts(a));
    }

    [Fact]
    public void The_us_federal_system_gets_every_index_and_shapley_shubik_by_counting_over_its_four_classes()
    {
        var a = Methods.MethodTests.UsFederal().Analyze(new AnalysisOptions { ClauseEffects = false });
        AllSixComputed(a);
        // Banzhaf may come from the (small) diagram; Shapley–Shubik and Johnston need the classes (176,144 vectors).
        Assert.Contains(new PartMethod(AnalysisPart.ShapleyShubik, AnalysisMethod.Classes), a.Methods);
        Assert.Contains(new PartMethod(AnalysisPart.Johnston, AnalysisMethod.Classes), a.Methods);
    }

    [Fact]
    public void The_imf_executive_board_of_24_directors_gets_johnston_by_enumerating_every_coalition()
    {
        var a = SeedFacts.Game("imf-executive-board", "executive-board-majority").Analyze(new AnalysisOptions { ClauseEffects = false });
        AllSixComputed(a);
        Assert.Contains(new PartMethod(AnalysisPart.Johnston, AnalysisMethod.BitParallel), a.Methods);
    }

    [Fact]
    public void The_eu_council_counts_banzhaf_and_shapley_shubik_on_its_decision_diagram_not_over_its_two_to_the_27_coalitions()
    {
        // The diagram of the Lisbon rule has thousands of nodes; the estimate bounds each level by the subset sums below it, so the
        // population weights do not make it look like 2^27 (which sent Shapley–Shubik to enumeration: 1.1 s instead of 12 ms).
        var a = SeedFacts.Game("eu-council-lisbon", "council-qmv").Analyze(new AnalysisOptions { Indices = PowerIndices.ShapleyShubik, ClauseEffects = false });
        Assert.Contains(new PartMethod(AnalysisPart.Swings, AnalysisMethod.DecisionDiagram), a.Methods);
        Assert.Contains(new PartMethod(AnalysisPart.ShapleyShubik, AnalysisMethod.DecisionDiagram), a.Methods);
    }
}
