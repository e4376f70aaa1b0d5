using System.Globalization;
using System.Text;
using System.Text.Json;
using Napsm.Core;
using Napsm.Core.Model;
using Napsm.Core.Reporting;
using Napsm.Core.Reporting.Tables;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;
using Napsm.Core.Voting;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm power FILE --body ID | --treaty ID [--format text|json] [--indices …]</c>: exact voting power of a body or an entry-into-force rule.</summary>
internal sealed class PowerCommand : ICommand
{
    private static readonly string[] IndexNames = ["banzhaf", "penrose", "shapleyShubik", "johnston", "deeganPackel", "hollerPackel"];

    public string Name => "power";

    public string Summary => "Exact voting power of a body's rule or a treaty's entry into force";

    public string Help => """
        Usage: napsm power FILE [--body ID [--matter M] | --treaty ID] [--format text|json|html|csv] [--indices LIST]
                           [--ternary] [--alignment ID] [--time-limit TIME] [--memory-limit SIZE]
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
        bool ternary = false;
        string? alignment = null;
        var indices = new HashSet<string>(IndexNames, StringComparer.Ordinal);
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

        return Report(document, body, treaty, format, indices, budget, stdout, stderr, matter, approximation, ternary, alignment);
    }

    internal static HashSet<string> ParseIndices(string list)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IndexNames.Contains(name, StringComparer.Ordinal)) throw new CommandLineException($"unknown index '{name}': expected {string.Join(", ", IndexNames)}.");
            set.Add(name);
        }

        return set;
    }

    /// <summary>Analyses and writes the report; exit code 2 for an unknown body or treaty.</summary>
    internal static int Report(DesignDocument document, string? bodyId, string? treatyId, string format, IReadOnlySet<string> indices, AnalysisArgs.Budget budget,
        TextWriter stdout, TextWriter stderr, string? matter = null, ApproximationOptions? approximation = null, bool ternary = false, string? alignment = null)
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

            return ReportBody(document, body, matter, format, indices, budget, stdout, stderr, approximation, ternary, aligned);
        }

        VotingGame game;
        string kind, id, name, rulePointer;
        {
            var treaty = design.FindTreaty(treatyId!);
            if (treaty is null)
            {
                stderr.WriteLine($"napsm power: no treaty '{treatyId}' in design '{design.Id}'. Treaties: {List(design.Treaties.Select(t => t.Id))}.");
                return ExitCodes.BadInput;
            }

            (game, kind, id, name) = (VotingGame.ForTreaty(design, treaty), "treaty", treaty.Id, treaty.Name);
            rulePointer = "/treaties/" + design.Treaties.ToList().IndexOf(treaty).ToString(CultureInfo.InvariantCulture) + "/entryIntoForce/rule";
        }

        return ReportGame(document, game, kind, id, name, rulePointer, null, format, indices, budget, stdout, stderr, approximation: approximation, ternary: ternary, alignment: aligned);
    }

    /// <summary>
    /// A body's matters (#15): every matter, one section each (a JSON array when there are several), or the one asked for. A body that has
    /// only its default rule reports as before, without "matter".
    /// </summary>
    private static int ReportBody(DesignDocument document, Body body, string? matter, string format, IReadOnlySet<string> indices, AnalysisArgs.Budget budget,
        TextWriter stdout, TextWriter stderr, ApproximationOptions? approximation, bool ternary, Alignment? alignment)
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

        var sections = new List<string>();
        for (int c = 0; c < chosen.Count; c++)
        {
            int k = chosen[c];
            var decision = body.Decisions[k];
            var game = VotingGame.ForDecision(design, body, decision);
            var pointer = DecisionPointer(bodyIndex, body, k);
            using var section = new StringWriter(CultureInfo.InvariantCulture) { NewLine = stdout.NewLine };
            int code = ReportGame(document, game, "body", body.Id, body.Name, pointer, named ? decision.Matter : null, format, indices, budget.Share(chosen.Count - c, chosen.Count), section,
                stderr, AbstentionOptions.Used(decision), approximation, ternary, alignment);
            if (code != ExitCodes.Success) return code;
            sections.Add(section.ToString());
        }

        if (format == "json" && chosen.Count > 1)
        {
            // Several matters: one array of the per-matter objects, re-indented by the writer so the output stays one JSON value.
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                w.WriteStartArray();
                foreach (var section in sections)
                {
                    using var doc = JsonDocument.Parse(section);
                    doc.RootElement.WriteTo(w);
                }

                w.WriteEndArray();
            }

            stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
            return ExitCodes.Success;
        }

        for (int s = 0; s < sections.Count; s++)
        {
            if (s > 0) stdout.WriteLine();
            stdout.Write(sections[s]);
        }

        return ExitCodes.Success;
    }

    /// <summary>The pointer of matter <paramref name="k"/>'s rule: the body's "rule" for the default matter, else its entry in "decisions".</summary>
    internal static string DecisionPointer(int bodyIndex, Body body, int k)
    {
        var b = "/bodies/" + bodyIndex.ToString(CultureInfo.InvariantCulture);
        int offset = body.Decisions[0].IsDefault ? 1 : 0;
        return k == 0 && offset == 1 ? b + "/rule" : b + "/decisions/" + (k - offset).ToString(CultureInfo.InvariantCulture) + "/rule";
    }

    private static int ReportGame(DesignDocument document, VotingGame game, string kind, string id, string name, string rulePointer, string? matter,
        string format, IReadOnlySet<string> indices, AnalysisArgs.Budget budget, TextWriter stdout, TextWriter stderr, bool binaryOfAbstention = false,
        ApproximationOptions? approximation = null, bool ternary = false, Alignment? alignment = null)
    {
        // Asked for the ternary game, the binary figures are labelled as such too.
        binaryOfAbstention |= ternary;
        var design = document.Design;
        var bodyId = kind == "body" ? id : null;
        var treatyId = kind == "treaty" ? id : null;

        // A rule with problems has no meaningful figures: say what is wrong, as napsm check does, and give none.
        if (game.Problems.Count > 0) return RuleProblems(document, game, kind, id, rulePointer, stderr);

        var wanted = PowerIndices.None;
        if (indices.Contains("shapleyShubik")) wanted |= PowerIndices.ShapleyShubik;
        if (indices.Contains("johnston")) wanted |= PowerIndices.Johnston;
        if (indices.Contains("deeganPackel")) wanted |= PowerIndices.DeeganPackel;
        if (indices.Contains("hollerPackel")) wanted |= PowerIndices.HollerPackel;
        GameAnalysis analysis;
        // The ternary game (#15) beside the binary one: for a rule that reads abstention, or when asked; text and json only.
        TernaryAnalysis? ternaryAnalysis = null;
        UnionAnalysis? unions = null;
        using (var context = budget.Context())
        using (Terminal.Progress(stderr, "computing voting power"))
        {
            analysis = game.Analyze(budget.Options(wanted, context) with { Approximation = approximation });
            if (binaryOfAbstention && format is "text" or "json") ternaryAnalysis = game.AnalyzeTernary(budget.Options(wanted, context));
            if (alignment is not null && format is "text" or "json") unions = game.AnalyzeUnions(alignment.Blocs, alignment.Excluded, budget.Options(wanted, context), default);
        }
        switch (format)
        {
            case "json": WriteJson(design, kind, id, matter, binaryOfAbstention, analysis, indices, stdout, ternaryAnalysis, alignment is null ? null : (alignment, unions!)); break;
            case "html": stdout.Write(bodyId is not null ? HtmlReport.Power(design, design.FindBody(bodyId)!, analysis) : HtmlReport.Power(design, design.FindTreaty(treatyId!)!, analysis)); break;
            case "csv": stdout.Write(CsvReport.Power(design, analysis)); break;
            default:
                WriteText(design, kind, id, name, matter, binaryOfAbstention, analysis, indices, stdout, Terminal.Width(stdout));
                if (ternaryAnalysis is not null)
                {
                    stdout.WriteLine();
                    stdout.Write(TernaryWriter.Text(ternaryAnalysis, indices, Terminal.Width(stdout)));
                }

                if (alignment is not null && unions is not null)
                {
                    stdout.WriteLine();
                    stdout.Write(UnionWriter.Text(alignment, unions, Terminal.Width(stdout)));
                }

                break;
        }

        return ExitCodes.Success;
    }

    private static int RuleProblems(DesignDocument document, VotingGame game, string kind, string id, string rulePointer, TextWriter stderr)
    {
        var report = new DesignValidator().Validate(document);
        var problems = report.Diagnostics
            .Where(d => d.Id is "NAPSM0307" or "NAPSM0308" or "NAPSM0309"
                && (d.Location.JsonPointer == rulePointer || d.Location.JsonPointer.StartsWith(rulePointer + "/", StringComparison.Ordinal)))
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

    /// <summary>A double as JSON: culture-invariant, up to 12 significant digits.</summary>
    internal static string Number(double value) => value.ToString("G12", CultureInfo.InvariantCulture);

    private static void WriteJson(Design design, string kind, string id, string? matter, bool binaryOfAbstention, GameAnalysis a, IReadOnlySet<string> indices, TextWriter stdout,
        TernaryAnalysis? ternary = null, (Alignment Alignment, UnionAnalysis Analysis)? aligned = null)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("design", design.Id);
            w.WriteString(kind, id);
            if (matter is not null) w.WriteString("matter", matter);
            // The figures are of the binary game (every voter present, abstention counted as no): said wherever the rule reads abstention.
            if (binaryOfAbstention) w.WriteString("game", "binary: every voter present, abstention counted as no");
            w.WriteNumber("voters", a.Voters);
            if (a.WinningCoalitions is { } winning) w.WriteString("winningCoalitions", winning.ToString(CultureInfo.InvariantCulture));
            else w.WriteNull("winningCoalitions");
            w.WritePropertyName("powerToAct");
            if (a.PowerToAct is { } act) w.WriteRawValue(Number(act.ToDouble()));
            else w.WriteNullValue();
            WriteBool(w, "proper", a.IsProper);
            WriteBool(w, "strong", a.IsStrong);
            WriteBool(w, "decisive", a.IsDecisive);
            w.WriteStartArray("members");
            foreach (var m in a.Members)
            {
                w.WriteStartObject();
                w.WriteString("id", m.Id);
                if (m.Swings is { } swings) w.WriteString("swings", swings.ToString(CultureInfo.InvariantCulture));
                else w.WriteNull("swings");
                if (indices.Contains("penrose")) WriteIndex(w, "penrose", m.Penrose, exact: false, m.ApproximatePenrose);
                if (indices.Contains("banzhaf")) WriteIndex(w, "banzhaf", m.Banzhaf, exact: true, m.ApproximateBanzhaf);
                if (indices.Contains("shapleyShubik")) WriteIndex(w, "shapleyShubik", m.ShapleyShubik, exact: true, m.ApproximateShapleyShubik);
                WriteBool(w, "veto", m.IsVeto);
                WriteBool(w, "dummy", m.IsDummy);
                if (indices.Contains("johnston")) WriteIndex(w, "johnston", m.Johnston, exact: true, null);
                if (indices.Contains("deeganPackel")) WriteIndex(w, "deeganPackel", m.DeeganPackel, exact: true, null);
                if (indices.Contains("hollerPackel")) WriteIndex(w, "hollerPackel", m.HollerPackel, exact: true, null);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (a.ImproperWitness is { } witness)
            {
                w.WriteStartArray("improperWitness");
                foreach (var c in new[] { witness.First, witness.Second })
                {
                    w.WriteStartArray();
                    foreach (var v in c) w.WriteStringValue(v);
                    w.WriteEndArray();
                }

                w.WriteEndArray();
            }

            if (a.Clauses.Count > 0)
            {
                w.WriteStartArray("clauses");
                foreach (var c in a.Clauses)
                {
                    w.WriteStartObject();
                    w.WriteString("at", c.At);
                    w.WriteString("clause", c.Clause.ToString());
                    w.WriteString("changedCoalitions", c.ChangedCoalitions.ToString(CultureInfo.InvariantCulture));
                    w.WriteBoolean("redundant", c.IsRedundant);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            // A part approximated is not listed as not computed (its figures are there, marked approximate): its method entry says why it
            // is not exact. Without approximation both lists are as they always were.
            var notComputed = a.NotComputed.Where(p => a.ApproximationOf(p.Part) is null).ToList();
            if (notComputed.Count > 0 || a.Approximations.Count > 0) AnalysisNotes.WriteJson(w, notComputed);
            w.WriteStartArray("methods");
            foreach (var m in a.Methods)
            {
                w.WriteStartObject();
                w.WriteString("part", AnalysisNotes.Json(m.Part));
                w.WriteString("method", AnalysisNotes.Json(m.Method));
                w.WriteEndObject();
            }

            foreach (var p in a.Approximations)
            {
                w.WriteStartObject();
                w.WriteString("part", AnalysisNotes.Json(p.Part));
                w.WriteString("method", AnalysisNotes.Json(p.Method));
                w.WriteBoolean("approximate", true);
                if (p.Samples is { } samples) w.WriteNumber("samples", samples);
                else w.WriteNull("samples");
                if (p.Seed is { } seed) w.WriteNumber("seed", seed);
                else w.WriteNull("seed");
                w.WritePropertyName("confidence");
                if (p.Confidence is { } c) w.WriteRawValue(Number(c));
                else w.WriteNullValue();
                w.WriteString("intervals", AnalysisNotes.Json(p.Interval));
                w.WriteString("note", AnalysisNotes.ApproximationSentence(p));
                if (a.ReasonFor(p.Part) is { } why)
                {
                    w.WriteStartObject("exact");
                    w.WriteString("notComputed", AnalysisNotes.Sentence(why));
                    w.WriteString("reason", AnalysisNotes.Json(why.Reason));
                    w.WriteString("detail", why.Detail);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (ternary is not null) TernaryWriter.WriteJson(w, ternary, indices);
            if (aligned is { } al) UnionWriter.WriteJson(w, al.Alignment, al.Analysis);

            w.WriteEndObject();
        }

        stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteBool(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } b) w.WriteBoolean(name, b);
        else w.WriteNull(name);
    }

    private static void WriteIndex(Utf8JsonWriter w, string name, Rational? value, bool exact, ApproximateFigure? approximate)
    {
        w.WritePropertyName(name);
        if (value is { } v) w.WriteRawValue(Number(v.ToDouble()));
        else if (approximate is { } ap) w.WriteRawValue(Number(ap.Value));
        else w.WriteNullValue();
        if (exact)
        {
            if (value is { } e) w.WriteString(name + "Exact", e.ToString());
            else w.WriteNull(name + "Exact");
        }

        // Only beside a figure that is not exact: the exact one stays as it was, and never gains an interval.
        if (value is null && approximate is not null) AnalysisNotes.WriteApproximation(w, name, approximate);
    }

    private static void WriteText(Design design, string kind, string id, string name, string? matter, bool binaryOfAbstention, GameAnalysis a, IReadOnlySet<string> indices,
        TextWriter o, int width)
    {
        static string YesNo(bool? b) => b switch { true => "yes", false => "no", null => "not computed" };
        static string Fixed(Rational? r) => r is { } v ? v.ToDouble().ToString("0.000000", CultureInfo.InvariantCulture) : "—";
        static string Approx(ApproximateFigure? f) => f is { } v ? "≈" + v.Value.ToString("0.000000", CultureInfo.InvariantCulture) : "—";
        static string Interval(ApproximateFigure f) => f.Lower is { } lo && f.Upper is { } hi
            ? string.Create(CultureInfo.InvariantCulture, $" [{lo:0.000000}, {hi:0.000000}]")
            : " (no interval)";
        var inv = CultureInfo.InvariantCulture;

        // One statement, wrapped to the width with its continuation lines indented.
        void Say(string text) => o.Write(TextTable.Paragraph(text, width, "", "  "));
        Say($"{Napsm.Core.Reporting.FreeText.Escape(name)} ({kind} {id}) in {Napsm.Core.Reporting.FreeText.Escape(design.Name)} ({design.Id})");
        if (matter is not null) Say($"Matter: {matter}");
        Say($"Rule: {a.Game.Rule}");
        if (binaryOfAbstention) Say("Game: binary (every voter present, abstention counted as no; see docs/analyses.md)");
        string Missing(AnalysisPart part) => a.ReasonFor(part) is { } r ? "not computed: " + AnalysisNotes.ReasonName(r.Reason) : "not computed";
        Say(a.WinningCoalitions is { } winning
            ? string.Create(inv, $"{a.Voters} voters; {winning} of {System.Numerics.BigInteger.One << a.Voters} coalitions win; power to act {Fixed(a.PowerToAct)} ({a.PowerToAct})")
            : string.Create(inv, $"{a.Voters} voters; winning coalitions {Missing(AnalysisPart.WinningCoalitions)}"));
        string Structure(bool? b) => b switch { true => "yes", false => "no", null => Missing(AnalysisPart.Structure) };
        Say($"Proper: {Structure(a.IsProper)}   Strong: {Structure(a.IsStrong)}   Decisive: {Structure(a.IsDecisive)}");
        if (a.ImproperWitness is { } w) Say($"Improper: {{{string.Join(", ", w.First)}}} and {{{string.Join(", ", w.Second)}}} are disjoint and both win.");
        var dummies = a.IsComputed(AnalysisPart.Swings) ? List(a.DummyPlayers) : Missing(AnalysisPart.Swings);
        Say($"Veto players: {List(a.VetoPlayers)}   Dummies: {dummies}{(a.Dictator is { } d ? "   Dictator: " + d : "")}");
        o.WriteLine();

        // A part not computed has no column: its note below says why.
        bool swings = a.IsComputed(AnalysisPart.Swings);
        var columns = new List<(string Header, Func<VoterPower, string> Cell, bool Right)> { ("member", m => m.Id, false) };
        if (swings) columns.Add(("swings", m => m.Swings?.ToString(inv) ?? "—", true));
        bool swingsApprox = !swings && a.ApproximationOf(AnalysisPart.Swings) is not null;
        bool ssApprox = !a.IsComputed(AnalysisPart.ShapleyShubik) && a.ApproximationOf(AnalysisPart.ShapleyShubik) is not null;
        if (swings && indices.Contains("penrose")) columns.Add(("Penrose", m => Fixed(m.Penrose), true));
        if (swings && indices.Contains("banzhaf")) columns.Add(("Banzhaf", m => Fixed(m.Banzhaf), true));
        if (swingsApprox && indices.Contains("penrose")) columns.Add(("Penrose", m => Approx(m.ApproximatePenrose), true));
        if (swingsApprox && indices.Contains("banzhaf")) columns.Add(("Banzhaf", m => Approx(m.ApproximateBanzhaf), true));
        if (indices.Contains("shapleyShubik") && a.IsComputed(AnalysisPart.ShapleyShubik)) columns.Add(("Shapley-Shubik", m => Fixed(m.ShapleyShubik), true));
        if (indices.Contains("shapleyShubik") && ssApprox) columns.Add(("Shapley-Shubik", m => Approx(m.ApproximateShapleyShubik), true));
        if (indices.Contains("johnston") && a.IsComputed(AnalysisPart.Johnston)) columns.Add(("Johnston", m => Fixed(m.Johnston), true));
        if (indices.Contains("deeganPackel") && a.IsComputed(AnalysisPart.DeeganPackel)) columns.Add(("Deegan-Packel", m => Fixed(m.DeeganPackel), true));
        if (indices.Contains("hollerPackel") && a.IsComputed(AnalysisPart.HollerPackel)) columns.Add(("Holler-Packel", m => Fixed(m.HollerPackel), true));
        columns.Add(("veto", m => YesNo(m.IsVeto), false));
        if (swings) columns.Add(("dummy", m => YesNo(m.IsDummy), false));
        var table = new ReportTable("power", "",
            [.. columns.Select((c, i) => new TableColumn(c.Header, i == 0 ? ColumnKind.Id : c.Right ? ColumnKind.Figure : ColumnKind.Short, c.Header))],
            [.. a.Members.Select(m => (IReadOnlyList<TableCell>)[.. columns.Select(c => new TableCell(c.Cell(m)))])]);
        o.Write(TextTable.Write(table, width));
        if ((indices.Contains("banzhaf") && swings) || (indices.Contains("shapleyShubik") && a.IsComputed(AnalysisPart.ShapleyShubik)))
        {
            o.WriteLine();
            o.WriteLine("Exact values:");
            foreach (var m in a.Members)
            {
                var parts = new List<string>();
                if (indices.Contains("banzhaf") && m.Banzhaf is { } bz) parts.Add($"Banzhaf {bz}");
                if (indices.Contains("shapleyShubik") && m.ShapleyShubik is { } ss) parts.Add($"Shapley-Shubik {ss}");
                o.Write(TextTable.Paragraph($"{m.Id}: {string.Join(", ", parts)}", width, "  ", "    "));
            }
        }

        bool anyApprox = (swingsApprox && (indices.Contains("penrose") || indices.Contains("banzhaf"))) || (ssApprox && indices.Contains("shapleyShubik"));
        if (anyApprox)
        {
            o.WriteLine();
            o.WriteLine("Approximate values (≈, with their intervals):");
            foreach (var m in a.Members)
            {
                var parts = new List<string>();
                if (swingsApprox && indices.Contains("penrose") && m.ApproximatePenrose is { } pe) parts.Add($"Penrose {Approx(pe)}{Interval(pe)}");
                if (swingsApprox && indices.Contains("banzhaf") && m.ApproximateBanzhaf is { } bz) parts.Add($"Banzhaf {Approx(bz)}{Interval(bz)}");
                if (ssApprox && indices.Contains("shapleyShubik") && m.ApproximateShapleyShubik is { } ss) parts.Add($"Shapley-Shubik {Approx(ss)}{Interval(ss)}");
                o.Write(TextTable.Paragraph($"{m.Id}: {string.Join(", ", parts)}", width, "  ", "    "));
            }
        }

        if (a.Clauses.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Clauses (coalitions whose outcome each decides):");
            foreach (var c in a.Clauses) o.Write(TextTable.Paragraph(string.Create(inv, $"{c.At}  {c.Clause}: {c.ChangedCoalitions}{(c.IsRedundant ? " (redundant)" : "")}"), width, "  ", "    "));
        }

        if (a.Methods.Count > 0)
        {
            o.WriteLine();
            Say("Methods: " + string.Join("; ", a.Methods.GroupBy(m => m.Method).Select(g =>
                AnalysisNotes.MethodName(g.Key) + " for " + string.Join(", ", g.Select(m => AnalysisNotes.PartName(m.Part))))));
        }

        foreach (var p in a.Approximations) Say($"Approximation: {AnalysisNotes.ApproximationSentence(p)}.");
        foreach (var s in a.NotComputed) Say($"Note: {AnalysisNotes.Sentence(s)}{(a.ApproximationOf(s.Part) is not null ? " (approximated instead, ≈)" : "")}");
    }
}
