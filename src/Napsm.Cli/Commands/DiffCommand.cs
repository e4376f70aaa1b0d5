using Napsm.Core.Analysis;
using Napsm.Core.Voting;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm diff A B</c>: how design B differs from design A.</summary>
internal sealed class DiffCommand : ICommand
{
    public string Name => "diff";

    public string Summary => "How one design differs from another (elements, rules, power shifts, diagnostics)";

    public string Help => """
        Usage: napsm diff A B [--format text|json|markdown|html|csv] [--table NAME]

        How design B differs from design A: members, bodies (and their rules), principles, phases, commitments,
        treaties and sources added, removed or changed (matched by id, with the fields that changed); the shift of
        every member's voting power (Shapley–Shubik and Banzhaf, exact) in every body whose game changed; and the
        validator's diagnostics that appear or disappear.
          --format     text (default), json, markdown, html (one page: the power shifts per body as signed bars,
                       the changes, the diagnostics) or csv
          --table NAME with csv: power-shifts (default), changes or diagnostics
        """ + AnalysisArgs.BudgetHelp + """


        Examples:
          napsm diff seeds/six-party-phase3.json seeds/napsm-c-treaty-organisation.json
          napsm diff seeds/kedo-1997-board.json seeds/kedo-1997-side-agreement.json --format markdown

        Exit codes: 0 the diff was written (whether or not the designs differ), 2 a file could not be read or the
        command line is wrong.
        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var files = new List<string>();
        var format = AnalysisFormat.Text;
        string? extra = null, table = null;
        var budget = AnalysisArgs.Budget.Default;
        for (int i = 0; i < args.Count; i++)
        {
            if (AnalysisArgs.TryBudget(args, ref i, ref budget)) continue;
            switch (args[i])
            {
                case "--format" or "-f":
                    var formatText = CommandArgs.Value(args, ref i);
                    extra = formatText.ToLowerInvariant() is "html" or "csv" ? formatText.ToLowerInvariant() : null;
                    if (extra is null) format = AnalysisArgs.ParseFormat(formatText);
                    break;
                case "--table":
                    table = CommandArgs.Value(args, ref i);
                    break;
                case var a when a.StartsWith('-') && a.Length > 1:
                    throw new CommandLineException($"unknown option '{a}'.");
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count != 2) throw new CommandLineException($"diff takes exactly two design files, A and B; got {files.Count}.");
        CsvChoice.Check(table, extra, AnalysisCsv.DiffTables);
        var documents = AnalysisArgs.Load(files, stderr);
        if (documents is null) return ExitCodes.BadInput;
        // One budget for the whole comparison: the power of every changed body in both designs and the validator on both.
        string text;
        using (var context = budget.Context())
        using (Terminal.Progress(stderr, "comparing the designs"))
        {
            var diff = DesignDiff.Compare(documents[0], documents[1], budget.Options(PowerIndices.ShapleyShubik, context), AnalysisArgs.Validation(budget, context));
            text = extra switch
            {
                "html" => AnalysisHtml.Diff(diff),
                "csv" => AnalysisCsv.Diff(diff, table ?? "power-shifts"),
                _ => diff.Format(format, Terminal.Width(stdout)),
            };
        }

        stdout.Write(text);
        return ExitCodes.Success;
    }
}
