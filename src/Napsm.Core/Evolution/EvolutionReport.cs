using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Napsm.Core.Analysis;
using Napsm.Core.Validation;

using Napsm.Core.Reporting;

namespace Napsm.Core.Evolution;

/// <summary>The formats <see cref="EvolutionReport"/> writes.</summary>
public enum EvolutionReportFormat
{
    /// <summary>Text, as <c>napsm evolve</c> prints it: per step who must consent, whether it can pass, who loses and gains what.</summary>
    Text,

    /// <summary>
    /// JSON: <c>{ "steps": [ { "from", "to", "governedBy": [ { "amendment", "rule" } ], "mustConsent", "canPass", "losers": [ {
    /// "member", "loses" } ], "consentAtRisk", "passableWithoutLosers", "changes", … } ], "pathFeasible", "skips", "designs" }</c>,
    /// the keys of #16's contract first, in its order; figures as exact fractions (<c>"1/6"</c>).
    /// </summary>
    Json,

    /// <summary>Markdown, for review comments: a section per step with the same content as the text.</summary>
    Markdown,
}

/// <summary>
/// Writes an <see cref="EvolutionResult"/> (with, optionally, the validator's reports of the designs, whose Evolution diagnostics it
/// lists) as text, JSON or Markdown, as <c>napsm evolve</c> prints it. Deterministic, culture-invariant, <c>\n</c> line ends;
/// thread-safe.
/// </summary>
public static class EvolutionReport
{
    /// <summary>Writes an evolution.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The evolution.</param>
    /// <param name="format">The format.</param>
    /// <param name="reports">The validator's reports of the designs (one per design, in order); only their Evolution diagnostics are
    /// written; null for none.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static void Write(TextWriter writer, EvolutionResult result, EvolutionReportFormat format, IReadOnlyList<ValidationReport>? reports = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Format(result, format, reports));
    }

    /// <summary>Formats an evolution as a string.</summary>
    /// <param name="result">The evolution.</param>
    /// <param name="format">The format.</param>
    /// <param name="reports">The validator's reports of the designs; only their Evolution diagnostics are written; null for none.</param>
    /// <returns>The text, ending with a line end.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static string Format(EvolutionResult result, EvolutionReportFormat format, IReadOnlyList<ValidationReport>? reports = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var diagnostics = (reports ?? []).Select(r => (Design: r.DesignId, List: r.Diagnostics.Where(IsEvolution).ToList())).ToList();
        return format switch
        {
            EvolutionReportFormat.Text => Text(result, diagnostics, markdown: false),
            EvolutionReportFormat.Markdown => Text(result, diagnostics, markdown: true),
            EvolutionReportFormat.Json => Json(result, diagnostics),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown evolution report format."),
        };
    }

    private static bool IsEvolution(Diagnostic d) => string.Equals(d.Descriptor.Category, "Evolution", StringComparison.Ordinal);

    private static string E(string text) => FreeText.Escape(text);

    /// <summary>What a member gains or loses, in a few words: <c>veto in council</c>, <c>power in council (Shapley–Shubik 1/3 → 1/6)</c>.</summary>
    internal static string Describe(StakeChange c) => c.Kind switch
    {
        StakeChangeKind.Membership => "membership",
        StakeChangeKind.Seat => "seat in " + c.Element,
        StakeChangeKind.Veto => "veto in " + c.Element,
        StakeChangeKind.Power when c.ShapleyShubikBefore is { } b && c.ShapleyShubikAfter is { } a =>
            $"power in {c.Element} (Shapley–Shubik {b} → {a})",
        StakeChangeKind.Power => $"power in {c.Element} (Banzhaf {c.BanzhafBefore} → {c.BanzhafAfter})",
        StakeChangeKind.Commitment => $"commitment {c.Element} ({Horizon(c.Horizon)})",
        _ => "blocking position in treaty " + c.Element,
    };

    /// <summary>The text's width in columns.</summary>
    private const int Width = 100;

    /// <summary>Changes grouped by element for the text: <c>council (seat, veto, Shapley–Shubik 1/6 → 0); membership</c>.</summary>
    private static string Grouped(IReadOnlyList<StakeChange> changes)
    {
        var parts = new List<string>();
        if (changes.Any(c => c.Kind == StakeChangeKind.Membership)) parts.Add("membership");
        foreach (var body in changes.Where(c => c.Kind is StakeChangeKind.Seat or StakeChangeKind.Veto or StakeChangeKind.Power)
            .Select(c => c.Element!).Distinct(StringComparer.Ordinal))
        {
            var what = changes.Where(c => string.Equals(c.Element, body, StringComparison.Ordinal)).Select(c => c.Kind switch
            {
                StakeChangeKind.Seat => "seat",
                StakeChangeKind.Veto => "veto",
                StakeChangeKind.Power when c.ShapleyShubikBefore is { } b && c.ShapleyShubikAfter is { } a => $"Shapley–Shubik {b} → {a}",
                StakeChangeKind.Power => $"Banzhaf {c.BanzhafBefore} → {c.BanzhafAfter}",
                _ => null,
            }).OfType<string>();
            parts.Add(body + " (" + string.Join(", ", what) + ")");
        }

        var commitments = changes.Where(c => c.Kind == StakeChangeKind.Commitment).ToList();
        if (commitments.Count > 0) parts.Add("commitments to it: " + string.Join(", ", commitments.Select(c => c.Element + " (" + Horizon(c.Horizon) + ")")));
        var treaties = changes.Where(c => c.Kind == StakeChangeKind.TreatyBlocking).ToList();
        if (treaties.Count > 0) parts.Add("can block alone: " + string.Join(", ", treaties.Select(c => c.Element)));
        return string.Join("; ", parts);
    }

    private static string Horizon(Horizon? h) => h switch
    {
        Analysis.Horizon.Past => "past",
        Analysis.Horizon.Near => "near",
        Analysis.Horizon.Medium => "medium",
        Analysis.Horizon.Long => "long",
        _ => "undated",
    };

    /// <summary>The procedure in words (<c>the amendment rule</c>, <c>amendment entry 'charter-core'</c>), its stage and rule.</summary>
    private static string Governing(GoverningRule g) =>
        g.Kind switch
        {
            GoverningKind.Entry => "amendment entry '" + g.Amendment + "'",
            GoverningKind.Accession => "the accession rule",
            GoverningKind.Withdrawal => "the withdrawal of " + g.Member,
            _ => g.IsImplicit ? "unanimity (the design has no amendment rule)" : "the amendment rule",
        }
        + (g.Stage == GoverningStage.Ratification ? " (ratification)" : "") + (g.IsImplicit ? "" : ": " + g.Rule)
        + (g.CanPass ? "" : " — cannot pass");

    private static string Ids(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return list.Count == 0 ? "nobody" : string.Join(", ", list);
    }

    private static string Reason(EvolutionNotComputed n) =>
        JsonNamingPolicy.CamelCase.ConvertName(n.Part.ToString()) + (n.Element is { } e ? " in " + e : "") + ": "
        + JsonNamingPolicy.CamelCase.ConvertName(n.Reason.ToString());

    private static string Text(EvolutionResult r, List<(string Design, List<Diagnostic> List)> diagnostics, bool markdown)
    {
        var sb = new StringBuilder();
        string h1 = markdown ? "# " : "", h2 = markdown ? "## " : "", item = markdown ? "- " : "  ";
        sb.Append(h1).Append("Evolution ").Append(E(string.Join(" → ", r.Designs))).Append(": ")
            .Append(r.PathFeasible ? "every step can pass" : "some step cannot pass").Append('\n');
        for (int i = 0; i < r.Steps.Count; i++)
        {
            var s = r.Steps[i];
            sb.Append('\n').Append(h2).Append(CultureInfo.InvariantCulture, $"Step {i + 1}: {E(s.From)} → {E(s.To)}\n");
            if (markdown) sb.Append('\n');
            Step(sb, s, item);
        }

        foreach (var skip in r.Skips)
        {
            sb.Append('\n').Append(h2).Append(CultureInfo.InvariantCulture, $"Skip: {E(skip.Direct.From)} → {E(skip.Direct.To)} directly (not via {E(string.Join(", ", skip.Via))})\n");
            if (markdown) sb.Append('\n');
            sb.Append(item).Append("must consent directly: ").Append(E(Ids(skip.Direct.MustConsent))).Append('\n');
            sb.Append(item).Append("must consent along the path: ").Append(E(Ids(skip.MustConsentAlongPath))).Append('\n');
            sb.Append(item).Append(skip.SameConsents
                ? "the same consents either way"
                : "only directly: " + E(Ids(skip.OnlyDirect)) + "; only along the path: " + E(Ids(skip.OnlyAlongPath))).Append('\n');
            sb.Append(item).Append("can pass: directly ").Append(skip.Direct.CanPass ? "yes" : "no").Append(", along the path ").Append(skip.PathCanPass ? "yes" : "no").Append('\n');
        }

        var found = diagnostics.Where(d => d.List.Count > 0).ToList();
        if (found.Count > 0)
        {
            sb.Append('\n').Append(h2).Append("Diagnostics\n");
            if (markdown) sb.Append('\n');
            foreach (var (design, list) in found)
            {
                foreach (var d in list)
                {
                    var where = d.Location.Source is { } at ? $"{E(at.File ?? design)}({at.Line},{at.Column})" : E(design);
                    sb.Append(item).Append(where).Append(": ").Append(SeverityNames.Name(d.Severity)).Append(' ').Append(d.Id).Append(": ")
                        .Append(E(d.Message)).Append('\n');
                }
            }
        }

        // Every line within the width: a long one wraps, its continuation indented under its text.
        var wrapped = new StringBuilder();
        foreach (var line in sb.ToString().Split('\n')[..^1])
        {
            var indent = line[..(line.Length - line.TrimStart(' ', '-').Length)];
            wrapped.Append(Reporting.Tables.TextTable.Paragraph(line[indent.Length..], Width, indent, new string(' ', indent.Length + 4)));
        }

        return wrapped.ToString();
    }

    private static void Step(StringBuilder sb, EvolutionStep s, string item)
    {
        if (s.NotComputed.Any(n => n.Part == EvolutionPart.Step))
        {
            sb.Append(item).Append("not computed: ").Append(Reason(s.NotComputed[0])).Append('\n');
            return;
        }

        var governed = s.Changes.Count(c => c.GovernedBy is not null);
        sb.Append(item).Append(CultureInfo.InvariantCulture, $"changes: {s.Changes.Count} ({governed} governed by a rule)\n");
        foreach (var g in s.GovernedBy) sb.Append(item).Append("governed by ").Append(E(Governing(g))).Append('\n');
        sb.Append(item).Append("must consent: ").Append(E(Ids(s.MustConsent))).Append('\n');
        sb.Append(item).Append("can pass: ").Append(s.CanPass ? "yes" : "no").Append('\n');
        if (s.MinimalWinningCoalitions is { } mwc)
        {
            sb.Append(item).Append(CultureInfo.InvariantCulture, $"minimal winning coalitions{(mwc.IsComplete ? "" : " (first " + mwc.Coalitions.Count + ")")}: ")
                .Append(E(string.Join("; ", mwc.Coalitions.Select(c => "{" + string.Join(", ", c) + "}")))).Append('\n');
        }

        if (s.Successions.Count > 0)
        {
            sb.Append(item).Append("continued under a new id (same voters, mandate and rules): ")
                .Append(E(string.Join(", ", s.Successions.Select(x => x.From + " as " + x.To)))).Append('\n');
        }

        foreach (var l in s.Losers) sb.Append(item).Append(E(l.Member)).Append(" loses ").Append(E(Grouped(l.Losses))).Append('\n');
        foreach (var g in s.Gainers) sb.Append(item).Append(E(g.Member)).Append(" gains ").Append(E(Grouped(g.Gains))).Append('\n');
        sb.Append(item).Append("consent at risk: ").Append(E(Ids(s.ConsentAtRisk))).Append('\n');
        sb.Append(item).Append("passable without losers: ").Append(s.PassableWithoutLosers switch { true => "yes", false => "no", null => "not computed" }).Append('\n');
        foreach (var n in s.NotComputed) sb.Append(item).Append("not computed: ").Append(Reason(n)).Append('\n');
    }

    private static string Json(EvolutionResult r, List<(string Design, List<Diagnostic> List)> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("steps");
            foreach (var s in r.Steps) Step(w, s);
            w.WriteEndArray();
            w.WriteBoolean("pathFeasible", r.PathFeasible);
            w.WriteStartArray("skips");
            foreach (var skip in r.Skips)
            {
                w.WriteStartObject();
                w.WriteString("from", skip.Direct.From);
                w.WriteString("to", skip.Direct.To);
                Strings(w, "via", skip.Via);
                Strings(w, "mustConsent", skip.Direct.MustConsent);
                w.WriteBoolean("canPass", skip.Direct.CanPass);
                Strings(w, "mustConsentAlongPath", skip.MustConsentAlongPath);
                w.WriteBoolean("pathCanPass", skip.PathCanPass);
                w.WriteBoolean("sameConsents", skip.SameConsents);
                Strings(w, "onlyDirect", skip.OnlyDirect);
                Strings(w, "onlyAlongPath", skip.OnlyAlongPath);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("designs");
            foreach (var (design, list) in diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("design", design);
                w.WriteStartArray("diagnostics");
                foreach (var d in list)
                {
                    w.WriteStartObject();
                    w.WriteString("id", d.Id);
                    w.WriteString("severity", SeverityNames.Name(d.Severity));
                    w.WriteString("message", d.Message);
                    w.WriteString("at", d.Location.JsonPointer);
                    if (d.Location.Source is { } at)
                    {
                        if (at.File is { } f) w.WriteString("file", f);
                        w.WriteNumber("line", at.Line);
                        w.WriteNumber("column", at.Column);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void Step(Utf8JsonWriter w, EvolutionStep s)
    {
        w.WriteStartObject();
        w.WriteString("from", s.From);
        w.WriteString("to", s.To);
        w.WriteStartArray("governedBy");
        foreach (var g in s.GovernedBy)
        {
            w.WriteStartObject();
            w.WriteString("amendment", g.Amendment);
            w.WriteString("rule", g.Rule.ToString());
            w.WriteString("stage", g.Stage == GoverningStage.Adoption ? "adoption" : "ratification");
            w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(g.Kind.ToString()));
            if (g.IsImplicit) w.WriteBoolean("implicit", true);
            if (g.Member is { } m) w.WriteString("member", m);
            w.WriteString("at", g.At);
            Strings(w, "vetoPlayers", g.VetoPlayers);
            w.WriteBoolean("canPass", g.CanPass);
            w.WriteBoolean("entrenching", g.IsEntrenching);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Strings(w, "mustConsent", s.MustConsent);
        w.WriteBoolean("canPass", s.CanPass);
        w.WriteStartArray("losers");
        foreach (var l in s.Losers) Member(w, l, "loses", l.Losses);
        w.WriteEndArray();
        Strings(w, "consentAtRisk", s.ConsentAtRisk);
        if (s.PassableWithoutLosers is { } p) w.WriteBoolean("passableWithoutLosers", p);
        else w.WriteNull("passableWithoutLosers");
        w.WriteStartArray("changes");
        foreach (var c in s.Changes)
        {
            w.WriteStartObject();
            w.WriteString("section", JsonNamingPolicy.CamelCase.ConvertName(c.Change.Section.ToString()));
            w.WriteString("id", c.Change.Id);
            w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(c.Change.Kind.ToString()));
            w.WriteString("part", c.Part);
            if (c.GovernedBy is { } g) w.WriteString("governedBy", g);
            else w.WriteNull("governedBy");
            if (c.Change.Fields.Count > 0) Strings(w, "fields", c.Change.Fields.Select(f => f.Field));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("gainers");
        foreach (var g in s.Gainers) Member(w, g, "gains", g.Gains);
        w.WriteEndArray();
        w.WriteStartArray("successions");
        foreach (var x in s.Successions)
        {
            w.WriteStartObject();
            w.WriteString("from", x.From);
            w.WriteString("to", x.To);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Strings(w, "voters", s.Voters);
        if (s.MinimalWinningCoalitions is { } mwc)
        {
            w.WriteStartObject("minimalWinningCoalitions");
            w.WriteBoolean("complete", mwc.IsComplete);
            w.WriteStartArray("coalitions");
            foreach (var c in mwc.Coalitions)
            {
                w.WriteStartArray();
                foreach (var v in c) w.WriteStringValue(v);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }
        else w.WriteNull("minimalWinningCoalitions");

        w.WriteStartArray("notComputed");
        foreach (var n in s.NotComputed)
        {
            w.WriteStartObject();
            w.WriteString("part", JsonNamingPolicy.CamelCase.ConvertName(n.Part.ToString()));
            if (n.Element is { } e) w.WriteString("element", e);
            w.WriteString("reason", JsonNamingPolicy.CamelCase.ConvertName(n.Reason.ToString()));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Member(Utf8JsonWriter w, MemberStakeChanges m, string key, IReadOnlyList<StakeChange> changes)
    {
        w.WriteStartObject();
        w.WriteString("member", m.Member);
        Strings(w, key, changes.Select(Describe));
        w.WriteStartArray("details");
        foreach (var c in changes)
        {
            w.WriteStartObject();
            w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(c.Kind.ToString()));
            if (c.Element is { } e) w.WriteString("element", e);
            if (c.ShapleyShubikBefore is { } a) w.WriteString("shapleyShubikBefore", a.ToString());
            if (c.ShapleyShubikAfter is { } b) w.WriteString("shapleyShubikAfter", b.ToString());
            if (c.BanzhafBefore is { } x) w.WriteString("banzhafBefore", x.ToString());
            if (c.BanzhafAfter is { } y) w.WriteString("banzhafAfter", y.ToString());
            if (c.Horizon is { } h) w.WriteString("horizon", Horizon(h));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
