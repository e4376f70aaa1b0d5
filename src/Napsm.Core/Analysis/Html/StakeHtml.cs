using Napsm.Core.Reporting;
using Napsm.Core.Reporting.Charts;
using Napsm.Core.Reporting.Html;
using Napsm.Core.Reporting.Tables;
using Napsm.Core.Validation;

namespace Napsm.Core.Analysis.Html;

/// <summary>
/// What is at stake for a member across designs: small multiples of the member's power per body (one panel per design, one scale),
/// the changes from the baseline as signed bars, commitments by horizon, treaties and the diagnostics that involve the member.
/// </summary>
internal static class StakeHtml
{
    private static readonly Horizon[] Horizons = [Horizon.Past, Horizon.Near, Horizon.Medium, Horizon.Long, Horizon.Undated];

    public static ReportTable Summary(StakeReport r) => new("summary", "What is at stake for " + Named(r.Member, r.MemberName) + ", design by design",
        [TableColumn.Id("Design", "design"), TableColumn.Name("Name", "name"), TableColumn.Short("Baseline", "baseline"), TableColumn.Short("Member", "member"),
            TableColumn.Number("Seats", "seats"), TableColumn.Number("Bodies", "bodies"), TableColumn.Number("Vetoes", "vetoes"),
            TableColumn.Number("Near", "near"), TableColumn.Number("Medium", "medium"), TableColumn.Number("Long", "long"), TableColumn.Number("Undated", "undated"),
            TableColumn.Number("Errors", "errors"), TableColumn.Number("Warnings", "warnings")],
        r.Designs.Select(d => (IReadOnlyList<TableCell>)
        [
            d.Design, d.Name, d.IsBaseline ? "baseline" : "", d.IsMember ? "yes" : "no",
            Count(d.Bodies.Count(b => b.IsVoter)), Count(d.Bodies.Count), Count(d.Bodies.Count(b => b.IsVeto == true)),
            Count(d.In(Horizon.Near).Count), Count(d.In(Horizon.Medium).Count), Count(d.In(Horizon.Long).Count), Count(d.In(Horizon.Undated).Count),
            Count(d.Diagnostics.Count(x => x.Diagnostic.Severity == Severity.Error)), Count(d.Diagnostics.Count(x => x.Diagnostic.Severity == Severity.Warning)),
        ]).ToList());

    /// <summary>One row per design and body: the member's power there, exact, and the change from the baseline.</summary>
    public static ReportTable Power(StakeReport r) => new("power", Named(r.Member, r.MemberName) + ": power per body in each design",
        [TableColumn.Id("Design", "design"), TableColumn.Id("Body", "body"), TableColumn.Name("Body name", "bodyName"), TableColumn.Short("Seat", "seat"),
            TableColumn.Number("Shapley–Shubik", "shapleyShubik"), TableColumn.Number("Banzhaf", "banzhaf"), TableColumn.Short("Veto", "veto"),
            TableColumn.Number("Change in Shapley–Shubik", "shapleyShubikChange"), TableColumn.Number("Change in Banzhaf", "banzhafChange")],
        r.Designs.SelectMany(d => d.Bodies.Select(b => (IReadOnlyList<TableCell>)
        [
            d.Design, b.Body, b.Name, b.IsVoter ? "yes" : "no seat",
            TableCell.Of(SeatFigure(b, b.ShapleyShubik)), TableCell.Of(SeatFigure(b, b.Banzhaf)), b.IsVeto switch { true => "veto", false => "", null => "not computed" },
            Change(d, b, b.Change?.ShapleyShubikDelta), Change(d, b, b.Change?.BanzhafDelta),
        ])).ToList());

