using Napsm.Core.Analysis;
using Napsm.Core.Analysis.Html;
using Napsm.Core.Reporting;
using Napsm.Core.Reporting.Html;
using Napsm.Core.Reporting.Tables;
using Napsm.Core.Scheduling;
using Napsm.Core.Serialization;
using Napsm.Core.Tests.Validation;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Tests.Reporting.Html;

/// <summary>Every HTML page the library writes for the seeds (each command's page, and the combined report), by name.</summary>
internal static class SeedHtmlReports
{
    public static IEnumerable<string> Seeds() =>
        Directory.GetFiles(Repo.Path("seeds"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal);

    public static DesignDocument Load(string seed) => DesignJson.Load(Repo.Path("seeds", seed + ".json"));

    /// <summary>The default as-of date of the treaty command: the design's asOf, else its latest ratification or opening.</summary>
    public static LocalDate AsOf(Napsm.Core.Model.Design d) => d.AsOf ?? d.Treaties.SelectMany(t => t.Ratifications.Select(r => r.Date).Concat(t.OpenedForSignature is { } o ? [o] : []))
        .DefaultIfEmpty(new LocalDate(2000, 1, 1)).Max();

    /// <summary>The pages of one seed: check, power of every body and treaty, schedule, every treaty, the three diagrams, the combined report.</summary>
    public static IEnumerable<(string Name, Func<string> Html)> Pages(string seed)
    {
        var doc = Load(seed);
        var design = doc.Design;
        var check = new Lazy<ValidationReport>(() => new DesignValidator().Validate(doc));
        yield return ("check", () => HtmlReports.Check([check.Value]));
        foreach (var b in design.Bodies)
        {
            var power = new Lazy<GameAnalysis>(() => VotingGame.ForBody(design, b).Analyze());
            yield return ("power-" + b.Id, () => HtmlReports.Power(design, "body", b.Id, b.Name, power.Value));
        }

        foreach (var t in design.Treaties.Where(t => t.EntryIntoForce is not null))
        {
            var power = new Lazy<GameAnalysis>(() => VotingGame.ForTreaty(design, t).Analyze());
            var status = new Lazy<TreatyStatus>(() => TreatyStatus.Of(design, t, AsOf(design)));
            yield return ("power-treaty-" + t.Id, () => HtmlReports.Power(design, "treaty", t.Id, t.Name, power.Value));
            yield return ("treaty-" + t.Id, () => HtmlReports.Treaty(design, t, status.Value));
        }

        var schedule = new Lazy<ScheduleResult>(() => TemporalNetwork.FromDesign(design).Analyze());
        yield return ("schedule", () => HtmlReports.Schedule(design, schedule.Value));
        foreach (var view in Enum.GetValues<GraphView>()) yield return ("graph-" + view.ToString().ToLowerInvariant(), () => HtmlReports.Graph(design, view));
        yield return ("report", () => AnalysisHtmlReports.Report([doc], design.Members.Count > 0 ? design.Members[0].Id : null, AsOf, ReportVoting, new Napsm.Core.Validation.DesignValidator()));
    }

    /// <summary>
    /// The analysis bounds of the combined report's pages: bounded by size, not time, so the pages stay deterministic. The stake part
    /// reads a member's power in a compound body from the expanded game; for the IMF Executive Board over its constituencies (189
    /// members) the unbounded analysis runs for many minutes and gigabytes before it says "too large", where these bounds say it at once.
    /// The pages are checked for form and determinism here, not for their figures.
    /// </summary>
    private static readonly AnalysisOptions ReportVoting = AnalysisOptions.Default with { MaxDiagramNodes = 200_000, MaxTableBytes = 64_000_000 };

    /// <summary>The three NAPSM alternatives, the stake of North Korea (kp) across them, and the diff of the first two.</summary>
    public static IReadOnlyList<DesignDocument> Napsm() =>
        new[] { "napsm-a-evolved-six-party", "napsm-b-osce-like", "napsm-c-treaty-organisation" }.Select(Load).ToList();

    public static StakeReport NapsmStake() => StakeReport.For("kp", Napsm());

    public static IReadOnlyList<ReportTable> Tables(string seed)
    {
        var doc = Load(seed);
        var design = doc.Design;
        var tables = new List<ReportTable>();
        foreach (var b in design.Bodies) tables.Add(PowerHtml.Table(design, b.Id, VotingGame.ForBody(design, b).Analyze()));
        tables.AddRange(ScheduleHtml.Tables(TemporalNetwork.FromDesign(design).Analyze()));
        return tables;
    }
}
