using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;

namespace Napsm.Core.Analysis;

/// <summary>The formats analyses (stake reports and design diffs) can be written in.</summary>
public enum AnalysisFormat
{
    /// <summary>Plain text with headings and aligned tables, for a terminal or a memo.</summary>
    Text,

    /// <summary>JSON, for tools: exact fractions as strings (<c>"1/6"</c>) beside their values as numbers.</summary>
    Json,

    /// <summary>Markdown with pipe tables, for documents and review comments.</summary>
    Markdown,
}

/// <summary>Writes stake reports as text, JSON or Markdown.</summary>
/// <summary>How a report is written: Markdown, or text that fits <see cref="Width"/> cells.</summary>
internal readonly record struct Style(bool Markdown, int Width);

internal static class StakeWriter
{
    /// <summary>The width of text output when the caller gives none (not a terminal): 100 cells.</summary>
    public const int TextWidth = 100;

    internal static readonly JsonWriterOptions JsonOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Horizon[] Horizons = [Horizon.Past, Horizon.Near, Horizon.Medium, Horizon.Long, Horizon.Undated];

    /// <summary>Why a diagnostic involves the member, in the report's words (<see cref="StakeDiagnostic.Because"/>).</summary>
    public static string Because(StakeDiagnostic d) => d.Involvement switch
    {
        StakeInvolvement.NamesMember => "names it",
        StakeInvolvement.OwnEntry => "is about its own entry",
        StakeInvolvement.Voter => $"is about body '{d.Element?.Id}', where it votes",
        StakeInvolvement.Chair => $"is about body '{d.Element?.Id}', which it chairs",
        StakeInvolvement.GiverOrRecipient => $"is about commitment '{d.Element?.Id}', which it gives or receives",
        StakeInvolvement.Party => $"is about treaty '{d.Element?.Id}', to which it is a party",
        _ => throw new ArgumentOutOfRangeException(nameof(d), d.Involvement, "Unknown involvement."),
    };

    public static string Format(StakeReport r, AnalysisFormat format, int width = TextWidth) => format switch
    {
        AnalysisFormat.Text => Document(r, new Style(Markdown: false, width)),
        AnalysisFormat.Markdown => Document(r, new Style(Markdown: true, width)),
        AnalysisFormat.Json => Json(r),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown analysis format."),
    };

