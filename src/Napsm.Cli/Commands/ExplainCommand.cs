using System.CommandLine;
using Napsm.Core.Reporting;
using Napsm.Core.Validation;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm explain ID</c>: prints a rule's help text.</summary>
internal sealed class ExplainCommand : NapsmCommand
{
    private readonly Argument<string> _id = new("ID") { Description = "a rule id such as NAPSM0304 (case does not matter; 304 also works)" };

    public override string Name => "explain";

    public override string Summary => "Explain a diagnostic: what it means, why it matters, how to fix it";

    protected override string Description =>
        "Prints the help of a diagnostic: the problem, why it matters for an institution, how to fix it, and an example.";

    protected override string Examples => """
        napsm explain NAPSM0304
        """;

    protected override string Notes => "Exit codes: 0 printed, 2 unknown id or wrong command line.";

    public override string? Missing(Argument argument) => "expected exactly one rule id, such as NAPSM0304.";

    protected override void Define(Command command)
    {
        command.Arguments.Add(_id);
        _id.CompletionSources.Add(_ => RuleCatalog.All.Select(d => new System.CommandLine.Completions.CompletionItem(d.Id)));
    }

    public override int Run(ParseResult parsed, TextWriter stdout, TextWriter stderr)
    {
        var typed = parsed.GetValue(_id)!;
        var normalised = typed.Trim().ToUpperInvariant();
        if (normalised.Length > 0 && normalised.All(char.IsAsciiDigit)) normalised = "NAPSM" + normalised.PadLeft(4, '0');
        if (RuleCatalog.TryFind(normalised, out var descriptor))
        {
            stdout.Write(ReportWriter.Explain(descriptor));
            return ExitCodes.Success;
        }

        var near = RuleCatalog.Suggest(typed);
        stderr.WriteLine($"napsm explain: unknown rule id '{typed}'." + (near is null ? "" : $" Did you mean {near}?") + " Run 'napsm rules' for the list.");
        return ExitCodes.BadInput;
    }
}
