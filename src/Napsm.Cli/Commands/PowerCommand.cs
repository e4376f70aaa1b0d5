using System.CommandLine;
using Napsm.Core.Kernel;
using Napsm.Core.Model;
using Napsm.Core.Reporting;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;
using Napsm.Core.Voting;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm power FILE --body ID | --treaty ID [--format text|json|markdown|html|csv] [--indices …]</c>: exact voting power of a body or an entry-into-force rule.</summary>
internal sealed class PowerCommand : NapsmCommand
{
    private static readonly (string Name, PowerReportIndices Index)[] IndexNames =
    [
        ("banzhaf", PowerReportIndices.Banzhaf), ("penrose", PowerReportIndices.Penrose), ("shapleyShubik", PowerReportIndices.ShapleyShubik),
        ("johnston", PowerReportIndices.Johnston), ("deeganPackel", PowerReportIndices.DeeganPackel), ("hollerPackel", PowerReportIndices.HollerPackel),
    ];

    private readonly Argument<string> _file = new("FILE") { Description = "the design file" };
    private readonly Option<string?> _body = new("--body")
    {
        Description = "the body whose rule to analyse (may be left out when the design has one body or treaty to analyse and nothing else)",
        HelpName = "ID",
    };
    private readonly Option<string?> _matter = new("--matter")
    {
        Description = "the body's matter to analyse (default: every matter, one section each; in json an array with \"matter\" in each "
            + "object); html and csv need one matter",
        HelpName = "M",
    };
    private readonly Option<string?> _treaty = new("--treaty") { Description = "the treaty whose entry-into-force rule to analyse", HelpName = "ID" };
    private readonly Option<string> _format = CommonOptions.Format(
        "text: a table; json: the machine-readable form; markdown (md): the text's figures as pipe tables, for documents and review "
        + "comments; html: one page with bars of Shapley–Shubik and Banzhaf per member (and the weight share when weighted); csv: the "
        + "table, each figure as an exact fraction and a decimal",
        "text", "json", "markdown", "html", "csv");
    private readonly Option<PowerReportIndices> _indices = new("--indices")
    {
        Description = "comma-separated, default all: banzhaf, penrose, shapleyShubik, johnston, deeganPackel, hollerPackel",
        HelpName = "LIST",
        DefaultValueFactory = _ => PowerReportIndices.All,
        CustomParser = r => CommonOptions.Parse(r, ParseIndices, PowerReportIndices.All),
    };
    private readonly Option<bool> _ternary = new("--ternary")
    {
        Description = "add the ternary game (yes, abstain or no; Felsenthal & Machover's indices) for any rule; it is added without asking "
            + "for a rule that reads abstention (a base, a quorum, a veto abstention does not block); in every format (html and csv add its columns)",
    };
    private readonly Option<bool> _expand = new("--expand")
    {
        Description = "the member-level game of a compound body: each voter body:ID is replaced by that body's game over its members "
            + "(exact; binary: every voter present, abstention counted as no)",
    };
    private readonly Option<string?> _alignment = new("--alignment")
    {
        Description = "add the design's alignment ID (blocs voting together, members no one governs with): Owen and Banzhaf-Owen values "
            + "per member, the quotient game per bloc; text, json and markdown only",
        HelpName = "ID",
    };
    private readonly Option<TimeLimitValue> _time = CommonOptions.TimeLimit();
    private readonly Option<long?> _memory = CommonOptions.MemoryLimit();
    private readonly ApproximationArgs _approximate = new();

    public override string Name => "power";

    public override string Summary => "Exact voting power of a body's rule or a treaty's entry into force";

    protected override string Description => """
        Analyses the decision rule of a body (over its voters) or the entry-into-force rule of a treaty (over its parties) exactly:
        winning coalitions, power to act, proper/strong/decisive, veto and dummy players, and power indices.
        With --approximate, the indices it could not compute exactly are approximated and marked ≈ (json: "approximate": true).
        """;

    protected override string Examples => """
        napsm power seeds/eec-1958.json --body council-qmv-commission-proposal --format json
        napsm power seeds/treaties-ctbt.json
        napsm power seeds/eec-1958.json --body council-qmv-commission-proposal --approximate --samples 20000
        """;

    public override string? Missing(Argument argument) => "the design file is missing.";

    protected override void Define(Command command)
    {
        command.Arguments.Add(_file);
        foreach (var o in new Option[] { _body, _matter, _treaty, _format, _indices, _ternary, _expand, _alignment, _time, _memory }) command.Options.Add(o);
        _approximate.Define(command);
    }

    public override int Run(ParseResult parsed, TextWriter stdout, TextWriter stderr)
    {
        var file = parsed.GetValue(_file)!;
        string? body = parsed.GetValue(_body), treaty = parsed.GetValue(_treaty), matter = parsed.GetValue(_matter), alignment = parsed.GetValue(_alignment);
        var format = parsed.GetValue(_format)!;
        bool ternary = parsed.GetValue(_ternary), expand = parsed.GetValue(_expand);
        var indices = parsed.GetValue(_indices);
        var budget = CommonOptions.Budget(parsed, _time, _memory);
        var approximation = _approximate.Options(parsed);
        if (body is not null && treaty is not null) throw new CommandLineException("give one of --body ID or --treaty ID, not both.");
        if (matter is not null && treaty is not null) throw new CommandLineException("--matter belongs to a body's rules; a treaty's entry into force has one rule.");
        if (expand && treaty is not null) throw new CommandLineException("--expand belongs to a body with body:ID voters; a treaty's parties are members.");
        if (expand && ternary) throw new CommandLineException("--expand gives the binary member-level game; --ternary is for a body's own game.");
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

    private static PowerReportFormat PowerFormat(string format) => format switch
    {
        "json" => PowerReportFormat.Json,
        "markdown" => PowerReportFormat.Markdown,
        _ => PowerReportFormat.Text,
    };

    private static PowerReportOptions Options(PowerReportIndices indices, TextWriter stdout) => new() { Indices = indices, Width = Terminal.Width(stdout) };

    /// <summary>
    /// Analyses one rule into a report section (with the ternary game when the rule reads abstention or it is asked for, and the
    /// alignment's unions when one is given; text, json and markdown only); exit code 2 when the rule has problems.
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
        bool writesUnions = format is "text" or "json" or "markdown";
        using (var context = budget.Context())
        using (Terminal.Progress(stderr, "computing voting power"))
        {
            var analysis = game.Analyze(budget.Options(wanted, context) with { Approximation = approximation });
            section = new PowerReportSection(analysis) { Matter = matter };
            // The ternary game (#15) beside the binary one, for a rule that reads abstention or when asked, in every format (the
            // html and csv tables label the binary columns and add the ternary ones); an alignment's unions in text, json and markdown.
            if (binaryOfAbstention) section = section with { Ternary = game.AnalyzeTernary(budget.Options(wanted, context)) };
            if (alignment is not null && writesUnions)
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
            foreach (var p in game.Problems) stderr.WriteLine($"  at {rulePointer}{FreeText.Escape(p.At)}: {FreeText.Escape(Wording.Of(p))}");
        }

        return ExitCodes.BadInput;
    }

    private static string List(IEnumerable<string> ids)
    {
        var all = ids.ToArray();
        return all.Length == 0 ? "(none)" : string.Join(", ", all);
    }
}
