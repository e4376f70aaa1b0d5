using Napsm.Core.Model;
using Napsm.Core.Reporting;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm check FILES…</c>: validates design files and reports the diagnostics.</summary>
internal sealed class CheckCommand : ICommand
{
    public string Name => "check";

    public string Summary => "Validate design files (text, JSON, SARIF or Markdown report)";

    public string Help => """
        Usage: napsm check FILE... [--format text|json|sarif|markdown|html] [--fail-on error|warning|info]
                                   [--severity ID=LEVEL]... [--suppress ID]... [--time-limit TIME] [--memory-limit SIZE]

        Validates each design file against the rules catalogue (napsm rules) and prints the diagnostics.
          --format      text (default; compiler style), json, sarif (SARIF 2.1.0, for code scanning), markdown (review
                        comments) or html (one page: a table of diagnostics per design and each rule's fix)
          --fail-on     the least severity that makes the check fail (default: error)
          --severity    change the severity of a rule: error, warning, info, or none to turn it off (repeatable)
          --suppress    drop every diagnostic of a rule (repeatable); suppress one place in the design file with
                        "suppress": [{ "id": "NAPSM0304", "at": "/bodies/0", "why": "..." }]
        """ + AnalysisArgs.BudgetHelp + """


        Examples:
          napsm check seeds/*.json
          napsm check design.json --format sarif > napsm.sarif
          napsm check design.json --fail-on warning --severity NAPSM0201=none

        Exit codes: 0 no diagnostic at or above the fail-on level, 1 some remain, 2 a file could not be read or the
        command line is wrong (load errors are printed to stderr as 'file(line,col): error: ...').
        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var files = new List<string>();
        var format = ReportFormat.Text;
        var html = false;
        var failOn = Severity.Error;
        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        var suppressions = new List<Suppression>();
        var budget = AnalysisArgs.Budget.Default;
        for (int i = 0; i < args.Count; i++)
        {
            if (AnalysisArgs.TryBudget(args, ref i, ref budget)) continue;
            switch (args[i])
            {
                case "--format" or "-f":
                    var formatText = CommandArgs.Value(args, ref i);
                    html = formatText.Equals("html", StringComparison.OrdinalIgnoreCase);
                    if (!html) format = CommandArgs.ParseFormat(formatText);
                    break;
                case "--fail-on":
                    failOn = ParseSeverity(CommandArgs.Value(args, ref i), "--fail-on") ?? throw new CommandLineException("--fail-on takes error, warning or info.");
                    break;
                case "--severity":
                    var pair = CommandArgs.Value(args, ref i);
                    int eq = pair.IndexOf('=', StringComparison.Ordinal);
                    if (eq <= 0) throw new CommandLineException($"--severity takes ID=LEVEL, such as NAPSM0201=warning; got '{pair}'.");
                    var id = pair[..eq].Trim();
                    if (ParseSeverity(pair[(eq + 1)..], "--severity") is { } level) severities[id] = level;
                    else suppressions.Add(new Suppression(id));
                    break;
                case "--suppress":
                    suppressions.Add(new Suppression(CommandArgs.Value(args, ref i).Trim()));
                    break;
                case var a when a.StartsWith('-') && a.Length > 1:
                    throw new CommandLineException($"unknown option '{a}'.");
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count == 0) throw new CommandLineException("no design file given.");
        var options = new ValidationOptions
        {
            FailOn = failOn,
            Severities = severities,
            Suppressions = suppressions,
            Limits = AnalysisLimits.Default with { TimeLimit = budget.TimeLimit, MemoryLimit = budget.MemoryLimit },
        };
        var reports = new List<ValidationReport>();
        bool unreadable = false;
        foreach (var file in files)
        {
            // Reports name files relative to the working directory, so they hold no absolute paths.
            var shown = Path.IsPathRooted(file) ? Path.GetRelativePath(Environment.CurrentDirectory, file) : file;
            if (!DesignJson.TryLoad(shown, out var document, out var error))
            {
                stderr.WriteLine(LoadErrors.Format(error, shown));
                unreadable = true;
                continue;
            }

            // Each file has the whole budget, counted from the start of its check (the first file's from the command's start): one
            // slow design must not leave the designs after it unchecked.
            using (var context = (reports.Count == 0 ? budget : budget.Restarted()).Context())
            using (Terminal.Progress(stderr, $"checking {FreeText.Escape(shown)}"))
            {
                reports.Add(new DesignValidator(options with { Context = context }).Validate(document));
            }
        }

        if (html)
        {
            stdout.Write(HtmlReport.Check(reports));
        }
        else if (reports.Count > 0 || format != ReportFormat.Text)
        {
            var text = ReportWriter.Format(reports, format, new DesignValidator(options).Descriptors);
            if (format == ReportFormat.Text) Terminal.WriteReport(stdout, text);
            else stdout.Write(text);
        }
        if (unreadable) return ExitCodes.BadInput;
        return reports.All(r => r.IsValid) ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }

    /// <summary>A severity, or <see langword="null"/> for <c>none</c> (turn the rule off).</summary>
    private static Severity? ParseSeverity(string text, string option) => text.Trim().ToLowerInvariant() switch
    {
        var name when SeverityNames.TryParse(name, out var severity) => severity,
        "none" or "off" when option == "--severity" => null,
        _ => throw new CommandLineException($"{option}: unknown level '{text}'; use error, warning, info" + (option == "--severity" ? " or none." : ".")),
    };
}
