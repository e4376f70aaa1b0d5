using Napsm.Core.Analysis;
using Napsm.Core.Model;
using Napsm.Core.Reporting;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Analysis;

/// <summary>
/// #15: where a rule reads abstention, the reports give the ternary figures beside the binary ones and say which is which (CSV and HTML
/// power tables, the diff's power shifts); a rule that does not read abstention keeps its outputs as they were.
/// </summary>
public class TernaryOutputTests
{
    private static Design Council(DecisionRule rule) => new("t", "T")
    {
        Members = [new("a", "A"), new("b", "B"), new("c", "C")],
        Bodies = [new("council", "Council", ["a", "b", "c"], rule)],
    };

    [Fact]
    public void Csv_power_table_labels_binary_and_ternary_columns_when_a_ternary_analysis_is_given()
    {
        var design = Council(Rule.All(Rule.AtLeast(Threshold.Count(2)), Rule.VetoByVotingNo("a")));
        var game = VotingGame.ForBody(design, design.Bodies[0]);
        var csv = CsvReport.Power(design, game.Analyze(), game.AnalyzeTernary());
        var header = csv.Split('\n')[0];
        Assert.Contains("Shapley–Shubik (binary)", header, StringComparison.Ordinal);
        Assert.Contains("Shapley–Shubik (ternary)", header, StringComparison.Ordinal);
        Assert.Contains("Blocks by voting no (ternary)", header, StringComparison.Ordinal);
        Assert.Equal(CsvReport.Power(design, game.Analyze()), CsvReport.Power(design, game.Analyze(), null));
        Assert.DoesNotContain("(binary)", CsvReport.Power(design, game.Analyze()), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_power_page_gives_the_ternary_columns()
    {
        var design = Council(Rule.All(Rule.AtLeast(Threshold.Count(2)), Rule.VetoByVotingNo("a")));
        var game = VotingGame.ForBody(design, design.Bodies[0]);
        var html = HtmlReport.Power(design, design.Bodies[0], game.Analyze(), game.AnalyzeTernary());
        Assert.Contains("Banzhaf (ternary)", html, StringComparison.Ordinal);
        Assert.Contains("Banzhaf (binary)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_gives_ternary_shifts_when_the_abstention_practice_changes_although_the_binary_game_does_not()
    {
        // A veto that abstention blocks and one that only a no vote blocks are the same binary game, different ternary games.
        var before = Council(Rule.All(Rule.AtLeast(Threshold.Count(2)), Rule.Veto("a")));
        var after = Council(Rule.All(Rule.AtLeast(Threshold.Count(2)), Rule.VetoByVotingNo("a")));
        var diff = DesignDiff.Compare(before, after);
        var shifts = diff.PowerShifts.Where(s => s.Body == "council").ToList();
        Assert.NotEmpty(shifts);
        Assert.All(shifts, s => Assert.True(s.HasTernary));
        Assert.All(shifts, s => Assert.Equal(s.ShapleyShubikBefore, s.ShapleyShubikAfter));
        Assert.Contains(shifts, s => s.TernaryShapleyShubikBefore != s.TernaryShapleyShubikAfter);
        var text = DiffWriter.Format(diff, AnalysisFormat.Text);
        Assert.Contains("(binary)", text, StringComparison.Ordinal);
        Assert.Contains("(ternary)", text, StringComparison.Ordinal);
        Assert.Contains("\"ternaryShapleyShubikAfter\"", DiffWriter.Format(diff, AnalysisFormat.Json), StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_of_rules_that_do_not_read_abstention_has_no_ternary_figures()
    {
        var diff = DesignDiff.Compare(Council(Rule.Unanimity), Council(Rule.SimpleMajority));
        Assert.All(diff.PowerShifts, s => Assert.False(s.HasTernary));
        Assert.DoesNotContain("(binary)", DiffWriter.Format(diff, AnalysisFormat.Text), StringComparison.Ordinal);
    }
}