    public static ReportTable Commitments(StakeReport r) => new("commitments", Named(r.Member, r.MemberName) + ": commitments by horizon",
        [TableColumn.Id("Design", "design"), TableColumn.Short("Horizon", "horizon"), TableColumn.Id("Commitment", "commitment"), TableColumn.Short("Side", "side"),
            TableColumn.Short("Due", "due"), TableColumn.Id("Phase", "phase"), TableColumn.Wrap("What", "what")],
        r.Designs.SelectMany(d => Horizons.SelectMany(hz => d.In(hz).Select(c => (IReadOnlyList<TableCell>)
        [
            d.Design, hz.ToString().ToLowerInvariant(), c.Id, c.Side.ToString().ToLowerInvariant(),
            c.Date is { } due ? Kernel.IsoDate.Format(due) + (c.DateBasis == DateBasis.Scheduled ? " (schedule)" : "") : "-", c.Phase, c.Action,
        ]))).ToList());

    public static ReportTable Treaties(StakeReport r) => new("treaties", Named(r.Member, r.MemberName) + ": treaties",
        [TableColumn.Id("Design", "design"), TableColumn.Id("Treaty", "treaty"), TableColumn.Name("Name", "name"), TableColumn.Short("State", "state"),
            TableColumn.Short("Ratified", "ratified"), TableColumn.Short("Can block alone", "canBlockAlone"), TableColumn.Short("Brings into force alone", "bringsIntoForceAlone")],
        r.Designs.SelectMany(d => d.Treaties.Select(t => (IReadOnlyList<TableCell>)
        [
            d.Design, t.Treaty, t.Name, t.Status.State.ToString().ToLowerInvariant(), t.HasRatified ? "yes" : "no", t.CanBlockAlone ? "yes" : "no", t.CanBringIntoForceAlone ? "yes" : "no",
        ])).ToList());

    public static ReportTable Diagnostics(StakeReport r) => new("diagnostics", "Diagnostics that involve " + Named(r.Member, r.MemberName),
        [TableColumn.Id("Design", "design"), TableColumn.Short("Severity", "severity"), TableColumn.Id("Rule", "rule"), TableColumn.Wrap("Message", "message"), TableColumn.Wrap("Why it concerns the member", "because")],
        r.Designs.SelectMany(d => d.Diagnostics.Select(x => (IReadOnlyList<TableCell>)
            [d.Design, Validation.SeverityNames.Name(x.Diagnostic.Severity), x.Diagnostic.Id, x.Diagnostic.Message, x.Because])).ToList());

    public static IReadOnlyList<ReportTable> Tables(StakeReport r) => [Summary(r), Power(r), Commitments(r), Treaties(r), Diagnostics(r)];

