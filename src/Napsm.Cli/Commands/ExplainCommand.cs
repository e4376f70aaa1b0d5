using Napsm.Core.Reporting;
using Napsm.Core.Validation;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm explain ID</c>: prints a rule's help text.</summary>
internal sealed class ExplainCommand : ICommand
{
    public string Name => "explain";

    public string Summary => "Explain a diagnostic: what it means, why it matters, how to fix it";

    public string Help => """
        Usage: napsm explain ID

        Prints the help of a diagnostic: the problem, why it matters for an institution, how to fix it, and an example.
        ID is a rule id such as NAPSM0304 (case does not matter; 304 also works).

        Example:
          napsm explain NAPSM0304

        Exit codes: 0 printed, 2 unknown id or wrong command line.
        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count != 1 || args[0].StartsWith('-')) throw new CommandLineException("expected exactly one rule id, such as NAPSM0304.");
        var typed = args[0];
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