    private static string Document(StakeReport r, Style style)
    {
        var sb = new StringBuilder();
        var who = Show.Named(r.Member, r.MemberName);
        H(sb, style, 1, $"What is at stake for {who}");
        var baseline = r.Designs.First(d => d.IsBaseline);
        P(sb, style, $"{Count(r.Designs.Count, "design")} compared; changes are measured from the baseline, {Show.Named(baseline.Design, baseline.Name)}. "
            + $"Horizons are counted from each design's asOf: near up to {r.Options.Near}, medium up to {r.Options.Medium}, long beyond. "
            + "Power indices are exact fractions (decimal in brackets): Shapley–Shubik is the share of voting orders in which the member is pivotal, "
            + "Banzhaf the member's share of all swings.");

        H(sb, style, 2, "Summary");
        var summary = new Table("Design", "asOf", "Seats", "Vetoes", "Dummy", "Shapley–Shubik range", "Commitments: gives / receives / mutual", "Treaties: blocks / brings in alone", "Diagnostics: E / W / I")
            .As(Reporting.Tables.ColumnKind.Wrap, 2, 5).As(Reporting.Tables.ColumnKind.Figure, 3, 4);
        foreach (var d in r.Designs)
        {
            var seats = d.Bodies.Where(b => b.IsVoter).ToList();
            var ss = seats.Where(b => b.ShapleyShubik is not null).Select(b => b.ShapleyShubik!.Value).ToList();
            summary.Row(
                d.Design + (d.IsBaseline ? " [baseline]" : "") + (d.IsMember ? "" : " [not a member]"),
                d.AsOf is { } a ? Kernel.IsoDate.Format(a) : "—",
                $"{seats.Count} of {d.Bodies.Count} bodies",
                d.Bodies.Count(b => b.IsVeto == true).ToString(CultureInfo.InvariantCulture),
                d.Bodies.Count(b => b.IsDummy == true).ToString(CultureInfo.InvariantCulture),
                ss.Count == 0 ? "—" : ss.Min() == ss.Max() ? Show.Fraction(ss.Min()) : Show.Fraction(ss.Min()) + " – " + Show.Fraction(ss.Max()),
                $"{d.Commitments.Count(c => c.Side == CommitmentSide.Gives)} / {d.Commitments.Count(c => c.Side == CommitmentSide.Receives)} / {d.Commitments.Count(c => c.Side == CommitmentSide.Mutual)}",
                $"{d.Treaties.Count(t => t.CanBlockAlone)} / {d.Treaties.Count(t => t.CanBringIntoForceAlone)} of {d.Treaties.Count}",
                $"{d.Diagnostics.Count(x => x.Diagnostic.Severity == Severity.Error)} / {d.Diagnostics.Count(x => x.Diagnostic.Severity == Severity.Warning)} / {d.Diagnostics.Count(x => x.Diagnostic.Severity == Severity.Info)}");
        }

        T(sb, style, summary);

        H(sb, style, 2, "Findings");
        foreach (var d in r.Designs) Bullet(sb, style, Findings(r, d, baseline));
        sb.Append('\n');

        int n = 0;
        foreach (var d in r.Designs)
        {
            n++;
            H(sb, style, 2, $"{n}. {Show.Named(d.Design, d.Name)}{(d.IsBaseline ? " — baseline" : "")}");
            var facts = new List<string>();
            if (d.File is { } f) facts.Add("File: " + Code(style, Show.Path(f)));
            facts.Add("asOf: " + (d.AsOf is { } a ? Kernel.IsoDate.Format(a) : "none (commitments cannot be placed on a horizon)"));
            if (!d.IsMember) facts.Add($"{r.Member} is not a member of this design");
            P(sb, style, string.Join(style.Markdown ? " · " : "; ", facts) + ".");

            H(sb, style, 3, "Voting power");
            if (d.Bodies.Count == 0 && d.BodiesRemoved.Count == 0) P(sb, style, "The design has no bodies.");
            else
            {
                var power = new Table("Body", "Name", "Rule", "Voters", "Shapley–Shubik", "Banzhaf", "Veto", "Dummy", d.IsBaseline ? "Change" : "Change in Shapley–Shubik / Banzhaf")
                    .As(Reporting.Tables.ColumnKind.Name, 1).As(Reporting.Tables.ColumnKind.Wrap, 2, 4, 5, 8).As(Reporting.Tables.ColumnKind.Figure, 3);
                foreach (var b in d.Bodies)
                {
                    power.Row(b.Body, NameOf(b.Body, b.Name), b.Rule, b.Voters.ToString(CultureInfo.InvariantCulture),
                        b.IsVoter ? Show.Fraction(b.ShapleyShubik) : "no seat", b.IsVoter ? Show.Fraction(b.Banzhaf) : "no seat",
                        Show.YesNo(b.IsVeto), b.IsVoter ? Show.YesNo(b.IsDummy) : "—", ChangeText(d, b));
                }

                foreach (var b in d.BodiesRemoved)
                {
                    power.Row(b.Body + " [only in baseline]", NameOf(b.Body, b.Name), b.Rule, b.Voters.ToString(CultureInfo.InvariantCulture), "—", "—", "—", "—",
                        b.IsVoter ? "seat lost: " + Show.Delta(-b.ShapleyShubik) + " / " + Show.Delta(-b.Banzhaf) : "—");
                }

                T(sb, style, power);
                foreach (var b in d.Bodies.Where(b => b.NotComputed.Count > 0)) P(sb, style, $"{b.Body}: {string.Join("; ", b.NotComputed.Select(Reporting.AnalysisNotes.Sentence))}.");
                foreach (var b in d.Bodies.Where(b => b.Ternary is not null)) P(sb, style, TernaryText(r.Member, b));
                if (r.Options.Alignment is { } alignment) Blocs(sb, style, r.Member, d, alignment);
            }

            H(sb, style, 3, "Commitments by horizon");
            P(sb, style, string.Join(style.Markdown ? " · " : "; ", Horizons.Select(h => $"{HorizonLabel(h, d, r.Options)}: {d.In(h).Count}")) + ".");
            if (d.Commitments.Count > 0)
            {
                var table = new Table("Horizon", "Commitment", "Side", "By", "To", "Due", "Phase", "What").As(Reporting.Tables.ColumnKind.Wrap, 2, 3, 4, 5, 7);
                foreach (var h in Horizons)
                {
                    foreach (var c in d.In(h))
                    {
                        table.Row(h.ToString(), c.Id, SideText(c), string.Join(", ", c.By), c.To.Count == 0 ? "—" : string.Join(", ", c.To),
                            c.Date is { } due ? Kernel.IsoDate.Format(due) + (c.DateBasis == DateBasis.Scheduled ? " (schedule)" : "") : "—",
                            c.Phase, c.Action);
                    }
                }

                T(sb, style, table);
                var undated = d.In(Horizon.Undated);
                if (undated.Count > 0)
                {
                    var reasons = undated.GroupBy(c => c.UndatedBecause ?? "no date", StringComparer.Ordinal).Select(g => $"{g.Count()} with {g.Key}");
                    P(sb, style, "Undated: " + string.Join("; ", reasons) + ".");
                }
            }

            H(sb, style, 3, "Treaties");
            if (d.Treaties.Count == 0) P(sb, style, $"{r.Member} is a party to no treaty of this design.");
            else
            {
                var table = new Table("Treaty", "Name", "State", "Ratified", "Can block alone", "Can bring into force alone", "Earliest entry into force", "Still required")
                    .As(Reporting.Tables.ColumnKind.Name, 1).As(Reporting.Tables.ColumnKind.Wrap, 2, 7);
                foreach (var t in d.Treaties)
                {
                    var s = t.Status;
                    table.Row(t.Treaty, NameOf(t.Treaty, t.Name), StateText(s), Show.YesNo(t.HasRatified), Show.YesNo(t.CanBlockAlone), Show.YesNo(t.CanBringIntoForceAlone),
                        s.EarliestEntryIntoForce is { } e ? Kernel.IsoDate.Format(e) : "—", s.StillRequired.Count == 0 ? "—" : string.Join(", ", s.StillRequired));
                }

                T(sb, style, table);
            }

            H(sb, style, 3, $"Diagnostics involving {r.Member}");
            var v = d.Validation;
            P(sb, style, $"The validator reports {Count(v.Count(Severity.Error), "error")}, {Count(v.Count(Severity.Warning), "warning")} and {Count(v.Count(Severity.Info), "info")} for the whole design; "
                + $"{d.Diagnostics.Count} {(d.Diagnostics.Count == 1 ? "involves" : "involve")} {r.Member}.");
            if (d.Diagnostics.Count > 0)
            {
                if (style.Markdown)
                {
                    var table = new Table("Severity", "Id", "Where", "Message", "Why it concerns " + r.Member);
                    foreach (var x in d.Diagnostics) table.Row(Validation.SeverityNames.Name(x.Diagnostic.Severity), x.Diagnostic.Id, Show.Where(x.Diagnostic), x.Diagnostic.Message, x.Because);
                    T(sb, style, table);
                }
                else
                {
                    foreach (var x in d.Diagnostics)
                    {
                        var line = Reporting.FreeText.Escape(Show.Where(x.Diagnostic)) + ": " + Validation.SeverityNames.Name(x.Diagnostic.Severity) + " " + x.Diagnostic.Id + ": "
                            + Reporting.FreeText.Escape(x.Diagnostic.Message) + " [" + Reporting.FreeText.Escape(x.Because) + "]";
                        sb.Append(Reporting.Tables.TextTable.Paragraph(line, style.Width, "  ", "    "));
                    }

                    sb.Append('\n');
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>A name beside its id in a table: a dash when it says no more than the id.</summary>
    internal static string NameOf(string id, string name) => string.IsNullOrEmpty(name) || string.Equals(id, name, StringComparison.Ordinal) ? "—" : name;

    private static string ChangeText(DesignStake d, BodyStake b)
    {
        if (d.IsBaseline) return "baseline";
        if (b.Change is not { } c) return "new body";
        var text = Show.Delta(c.ShapleyShubikDelta) + " / " + Show.Delta(c.BanzhafDelta);
        if (!c.WasVoter && b.IsVoter) text += " (new seat)";
        if (c.WasVeto is { } was && b.IsVeto is { } now && was != now) text += now ? " (gains a veto)" : " (loses its veto)";
        return text;
    }

    private static string SideText(CommitmentStake c) => c.Side switch
    {
        CommitmentSide.Gives => "gives",
        CommitmentSide.Mutual => "mutual",
        _ => c.ExchangedFor.Count > 0 ? "receives, for " + string.Join(", ", c.ExchangedFor) : "receives",
    };

    private static string StateText(TreatyStatus s) => s.State switch
    {
        TreatyState.InForce => "in force" + (s.EnteredIntoForce is { } e ? " since " + Kernel.IsoDate.Format(e) : ""),
        TreatyState.Pending => "pending",
        TreatyState.Open => "open",
        _ => "blocked" + (Validation.Describe.Blocked(s) is { } why ? ": " + why : ""),
    } + " (as of " + Kernel.IsoDate.Format(s.AsOf) + ")";

    private static string HorizonLabel(Horizon h, DesignStake d, StakeOptions o)
    {
        if (d.AsOf is not { } a) return h.ToString();
        return h switch
        {
            Horizon.Past => $"Past (before {Kernel.IsoDate.Format(a)})",
            Horizon.Near => $"Near (to {End(a, o.Near)})",
            Horizon.Medium => $"Medium (to {End(a, o.Medium)})",
            Horizon.Long => $"Long (after {End(a, o.Medium)})",
            _ => "Undated",
        };
    }

    private static string End(LocalDate asOf, Period horizon) =>
        StakeReport.HorizonEnd(asOf, horizon) is { } end ? Kernel.IsoDate.Format(end) : "the end of the calendar";

    private static string Inline(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return list.Count == 0 ? "—" : string.Join(", ", list);
    }

    internal static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " "
        + (n == 1 || noun == "info" ? noun : noun.EndsWith('y') ? noun[..^1] + "ies" : noun + "s");

    internal static string Code(Style style, string text) => style.Markdown ? "`" + text + "`" : text;

    /// <summary>A heading; in text, levels 1 and 2 are underlined, level 3 is a line of its own.</summary>
    internal static void H(StringBuilder sb, Style style, int level, string text)
    {
        text = Reporting.FreeText.Escape(text);
        if (style.Markdown) sb.Append(new string('#', level)).Append(' ').Append(text).Append("\n\n");
        else if (level <= 2)
        {
            // A long heading wraps; the rule under it is as long as its longest line.
            var lines = Reporting.Tables.TextTable.Paragraph(text, style.Width).TrimEnd('\n');
            var rule = lines.Split('\n').Max(Reporting.Tables.TextTable.Width);
            sb.Append(lines).Append('\n').Append(new string(level == 1 ? '=' : '-', rule)).Append("\n\n");
        }
        else sb.Append(Reporting.Tables.TextTable.Paragraph(text, style.Width, "", "  "));
    }

    /// <summary>A paragraph followed by an empty line; in text, indented and wrapped at the width.</summary>
    internal static void P(StringBuilder sb, Style style, string text)
    {
        text = Reporting.FreeText.Escape(text);
        if (style.Markdown) sb.Append(text).Append("\n\n");
        else sb.Append(Reporting.Tables.TextTable.Paragraph(text, style.Width, "  ", "  ")).Append('\n');
    }

    internal static void Bullet(StringBuilder sb, Style style, string text)
    {
        text = Reporting.FreeText.Escape(text);
        if (style.Markdown) sb.Append("- ").Append(text).Append('\n');
        else sb.Append(Reporting.Tables.TextTable.Paragraph(text, style.Width, "  - ", "    "));
    }

    internal static void T(StringBuilder sb, Style style, Table table)
    {
        if (style.Markdown) table.WriteMarkdown(sb);
        else table.WriteText(sb, style.Width);
        sb.Append('\n');
    }

    /// <summary>One sentence per design: seats and vetoes against the baseline, treaties it holds in its hands, diagnostics.</summary>
    private static string Findings(StakeReport r, DesignStake d, DesignStake baseline)
    {
        var parts = new List<string>();
        var seats = d.Bodies.Count(b => b.IsVoter);
        var vetoes = d.Bodies.Where(b => b.IsVeto == true).Select(b => b.Body).ToList();
        var text = $"{d.Design}: {r.Member} votes in {seats} of {d.Bodies.Count} bodies and holds a veto in {vetoes.Count}";
        if (!d.IsBaseline) text += $" (baseline: {baseline.Bodies.Count(b => b.IsVeto == true)} of {baseline.Bodies.Count})";
        parts.Add(text);
        var noVeto = d.Bodies.Where(b => b.IsVoter && b.IsVeto == false).Select(b => b.Body).ToList();
        if (noVeto.Count > 0) parts.Add($"it can be outvoted in {string.Join(", ", noVeto)}");
        var dummy = d.Bodies.Where(b => b.IsDummy == true).Select(b => b.Body).ToList();
        if (dummy.Count > 0) parts.Add($"it is a dummy (no power at all) in {string.Join(", ", dummy)}");
        var block = d.Treaties.Where(t => t.CanBlockAlone).Select(t => t.Treaty).ToList();
        if (block.Count > 0) parts.Add($"it can keep {string.Join(", ", block)} out of force alone");
        var bring = d.Treaties.Where(t => t.CanBringIntoForceAlone).Select(t => t.Treaty).ToList();
        if (bring.Count > 0) parts.Add($"its ratification alone would bring {string.Join(", ", bring)} into force");
        var dated = d.Commitments.Count(c => c.Horizon is not Horizon.Undated);
        parts.Add($"{Count(d.Commitments.Count, "commitment")} concern it ({dated} dated)");
        var diags = d.Diagnostics.Where(x => x.Diagnostic.Severity != Severity.Info).Select(x => x.Diagnostic.Id).Distinct(StringComparer.Ordinal).ToList();
        parts.Add(diags.Count == 0 ? "no error or warning involves it" : $"errors or warnings involving it: {string.Join(", ", diags)}");
        return string.Join("; ", parts) + ".";
    }

    private static string Json(StakeReport r)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteStartObject("member");
            w.WriteString("id", r.Member);
            w.WriteString("name", r.MemberName);
            w.WriteEndObject();
            w.WriteString("baseline", r.Baseline);
            w.WriteStartObject("horizons");
            w.WriteString("near", r.Options.Near.ToString());
            w.WriteString("medium", r.Options.Medium.ToString());
            w.WriteEndObject();
            w.WriteStartArray("designs");
            foreach (var d in r.Designs)
            {
                w.WriteStartObject();
                w.WriteString("design", d.Design);
                w.WriteString("name", d.Name);
                if (d.File is null) w.WriteNull("file");
                else w.WriteString("file", Show.Path(d.File));
                if (d.AsOf is { } a) w.WriteString("asOf", Kernel.IsoDate.Format(a));
                else w.WriteNull("asOf");
                w.WriteBoolean("isMember", d.IsMember);
                w.WriteBoolean("isBaseline", d.IsBaseline);
                if (r.Options.Alignment is not null)
                {
                    if (d.Alignment is { } alignment) w.WriteString("alignment", alignment);
                    else w.WriteNull("alignment");
                }

                w.WriteStartArray("bodies");
                foreach (var b in d.Bodies) Body(w, b);
                w.WriteEndArray();
                w.WriteStartArray("bodiesRemoved");
                foreach (var b in d.BodiesRemoved) Body(w, b);
                w.WriteEndArray();
                w.WriteStartArray("commitments");
                foreach (var c in d.Commitments)
                {
                    w.WriteStartObject();
                    w.WriteString("id", c.Id);
                    w.WriteString("action", c.Action);
                    w.WriteString("phase", c.Phase);
                    w.WriteString("side", Camel(c.Side.ToString()));
                    Strings(w, "by", c.By);
                    Strings(w, "to", c.To);
                    Strings(w, "exchangedFor", c.ExchangedFor);
                    if (c.Date is { } due) w.WriteString("date", Kernel.IsoDate.Format(due));
                    else w.WriteNull("date");
                    w.WriteString("dateBasis", Camel(c.DateBasis.ToString()));
                    w.WriteString("horizon", Camel(c.Horizon.ToString()));
                    if (c.UndatedBecause is { } why) w.WriteString("undatedBecause", why);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("treaties");
                foreach (var t in d.Treaties)
                {
                    w.WriteStartObject();
                    w.WriteString("id", t.Treaty);
                    w.WriteString("name", t.Name);
                    w.WriteString("state", Camel(t.Status.State.ToString()));
                    w.WriteString("statusAsOf", Kernel.IsoDate.Format(t.Status.AsOf));
                    w.WriteBoolean("hasRatified", t.HasRatified);
                    w.WriteBoolean("canBlockAlone", t.CanBlockAlone);
                    w.WriteBoolean("canBringIntoForceAlone", t.CanBringIntoForceAlone);
                    if (t.Status.EarliestEntryIntoForce is { } e) w.WriteString("earliestEntryIntoForce", Kernel.IsoDate.Format(e));
                    else w.WriteNull("earliestEntryIntoForce");
                    Strings(w, "stillRequired", t.Status.StillRequired);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartObject("validation");
                w.WriteNumber("errors", d.Validation.Count(Severity.Error));
                w.WriteNumber("warnings", d.Validation.Count(Severity.Warning));
                w.WriteNumber("info", d.Validation.Count(Severity.Info));
                w.WriteEndObject();
                w.WriteStartArray("diagnostics");
                foreach (var x in d.Diagnostics) Diagnostic(w, x.Diagnostic, x.Because);
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The member's power under an alignment (#15), beside the plain Shapley–Shubik figure, with which figures are which.</summary>
    private static void Blocs(StringBuilder sb, Style style, string member, DesignStake d, string alignment)
    {
        if (d.Alignment is null)
        {
            P(sb, style, $"Alignment {alignment}: this design has no alignment of that id, so only the plain figures above are given.");
            return;
        }

        var bodies = d.Bodies.Where(b => b.Bloc is not null).ToList();
        if (bodies.Count == 0)
        {
            P(sb, style, $"Alignment {alignment}: {member} has no seat in any body, so there is nothing to weigh under it.");
            return;
        }

        P(sb, style, $"Under alignment {alignment} (a scenario, not a fact: the blocs vote together as a priori unions, and excluded members' support never "
            + "counts; docs/analyses.md, Blocs). Owen is Shapley–Shubik with the blocs, beside the plain Shapley–Shubik; Banzhaf–Owen is absolute (the "
            + "chance of being decisive, not a share); the union's figures are those of the quotient game, in which each bloc is one player.");
        var table = new Table("Body", "Votes", "Owen", "Shapley–Shubik", "Banzhaf–Owen", "Union's Shapley–Shubik", "Union's Banzhaf", "Union can block")
            .As(Reporting.Tables.ColumnKind.Wrap, 1, 2, 3, 4, 5, 6);
        foreach (var b in bodies)
        {
            var x = b.Bloc!;
            table.Row(b.Body, x.IsExcluded ? "excluded: no one governs with it" : x.InBloc ? "with the bloc [" + string.Join(", ", x.Union) + "]" : "alone",
                Show.Fraction(x.Owen), Show.Fraction(b.ShapleyShubik), Show.Fraction(x.BanzhafOwen),
                x.IsExcluded ? "—" : Show.Fraction(x.UnionShapleyShubik), x.IsExcluded ? "—" : Show.Fraction(x.UnionBanzhaf), x.IsExcluded ? "—" : Show.YesNo(x.UnionIsVeto));
        }

        T(sb, style, table);
        foreach (var b in bodies.Where(b => b.Bloc!.NotComputed.Count > 0))
        {
            P(sb, style, $"{b.Body} under {alignment}: {string.Join("; ", b.Bloc!.NotComputed.Select(Reporting.AnalysisNotes.Sentence))}.");
        }
    }

    /// <summary>The ternary game of a body whose rule reads abstention, in one paragraph that says which figures are which.</summary>
    private static string TernaryText(string member, BodyStake b)
    {
        var t = b.Ternary!;
        var text = $"{b.Body}: its rule reads abstention, so the figures above are of the binary game (every voter present, abstention counted as no). "
            + $"In the ternary game (yes, abstain or no; Felsenthal & Machover 1997) {member} has Shapley–Shubik {Show.Fraction(t.ShapleyShubik)} and Banzhaf "
            + $"{Show.Fraction(t.Banzhaf)}; it blocks by voting no: {Show.YesNo(t.BlocksByVotingNo)}; by abstaining: {Show.YesNo(t.BlocksByAbstaining)}.";
        return t.NotComputed.Count == 0 ? text : text + " " + string.Join("; ", t.NotComputed.Select(Reporting.TernaryWriter.Sentence)) + ".";
    }

    private static void Body(Utf8JsonWriter w, BodyStake b)
    {
        w.WriteStartObject();
        w.WriteString("id", b.Body);
        w.WriteString("name", b.Name);
        w.WriteString("rule", b.Rule);
        w.WriteNumber("voters", b.Voters);
        w.WriteBoolean("isVoter", b.IsVoter);
        Number(w, "shapleyShubik", b.ShapleyShubik);
        Number(w, "banzhaf", b.Banzhaf);
        NullableBool(w, "veto", b.IsVeto);
        NullableBool(w, "dummy", b.IsDummy);
        Reporting.AnalysisNotes.WriteJson(w, b.NotComputed);
        if (b.Change is { } c)
        {
            w.WriteStartObject("change");
            w.WriteBoolean("wasVoter", c.WasVoter);
            Number(w, "shapleyShubikBefore", c.ShapleyShubikBefore);
            Number(w, "banzhafBefore", c.BanzhafBefore);
            NullableBool(w, "wasVeto", c.WasVeto);
            Number(w, "shapleyShubikDelta", c.ShapleyShubikDelta);
            Number(w, "banzhafDelta", c.BanzhafDelta);
            w.WriteEndObject();
        }
        else w.WriteNull("change");

        if (b.Ternary is { } t)
        {
            // Only for a rule that reads abstention: the binary figures above are then labelled, and the ternary ones follow.
            w.WriteString("game", "binary: every voter present, abstention counted as no");
            w.WriteStartObject("ternary");
            w.WriteString("game", Reporting.TernaryWriter.GameJson);
            Number(w, "shapleyShubik", t.ShapleyShubik);
            Number(w, "banzhaf", t.Banzhaf);
            NullableBool(w, "veto", t.BlocksByVotingNo);
            NullableBool(w, "abstentionBlocks", t.BlocksByAbstaining);
            if (t.NotComputed.Count > 0)
            {
                w.WriteStartArray("notComputed");
                foreach (var p in t.NotComputed) w.WriteStringValue(Reporting.TernaryWriter.Sentence(p));
                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        if (b.Bloc is { } x)
        {
            // Only under --alignment: the plain figures above, the figures with the alignment's blocs as a priori unions here.
            w.WriteStartObject("alignment");
            w.WriteString("id", x.Alignment);
            w.WriteBoolean("excluded", x.IsExcluded);
            w.WriteBoolean("inBloc", x.InBloc);
            Strings(w, "union", x.Union);
            Number(w, "owen", x.Owen);
            Number(w, "banzhafOwen", x.BanzhafOwen);
            w.WriteStartObject("quotient");
            Number(w, "shapleyShubik", x.UnionShapleyShubik);
            Number(w, "banzhaf", x.UnionBanzhaf);
            w.WriteBoolean("veto", x.UnionIsVeto);
            w.WriteEndObject();
            if (x.NotComputed.Count > 0) Reporting.AnalysisNotes.WriteJson(w, x.NotComputed);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>An exact fraction as <c>{ "exact": "1/6", "value": 0.16666666666666666 }</c>, or null when not computed.</summary>
    internal static void Number(Utf8JsonWriter w, string name, Rational? value)
    {
        if (value is not { } v)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("exact", v.ToString());
        w.WriteNumber("value", v.ToDouble());
        w.WriteEndObject();
    }

    internal static void NullableBool(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } b) w.WriteBoolean(name, b);
        else w.WriteNull(name);
    }

    internal static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    internal static void Diagnostic(Utf8JsonWriter w, Diagnostic d, string? because)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("severity", Validation.SeverityNames.Name(d.Severity));
        w.WriteString("message", d.Message);
        w.WriteString("pointer", d.Location.JsonPointer);
        if (d.Location.Source is { } s)
        {
            w.WriteNumber("line", s.Line);
            w.WriteNumber("column", s.Column);
        }

        if (because is not null) w.WriteString("because", because);
        w.WriteEndObject();
    }

    internal static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
