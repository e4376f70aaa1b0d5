using System.CommandLine;
using Napsm.Core.Evolution;
using Napsm.Core.Reporting;
using Napsm.Core.Validation;
using Napsm.Core.Voting;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm evolve A B [C …]</c>: who must consent to each step from one design to the next, and who loses by it.</summary>
internal sealed class EvolveCommand : NapsmCommand
{
    private readonly Argument<string[]> _files = new("FILE")
    {
        Description = "the designs, in the order of the steps (A B [C …])",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _format = CommonOptions.Format("text, json or markdown", "text", "json", "markdown");
    private readonly Option<TimeLimitValue> _time = CommonOptions.TimeLimit();
    private readonly Option<long?> _memory = CommonOptions.MemoryLimit();

    public override string Name => "evolve";

    public override string Summary => "Who must consent to each step from one design to the next, and who loses by it";

    protected override string Description => """
        For each step from one design to the next: the changes, each governed by the earlier design's amendment
        rules (the most specific "amendments" entry covering the part, else "amendment", else unanimity; members
        added by "accession"); who must consent (the veto players of every governing rule) and whether the step can
        pass; what each member loses and gains (membership, seats, vetoes, power with exact Shapley–Shubik figures,
        commitments by horizon, treaty blocking positions); the consent at risk (must-consents who lose) and whether
        the step passes without any loser. For three or more designs, whether skipping a step needs other consents.
        Also the Evolution diagnostics of each design (NAPSM1001–1019; napsm explain ID).
        """;

    protected override string Examples => """
        napsm evolve seeds/six-party-phase3.json seeds/napsm-a-evolved-six-party.json seeds/napsm-b-osce-like.json seeds/napsm-c-treaty-organisation.json
        napsm evolve seeds/napsm-a-evolved-six-party.json seeds/napsm-c-treaty-organisation.json --format json
        """;

    protected override string Notes => """
        Exit codes: 0 every step can pass and no Evolution diagnostic is an error, 1 a step cannot pass or an
        Evolution diagnostic is an error, 2 a file could not be read or the command line is wrong.
        """;

    public override string? Missing(Argument argument) => "evolve takes at least two design files, A B [C …]; got 0.";

    protected override void Define(Command command)
    {
        command.Arguments.Add(_files);
        foreach (var o in new Option[] { _format, _time, _memory }) command.Options.Add(o);
    }

    public override int Run(ParseResult parsed, TextWriter stdout, TextWriter stderr)
    {
        var files = parsed.GetValue(_files)!.ToList();
        var format = parsed.GetValue(_format) switch
        {
            "json" => EvolutionReportFormat.Json,
            "markdown" => EvolutionReportFormat.Markdown,
            _ => EvolutionReportFormat.Text,
        };
        var budget = CommonOptions.Budget(parsed, _time, _memory);
        // A file that cannot be read is named first, even when too few are given: it is the more useful error.
        var documents = AnalysisArgs.Load(files, stderr);
        if (documents is null) return ExitCodes.BadInput;
        if (files.Count < 2) throw new CommandLineException($"evolve takes at least two design files, A B [C …]; got {files.Count}.");
        EvolutionResult result;
        var reports = new List<ValidationReport>();
        using (var context = budget.Context())
        using (Terminal.Progress(stderr, "analysing the steps"))
        {
            var options = new EvolutionOptions { Voting = budget.Options(PowerIndices.ShapleyShubik, context) };
            result = Evolution.Analyze([.. documents.Select(d => d.Design)], options);
            var validation = AnalysisArgs.Validation(budget, context);
            for (int i = 0; i < documents.Count; i++)
            {
                // The sequence given is the path: each design is checked against the one before it, the first against none.
                var these = i == 0 ? validation with { ResolvePredecessors = false } : validation with { Predecessor = documents[i - 1] };
                reports.Add(new DesignValidator(these).WithEvolutionRules().Validate(documents[i]));
            }
        }

        stdout.Write(EvolutionReport.Format(result, format, reports));
        bool errors = reports.Exists(r => r.Diagnostics.Any(d => d.Severity == Severity.Error
            && string.Equals(d.Descriptor.Category, "Evolution", StringComparison.Ordinal)));
        return result.PathFeasible && !errors ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }
}
