using Napsm.Core.Analysis;
using Napsm.Core.Model;
using NodaTime;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm report FILE... [--member ID] -o report.html</c>: one self-contained HTML page with every analysis of a set of designs.</summary>
internal sealed class ReportCommand : ICommand
{
    public string Name => "report";

    public string Summary => "One HTML page with every analysis of a set of designs, charts included";

    public string Help => """
        Usage: napsm report FILE... [--member ID] [-o FILE]

        Writes one self-contained HTML page (inline CSS and SVG charts; no script, no network, no fonts fetched; readable
        printed) with, for each design: its diagnostics, the bodies diagram, the voting power of every body, the schedule
        and phases, and every treaty's ratifications against its entry-into-force condition. With --member, what is at
        stake for that member across the designs follows (the first design is the baseline), and every later design's
        power shifts and changes from the first.

        Options:
          --member ID   the member whose stake to show across the designs
          -o FILE       where to write the page (default: standard output); written to a temporary file in
                        the same folder and renamed over FILE when complete
        """ + AnalysisArgs.BudgetHelp + """


        Example:
          napsm report seeds/napsm-a-evolved-six-party.json seeds/napsm-b-osce-like.json seeds/napsm-c-treaty-organisation.json --member kp > napsm.html
        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var files = new List<string>();
        string? member = null, output = null;
        var budget = AnalysisArgs.Budget.Default;
        for (int i = 0; i < args.Count; i++)
        {
            if (AnalysisArgs.TryBudget(args, ref i, ref budget)) continue;
            switch (args[i])
            {
                case "--member" or "-m":
                    member = CommandArgs.Value(args, ref i);
                    break;
                case "-o" or "--output":
                    output = CommandArgs.Value(args, ref i);
                    break;
                case var a when a.StartsWith('-') && a.Length > 1:
                    throw new CommandLineException($"unknown option '{a}'.");
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count == 0) throw new CommandLineException("no design file given.");
        var documents = AnalysisArgs.Load(files, stderr);
        if (documents is null) return ExitCodes.BadInput;
        if (member is not null && !documents.Any(d => d.Design.FindMember(member) is not null))
        {
            stderr.WriteLine($"napsm report: no design has a member '{member}'. Members: {string.Join(", ", documents.SelectMany(d => d.Design.Members).Select(m => m.Id).Distinct(StringComparer.Ordinal))}.");
            return ExitCodes.BadInput;
        }

        string html;
        // One budget for the whole page: every design's diagnostics, power, stake and diff share the time limit.
        using (var context = budget.Context())
        using (Terminal.Progress(stderr, "analysing " + documents.Count + (documents.Count == 1 ? " design" : " designs")))
        {
            html = AnalysisHtml.Report(documents, member, d => d.TreatyDate(), budget.Options(Napsm.Core.Voting.PowerIndices.ShapleyShubik, context),
                AnalysisArgs.Validation(budget, context));
        }
        if (output is null || output == "-")
        {
            stdout.Write(html);
            return ExitCodes.Success;
        }

        if (SafeFile.Write(output, html) is { } problem)
        {
            stderr.WriteLine($"{Napsm.Core.Reporting.FreeText.Escape(output)}: error: cannot write the file: {problem}" + (File.Exists(output) ? "; it is unchanged." : "."));
            return ExitCodes.BadInput;
        }

        return ExitCodes.Success;
    }
}
