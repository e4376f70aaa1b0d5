using Napsm.Core.Model;
using Napsm.Core.Reporting.Charts;
using Napsm.Core.Reporting.Tables;
using Napsm.Core.Voting;

namespace Napsm.Core.Reporting.Html;

/// <summary>The power of a body's rule (or a treaty's entry-into-force rule): a table of figures and bars per member.</summary>
internal static class PowerHtml
{
    /// <summary>The table of power per voter: exact figures, marks, and the weight share where the rule is weighted.</summary>
    public static ReportTable Table(Design design, string title, GameAnalysis a, TernaryAnalysis? ternary = null)
    {
        var weights = WeightShares(design, a.Game);
        var names = design.Members.DistinctBy(m => m.Id).ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);
        var columns = new List<TableColumn> { TableColumn.Id("Member", "member"), TableColumn.Name("Name", "name") };
        if (weights is not null) columns.Add(TableColumn.Number("Weight share", "weightShare"));
        // An approximated index (only when asked, only where the exact methods gave nothing) keeps its column, its cells marked ≈, and
        // gains the ends of its interval beside it; without approximation the table is as it always was.
        bool ssApprox = a.ApproximationOf(AnalysisPart.ShapleyShubik) is not null;
        bool swingsApprox = a.ApproximationOf(AnalysisPart.Swings) is not null;
        // Beside the ternary game (#15) the binary figures say they are binary (every voter present, abstention counted as no).
        string binary = ternary is null ? "" : " (binary)";
        columns.Add(TableColumn.Number("Shapley–Shubik" + binary, "shapleyShubik"));
        if (ssApprox) columns.AddRange([TableColumn.Number("Shapley–Shubik low", "shapleyShubikLow"), TableColumn.Number("Shapley–Shubik high", "shapleyShubikHigh")]);
        columns.Add(TableColumn.Number("Banzhaf" + binary, "banzhaf"));
        if (swingsApprox) columns.AddRange([TableColumn.Number("Banzhaf low", "banzhafLow"), TableColumn.Number("Banzhaf high", "banzhafHigh")]);
        columns.Add(TableColumn.Number("Penrose" + binary, "penrose"));
        if (swingsApprox) columns.AddRange([TableColumn.Number("Penrose low", "penroseLow"), TableColumn.Number("Penrose high", "penroseHigh")]);
        columns.AddRange([TableColumn.Number("Swings" + binary, "swings"), TableColumn.Short("Veto" + binary, "veto"), TableColumn.Short("Dummy" + binary, "dummy")]);
        if (ternary is not null)
        {
            columns.AddRange([TableColumn.Number("Shapley–Shubik (ternary)", "shapleyShubikTernary"), TableColumn.Number("Banzhaf (ternary)", "banzhafTernary"),
                TableColumn.Short("Blocks by voting no (ternary)", "blocksByVotingNo")]);
        }

