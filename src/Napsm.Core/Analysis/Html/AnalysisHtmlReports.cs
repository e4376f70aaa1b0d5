using Napsm.Core.Model;
using Napsm.Core.Reporting;
using Napsm.Core.Reporting.Html;
using Napsm.Core.Scheduling;
using Napsm.Core.Serialization;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis.Html;

/// <summary>The pages built on the analyses: stake, diff, and the combined report of a set of designs.</summary>
internal static class AnalysisHtmlReports
{
    public static string Stake(StakeReport report)
    {
        var page = new HtmlPage("What is at stake for " + Named(report.Member, report.MemberName), report.Designs.Count + " designs");
        StakeHtml.Write(page, report);
        return page.Render();
    }

    public static string Diff(DesignDiff diff)
    {
        var page = new HtmlPage("Design diff: " + diff.From + " → " + diff.To, (diff.FromFile ?? diff.From) + " → " + (diff.ToFile ?? diff.To));
        DiffHtml.Write(page, diff);
        return page.Render();
    }

    /// <summary>
    /// One page for a set of designs: for each, its diagnostics, bodies diagram, the power of every body, its schedule, its treaties and
    /// phases; then, for <paramref name="member"/> when given, the stake across the designs (the first design is the baseline), and the
    /// diff of each later design from the first.
    /// </summary>
    public static string Report(IReadOnlyList<DesignDocument> documents, string? member, Func<Design, LocalDate> asOf, AnalysisOptions? voting,
        DesignValidator validator)
    {
        var page = new HtmlPage("napsm report", documents.Count == 1 ? documents[0].Design.Name : string.Join(" · ", documents.Select(d => d.Design.Id)));
        foreach (var doc in documents)
        {
            var design = doc.Design;
            page.Section(Named(design.Id, design.Name), h =>
            {
                if (design.AsOf is { } a) h.Element("p", "As of " + Kernel.IsoDate.Format(a) + ".", new HtmlBuilder.Attr("class", "note"));
            });
            page.Section("Check: " + design.Id, h => CheckHtml.Write(h, validator.Validate(doc)), 3);
            if (design.Bodies.Count > 0) page.Section("Bodies: " + design.Id, h => GraphHtml.Write(h, design, GraphView.Bodies), 3);
            foreach (var body in design.Bodies)
            {
                var game = VotingGame.ForBody(design, body);
                var analysis = game.Analyze(voting);
                page.Section("Power: " + Named(body.Id, body.Name), h => PowerHtml.Write(h, design, Named(body.Id, body.Name), analysis), 3);
            }

            if (design.Phases.Count > 0)
            {
                var schedule = TemporalNetwork.FromDesign(design).Analyze();
                page.Section("Schedule: " + design.Id, h => ScheduleHtml.Write(h, design, schedule), 3);
                page.Section("Phases: " + design.Id, h => GraphHtml.Write(h, design, GraphView.Phases), 3);
            }

            using var cache = new AnalysisContext();
            foreach (var treaty in design.Treaties.Where(t => t.EntryIntoForce is not null))
            {
                var status = TreatyStatus.Of(design, treaty, asOf(design), context: cache);
                page.Section("Treaty: " + Named(treaty.Id, treaty.Name), h => TreatyHtml.Write(h, treaty, status), 3);
            }
        }

        if (member is not null)
        {
            var stake = StakeReport.For(member, documents, new StakeOptions { Voting = voting ?? AnalysisOptions.Default, Validation = validator.Options });
            StakeHtml.Write(page, stake);
        }

        for (var i = 1; i < documents.Count; i++)
        {
            var diff = DesignDiff.Compare(documents[0], documents[i], voting, validator.Options);
            page.Section("Diff: " + diff.From + " → " + diff.To, h =>
            {
                if (diff.PowerShifts.Count > 0) HtmlTable.Write(h, DiffHtml.PowerShifts(diff));
                if (diff.Changes.Count > 0) HtmlTable.Write(h, DiffHtml.Changes(diff));
                if (diff.IsEmpty) h.Element("p", "No difference.");
            });
        }

        return page.Render();
    }

    private static string Named(string id, string name) => HtmlReports.Named(id, name);
}
