using Napsm.Core.Model;
using Napsm.Core.Reporting.Charts;
using Napsm.Core.Reporting.Tables;
using Napsm.Core.Treaties;

namespace Napsm.Core.Reporting.Html;

/// <summary>A treaty's ratification history as a step line against its entry-into-force condition, with blockers named.</summary>
internal static class TreatyHtml
{
    /// <summary>The ratification events in date order with the count of ratifications standing after each.</summary>
    public static ReportTable History(Treaty treaty, TreatyStatus s)
    {
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var (e, count) in Steps(treaty, s))
            rows.Add([Kernel.IsoDate.Format(e.Date), e.Member, e.Kind.ToString().ToLowerInvariant(), TableCell.Of(Figure.Of(count), 0)]);
        return new ReportTable("ratifications", treaty.Name + ": ratification events up to " + Kernel.IsoDate.Format(s.AsOf),
            [TableColumn.Short("Date", "date"), TableColumn.Id("Party", "party"), TableColumn.Short("Event", "event"), TableColumn.Number("Ratified after", "ratifiedAfter")], rows);
    }

    /// <summary>One row per party: ratified or not, and whether it can block or is pivotal.</summary>
    public static ReportTable Parties(Treaty treaty, TreatyStatus s)
    {
        var blockers = s.Blockers.ToHashSet(StringComparer.Ordinal);
        var pivotal = s.Pivotal.ToHashSet(StringComparer.Ordinal);
        var ratified = s.Ratified.ToHashSet(StringComparer.Ordinal);
        return new ReportTable("parties", treaty.Name + ": parties as of " + Kernel.IsoDate.Format(s.AsOf),
            [TableColumn.Id("Party", "party"), TableColumn.Short("Ratified", "ratified"), TableColumn.Short("Can block", "canBlock"), TableColumn.Short("Pivotal", "pivotal")],
            treaty.Parties.Distinct(StringComparer.Ordinal).Select(p => (IReadOnlyList<TableCell>)
                [p, ratified.Contains(p) ? "yes" : "no", blockers.Contains(p) ? "yes" : "", pivotal.Contains(p) ? "yes" : ""]).ToList());
    }

    public static void Write(HtmlBuilder h, Treaty treaty, TreatyStatus s)
    {
        var steps = Steps(treaty, s).ToList();
        var points = steps.Select(p => new StepPoint(p.Event.Date, p.Count, p.Event.Member + " " + p.Event.Kind.ToString().ToLowerInvariant())).ToList();
        int? threshold = s.ConditionMet ? (s.ConditionMetOn is { } met ? steps.Where(p => p.Event.Date <= met).Select(p => p.Count).DefaultIfEmpty(s.Ratified.Count).Last() : null)
            : s.FewestMoreRatifications is { } more ? s.Ratified.Count + more : null;
        var facts = new List<string> { "state: " + s.State.ToString().ToLowerInvariant(), s.Ratified.Count + " of " + treaty.Parties.Distinct(StringComparer.Ordinal).Count() + " parties ratified" };
        if (s.ConditionMetOn is { } on) facts.Add("condition met on " + Kernel.IsoDate.Format(on));
        if (s.EnteredIntoForce is { } eif) facts.Add("entered into force on " + Kernel.IsoDate.Format(eif));
        if (s.FewestMoreRatifications is { } few) facts.Add("at least " + few + " more ratifications needed");
        if (s.StillRequired.Count > 0) facts.Add("still required: " + string.Join(", ", s.StillRequired));
        if (Validation.Describe.Blocked(s) is { } why) facts.Add(why);
        if (s.UnmetRequirements.Count > 0) facts.Add("unmet requirements: " + string.Join(", ", s.UnmetRequirements));
        h.Element("p", string.Join("; ", facts) + ".", new HtmlBuilder.Attr("class", "note"));
        new StepChart(treaty.Name + ": ratifications against the entry-into-force condition",
            "A step line of the number of parties whose ratification stands, over time, with the number the condition needs " +
            (threshold is null ? "(not a simple count here)" : "(" + threshold + ")") + ", the date it was met if it was, and the parties who can still block it.",
            "Ratifications standing", points, treaty.Parties.Distinct(StringComparer.Ordinal).Count(), s.AsOf)
        {
            Threshold = threshold,
            ThresholdLabel = s.ConditionMet ? "ratifications when the condition was met" : "fewest ratifications that would meet the condition",
            MetOn = s.ConditionMetOn,
            Blockers = s.ConditionMet ? [] : s.Blockers.Count > 0 ? s.Blockers : s.StillRequired,
            BlockersLabel = s.Blockers.Count > 0 ? "Can still block" : "Still required",
        }.Write(h, History(treaty, s));
        HtmlTable.Write(h, Parties(treaty, s));
    }

    /// <summary>The events up to the as-of date in date order (stable), with the count of standing ratifications after each.</summary>
    private static IEnumerable<(Ratification Event, int Count)> Steps(Treaty treaty, TreatyStatus s)
    {
        var standing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in treaty.Ratifications.Where(e => e.Date <= s.AsOf).OrderBy(e => e.Date))
        {
            if (e.Kind == RatificationKind.Ratified) standing.Add(e.Member);
            else standing.Remove(e.Member);
            yield return (e, standing.Count);
        }
    }
}
