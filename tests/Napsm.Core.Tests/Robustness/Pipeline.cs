using System.Text;
using Napsm.Core.Model;
using Napsm.Core.Reporting;
using Napsm.Core.Scheduling;
using Napsm.Core.Serialization;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Tests.Robustness;

/// <summary>Everything the library does with a loaded design: validation, every report format, and every engine.</summary>
internal static class Pipeline
{
    /// <summary>Analysis limits small enough that a hostile design stays within 2 s and 1 GB.</summary>
    public static readonly AnalysisOptions Bounded = new() { MaxDiagramNodes = 200_000, MaxTableBytes = 50_000_000, MaxMinimalWinningCoalitions = 1_000 };

    private static readonly LocalDate DefaultAsOf = new(2030, 1, 1);

    /// <summary>Validates and analyses; returns the validation report and, when <paramref name="describe"/>, a text with every result.</summary>
    /// <param name="document">The design.</param>
    /// <param name="describe">Whether to write every result as text.</param>
    /// <param name="stage">Called after each stage with its time.</param>
    /// <param name="context">The limits of the run (the fuzzer's time and memory limits), or none.</param>
    public static (ValidationReport Report, string Description) Run(DesignDocument document, bool describe = true, Action<string, TimeSpan>? stage = null,
        AnalysisContext? context = null)
    {
        var design = document.Design;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        void Done(string name)
        {
            stage?.Invoke(name, watch.Elapsed);
            watch.Restart();
        }

        var report = context is null ? new DesignValidator().Validate(document) : new DesignValidator(new ValidationOptions { Context = context }).Validate(document);
        Done("validate");
        var options = Bounded with { Context = context };
        var games = design.Bodies.Select(b => VotingGame.ForBody(design, b, context).Analyze(options)).ToList();
        var treatyGames = design.Treaties.Select(t => VotingGame.ForTreaty(design, t, context).Analyze(options)).ToList();
        Done("voting");
        var asOf = design.AsOf ?? DefaultAsOf;
        var statuses = context is null
            ? TreatyStatus.OfAll(design, asOf, searchLimit: 10_000)
            : design.Treaties.Select(t => TreatyStatus.Of(design, t, asOf, searchLimit: 10_000, context)).ToList();
        Done("treaty status");
        var schedule = TemporalNetwork.FromDesign(design).Analyze();
        Done("schedule");
        var phases = PhaseGraph.FromDesign(design);
        var treatyGraph = TreatyDependencyGraph.FromDesign(design);
        Done("graphs");
        if (!describe) return (report, "");

        var sb = new StringBuilder();
        foreach (ReportFormat format in Enum.GetValues<ReportFormat>()) sb.Append(ReportWriter.Format([report], format)).Append('\n');

        // The engines' results are records whose ToString (a debugging aid, not an output format) formats dates and numbers with the
        // current culture; write them in the invariant culture so that they compare results, not ToString's culture.
        var culture = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            DescribeResults(sb, games.Concat(treatyGames), statuses, schedule, phases, treatyGraph);
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = culture;
        }

        return (report, sb.ToString());
    }

    private static void DescribeResults(StringBuilder sb, IEnumerable<GameAnalysis> games, IReadOnlyList<TreatyStatus> statuses, ScheduleResult schedule, PhaseGraph phases, TreatyDependencyGraph treatyGraph)
    {
        foreach (var g in games) sb.Append(Describe(g)).Append('\n');
        foreach (var s in statuses) sb.Append(s).Append('\n');
        sb.Append(schedule).Append('\n');
        sb.Append(string.Join(",", phases.Phases)).Append('|').Append(string.Join(";", phases.Cycles.Select(c => string.Join(",", c)))).Append('|')
            .Append(phases.TopologicalOrder is { } order ? string.Join(",", order) : "-").Append('\n');
        sb.Append(treatyGraph).Append('\n');
    }

    public static string Describe(GameAnalysis a)
    {
        var sb = new StringBuilder();
        sb.Append(a.Game).Append(": ").Append(" winning=").Append(a.WinningCoalitions).Append(" act=").Append(a.PowerToAct)
            .Append(" proper=").Append(a.IsProper).Append(" strong=").Append(a.IsStrong).Append(" swings=").Append(a.TotalSwings)
            .Append(" dictator=").Append(a.Dictator).Append(" notComputed=").Append(string.Join(",", a.NotComputed)).Append('\n');
        foreach (var m in a.Members) sb.Append("  ").Append(m).Append('\n');
        foreach (var c in a.Clauses) sb.Append("  ").Append(c).Append('\n');
        return sb.ToString();
    }
}
