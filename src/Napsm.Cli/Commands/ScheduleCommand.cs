using System.CommandLine;
using Napsm.Core.Reporting;
using Napsm.Core.Scheduling;
using Napsm.Core.Serialization;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm schedule FILE [--format text|json|markdown|html|csv]</c>: the earliest and latest date of every event, the critical path, or the conflicts.</summary>
internal sealed class ScheduleCommand : NapsmCommand
{
    private readonly Argument<string> _file = new("FILE") { Description = "the design file to schedule" };
    private readonly Option<string> _format = CommonOptions.Format(
        "text, json, markdown (md: the events as a pipe table and the critical path, or each conflict's chain, for documents and review "
        + "comments), html (one page: a Gantt chart of the phases with slack, commitments and the critical path, or each conflict as its "
        + "chain) or csv", "text", "json", "markdown", "html", "csv");
    private readonly Option<bool> _fromScratch = new("--from-scratch")
    {
        Description = "plan as if no treaty had been ratified: ignore the recorded ratifications, revocations and withdrawals, which "
            + "otherwise bind each treaty's entry into force as napsm treaty reports it (in force on its date, or not before the "
            + "earliest date it still can)",
    };
    private readonly Option<string?> _table = new("--table") { Description = "with csv: events (default), critical-path or conflicts", HelpName = "NAME" };

    public override string Name => "schedule";

    public override string Summary => "Dates of phases, commitments and treaties, critical path or timing conflicts";

    protected override string Description => """
        Builds the design's Simple Temporal Network (phase windows, due dates, 'after', 'requires', entry-into-force delays and dates,
        explicit 'timing') and checks that some calendar satisfies it.
        Consistent: prints every event (PHASE.start, PHASE.end, COMMITMENT.due, TREATY.inForce) with its earliest and latest ISO date
        and its slack in days, then the critical path to the last event; exit code 0.
        Inconsistent: prints each conflict as the shortest chain of constraints that cannot all hold, each with its place in the file;
        exit code 1.
        Periods in months or years that no date anchors are approximated by their widest length and listed.
        """;

    protected override string Examples => """
        napsm schedule seeds/six-party-2007-initial-actions.json
        napsm schedule seeds/treaties-ctbt.json --from-scratch
        """;

    protected override string Notes => "Load errors go to standard error as FILE(LINE,COLUMN): error: MESSAGE, with exit code 2.";

    public override string? Missing(Argument argument) => "missing FILE: the design file to schedule.";

    protected override void Define(Command command)
    {
        command.Arguments.Add(_file);
        command.Options.Add(_format);
        command.Options.Add(_table);
        command.Options.Add(_fromScratch);
    }

    public override int Run(ParseResult parsed, TextWriter stdout, TextWriter stderr)
    {
        var file = parsed.GetValue(_file)!;
        var format = parsed.GetValue(_format)!;
        var table = parsed.GetValue(_table);
        if (!DesignJson.TryLoad(file, out var document, out var error))
        {
            stderr.WriteLine(LoadErrors.Format(error));
            return ExitCodes.BadInput;
        }

        CsvChoice.Check(table, format, CsvReport.ScheduleTables);
        var network = parsed.GetValue(_fromScratch)
            ? TemporalNetwork.FromDesign(document.Design)
            : TemporalNetwork.FromDesign(document.Design, Napsm.Core.Analysis.RecordedRatifications.Of(document.Design));
        var result = network.Analyze();
        if (format == "html") stdout.Write(HtmlReport.Schedule(document.Design, result));
        else if (format == "csv") stdout.Write(CsvReport.Schedule(result, table ?? "events"));
        else
        {
            var written = format switch { "json" => ScheduleReportFormat.Json, "markdown" => ScheduleReportFormat.Markdown, _ => ScheduleReportFormat.Text };
            ScheduleReport.Write(stdout, document, result, written, new ScheduleReportOptions { Width = Terminal.Width(stdout) });
        }

        return result.IsConsistent ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }
}