    public static void Write(HtmlPage page, StakeReport r)
    {
        var who = Named(r.Member, r.MemberName);
        var baseline = r.Designs.First(d => d.IsBaseline);
        page.Section("Summary", h =>
        {
            h.Element("p", r.Designs.Count + " designs compared for " + who + "; changes are measured from the baseline, " + Named(baseline.Design, baseline.Name) +
                ". Horizons are counted from each design's asOf: near up to " + r.Options.Near + ", medium up to " + r.Options.Medium + ", long beyond.", new HtmlBuilder.Attr("class", "note"));
            HtmlTable.Write(h, Summary(r));
        });
        page.Section("Power of " + who + " per body, design by design", h =>
        {
            var power = Power(r);
            var panels = r.Designs.Select(d => new BarChart(d.Design + (d.IsBaseline ? " (baseline)" : ""),
                who + "'s Shapley–Shubik and Banzhaf index in each body of " + d.Name + "; bodies without a seat for the member are drawn at 0 and marked.",
                "Body", "Share of power (0 to 1)", [new("Shapley–Shubik", "ss"), new("Banzhaf", "bz")],
                d.Bodies.Select(b => new BarRow(b.Name == b.Body ? b.Body : b.Name + " (" + b.Body + ")", [SeatFigure(b, b.ShapleyShubik), SeatFigure(b, b.Banzhaf)],
                    Marks(b))).ToList()) { Domain = (0, 1) }).ToList();
            h.Element("p", "One panel per design, on the same scale. The exact fractions and the changes from the baseline are in the table after the panels.", new HtmlBuilder.Attr("class", "note"));
            SmallMultiples.Write(h, panels, []);
            HtmlTable.Write(h, power);
        });
        page.Section("Changes in Shapley–Shubik from the baseline", h =>
        {
            var others = r.Designs.Where(d => !d.IsBaseline).ToList();
            if (others.Count == 0)
            {
                h.Element("p", "Only the baseline: nothing to compare.");
                return;
            }

            var panels = others.Select(d => new BarChart(d.Design + " vs " + baseline.Design,
                "Signed bars: the change in " + who + "'s Shapley–Shubik index in each body from the baseline; right is a gain, left a loss.",
                "Body", "Change in Shapley–Shubik", [new("Change", "signed")],
                d.Bodies.Select(b => new BarRow(b.Name == b.Body ? b.Body : b.Name + " (" + b.Body + ")",
                    [b.Change is { } c ? (c.ShapleyShubikDelta is { } delta ? Figure.Of(delta) : Figure.Missing(Why(b)))
                        : Figure.Missing("no such body in the baseline")], []))
                .Concat(d.BodiesRemoved.Where(b => b.IsVoter).Select(b => new BarRow(b.Name + " (only in the baseline)",
                    [b.ShapleyShubik is { } ss ? Figure.Of(-ss) : Figure.Missing("not computed")], ["lost"]))).ToList())).ToList();
            SmallMultiples.Write(h, panels, []);
        });
        page.Section("Commitments by horizon", h =>
        {
            var rows = r.Designs.Select(d => new BarRow(d.Design, [Figure.Of(d.In(Horizon.Near).Count), Figure.Of(d.In(Horizon.Medium).Count), Figure.Of(d.In(Horizon.Long).Count)],
                d.In(Horizon.Undated).Count > 0 ? [d.In(Horizon.Undated).Count + " undated"] : [])).ToList();
            new BarChart("Commitments of " + who + " by horizon", "For each design, the number of commitments involving " + who + " that fall due in the near, medium and long term.",
                "Design", "Commitments", [new("Near", "ss"), new("Medium", "bz"), new("Long", "wt")], rows).Write(h, Commitments(r));
        });
        page.Section("Treaties", h => HtmlTable.Write(h, Treaties(r)));
        page.Section("Diagnostics that involve the member", h =>
        {
            var t = Diagnostics(r);
            if (t.Rows.Count == 0) h.Element("p", "None.");
            else HtmlTable.Write(h, t);
        });
    }

    private static List<string> Marks(BodyStake b)
    {
        var marks = new List<string>();
        if (!b.IsVoter) marks.Add("no seat");
        if (b.IsVeto == true) marks.Add("veto");
        if (b.IsDummy == true) marks.Add("dummy");
        return marks;
    }

    /// <summary>A member without a seat has no power in the body: exactly 0. A figure not computed says why.</summary>
    private static Figure SeatFigure(BodyStake b, Rational? value) =>
        !b.IsVoter ? Figure.Of(Rational.Zero) : value is { } v ? Figure.Of(v) : Figure.Missing(Why(b));

    private static string Why(BodyStake b) => b.NotComputed.Count == 0 ? "not computed" : string.Join("; ", b.NotComputed.Select(AnalysisNotes.Sentence));

    private static TableCell Change(DesignStake d, BodyStake b, Rational? delta) =>
        d.IsBaseline ? "" : b.Change is null ? "new body" : TableCell.Signed(delta is { } x ? Figure.Of(x) : Figure.Missing("not computed"));

    private static TableCell Count(int n) => TableCell.Of(Figure.Of(n), 0);

    internal static string Named(string id, string name) => string.IsNullOrEmpty(name) || name == id ? id : name + " (" + id + ")";
}
