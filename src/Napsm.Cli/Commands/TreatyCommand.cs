using System.Globalization;
using System.Text;
using System.Text.Json;
using Napsm.Core.Reporting;
using Napsm.Core.Reporting.Tables;
using Napsm.Core.Serialization;
using Napsm.Core.Treaties;
using NodaTime;
using NodaTime.Text;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm treaty FILE --treaty ID [--as-of DATE] [--format text|json|html]</c>: a treaty's entry-into-force status.</summary>
internal sealed class TreatyCommand : ICommand
{
    public string Name => "treaty";

    public string Summary => "entry-into-force status of a treaty: blockers, pivotal parties, earliest date";

    public string Help => """
        Usage: napsm treaty FILE [--treaty ID] [--as-of DATE] [--format text|json|html]

        Evaluates the treaty's entry-into-force rule on the parties whose ratification stands as of DATE
        (ratifications, revocations and withdrawals applied in date order) and prints: whether it is in force,
        pending (rule met, waiting for its delay, notBefore date or a required treaty), open or blocked; who has
        ratified, who has not, who revoked or withdrew; the parties still required; the parties whose ratification
        alone would meet the rule (pivotal); who blocks it when it can no longer enter into force; the earliest
        possible date of entry into force; and the fewest refusals that would block it, with one such set.

        Options:
          --treaty ID          the treaty (may be left out when the design has only one)
          --as-of DATE         the date, yyyy-MM-dd, years 0001 to 9999 (default: the design's asOf, else its latest
                               ratification event)
          --format FORMAT      text (default), json or html (one page: the ratifications as a step line against
                               the entry-into-force condition, the date it was met, who can still block)

        Exit codes: 0 the status was computed; 2 unreadable file, unknown treaty or wrong command line.

        Example:
          napsm treaty seeds/treaties-ctbt.json --as-of 2024-01-01
          napsm treaty seeds/six-party-phase3.json --treaty korean-peace-treaty
        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? file = null, treatyId = null;
        LocalDate? asOf = null;
        bool json = false, html = false;
        for (int i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--treaty":
                    treatyId = CommandArgs.Value(args, ref i);
                    break;
                case "--as-of":
                    var text = CommandArgs.Value(args, ref i);
                    var parsed = LocalDatePattern.Iso.Parse(text);
                    if (!parsed.Success) throw new CommandLineException($"--as-of '{text}' is not a date in the form yyyy-MM-dd.");
                    if (parsed.Value.Year is < 1 or > 9999)
                    {
                        throw new CommandLineException($"--as-of '{text}' is outside the years 0001 to 9999 that design files use.");
                    }

                    asOf = parsed.Value;
                    break;
                case "--format":
                    (json, html) = CommandArgs.Value(args, ref i) switch
                    {
                        "text" => (false, false),
                        "json" => (true, false),
                        "html" => (false, true),
                        var other => throw new CommandLineException($"unknown format '{other}'; use text, json or html."),
                    };
                    break;
                default:
                    if (arg.StartsWith('-') && arg.Length > 1) throw new CommandLineException($"unknown option '{arg}'.");
                    if (file is not null) throw new CommandLineException($"unexpected argument '{arg}'; treaty takes one FILE.");
                    file = arg;
                    break;
            }
        }

        if (file is null) throw new CommandLineException("missing FILE: the design file.");
        if (!DesignJson.TryLoad(file, out var document, out var error))
        {
            stderr.WriteLine(LoadErrors.Format(error));
            return ExitCodes.BadInput;
        }

        var design = document.Design;
        if (treatyId is null && design.Treaties.Count != 1)
        {
            var which = design.Treaties.Count == 0 ? "has no treaty" : $"has {design.Treaties.Count} treaties; choose one with --treaty ID ({string.Join(", ", design.Treaties.Select(t => t.Id))})";
            stderr.WriteLine($"napsm treaty: {file} {which}.");
            return ExitCodes.BadInput;
        }

        var treaty = treatyId is null ? design.Treaties[0] : design.FindTreaty(treatyId);
        if (treaty is null)
        {
            var known = design.Treaties.Count == 0 ? "it has none" : "treaties: " + string.Join(", ", design.Treaties.Select(t => t.Id));
            stderr.WriteLine($"napsm treaty: {file} has no treaty '{treatyId}' ({known}).");
            return ExitCodes.BadInput;
        }

        var date = asOf ?? design.TreatyDate(treaty);
        var status = TreatyStatus.Of(design, treaty, date);
        stdout.Write(html ? HtmlReport.Treaty(design, treaty, status) : json ? Json(status, treaty.Parties.Count) : Text(status, treaty.Name, treaty.Parties.Count, Terminal.Width(stdout)));
        return ExitCodes.Success;
    }

    private static string Iso(LocalDate? d) => ScheduleCommand.Iso(d);

    private static string List(IReadOnlyList<string> ids) => ids.Count == 0 ? "none" : FreeText.Escape(string.Join(", ", ids));

    private static string State(TreatyState s) => s switch
    {
        TreatyState.InForce => "in force",
        TreatyState.Pending => "pending (its rule is met)",
        TreatyState.Open => "not in force (its rule is not met yet)",
        _ => "blocked (it can no longer enter into force)",
    };

    private static string Text(TreatyStatus s, string name, int parties, int width)
    {
        var sb = new StringBuilder();
        // A long value (the parties not ratified, say) wraps under itself, clear of the labels.
        void Line(string label, string value) => sb.Append(TextTable.Paragraph(value, width, string.Create(CultureInfo.InvariantCulture, $"  {label,-28}"), new string(' ', 30)));
        sb.Append(TextTable.Paragraph($"Treaty {s.Treaty} ({FreeText.Escape(name)}) as of {Iso(s.AsOf)}: {State(s.State)}", width, "", "  "));
        Line("Ratified:", $"{s.Ratified.Count} of {parties} parties");
        Line("Not ratified:", List(s.NotRatified));
        if (s.Revoked.Count > 0) Line("Revoked:", List(s.Revoked));
        if (s.Withdrawn.Count > 0) Line("Withdrawn:", List(s.Withdrawn));
        if (s.ConditionMetOn is { } met) Line("Rule met since:", Iso(met));
        if (s.EnteredIntoForce is { } eif) Line("Entered into force:", Iso(eif));
        if (s.State is TreatyState.Open)
        {
            Line("Still required:", List(s.StillRequired));
            Line("Fewest more ratifications:", s.FewestMoreRatifications is { } n ? $"{n} ({Choice(s.CompletingChoice, s.OneCompletingSet)})" : "not computed: too large");
            Line("Pivotal now:", List(s.Pivotal));
        }

        if (s.State is TreatyState.Blocked)
        {
            Line("Blocked by:", List(s.Blockers));
            Line("Because:", FreeText.Escape(s.BlockedBecause ?? ""));
        }

        if (s.UnmetRequirements.Count > 0) Line("Waiting for:", List(s.UnmetRequirements));
        if (s.State is not TreatyState.Blocked) Line("Earliest entry into force:", s.EarliestEntryIntoForce is { } e ? Iso(e) : "never (a requirement cannot be met, or the date would fall after 9999-12-31)");
        if (s.State is TreatyState.Open or TreatyState.Pending)
        {
            Line("Fewest refusals to block:", s.FewestRefusalsToBlock is { } k ? $"{k} ({Choice(s.BlockingChoice, s.OneBlockingSet)})" : "not computed: too large");
        }

        foreach (var p in s.Problems) sb.Append(TextTable.Paragraph($"problem: {FreeText.Escape(p.At)}: {FreeText.Escape(p.Message)}", width, "  ", "    "));
        return sb.ToString();
    }

    /// <summary>
    /// A smallest set as its choices: "any 3 of p03, p09, p14, p22, p30" for interchangeable parties, the parties themselves where
    /// there is no choice; <paramref name="set"/> when no description is known.
    /// </summary>
    private static string Choice(IReadOnlyList<PartyChoice> choices, IReadOnlyList<string> set)
    {
        if (choices.Count == 0) return List(set);
        var every = choices.Where(c => c.IsEvery).SelectMany(c => c.From).ToList();
        var parts = choices.Where(c => !c.IsEvery)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"any {c.Count} of {List(c.From)}"))
            .ToList();
        if (every.Count > 0) parts.Add(List(every));
        return parts.Count == 1 ? parts[0] : string.Join("; and ", parts);
    }

    private static string Json(TreatyStatus s, int parties)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            void Strings(string name, IReadOnlyList<string> values)
            {
                w.WriteStartArray(name);
                foreach (var v in values) w.WriteStringValue(v);
                w.WriteEndArray();
            }

            void Date(string name, LocalDate? d)
            {
                if (d is { } x) w.WriteString(name, Iso(x));
                else w.WriteNull(name);
            }

            void Choices(string name, IReadOnlyList<PartyChoice> choices)
            {
                w.WriteStartArray(name);
                foreach (var c in choices)
                {
                    w.WriteStartObject();
                    w.WriteNumber("count", c.Count);
                    Strings("of", c.From);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            void Number(string name, int? n)
            {
                if (n is { } x) w.WriteNumber(name, x);
                else w.WriteNull(name);
            }

            w.WriteStartObject();
            w.WriteString("treaty", s.Treaty);
            w.WriteString("asOf", Iso(s.AsOf));
            w.WriteString("state", JsonNamingPolicy.CamelCase.ConvertName(s.State.ToString()));
            w.WriteBoolean("conditionMet", s.ConditionMet);
            w.WriteNumber("parties", parties);
            Strings("ratified", s.Ratified);
            Strings("notRatified", s.NotRatified);
            Strings("revoked", s.Revoked);
            Strings("withdrawn", s.Withdrawn);
            Date("conditionMetOn", s.ConditionMetOn);
            Date("enteredIntoForce", s.EnteredIntoForce);
            Date("earliestEntryIntoForce", s.EarliestEntryIntoForce);
            Strings("stillRequired", s.StillRequired);
            Number("fewestMoreRatifications", s.FewestMoreRatifications);
            Strings("oneCompletingSet", s.OneCompletingSet);
            Choices("completingChoice", s.CompletingChoice);
            Strings("pivotal", s.Pivotal);
            Strings("blockers", s.Blockers);
            if (s.BlockedBecause is { } why) w.WriteString("blockedBecause", why);
            else w.WriteNull("blockedBecause");
            Number("fewestRefusalsToBlock", s.FewestRefusalsToBlock);
            Strings("oneBlockingSet", s.OneBlockingSet);
            Choices("blockingChoice", s.BlockingChoice);
            Strings("unmetRequirements", s.UnmetRequirements);
            w.WriteStartArray("problems");
            foreach (var p in s.Problems)
            {
                w.WriteStartObject();
                w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(p.Kind.ToString()));
                w.WriteString("at", p.At);
                w.WriteString("message", p.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