        var ternaryOf = ternary?.Members.DistinctBy(m => m.Id).ToDictionary(m => m.Id, StringComparer.Ordinal);
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var m in a.Members)
        {
            var row = new List<TableCell> { m.Id, names.GetValueOrDefault(m.Id, m.Id) };
            if (weights is not null) row.Add(TableCell.Of(weights.TryGetValue(m.Id, out var w) ? Figure.Of(w) : Figure.Missing("no weight")));
            row.Add(TableCell.Of(m.ShapleyShubik is { } ss ? Figure.Of(ss) : Approximate(m.ApproximateShapleyShubik) ?? Missing(a, AnalysisPart.ShapleyShubik)));
            if (ssApprox) AddInterval(row, m.ShapleyShubik is null ? m.ApproximateShapleyShubik : null);
            row.Add(TableCell.Of(m.Banzhaf is { } bz ? Figure.Of(bz) : Approximate(m.ApproximateBanzhaf) ?? Missing(a, AnalysisPart.Swings)));
            if (swingsApprox) AddInterval(row, m.Banzhaf is null ? m.ApproximateBanzhaf : null);
            row.Add(TableCell.Of(m.Penrose is { } pe ? Figure.Of(pe) : Approximate(m.ApproximatePenrose) ?? Missing(a, AnalysisPart.Swings)));
            if (swingsApprox) AddInterval(row, m.Penrose is null ? m.ApproximatePenrose : null);
            row.Add(TableCell.Of(m.Swings is { } sw ? Figure.Of(sw) : Missing(a, AnalysisPart.Swings), 0));
            row.Add(m.IsVeto switch { true => "veto", false => "", null => "not computed" });
            row.Add(m.IsDummy switch { true => "dummy", false => "", null => "not computed" });
            if (ternary is not null)
            {
                var t = ternaryOf!.GetValueOrDefault(m.Id);
                row.Add(TableCell.Of(t?.ShapleyShubik is { } tss ? Figure.Of(tss) : Missing(ternary, AnalysisPart.ShapleyShubik)));
                row.Add(TableCell.Of(t?.Banzhaf is { } tbz ? Figure.Of(tbz) : Missing(ternary, AnalysisPart.Swings)));
                row.Add(t?.BlocksByVotingNo switch { true => "blocks", false => "", null => "not computed" });
            }

            rows.Add(row);
        }

        return new ReportTable("power", title, columns, rows);
    }

    /// <summary>Bars of Shapley–Shubik and Banzhaf per member (and the weight share, when weighted), the table beside them.</summary>
    public static void Write(HtmlBuilder h, Design design, string title, GameAnalysis a, TernaryAnalysis? ternary = null)
    {
        var table = Table(design, title + ": power per member", a, ternary);
        var weighted = table.Columns.Any(c => c.Key == "weightShare");
        var series = new List<BarSeries> { new("Shapley–Shubik", "ss"), new("Banzhaf (normalised)", "bz") };
        if (weighted) series.Add(new("Weight share", "wt"));
        int Col(string key) => table.Columns.ToList().FindIndex(c => c.Key == key);
        var byId = a.Members.ToDictionary(m => m.Id, StringComparer.Ordinal);
        static (double, double)? Interval(ApproximateFigure? f) => f?.Lower is { } lo && f.Upper is { } hi ? (lo, hi) : null;
        var rows = table.Rows.Select(r => new BarRow(
            Label(r[1].Text, r[0].Text),
            series.Select(s => r[Col(s.CssClass switch { "ss" => "shapleyShubik", "bz" => "banzhaf", _ => "weightShare" })].Number!.Value).ToList(),
            new[] { r[Col("veto")].Text, r[Col("dummy")].Text == "dummy" ? "dummy" : "" }.Where(t => t.Length > 0).ToList(),
            a.Approximations.Count == 0 ? null
                : series.Select(s => s.CssClass switch
                {
                    "ss" => byId[r[0].Text] is var m && m.ShapleyShubik is null ? Interval(m.ApproximateShapleyShubik) : null,
                    "bz" => byId[r[0].Text] is var m2 && m2.Banzhaf is null ? Interval(m2.ApproximateBanzhaf) : null,
                    _ => ((double, double)?)null,
                }).ToList())).ToList();
        var description = Describe(a, weighted);
        h.Element("p", Summary(a), new HtmlBuilder.Attr("class", "note"));
        new BarChart(title + ": voting power per member", description, "Member", "Share of power (0 to 1)", series, rows) { Domain = (0, 1) }.Write(h, table);
    }

    /// <summary>An approximate figure as a table figure: ≈ and what its interval is (or that it has none).</summary>
    private static Figure? Approximate(ApproximateFigure? f) => f is null ? null : Figure.Approximately(f.Value, Mark(f));

    private static string Mark(ApproximateFigure f)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var how = f.Method == ApproximationMethod.MonteCarlo
            ? string.Create(inv, $"Monte Carlo, {f.Samples:#,0} samples, seed {f.Seed}")
            : "multilinear extension";
        var interval = f.Lower is { } lo && f.Upper is { } hi
            ? (f.Confidence is { } c ? string.Create(inv, $"{c * 100:0.###}% interval ") : "sure bound ") + Figure.Decimal(lo, 6) + "–" + Figure.Decimal(hi, 6)
            : "no rigorous bound";
        return interval + "; " + how;
    }

    /// <summary>The two ends of an approximate figure's interval, as approximate figures; "no interval" (or nothing to show) otherwise.</summary>
    private static void AddInterval(List<TableCell> row, ApproximateFigure? f)
    {
        if (f?.Lower is { } lo && f.Upper is { } hi)
        {
            var mark = f.Confidence is { } c ? (c * 100).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + "% interval" : "sure bound";
            row.Add(TableCell.Of(Figure.Approximately(lo, "lower end of the " + mark), 6));
            row.Add(TableCell.Of(Figure.Approximately(hi, "upper end of the " + mark), 6));
            return;
        }

        var why = f is null ? "exact or not computed" : "no rigorous bound";
        row.Add(TableCell.Of(Figure.Missing(why)));
        row.Add(TableCell.Of(Figure.Missing(why)));
    }

    /// <summary>A figure of a part not computed, with the analysis's own words for why.</summary>
    private static Figure Missing(GameAnalysis a, AnalysisPart part) =>
        Figure.Missing(a.ReasonFor(part) is { } reason ? AnalysisNotes.Sentence(reason) : "not computed");

    private static Figure Missing(TernaryAnalysis a, AnalysisPart part) =>
        Figure.Missing(a.ReasonFor(part) is { } reason ? AnalysisNotes.Sentence(reason) : "not computed");

    private static string Label(string name, string id) => name == id ? id : name + " (" + id + ")";

    private static string Summary(GameAnalysis a)
    {
        var parts = new List<string> { a.VoterCount + " voters", "rule " + a.Game.Rule };
        if (a.PowerToAct is { } act) parts.Add("power to act " + Figure.Of(act).DecimalText() + " (" + act + ")");
        if (a.Members.All(m => m.IsVeto is not null)) parts.Add(a.VetoPlayers.Count == 0 ? "no veto player" : "veto: " + string.Join(", ", a.VetoPlayers));
        if (a.DummyPlayers.Count > 0) parts.Add("dummies: " + string.Join(", ", a.DummyPlayers));
        foreach (var n in a.NotComputed) parts.Add(AnalysisNotes.Sentence(n) + (a.ApproximationOf(n.Part) is not null ? " (approximated instead, ≈)" : ""));
        foreach (var p in a.Approximations) parts.Add(AnalysisNotes.ApproximationSentence(p));
        return string.Join("; ", parts) + ".";
    }

    private static string Describe(GameAnalysis a, bool weighted) =>
        "Horizontal bars, two per member" + (weighted ? " plus the member's share of the weights" : "") +
        ": the Shapley–Shubik and normalised Banzhaf indices, each a share between 0 and 1. Veto players and dummies are marked. " +
        (a.Approximations.Count > 0
            ? "Figures marked ≈ are approximations (the exact methods could not compute them); their intervals are in the table that follows."
            : "Exact fractions are in the table that follows.");

    /// <summary>
    /// Each voter's share of the weights when the rule is weighted (at the top, or the first weighted clause of an <c>all</c>/<c>any</c>);
    /// null when it is not. Shares are exact: weight / total weight of the voters.
    /// </summary>
    internal static Dictionary<string, Rational>? WeightShares(Design design, VotingGame game)
    {
        var rule = FirstWeighted(game.Rule);
        if (rule is null) return null;
        var weights = new Dictionary<string, Rational>(StringComparer.Ordinal);
        var members = design.Members.DistinctBy(m => m.Id).ToDictionary(m => m.Id, StringComparer.Ordinal);
        foreach (var v in game.Voters)
        {
            Rational? w = rule.Weights is { } inline ? (inline.TryGetValue(v, out var x) ? x : Rational.Zero)
                : members.GetValueOrDefault(v)?.Attributes.GetValueOrDefault(rule.Attribute!)?.Value;
            if (w is { } value) weights[v] = value;
        }

        var total = weights.Values.Aggregate(Rational.Zero, (s, w) => s + w);
        if (total.Sign <= 0) return null;
        return weights.ToDictionary(p => p.Key, p => p.Value / total, StringComparer.Ordinal);
    }

    private static WeightedRule? FirstWeighted(DecisionRule rule) => rule switch
    {
        WeightedRule w => w,
        AllRule all => all.Clauses.Select(FirstWeighted).FirstOrDefault(r => r is not null),
        AnyRule any => any.Clauses.Select(FirstWeighted).FirstOrDefault(r => r is not null),
        _ => null,
    };
}
