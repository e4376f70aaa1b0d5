using System.CommandLine;
using Napsm.Core.Analysis;
using Napsm.Core.Validation;
using Napsm.Core.Voting;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm diff A B</c>: how design B differs from design A.</summary>
internal sealed class DiffCommand : NapsmCommand
{
    private readonly Argument<string> _a = new("A") { Description = "the design compared from" };
    private readonly Argument<string> _b = new("B") { Description = "the design compared with it" };
    private readonly Option<string> _format = CommonOptions.Format(
        "text, json, markdown, html (one page: the power shifts per body as signed bars, the changes, the diagnostics) or csv",
        "text", "json", "markdown", "html", "csv");
    private readonly Option<string?> _table = new("--table") { Description = "with csv: power-shifts (default), changes or diagnostics", HelpName = "NAME" };
    private readonly Option<Severity?> _minSeverity = CommonOptions.MinSeverityOfListed();
    private readonly Option<TimeLimitValue> _time = CommonOptions.TimeLimit();
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

    public override string? Missing(Argument argument) => "diff takes exactly two design files, A and B.";

    protected override void Define(Command command)
    {
        command.Arguments.Add(_a);
        command.Arguments.Add(_b);
        foreach (var o in new Option[] { _format, _table, _minSeverity, _time, _memory }) command.Options.Add(o);
    }

    public override int Run(ParseResult parsed, TextWriter stdout, TextWriter stderr)
    {
        string[] files = [parsed.GetValue(_a)!, parsed.GetValue(_b)!];
        var formatText = parsed.GetValue(_format)!;
        string? extra = formatText is "html" or "csv" ? formatText : null;
        var format = extra is null ? AnalysisArgs.ParseFormat(formatText) : AnalysisFormat.Text;
        var table = parsed.GetValue(_table);
        var budget = CommonOptions.Budget(parsed, _time, _memory);
        CsvChoice.Check(table, extra, AnalysisCsv.DiffTables);
        var documents = AnalysisArgs.Load(files, stderr);
        if (documents is null) return ExitCodes.BadInput;
        // One budget for the whole comparison: the power of every changed body in both designs and the validator on both.
        string text;
        using (var context = budget.Context())
        using (Terminal.Progress(stderr, "comparing the designs"))
        {
            var diff = DesignDiff.Compare(documents[0], documents[1], budget.Options(PowerIndices.ShapleyShubik, context),
                AnalysisArgs.Validation(budget, context) with { MinSeverity = parsed.GetValue(_minSeverity) ?? Severity.Info });
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
