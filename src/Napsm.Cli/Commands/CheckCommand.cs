using System.CommandLine;
using Napsm.Core.Evolution;
using Napsm.Core.Model;
using Napsm.Core.Reporting;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm check FILES…</c>: validates design files and reports the diagnostics.</summary>
internal sealed class CheckCommand : NapsmCommand
{
    private readonly Argument<string[]> _files = new("FILE") { Description = "the design files to check", Arity = ArgumentArity.OneOrMore };
    private readonly Option<string> _format = CommonOptions.Format(
        "text (compiler style), json, sarif (SARIF 2.1.0, for code scanning), markdown (review comments) or html (one page: a table "
        + "of diagnostics per design and each rule's fix); a file that cannot be read is in every format as NAPSM0001",
        "text", "json", "sarif", "markdown", "html");
    private readonly Option<Severity?> _failOn = CommonOptions.SeverityOption("--fail-on", "the least severity that makes the check fail", Severity.Error);
    private readonly Option<string[]> _severity = new("--severity")
    {
        Description = "change the severity of a rule: error, warning, info, or none to turn it off (repeatable)",
        HelpName = "ID=LEVEL",
    };
    private readonly Option<string[]> _suppress = new("--suppress")
    {
        Description = "drop every diagnostic of a rule (repeatable); suppress one place in the design file with "
            + "\"suppress\": [{ \"id\": \"NAPSM0304\", \"at\": \"/bodies/0\", \"why\": \"...\" }]",
        HelpName = "ID",
    };
    private readonly Option<Severity?> _minSeverity = CommonOptions.MinSeverity();
    private readonly Option<TimeLimitValue> _time = CommonOptions.TimeLimit();
    private readonly Option<long?> _memory = CommonOptions.MemoryLimit();

    public override string Name => "check";

    public override string Summary => "Validate design files (text, JSON, SARIF, Markdown or HTML report)";

    protected override string Description => "Validates each design file against the rules catalogue (napsm rules) and prints the diagnostics.";

    protected override string Examples => """
        napsm check seeds/*.json
        napsm check design.json --format sarif > napsm.sarif
        napsm check design.json --fail-on warning --severity NAPSM0201=none
        napsm check seeds/osce.json --min-severity warning
        """;

    protected override string Notes => """
        Exit codes: 0 no diagnostic at or above the fail-on level, 1 some remain, 2 a file could not be read or the
        command line is wrong. A file that could not be read is also printed to stderr as 'file(line,col): error: ...'.
        """;

    public override string? Missing(Argument argument) => "no design file given.";

    protected override void Define(Command command)
    {
        command.Arguments.Add(_files);
        foreach (var o in new Option[] { _format, _failOn, _severity, _suppress, _minSeverity, _time, _memory }) command.Options.Add(o);
    }

    public override int Run(ParseResult parsed, TextWriter stdout, TextWriter stderr)
    {
        var files = parsed.GetValue(_files) ?? [];
        var format = parsed.GetValue(_format)!;
        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        var suppressions = new List<Suppression>();
        foreach (var pair in parsed.GetValue(_severity) ?? [])
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new CommandLineException($"--severity takes ID=LEVEL, such as NAPSM0201=warning; got '{pair}'.");
            var id = pair[..eq].Trim();
            var level = pair[(eq + 1)..].Trim().ToLowerInvariant();
            if (SeverityNames.TryParse(level, out var severity)) severities[id] = severity;
            else if (level is "none" or "off") suppressions.Add(new Suppression(id));
            else throw new CommandLineException($"--severity: unknown level '{pair[(eq + 1)..]}'; use error, warning, info or none.");
        }

        foreach (var id in parsed.GetValue(_suppress) ?? []) suppressions.Add(new Suppression(id.Trim()));
        if (files.Length == 0) throw new CommandLineException("no design file given.");
        var budget = CommonOptions.Budget(parsed, _time, _memory);
        var minimum = parsed.GetValue(_minSeverity) ?? Severity.Info;
        var options = new ValidationOptions
        {
            FailOn = parsed.GetValue(_failOn) ?? Severity.Error,
            Severities = severities,
            Suppressions = suppressions,
            Limits = AnalysisLimits.Default with { TimeLimit = budget.TimeLimit, MemoryLimit = budget.MemoryLimit },
        };
        var reports = new List<ValidationReport>();
        bool unreadable = false;
        int checkedCount = 0;
        foreach (var file in files)
        {
            // Reports name files relative to the working directory, so they hold no absolute paths.
            var shown = Path.IsPathRooted(file) ? Path.GetRelativePath(Environment.CurrentDirectory, file) : file;
            if (!DesignJson.TryLoad(shown, out var document, out var error))
            {
                stderr.WriteLine(LoadErrors.Format(error, shown));
                // In the reports too (NAPSM0001), where the design would be: a SARIF upload or a JSON consumer must see the failure.
                reports.Add(ValidationReport.Unreadable(error, shown));
                unreadable = true;
                continue;
            }

            // Each file has the whole budget, counted from the start of its check (the first file's from the command's start): one
            // slow design must not leave the designs after it unchecked.
            using (var context = (checkedCount++ == 0 ? budget : budget.Restarted()).Context())
            using (Terminal.Progress(stderr, $"checking {FreeText.Escape(shown)}"))
            {
                reports.Add(new DesignValidator(options with { Context = context }).WithEvolutionRules().Validate(document));
            }
        }

        // --min-severity hides lower diagnostics in every format (and their counts); the exit code still counts them all.
        var shownReports = reports.Select(r => minimum == Severity.Info ? r : r with { Diagnostics = r.Diagnostics.Where(d => d.Severity >= minimum).ToList() }).ToList();
        int hidden = reports.Sum(r => r.Diagnostics.Count) - shownReports.Sum(r => r.Diagnostics.Count);
        if (format == "html")
        {
            stdout.Write(HtmlReport.Check(shownReports));
        }
        else
        {
            var reportFormat = format switch { "json" => ReportFormat.Json, "sarif" => ReportFormat.Sarif, "markdown" => ReportFormat.Markdown, _ => ReportFormat.Text };
            // Text: a file that could not be read is the stderr line above (the compiler form), not repeated on stdout.
            if (reportFormat == ReportFormat.Text) shownReports = shownReports.Where(r => !r.IsUnreadable).ToList();
            if (reportFormat == ReportFormat.Text && shownReports.Count == 0) return unreadable ? ExitCodes.BadInput : ExitCodes.Success;
            var text = ReportWriter.Format(shownReports, reportFormat, new DesignValidator(options).Descriptors);
            if (reportFormat == ReportFormat.Text)
            {
                Terminal.WriteReport(stdout, text);
                if (hidden > 0) stdout.WriteLine(Hidden(reports, minimum));
            }
            else
            {
                stdout.Write(text);
            }
        }

        if (unreadable) return ExitCodes.BadInput;
        return reports.All(r => r.IsValid) ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }

    /// <summary>The line that says what --min-severity hid: <c>hidden by --min-severity warning: 3 info</c>.</summary>
    internal static string Hidden(IReadOnlyList<ValidationReport> reports, Severity minimum)
    {
        var parts = new List<string>();
        int warnings = minimum > Severity.Warning ? reports.Sum(r => r.Count(Severity.Warning)) : 0;
        int infos = reports.Sum(r => r.Count(Severity.Info));
        if (warnings > 0) parts.Add(warnings == 1 ? "1 warning" : $"{warnings} warnings");
        if (infos > 0) parts.Add($"{infos} info");
        return $"hidden by --min-severity {SeverityNames.Name(minimum)}: {string.Join(", ", parts)}";
    }
}
