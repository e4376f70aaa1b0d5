using Napsm.Core.Kernel;
using Napsm.Core.Model;
using Napsm.Core.Reporting;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;
using Napsm.Core.Voting;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm power FILE --body ID | --treaty ID [--format text|json] [--indices …]</c>: exact voting power of a body or an entry-into-force rule.</summary>
internal sealed class PowerCommand : ICommand
{
    private static readonly (string Name, PowerReportIndices Index)[] IndexNames =
    [
        ("banzhaf", PowerReportIndices.Banzhaf), ("penrose", PowerReportIndices.Penrose), ("shapleyShubik", PowerReportIndices.ShapleyShubik),
        ("johnston", PowerReportIndices.Johnston), ("deeganPackel", PowerReportIndices.DeeganPackel), ("hollerPackel", PowerReportIndices.HollerPackel),
    ];

    public string Name => "power";

    public string Summary => "Exact voting power of a body's rule or a treaty's entry into force";

    public string Help => """
        Usage: napsm power FILE [--body ID [--matter M] | --treaty ID] [--format text|json|html|csv] [--indices LIST]
                           [--ternary | --expand] [--alignment ID] [--time-limit TIME] [--memory-limit SIZE]
                           [--approximate [--samples N | --target-width W] [--seed S] [--multilinear]]

        Analyses the decision rule of a body (over its voters) or the entry-into-force rule of a treaty (over its parties)
        exactly: winning coalitions, power to act, proper/strong/decisive, veto and dummy players, and power indices.
        With --approximate, the indices it could not compute exactly are approximated and marked ≈ (json: "approximate": true).

        Options:
          --body ID        the body whose rule to analyse (may be left out when the design has one body or treaty
                           to analyse and nothing else)
          --matter M       the body's matter to analyse (default: every matter, one section each; in json an
                           array with "matter" in each object); html and csv need one matter
          --treaty ID      the treaty whose entry-into-force rule to analyse
          --format FORMAT  text (default): a table; json: the machine-readable form; html: one page with bars of
                           Shapley–Shubik and Banzhaf per member (and the weight share when weighted); csv: the
                           table, each figure as an exact fraction and a decimal
          --indices LIST   comma-separated, default all: banzhaf, penrose, shapleyShubik, johnston, deeganPackel, hollerPackel
          --ternary        add the ternary game (yes, abstain or no; Felsenthal & Machover's indices) for any rule; it is
                           added without asking for a rule that reads abstention (a base, a quorum, a veto abstention does
                           not block); text and json only
          --expand         the member-level game of a compound body: each voter body:ID is replaced by that body's
                           game over its members (exact; binary: every voter present, abstention counted as no)
          --alignment ID   add the design's alignment ID (blocs voting together, members no one governs
                           with): Owen and Banzhaf-Owen values per member, the quotient game per bloc;
                           text and json only
        """ + AnalysisArgs.BudgetHelp + ApproximationArgs.Help + """


        Example:
          napsm power seeds/eec-1958.json --body council-qmv-commission-proposal --format json
          napsm power seeds/treaties-ctbt.json
          napsm power seeds/eec-1958.json --body council-qmv-commission-proposal --approximate --samples 20000
        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? file = null, body = null, treaty = null, matter = null, format = "text";
        bool ternary = false, expand = false;
        string? alignment = null;
        var indices = PowerReportIndices.All;
        var budget = AnalysisArgs.Budget.Default;
        var approximate = new ApproximationArgs();
        for (int i = 0; i < args.Count; i++)
        {
            if (AnalysisArgs.TryBudget(args, ref i, ref budget)) continue;
            if (approximate.TryRead(args, ref i)) continue;
            string Value() => i + 1 < args.Count ? args[++i] : throw new CommandLineException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--body": body = Value(); break;
                case "--treaty": treaty = Value(); break;
                case "--matter": matter = Value(); break;
                case "--format": format = Value(); break;
                case "--indices": indices = ParseIndices(Value()); break;
                case "--ternary": ternary = true; break;
                case "--expand": expand = true; break;
                case "--alignment": alignment = Value(); break;
                case var a when a.StartsWith('-'): throw new CommandLineException($"unknown option '{a}'.");
                case var a:
                    if (file is not null) throw new CommandLineException($"one design file only (got '{file}' and '{a}').");
                    file = a;
                    break;
            }
        }

        var approximation = approximate.Options();
        if (file is null) throw new CommandLineException("the design file is missing.");
        if (body is not null && treaty is not null) throw new CommandLineException("give one of --body ID or --treaty ID, not both.");
        if (matter is not null && treaty is not null) throw new CommandLineException("--matter belongs to a body's rules; a treaty's entry into force has one rule.");
        if (expand && treaty is not null) throw new CommandLineException("--expand belongs to a body with body:ID voters; a treaty's parties are members.");
        if (expand && ternary) throw new CommandLineException("--expand gives the binary member-level game; --ternary is for a body's own game.");
        if (format is not ("text" or "json" or "html" or "csv")) throw new CommandLineException($"unknown format '{format}': expected text, json, html or csv.");
        if (!DesignJson.TryLoad(file, out var document, out var error))
        {
            stderr.WriteLine(LoadErrors.Format(error, file));
            return ExitCodes.BadInput;
        }

        if (body is null && treaty is null)
        {
            // With one thing to analyse, asking for its id adds nothing; with several, name them so that the next command is obvious.
            var design = document.Design;
            var choices = design.Bodies.Select(b => "--body " + b.Id).Concat(design.Treaties.Where(t => t.EntryIntoForce is not null).Select(t => "--treaty " + t.Id)).ToList();
            if (choices.Count != 1)
            {
                stderr.WriteLine(choices.Count == 0
                    ? $"napsm power: {file} has no body and no treaty with an entry-into-force rule to analyse."
                    : $"napsm power: {file} has {choices.Count} rules to analyse; choose one with {string.Join(", ", choices.Take(12))}{(choices.Count > 12 ? ", …" : "")}.");
                return ExitCodes.BadInput;
            }

            (body, treaty) = design.Bodies.Count == 1 ? (design.Bodies[0].Id, (string?)null) : (null, choices[0]["--treaty ".Length..]);
        }

        if (alignment is not null && document.Design.FindAlignment(alignment) is null)
        {
            stderr.WriteLine($"napsm power: no alignment '{alignment}' in design '{document.Design.Id}'. Alignments: {List(document.Design.Alignments.Select(a => a.Id))}.");
            return ExitCodes.BadInput;
        }

        return Report(document, body, treaty, format, indices, budget, stdout, stderr, matter, approximation, ternary, alignment, expand);
    }

    internal static PowerReportIndices ParseIndices(string list)
    {
        var set = PowerReportIndices.None;
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var known = Array.FindIndex(IndexNames, n => n.Name == name);
            if (known < 0) throw new CommandLineException($"unknown index '{name}': expected {string.Join(", ", IndexNames.Select(n => n.Name))}.");
            set |= IndexNames[known].Index;
        }

        return set;
    }

    /// <summary>Analyses and writes the report; exit code 2 for an unknown body or treaty.</summary>
    internal static int Report(DesignDocument document, string? bodyId, string? treatyId, string format, PowerReportIndices indices, AnalysisArgs.Budget budget,
        TextWriter stdout, TextWriter stderr, string? matter = null, ApproximationOptions? approximation = null, bool ternary = false, string? alignment = null,
        bool expand = false)
    {
        var design = document.Design;
        var aligned = alignment is null ? null : design.FindAlignment(alignment);
        if (bodyId is not null)
        {
            var body = design.FindBody(bodyId);
            if (body is null)
            {
                stderr.WriteLine($"napsm power: no body '{bodyId}' in design '{design.Id}'. Bodies: {List(design.Bodies.Select(b => b.Id))}.");
                return ExitCodes.BadInput;
            }

            return ReportBody(document, body, matter, format, indices, budget, stdout, stderr, approximation, ternary, aligned, expand);
        }

        var treaty = design.FindTreaty(treatyId!);
        if (treaty is null)
        {
            stderr.WriteLine($"napsm power: no treaty '{treatyId}' in design '{design.Id}'. Treaties: {List(design.Treaties.Select(t => t.Id))}.");
            return ExitCodes.BadInput;
        }

        var rulePointer = DesignPointers.TreatyRule(design.Treaties.ToList().IndexOf(treaty));
        int code = Analyze(document, VotingGame.ForTreaty(design, treaty), "treaty", treaty.Id, rulePointer, null, format, indices, budget, stderr, false, approximation,
            ternary, aligned, out var section);
        if (code != ExitCodes.Success) return code;
        switch (format)
        {
            case "html": stdout.Write(HtmlReport.Power(design, treaty, section!.Analysis)); break;
            case "csv": stdout.Write(CsvReport.Power(design, section!.Analysis)); break;
            default: PowerReport.Write(stdout, design, treaty, section!, PowerFormat(format), Options(indices, stdout)); break;
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// A body's matters (#15): every matter, one section each (a JSON array when there are several), or the one asked for. A body that has
    /// only its default rule reports as before, without "matter".
    /// </summary>
    private static int ReportBody(DesignDocument document, Body body, string? matter, string format, PowerReportIndices indices, AnalysisArgs.Budget budget,
        TextWriter stdout, TextWriter stderr, ApproximationOptions? approximation, bool ternary, Alignment? alignment, bool expand)
    {
        var design = document.Design;
        int bodyIndex = design.Bodies.ToList().IndexOf(body);
        var chosen = new List<int>();
        for (int k = 0; k < body.Decisions.Count; k++)
        {
            if (matter is null || body.Decisions[k].Matter == matter) chosen.Add(k);
        }

        if (chosen.Count == 0)
        {
            stderr.WriteLine($"napsm power: body '{body.Id}' has no matter '{matter}'. Matters: {List(body.Decisions.Select(d => d.Matter))}.");
            return ExitCodes.BadInput;
        }

        if (matter is not null) chosen = [chosen[0]];
        bool named = body.Decisions.Count > 1 || !body.Decisions[0].IsDefault;
        if (chosen.Count > 1 && format is ("html" or "csv"))
        {
            stderr.WriteLine($"napsm power: body '{body.Id}' decides {chosen.Count} matters; choose one for {format} with " +
                string.Join(", ", body.Decisions.Select(d => "--matter " + d.Matter)) + ".");
            return ExitCodes.BadInput;
        }

        var sections = new List<PowerReportSection>();
        for (int c = 0; c < chosen.Count; c++)
        {
            int k = chosen[c];
            var decision = body.Decisions[k];
            // --expand (#15): the member-level game of a compound body (each body:ID voter replaced by its body's game), binary only.
            var game = expand ? VotingGame.Expand(design, body, decision) : VotingGame.ForDecision(design, body, decision);
            var pointer = DesignPointers.DecisionRule(bodyIndex, body.Decisions[0].IsDefault, k);
            int code = Analyze(document, game, "body", body.Id, pointer, named ? decision.Matter : null, format, indices, budget.Share(chosen.Count - c, chosen.Count), stderr,
                !expand && AbstentionOptions.Used(decision), approximation, ternary, alignment, out var section);
            if (code != ExitCodes.Success) return code;
            sections.Add(section!);
        }

        switch (format)
        {
            case "html": stdout.Write(HtmlReport.Power(design, body, sections[0].Analysis, sections[0].Ternary)); break;
            case "csv": stdout.Write(CsvReport.Power(design, sections[0].Analysis, sections[0].Ternary)); break;
            default: PowerReport.Write(stdout, design, body, sections, PowerFormat(format), Options(indices, stdout)); break;
        }

        return ExitCodes.Success;
    }

    private static PowerReportFormat PowerFormat(string format) => format == "json" ? PowerReportFormat.Json : PowerReportFormat.Text;

    private static PowerReportOptions Options(PowerReportIndices indices, TextWriter stdout) => new() { Indices = indices, Width = Terminal.Width(stdout) };

    /// <summary>
    /// Analyses one rule into a report section (with the ternary game when the rule reads abstention or it is asked for, and the
    /// alignment's unions when one is given; text and json only); exit code 2 when the rule has problems.
    /// </summary>
    private static int Analyze(DesignDocument document, VotingGame game, string kind, string id, string rulePointer, string? matter,
        string format, PowerReportIndices indices, AnalysisArgs.Budget budget, TextWriter stderr, bool binaryOfAbstention,
        ApproximationOptions? approximation, bool ternary, Alignment? alignment, out PowerReportSection? section)
    {
        section = null;
        // Asked for the ternary game, the binary figures are labelled as such too.
        binaryOfAbstention |= ternary;

        // A rule with problems has no meaningful figures: say what is wrong, as napsm check does, and give none.
        if (game.Problems.Count > 0) return RuleProblems(document, game, kind, id, rulePointer, stderr);

        var wanted = PowerIndices.None;
        if (indices.HasFlag(PowerReportIndices.ShapleyShubik)) wanted |= PowerIndices.ShapleyShubik;
        if (indices.HasFlag(PowerReportIndices.Johnston)) wanted |= PowerIndices.Johnston;
        if (indices.HasFlag(PowerReportIndices.DeeganPackel)) wanted |= PowerIndices.DeeganPackel;
        if (indices.HasFlag(PowerReportIndices.HollerPackel)) wanted |= PowerIndices.HollerPackel;
        bool textOrJson = format is "text" or "json";
        using (var context = budget.Context())
        using (Terminal.Progress(stderr, "computing voting power"))
        {
            var analysis = game.Analyze(budget.Options(wanted, context) with { Approximation = approximation });
            section = new PowerReportSection(analysis) { Matter = matter };
            // The ternary game (#15) beside the binary one: for a rule that reads abstention, or when asked; text and json only.
            // html and csv too (#15): their tables label the binary columns and add the ternary ones.
            if (binaryOfAbstention) section = section with { Ternary = game.AnalyzeTernary(budget.Options(wanted, context)) };
            if (alignment is not null && textOrJson)
            {
                section = section with { Alignment = alignment, Unions = game.AnalyzeUnions(alignment.Blocs, alignment.Excluded, budget.Options(wanted, context), default) };
            }
        }

        return ExitCodes.Success;
    }

    private static int RuleProblems(DesignDocument document, VotingGame game, string kind, string id, string rulePointer, TextWriter stderr)
    {
        var report = new DesignValidator().Validate(document);
        var problems = report.Diagnostics
            .Where(d => (d.Id is "NAPSM0307" or "NAPSM0308" or "NAPSM0309" && (game.IsExpanded || JsonPointers.IsAtOrUnder(d.Location.JsonPointer, rulePointer)))
                || (game.IsExpanded && d.Id is "NAPSM0340" or "NAPSM0341"))
            .ToList();
        stderr.WriteLine($"napsm power: the rule of {kind} '{id}' has problems; no figure of it would be meaningful.");
        if (problems.Count > 0)
        {
            stderr.Write(ReportWriter.Format([report with { Diagnostics = problems }], ReportFormat.Text));
        }
        else
        {
            foreach (var p in game.Problems) stderr.WriteLine($"  at {rulePointer}{FreeText.Escape(p.At)}: {FreeText.Escape(p.Message)}");
        }

        return ExitCodes.BadInput;
    }

    private static string List(IEnumerable<string> ids)
    {
        var all = ids.ToArray();
        return all.Length == 0 ? "(none)" : string.Join(", ", all);
    }
}
