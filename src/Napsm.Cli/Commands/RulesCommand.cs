using Napsm.Core.Reporting;
using Napsm.Core.Validation;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm rules</c>: lists the rules catalogue.</summary>
internal sealed class RulesCommand : ICommand
{
    public string Name => "rules";

    public string Summary => "List the diagnostics napsm check reports";

    public string Help => """
        Usage: napsm rules [--format text|json|sarif|markdown]

        Lists every rule of the catalogue: id, default severity, category and title.
          --format markdown   the reference page with each rule's help and example (docs/rules.md is generated this way)
          --format json       every field of each rule
          --format sarif      a SARIF log with the rules and no results

        Example:
          napsm rules --format markdown > docs/rules.md

        Exit codes: 0 listed, 2 wrong command line.
        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var format = ReportFormat.Text;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] is "--format" or "-f") format = CommandArgs.ParseFormat(CommandArgs.Value(args, ref i));
            else throw new CommandLineException($"unexpected argument '{args[i]}'.");
        }

        stdout.Write(ReportWriter.FormatRules(RuleCatalog.All, format));
        return ExitCodes.Success;
    }
}
