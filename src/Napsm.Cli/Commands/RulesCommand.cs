using System.CommandLine;
using Napsm.Core.Reporting;
using Napsm.Core.Validation;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm rules</c>: lists the rules catalogue.</summary>
internal sealed class RulesCommand : NapsmCommand
{
    private readonly Option<string> _format = CommonOptions.Format(
        "text: one line per rule; markdown: the reference page with each rule's help and example (docs/rules.md is generated this way); "
        + "json: every field of each rule; sarif: a SARIF log with the rules and no results", "text", "json", "sarif", "markdown");

    public override string Name => "rules";

    public override string Summary => "List the diagnostics napsm check reports";

    protected override string Description => "Lists every rule of the catalogue: id, default severity, category and title.";

    protected override string Examples => """
        napsm rules --format markdown > docs/rules.md
        """;

    protected override string Notes => "Exit codes: 0 listed, 2 wrong command line.";

    protected override void Define(Command command) => command.Options.Add(_format);

    public override int Run(ParseResult parsed, TextWriter stdout, TextWriter stderr)
    {
        var format = parsed.GetValue(_format) switch
        {
            "json" => ReportFormat.Json,
            "sarif" => ReportFormat.Sarif,
            "markdown" => ReportFormat.Markdown,
            _ => ReportFormat.Text,
        };
        stdout.Write(ReportWriter.FormatRules(RuleCatalog.All, format));
        return ExitCodes.Success;
    }
}
