using System.CommandLine;
using Napsm.Core.Analysis;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;
using Napsm.Core.Voting;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm stake FILES… --member ID</c>: what is at stake for a member in one or several designs, side by side.</summary>
internal sealed class StakeCommand : NapsmCommand
{
    private readonly Argument<string[]> _files = new("FILE") { Description = "the designs to compare", Arity = ArgumentArity.ZeroOrMore };
    private readonly Option<string?> _member = new("--member", "-m") { Description = "the member's id (required)", HelpName = "ID" };
    private readonly Option<string?> _baseline = new("--baseline")
    {
        Description = "the design changes are measured from (default: the first file); it is added if not among FILE...",
        HelpName = "FILE",
    };
    private readonly Option<string> _format = CommonOptions.Format(
        "text, json, markdown, html (one page: small multiples of the member's power per body, the changes from the baseline as signed "
        + "bars, commitments by horizon) or csv", "text", "json", "markdown", "html", "csv");
    private readonly Option<string?> _table = new("--table")
    {
        Description = "with csv: power (default), summary, commitments, treaties or diagnostics",
        HelpName = "NAME",
    };
    private readonly Option<string?> _alignment = new("--alignment")
    {
        Description = "also weigh the member's power under the alignment ID (a scenario: blocs voting together as a priori unions, members "
            + "no one governs with) in every design that has it: its Owen and Banzhaf–Owen values beside the plain Shapley–Shubik, and its "
            + "bloc's power in the quotient game (text, json, markdown)",
        HelpName = "ID",
    };
    private readonly Option<NodaTime.Period?> _near = Horizon("--near", "the end of the near horizon, an ISO period in years, months, weeks and days (default P1Y)");
    private readonly Option<NodaTime.Period?> _medium = Horizon("--medium",
        "the end of the medium horizon, likewise (default P5Y); neither may be negative, have a time part or reach past 9999-12-31 from a "
        + "design's asOf");
    private readonly Option<Severity?> _minSeverity = CommonOptions.MinSeverityOfListed();
    private readonly Option<TimeLimitValue> _time = CommonOptions.TimeLimit();
    private readonly Option<long?> _memory = CommonOptions.MemoryLimit();

    public override string Name => "stake";

    public override string Summary => "What is at stake for a member across designs (power, commitments, treaties, diagnostics)";

    protected override string Description => """
        For the member ID, side by side in each design: its voting power in every body (Shapley–Shubik and Banzhaf as exact fractions,
        veto, dummy) and the change from the baseline design; the commitments it gives and receives by horizon (past, near, medium,
        long, undated, counted from each design's asOf); the treaties it can block or bring into force alone; and the validator's
        diagnostics that involve it.
        """;

    protected override string Examples => """
        napsm stake seeds/napsm-*.json --member us
        napsm stake seeds/napsm-c-treaty-organisation.json --member kr --alignment coordination
        napsm stake seeds/napsm-b-osce-like.json seeds/napsm-c-treaty-organisation.json --member kp --baseline seeds/six-party-phase3.json --format markdown
        """;

    protected override string Notes => "Exit codes: 0 the report was written, 2 a file could not be read, the member is unknown, or the command line is wrong.";

    protected override void Define(Command command)
    {
        command.Arguments.Add(_files);
        foreach (var o in new Option[] { _member, _baseline, _format, _table, _alignment, _near, _medium, _minSeverity, _time, _memory }) command.Options.Add(o);
    }

    private static Option<NodaTime.Period?> Horizon(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "PERIOD",
        CustomParser = r => CommonOptions.Parse<NodaTime.Period?>(r, t => HorizonPeriod(t, name), null),
    };

