using Napsm.Core.Kernel;
using Napsm.Core.Reporting;
using Napsm.Core.Serialization;
using Napsm.Core.Treaties;
using NodaTime;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm treaty FILE --treaty ID [--as-of DATE] [--format text|json|html]</c>: a treaty's entry-into-force status.</summary>
internal sealed class TreatyCommand : ICommand
{
    public string Name => "treaty";

    public string Summary => "entry-into-force status of a treaty: blockers, pivotal parties, earliest date";

    public string Help => """
        Usage: napsm treaty FILE [--treaty ID] [--as-of DATE] [--format text|json|html]

        Evaluates the treaty's entry-into-force rule on the parties whose ratification stands as of DATE
        (ratifications, revocations and withdrawals applied in date order) and prints: whether it is in force,
        pending (rule met, waiting for its delay, notBefore date or a required treaty), open or blocked; who has
        ratified, who has not, who revoked or withdrew; the parties still required; the parties whose ratification
        alone would meet the rule (pivotal); who blocks it when it can no longer enter into force; the earliest
        possible date of entry into force; and the fewest refusals that would block it, with one such set.

        Options:
          --treaty ID          the treaty (may be left out when the design has only one)
          --as-of DATE         the date, yyyy-MM-dd, years 0001 to 9999 (default: the design's asOf, else its latest
                               ratification event)
          --format FORMAT      text (default), json or html (one page: the ratifications as a step line against
                               the entry-into-force condition, the date it was met, who can still block)

        Exit codes: 0 the status was computed; 2 unreadable file, unknown treaty or wrong command line.

        Example:
          napsm treaty seeds/treaties-ctbt.json --as-of 2024-01-01
          napsm treaty seeds/six-party-phase3.json --treaty korean-peace-treaty
        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? file = null, treatyId = null;
        LocalDate? asOf = null;
        bool json = false, html = false;
        for (int i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--treaty":
                    treatyId = CommandArgs.Value(args, ref i);
                    break;
                case "--as-of":
                    var text = CommandArgs.Value(args, ref i);
                    var parsed = IsoDate.Parse(text);
                    if (!parsed.Success) throw new CommandLineException($"--as-of '{text}' is not a date in the form yyyy-MM-dd.");
                    if (parsed.Value.Year is < 1 or > 9999)
                    {
                        throw new CommandLineException($"--as-of '{text}' is outside the years 0001 to 9999 that design files use.");
                    }

                    asOf = parsed.Value;
                    break;
                case "--format":
                    (json, html) = CommandArgs.Value(args, ref i) switch
                    {
                        "text" => (false, false),
                        "json" => (true, false),
                        "html" => (false, true),
                        var other => throw new CommandLineException($"unknown format '{other}'; use text, json or html."),
                    };
                    break;
                default:
                    if (arg.StartsWith('-') && arg.Length > 1) throw new CommandLineException($"unknown option '{arg}'.");
                    if (file is not null) throw new CommandLineException($"unexpected argument '{arg}'; treaty takes one FILE.");
                    file = arg;
                    break;
            }
        }

        if (file is null) throw new CommandLineException("missing FILE: the design file.");
        if (!DesignJson.TryLoad(file, out var document, out var error))
        {
            stderr.WriteLine(LoadErrors.Format(error));
            return ExitCodes.BadInput;
        }

        var design = document.Design;
        if (treatyId is null && design.Treaties.Count != 1)
        {
            var which = design.Treaties.Count == 0 ? "has no treaty" : $"has {design.Treaties.Count} treaties; choose one with --treaty ID ({string.Join(", ", design.Treaties.Select(t => t.Id))})";
            stderr.WriteLine($"napsm treaty: {file} {which}.");
            return ExitCodes.BadInput;
        }

        var treaty = treatyId is null ? design.Treaties[0] : design.FindTreaty(treatyId);
        if (treaty is null)
        {
            var known = design.Treaties.Count == 0 ? "it has none" : "treaties: " + string.Join(", ", design.Treaties.Select(t => t.Id));
            stderr.WriteLine($"napsm treaty: {file} has no treaty '{treatyId}' ({known}).");
            return ExitCodes.BadInput;
        }

        var date = asOf ?? design.TreatyDate(treaty);
        var status = TreatyStatus.Of(design, treaty, date);
        if (html) stdout.Write(HtmlReport.Treaty(design, treaty, status));
        else TreatyReport.Write(stdout, treaty, status, json ? TreatyReportFormat.Json : TreatyReportFormat.Text, new TreatyReportOptions { Width = Terminal.Width(stdout) });
        return ExitCodes.Success;
    }
}
