using System.CommandLine;
using Napsm.Core.Analysis;
using Napsm.Core.Model;
using Napsm.Core.Evolution;
using Napsm.Core.Validation;
using NodaTime;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm report FILE... [--member ID] -o report.html</c>: one self-contained HTML page with every analysis of a set of designs.</summary>
internal sealed class ReportCommand : NapsmCommand
{
    private readonly Argument<string[]> _files = new("FILE") { Description = "the designs", Arity = ArgumentArity.OneOrMore };
    private readonly Option<string?> _member = new("--member", "-m") { Description = "the member whose stake to show across the designs", HelpName = "ID" };
    private readonly Option<string?> _output = CommonOptions.Output(
        "where to write the page (default: standard output); written to a temporary file in the same folder and renamed over FILE when complete");
    private readonly Option<Severity?> _minSeverity = CommonOptions.MinSeverityOfListed();
    private readonly Option<TimeLimitValue> _time = CommonOptions.TimeLimit();
    private readonly Option<long?> _memory = CommonOptions.MemoryLimit();

    public override string Name => "report";

    public override string Summary => "One HTML page with every analysis of a set of designs, charts included";

    protected override string Description => """
        Writes one self-contained HTML page (inline CSS and SVG charts; no script, no network, no fonts fetched; readable printed)
        with, for each design: its diagnostics, the bodies diagram, the voting power of every body, the schedule and phases, and every
        treaty's ratifications against its entry-into-force condition. With --member, what is at stake for that member across the
        designs follows (the first design is the baseline), and every later design's power shifts and changes from the first.
        """;

    protected override string Examples => """
        napsm report seeds/napsm-a-evolved-six-party.json seeds/napsm-b-osce-like.json seeds/napsm-c-treaty-organisation.json --member kp > napsm.html
        """;

    public override string? Missing(Argument argument) => "no design file given.";

    protected override void Define(Command command)
    {
        command.Arguments.Add(_files);
        foreach (var o in new Option[] { _member, _output, _minSeverity, _time, _memory }) command.Options.Add(o);
    }

    public override int Run(ParseResult parsed, TextWriter stdout, TextWriter stderr)
    {
        var files = parsed.GetValue(_files) ?? [];
        string? member = parsed.GetValue(_member), output = parsed.GetValue(_output);
        var budget = CommonOptions.Budget(parsed, _time, _memory);
        if (files.Length == 0) throw new CommandLineException("no design file given.");
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
            var validation = AnalysisArgs.Validation(budget, context) with { MinSeverity = parsed.GetValue(_minSeverity) ?? Severity.Info };
            html = AnalysisHtml.ReportWithValidator(documents, member, d => d.TreatyDate(), budget.Options(Napsm.Core.Voting.PowerIndices.ShapleyShubik, context),
                new DesignValidator(validation).WithEvolutionRules());
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
