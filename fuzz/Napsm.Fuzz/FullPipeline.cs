using Napsm.Core;
using Napsm.Core.Analysis;
using Napsm.Core.Reporting;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using Napsm.Core.Tests.Robustness;

namespace Napsm.Fuzz;

/// <summary>
/// What the fuzz target runs beyond the unit tests' <see cref="Pipeline"/>: every matter of every body (binary, ternary and
/// under each alignment), the power writers, the stake report and the diff of a design with itself — all under one
/// <see cref="AnalysisContext"/> with a time and a memory limit, as the tool runs them (issue #20, item 5). Kept out of
/// <see cref="Pipeline"/> so that the CI's mutation property stays as fast as it is.
/// </summary>
internal static class FullPipeline
{
    /// <summary>The limits of one execution: small, so that a mutated design cannot make an execution a hang.</summary>
    internal static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);

    internal const long MemoryLimit = 1L << 30;

    public static void Run(DesignDocument document)
    {
        var design = document.Design;
        using var context = new AnalysisContext(TimeLimit, MemoryLimit);
        Pipeline.Run(document, describe: true, context: context);
        var options = Pipeline.Bounded with { Context = context };
        foreach (var body in design.Bodies)
        {
            var sections = new List<PowerReportSection>();
            foreach (var decision in body.Decisions)
            {
                var game = VotingGame.ForDecision(design, body, decision, context);
                if (game.Problems.Count > 0) continue; // napsm power reports the problems and no figure
                var section = new PowerReportSection(game.Analyze(options)) { Matter = decision.Matter };
                section = section with { Ternary = game.AnalyzeTernary(options) };
                sections.Add(section);
                foreach (var alignment in design.Alignments)
                {
                    sections.Add(section with { Alignment = alignment, Unions = game.AnalyzeUnions(alignment.Blocs, alignment.Excluded, options, default) });
                }
            }

            if (sections.Count == 0) continue;
            foreach (var format in Enum.GetValues<PowerReportFormat>())
            {
                _ = PowerReport.Format(design, body, sections, format, PowerReportOptions.Default);
            }
        }

        var validation = new ValidationOptions { Context = context };
        if (design.Members.Count > 0)
        {
            var stake = new StakeOptions
            {
                Voting = options,
                Validation = validation,
                Alignment = design.Alignments.Count > 0 ? design.Alignments[0].Id : null,
            };
            var report = StakeReport.For(design.Members[0].Id, [document], stake);
            foreach (var format in Enum.GetValues<AnalysisFormat>()) _ = report.Format(format);
        }

        var diff = DesignDiff.Compare(document, document, options, validation);
        foreach (var format in Enum.GetValues<AnalysisFormat>()) _ = diff.Format(format);
    }
}
