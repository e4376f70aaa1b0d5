using Napsm.Core.Reporting;
using Napsm.Core.Scheduling;
using Napsm.Core.Serialization;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm schedule FILE [--format text|json]</c>: the earliest and latest date of every event, the critical path, or the conflicts.</summary>
internal sealed class ScheduleCommand : ICommand
{
    public string Name => "schedule";

    public string Summary => "dates of phases, commitments and treaties, critical path or timing conflicts";

    public string Help => """
        Usage: napsm schedule FILE [--format text|json|html|csv] [--table NAME]

        Builds the design's Simple Temporal Network (phase windows, due dates, 'after', 'requires', entry-into-force
        delays and dates, explicit 'timing') and checks that some calendar satisfies it.
        Consistent: prints every event (PHASE.start, PHASE.end, COMMITMENT.due, TREATY.inForce) with its earliest and
        latest ISO date and its slack in days, then the critical path to the last event; exit code 0.
        Inconsistent: prints each conflict as the shortest chain of constraints that cannot all hold, each with its
        place in the file; exit code 1.
        Periods in months or years that no date anchors are approximated by their widest length and listed.

        Options:
          --format FORMAT      text (default), json, html (one page: a Gantt chart of the phases with slack,
                               commitments and the critical path, or each conflict as its chain) or csv
          --table NAME         with csv: events (default), critical-path or conflicts

        Load errors go to standard error as FILE(LINE,COLUMN): error: MESSAGE, with exit code 2.

        Example:
          napsm schedule seeds/six-party-2007-initial-actions.json
        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? file = null, table = null;
        bool json = false, html = false, csv = false;
        for (int i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--format")
            {
                (json, html, csv) = CommandArgs.Value(args, ref i) switch
                {
                    "text" => (false, false, false),
                    "json" => (true, false, false),
                    "html" => (false, true, false),
                    "csv" => (false, false, true),
                    var other => throw new CommandLineException($"unknown format '{other}'; use text, json, html or csv."),
                };
            }
            else if (arg == "--table") table = CommandArgs.Value(args, ref i);
            else if (arg.StartsWith('-') && arg.Length > 1) throw new CommandLineException($"unknown option '{arg}'.");
            else if (file is null) file = arg;
            else throw new CommandLineException($"unexpected argument '{arg}'; schedule takes one FILE.");
        }

        if (file is null) throw new CommandLineException("missing FILE: the design file to schedule.");
        if (!DesignJson.TryLoad(file, out var document, out var error))
        {
            stderr.WriteLine(LoadErrors.Format(error));
            return ExitCodes.BadInput;
        }

        CsvChoice.Check(table, csv ? "csv" : null, CsvReport.ScheduleTables);
        var result = TemporalNetwork.FromDesign(document.Design).Analyze();
        if (html) stdout.Write(HtmlReport.Schedule(document.Design, result));
        else if (csv) stdout.Write(CsvReport.Schedule(result, table ?? "events"));
        else ScheduleReport.Write(stdout, document, result, json ? ScheduleReportFormat.Json : ScheduleReportFormat.Text, new ScheduleReportOptions { Width = Terminal.Width(stdout) });
        return result.IsConsistent ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }
}
