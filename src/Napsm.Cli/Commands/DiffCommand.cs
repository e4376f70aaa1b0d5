using System.CommandLine;
using Napsm.Core.Analysis;
using Napsm.Core.Voting;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm diff A B</c>: how design B differs from design A.</summary>
internal sealed class DiffCommand : NapsmCommand
{
    private readonly Argument<string[]> _files = new("FILE") { Description = "A and B: the design and the one it is compared with", Arity = ArgumentArity.ZeroOrMore };
    private readonly Option<string> _format = CommonOptions.Format(
        "text, json, markdown, html (one page: the power shifts per body as signed bars, the changes, the diagnostics) or csv",
        "text", "json", "markdown", "html", "csv");
    private readonly Option<string?> _table = new("--table") { Description = "with csv: power-shifts (default), changes or diagnostics", HelpName = "NAME" };
    private readonly Option<TimeSpan?> _time = CommonOptions.TimeLimit();
    private readonly Option<long?> _memory = CommonOptions.MemoryLimit();

    public override string Name => "diff";

    public override string Summary => "How one design differs from another (elements, rules, power shifts, diagnostics)";

    protected override string Description => """
        How design B differs from design A: members, bodies (and their rules), principles, phases, commitments, treaties and sources
        added, removed or changed (matched by id, with the fields that changed); the shift of every member's voting power
        (Shapley–Shubik and Banzhaf, exact) in every body whose game changed; and the validator's diagnostics that appear or disappear.
        """;

    protected override string Examples => """
        napsm diff seeds/six-party-phase3.json seeds/napsm-c-treaty-organisation.json
        napsm diff seeds/kedo-1997-board.json seeds/kedo-1997-side-agreement.json --format markdown
        """;

    protected override string Notes => """
        Exit codes: 0 the diff was written (whether or not the designs differ), 2 a file could not be read or the
        command line is wrong.
        """;

    protected override void Define(Command command)
    {
        command.Arguments.Add(_files);
        foreach (var o in new Option[] { _format, _table, _time, _memory }) command.Options.Add(o);
    }

    public override int Run(ParseResult parsed, TextWriter stdout, TextWriter stderr)
    {
        var files = parsed.GetValue(_files) ?? [];
        var formatText = parsed.GetValue(_format)!;
        string? extra = formatText is "html" or "csv" ? formatText : null;
        var format = extra is null ? AnalysisArgs.ParseFormat(formatText) : AnalysisFormat.Text;
        var table = parsed.GetValue(_table);
        var budget = CommonOptions.Budget(parsed, _time, _memory);
        if (files.Length != 2) throw new CommandLineException($"diff takes exactly two design files, A and B; got {files.Length}.");
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