    public override int Run(ParseResult parsed, TextWriter stdout, TextWriter stderr)
    {
        var files = (parsed.GetValue(_files) ?? []).ToList();
        string? member = parsed.GetValue(_member), baseline = parsed.GetValue(_baseline), table = parsed.GetValue(_table), alignment = parsed.GetValue(_alignment);
        var formatText = parsed.GetValue(_format)!;
        string? extra = formatText is "html" or "csv" ? formatText : null;
        var format = extra is null ? AnalysisArgs.ParseFormat(formatText) : AnalysisFormat.Text;
        var options = StakeOptions.Default;
        if (parsed.GetValue(_near) is { } near) options = options with { Near = near };
        if (parsed.GetValue(_medium) is { } medium) options = options with { Medium = medium };
        var budget = CommonOptions.Budget(parsed, _time, _memory);
        if (files.Count == 0 && baseline is null) throw new CommandLineException("no design file given.");
        if (member is null) throw new CommandLineException("--member is required: the id of the member whose stake to report.");
        CsvChoice.Check(table, extra, AnalysisCsv.StakeTables);
        if (alignment is not null && extra is not null) throw new CommandLineException($"--alignment takes --format text, json or markdown, not {extra}.");

        // The baseline comes first, so that it is shown first; a baseline that is also among the files is not loaded twice.
        if (baseline is not null)
        {
            files.RemoveAll(f => string.Equals(Path.GetFullPath(f), Path.GetFullPath(baseline), StringComparison.Ordinal));
            files.Insert(0, baseline);
        }

        var documents = AnalysisArgs.Load(files, stderr);
        if (documents is null) return ExitCodes.BadInput;
        if (!documents.Any(d => d.Design.FindMember(member) is not null))
        {
            var members = documents.SelectMany(d => d.Design.Members).DistinctBy(m => m.Id).Select(m => $"  {m.Id,-12} {Napsm.Core.Reporting.FreeText.Escape(m.Name)}");
            stderr.WriteLine($"napsm stake: no design has a member '{member}'. Members:");
            foreach (var line in members) stderr.WriteLine(line);
            return ExitCodes.BadInput;
        }

        if (alignment is not null && !documents.Any(d => d.Design.FindAlignment(alignment) is not null))
        {
            var known = documents.SelectMany(d => d.Design.Alignments).Select(a => a.Id).Distinct(StringComparer.Ordinal).ToList();
            stderr.WriteLine($"napsm stake: no design has an alignment '{Napsm.Core.Reporting.FreeText.Escape(alignment)}'. Alignments: "
                + (known.Count == 0 ? "none." : string.Join(", ", known.Select(Napsm.Core.Reporting.FreeText.Escape)) + "."));
            return ExitCodes.BadInput;
        }

        foreach (var (option, period) in new[] { ("--near", options.Near), ("--medium", options.Medium) })
        {
            foreach (var d in documents)
            {
                if (d.Design.AsOf is { } asOf && !Reaches(asOf, period))
                {
                    throw new CommandLineException(
                        $"{option} {period} counted from the asOf of design '{d.Design.Id}' ({Napsm.Core.Kernel.IsoDate.Format(asOf)}) ends after 9999-12-31, the last date designs use.");
                }
            }
        }

        string text;
        using (var context = budget.Context())
        using (Terminal.Progress(stderr, "weighing the stake of " + Napsm.Core.Reporting.FreeText.Escape(member)))
        {
            // The validator shares the budget; --min-severity hides the diagnostics below it (info lines by default shown).
            var validation = AnalysisArgs.Validation(budget, context) with { MinSeverity = parsed.GetValue(_minSeverity) ?? Severity.Info };
            var report = StakeReport.For(member, documents,
                options with { Voting = budget.Options(PowerIndices.ShapleyShubik, context), Validation = validation, Alignment = alignment });
            text = extra switch
            {
                "html" => AnalysisHtml.Stake(report),
                "csv" => AnalysisCsv.Stake(report, table ?? "power"),
                _ => report.Format(format, Terminal.Width(stdout)),
            };
        }

        stdout.Write(text);
        return ExitCodes.Success;
    }

    private static bool Reaches(NodaTime.LocalDate asOf, NodaTime.Period period)
    {
        try
        {
            return asOf.Plus(period).Year <= 9999;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return false;
        }
    }

    /// <summary>An ISO period in date units, not negative: a horizon counts days, months and years from a date.</summary>
    private static NodaTime.Period HorizonPeriod(string text, string option)
    {
        var period = AnalysisArgs.ParsePeriod(text, option);
        if (period.HasTimeComponent) throw new CommandLineException($"{option} takes a period of years, months, weeks and days (such as P1Y or P18M); '{text}' has a time part.");
        if (period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0) throw new CommandLineException($"{option} takes a period that is not negative; got '{text}'.");
        return period;
    }
}
