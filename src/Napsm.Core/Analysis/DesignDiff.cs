using System.Globalization;
using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>
/// How one design differs from another: members, bodies (and their rules), principles, phases, commitments, treaties and sources added,
/// removed or changed (matched by id, with the fields that changed); the shift of every member's voting power in every body whose game
/// changed; and the validator's diagnostics that appear or disappear.
/// </summary>
/// <remarks>
/// <para>Diagnostics are matched by id and message (messages name elements by id, so they survive reordering), as multisets.</para>
/// <para>Immutable and deterministic. <c>Compare(a, b)</c> and <c>Compare(b, a)</c> are mirror images: additions and removals swap, fields
/// and powers swap before and after, diagnostics that appear disappear.</para>
/// </remarks>
public sealed record DesignDiff
{
    private DesignDiff(string from, string to) => (From, To) = (from, to);

    /// <summary>The first design's id.</summary>
    public string From { get; }

    /// <summary>The second design's id.</summary>
    public string To { get; }

    /// <summary>The first design's file, or <see langword="null"/>.</summary>
    public string? FromFile { get; init; }

    /// <summary>The second design's file, or <see langword="null"/>.</summary>
    public string? ToFile { get; init; }

    /// <summary>Every element added, removed or changed: by section (in the file format's order), then in the order of the designs.</summary>
    public IReadOnlyList<ElementChange> Changes { get; init => field = ValueList<ElementChange>.From(value); } = ValueList<ElementChange>.Empty;

    /// <summary>
    /// For every body added, removed, or whose game changed (rule, voters, or the weights it reads), every voter's power before and after,
    /// in body order then voter order.
    /// </summary>
    public IReadOnlyList<PowerShift> PowerShifts { get; init => field = ValueList<PowerShift>.From(value); } = ValueList<PowerShift>.Empty;

    /// <summary>Diagnostics the second design has and the first does not, in the second's report order.</summary>
    public IReadOnlyList<Diagnostic> DiagnosticsAppeared { get; init => field = ValueList<Diagnostic>.From(value); } = ValueList<Diagnostic>.Empty;

    /// <summary>Diagnostics the first design has and the second does not, in the first's report order.</summary>
    public IReadOnlyList<Diagnostic> DiagnosticsDisappeared { get; init => field = ValueList<Diagnostic>.From(value); } = ValueList<Diagnostic>.Empty;

    /// <summary>Whether nothing differs (the design ids aside).</summary>
    public bool IsEmpty => Changes.Count == 0 && PowerShifts.Count == 0 && DiagnosticsAppeared.Count == 0 && DiagnosticsDisappeared.Count == 0;

    /// <summary>Writes the diff for people (text, Markdown: a summary, the changes by section, power shifts, diagnostics) or tools (JSON).</summary>
    /// <param name="format">The format.</param>
    /// <returns>The text, ending with a line end; the same diff gives the same text, byte for byte.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public string Format(AnalysisFormat format) => DiffWriter.Format(this, format);

    /// <summary>Writes the report as <see cref="Format(AnalysisFormat)"/> does, its text fitted to <paramref name="width"/> terminal cells.</summary>
    /// <param name="format">The format.</param>
    /// <param name="width">
    /// For <see cref="AnalysisFormat.Text"/>, the most cells a line may take (at least 40; a terminal's width, say): tables shorten
    /// names with "…" (given in full in a legend below) and wrap free text; only an unbreakable id makes a line longer. The other
    /// formats ignore it. <see cref="Format(AnalysisFormat)"/> uses 100.
    /// </param>
    /// <returns>The text, ending with a line end; the same report and width give the same text, byte for byte.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format, or <paramref name="width"/> is below 40.</exception>
    public string Format(AnalysisFormat format, int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 40);
        return DiffWriter.Format(this, format, width);
    }

    /// <summary>The changes of one section.</summary>
    /// <param name="section">The section.</param>
    /// <returns>Its changes, in order.</returns>
    public IReadOnlyList<ElementChange> In(DiffSection section) => [.. Changes.Where(c => c.Section == section)];

    /// <summary>Compares two designs built in code.</summary>
    /// <param name="from">The first design.</param>
    /// <param name="to">The second design.</param>
    /// <param name="voting">The limits of the voting analyses; <see langword="null"/> for the defaults.</param>
    /// <param name="validation">The validator's options; <see langword="null"/> for the defaults.</param>
    /// <returns>The diff.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their second parameter (designs or documents), so calls are never ambiguous.")]
    public static DesignDiff Compare(Design from, Design to, AnalysisOptions? voting = null, ValidationOptions? validation = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        return Compare(new DesignDocument(from), new DesignDocument(to), voting, validation);
    }

    /// <summary>Compares two designs loaded from files.</summary>
    /// <param name="from">The first design.</param>
    /// <param name="to">The second design.</param>
    /// <param name="voting">The limits of the voting analyses; <see langword="null"/> for the defaults.</param>
    /// <param name="validation">The validator's options; <see langword="null"/> for the defaults.</param>
    /// <returns>The diff.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their second parameter (designs or documents), so calls are never ambiguous.")]
    public static DesignDiff Compare(DesignDocument from, DesignDocument to, AnalysisOptions? voting = null, ValidationOptions? validation = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var a = from.Design;
        var b = to.Design;
        var power = new PowerCache(voting ?? AnalysisOptions.Default);
        var validator = new DesignValidator(validation ?? ValidationOptions.Default);
        var before = validator.Validate(from).Diagnostics;
        var after = validator.Validate(to).Diagnostics;
        return new DesignDiff(a.Id, b.Id)
        {
            FromFile = from.File,
            ToFile = to.File,
            Changes = ElementChanges(a, b),
            PowerShifts = Shifts(a, b, power),
            DiagnosticsAppeared = Unmatched(after, before),
            DiagnosticsDisappeared = Unmatched(before, after),
        };
    }

    /// <summary>The element changes and power shifts of a comparison, without the validator (evolution asks it from inside validation).</summary>
    internal static (List<ElementChange> Changes, List<PowerShift> Shifts) Structure(Design a, Design b, AnalysisOptions voting) =>
        (ElementChanges(a, b), Shifts(a, b, new PowerCache(voting)));

    internal static List<ElementChange> ElementChanges(Design a, Design b)
    {
        var result = new List<ElementChange>();
        var design = DesignFields(a, b);
        if (design.Count > 0) result.Add(new ElementChange(DiffSection.Design, b.Id, b.Name, ChangeKind.Changed, design));
        Section(result, DiffSection.Sources, a.Sources, b.Sources, s => s.Id, s => s.Title, SourceFields);
        Section(result, DiffSection.Members, a.Members, b.Members, m => m.Id, m => m.Name, MemberFields);
        Section(result, DiffSection.Bodies, a.Bodies, b.Bodies, x => x.Id, x => x.Name, BodyFields);
        Section(result, DiffSection.Principles, a.Principles, b.Principles, p => p.Id, p => p.Title, PrincipleFields);
        Section(result, DiffSection.Phases, a.Phases, b.Phases, p => p.Id, p => p.Name, PhaseFields);
        Section(result, DiffSection.Commitments, [.. a.Phases.SelectMany(p => p.Commitments.Select(c => (p.Id, c)))],
            [.. b.Phases.SelectMany(p => p.Commitments.Select(c => (p.Id, c)))], x => x.c.Id, x => x.c.Action, CommitmentFields);
        Section(result, DiffSection.Treaties, a.Treaties, b.Treaties, t => t.Id, t => t.Name, TreatyFields);
        Section(result, DiffSection.Alignments, a.Alignments, b.Alignments, x => x.Id, x => x.Name ?? "", AlignmentFields);
        // The amendment rules (#16): the general procedure, the entries for parts, the accession procedure.
        Single(result, "amendment", a.Amendment, b.Amendment, AmendmentFields);
        Section(result, DiffSection.Amendment, a.Amendments, b.Amendments, e => e.Id, e => e.Id, EntryFields);
        Single(result, "accession", a.Accession, b.Accession, AccessionFields);
        return result;
    }

    /// <summary>A procedure a design has at most once (<c>amendment</c>, <c>accession</c>), as an element with a fixed id.</summary>
    private static void Single<T>(List<ElementChange> result, string id, T? a, T? b, Func<T, T, List<FieldChange>> fields)
        where T : class
    {
        if (a is null && b is null) return;
        if (a is null || b is null)
        {
            result.Add(new ElementChange(DiffSection.Amendment, id, id, a is null ? ChangeKind.Added : ChangeKind.Removed, []));
            return;
        }

        var changed = fields(a, b);
        if (changed.Count > 0) result.Add(new ElementChange(DiffSection.Amendment, id, id, ChangeKind.Changed, changed));
    }

    private static List<FieldChange> AmendmentFields(AmendmentProcedure a, AmendmentProcedure b)
    {
        var f = new Fields();
        f.Add("rule", a.Rule.ToString(), b.Rule.ToString(), !Equals(a.Rule, b.Rule));
        Ratification(f, a.Ratification, b.Ratification);
        f.Add("source", a.Source, b.Source);
        return f.Result;
    }

    private static List<FieldChange> EntryFields(AmendmentEntry a, AmendmentEntry b)
    {
        var f = new Fields();
        f.Add("covers", List(a.Covers), List(b.Covers));
        f.Add("rule", a.Rule.ToString(), b.Rule.ToString(), !Equals(a.Rule, b.Rule));
        Ratification(f, a.Ratification, b.Ratification);
        f.Add("source", a.Source, b.Source);
        return f.Result;
    }

    private static List<FieldChange> AccessionFields(AccessionProcedure a, AccessionProcedure b)
    {
        var f = new Fields();
        f.Add("rule", a.Rule.ToString(), b.Rule.ToString(), !Equals(a.Rule, b.Rule));
        f.Add("source", a.Source, b.Source);
        return f.Result;
    }

    private static void Ratification(Fields f, EntryIntoForce? a, EntryIntoForce? b)
    {
        f.Add("ratification.rule", a?.Rule.ToString(), b?.Rule.ToString(), !Equals(a?.Rule, b?.Rule));
        f.Add("ratification.delay", Text(a?.Delay), Text(b?.Delay));
        f.Add("ratification.notBefore", Text(a?.NotBefore), Text(b?.NotBefore));
    }

    /// <summary>
    /// Matches elements by id (the k-th element with an id in one design with the k-th with that id in the other), then lists the second
    /// design's elements in order — changed or added — followed by the removed ones in the first design's order.
    /// </summary>
    private static void Section<T>(List<ElementChange> result, DiffSection section, IReadOnlyList<T> a, IReadOnlyList<T> b,
        Func<T, string> id, Func<T, string> name, Func<T, T, List<FieldChange>> fields)
    {
        var keysA = Keys(a, id);
        var keysB = Keys(b, id);
        var byKeyA = new Dictionary<(string, int), T>();
        for (int i = 0; i < a.Count; i++) byKeyA[keysA[i]] = a[i];
        var inB = keysB.ToHashSet();
        for (int i = 0; i < b.Count; i++)
        {
            if (!byKeyA.TryGetValue(keysB[i], out var old))
            {
                result.Add(new ElementChange(section, id(b[i]), name(b[i]), ChangeKind.Added, []));
                continue;
            }

            var changed = fields(old, b[i]);
            if (changed.Count > 0) result.Add(new ElementChange(section, id(b[i]), name(b[i]), ChangeKind.Changed, changed));
        }

        for (int i = 0; i < a.Count; i++)
        {
            if (!inB.Contains(keysA[i])) result.Add(new ElementChange(section, id(a[i]), name(a[i]), ChangeKind.Removed, []));
        }
    }

    private static List<(string, int)> Keys<T>(IReadOnlyList<T> items, Func<T, string> id)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<(string, int)>(items.Count);
        foreach (var item in items)
        {
            var k = id(item);
            seen[k] = seen.TryGetValue(k, out var n) ? n + 1 : 0;
            keys.Add((k, seen[k]));
        }

        return keys;
    }

    private static List<FieldChange> DesignFields(Design a, Design b)
    {
        var f = new Fields();
        f.Add("name", a.Name, b.Name);
        f.Add("description", a.Description, b.Description);
        f.Add("asOf", Text(a.AsOf), Text(b.AsOf));
        f.Add("issueAreas", List(a.IssueAreas), List(b.IssueAreas));
        f.Add("evolvesFrom", a.EvolvesFrom, b.EvolvesFrom);
        return f.Result;
    }

    private static List<FieldChange> SourceFields(Source a, Source b)
    {
        var f = new Fields();
        f.Add("title", a.Title, b.Title);
        f.Add("locator", a.Locator, b.Locator);
        f.Add("date", Text(a.Date), Text(b.Date));
        f.Add("url", a.Url, b.Url);
        f.Add("note", a.Note, b.Note);
        return f.Result;
    }

    private static List<FieldChange> MemberFields(Member a, Member b)
    {
        var f = new Fields();
        f.Add("name", a.Name, b.Name);
        f.Add("kind", a.Kind, b.Kind);
        f.Add("source", a.Source, b.Source);
        foreach (var key in a.Attributes.Keys.Union(b.Attributes.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            f.Add("attributes." + key, Text(a.Attributes.GetValueOrDefault(key)), Text(b.Attributes.GetValueOrDefault(key)));
        }

        return f.Result;
    }

    private static List<FieldChange> BodyFields(Body a, Body b)
    {
        var f = new Fields();
        f.Add("name", a.Name, b.Name);
        f.Add("kind", a.Kind, b.Kind);
        f.Add("voters", List(a.Voters), List(b.Voters));
        f.Add("rule", a.Rule.ToString(), b.Rule.ToString(), !Equals(a.Rule, b.Rule));
        f.Add("decisions", Decisions(a), Decisions(b));
        f.Add("mandate", List(a.Mandate), List(b.Mandate));
        f.Add("chair", a.Chair, b.Chair);
        f.Add("reportsTo", a.ReportsTo, b.ReportsTo);
        f.Add("source", a.Source, b.Source);
        return f.Result;
    }

    private static List<FieldChange> PrincipleFields(Principle a, Principle b)
    {
        var f = new Fields();
        f.Add("title", a.Title, b.Title);
        f.Add("source", a.Source, b.Source);
        f.Add("tags", List(a.Tags), List(b.Tags));
        f.Add("norms", Norms(a.Norms), Norms(b.Norms), !Equals(a.Norms, b.Norms));
        return f.Result;
    }

    private static List<FieldChange> PhaseFields(Phase a, Phase b)
    {
        var f = new Fields();
        f.Add("name", a.Name, b.Name);
        f.Add("after", List(a.After), List(b.After));
        f.Add("window.start", Text(a.Window?.Start), Text(b.Window?.Start));
        f.Add("window.end", Text(a.Window?.End), Text(b.Window?.End));
        f.Add("window.within", Text(a.Window?.Within), Text(b.Window?.Within));
        f.Add("requires", List(a.Requires.Select(r => r.ToString())), List(b.Requires.Select(r => r.ToString())));
        f.Add("source", a.Source, b.Source);
        return f.Result;
    }

    private static List<FieldChange> CommitmentFields((string Phase, Commitment C) a, (string Phase, Commitment C) b)
    {
        var f = new Fields();
        f.Add("phase", a.Phase, b.Phase);
        f.Add("by", List(a.C.By), List(b.C.By));
        f.Add("action", a.C.Action, b.C.Action);
        f.Add("to", List(a.C.To), List(b.C.To));
        f.Add("due", Text(a.C.Due), Text(b.C.Due));
        f.Add("within", Text(a.C.Within), Text(b.C.Within));
        f.Add("inExchangeFor", List(a.C.InExchangeFor), List(b.C.InExchangeFor));
        f.Add("source", a.C.Source, b.C.Source);
        return f.Result;
    }

    private static List<FieldChange> TreatyFields(Treaty a, Treaty b)
    {
        var f = new Fields();
        f.Add("name", a.Name, b.Name);
        f.Add("parties", List(a.Parties), List(b.Parties));
        f.Add("openedForSignature", Text(a.OpenedForSignature), Text(b.OpenedForSignature));
        f.Add("requires", List(a.Requires.Select(r => r.ToString())), List(b.Requires.Select(r => r.ToString())));
        f.Add("entryIntoForce.rule", a.EntryIntoForce?.Rule.ToString(), b.EntryIntoForce?.Rule.ToString(), !Equals(a.EntryIntoForce?.Rule, b.EntryIntoForce?.Rule));
        f.Add("entryIntoForce.delay", Text(a.EntryIntoForce?.Delay), Text(b.EntryIntoForce?.Delay));
        f.Add("entryIntoForce.notBefore", Text(a.EntryIntoForce?.NotBefore), Text(b.EntryIntoForce?.NotBefore));
        f.Add("ratifications", Ratifications(a.Ratifications), Ratifications(b.Ratifications), !Equals(a.Ratifications, b.Ratifications));
        f.Add("withdrawal.notice", Text(a.Withdrawal?.Notice), Text(b.Withdrawal?.Notice));
        f.Add("withdrawal.notBefore", Text(a.Withdrawal?.NotBefore), Text(b.Withdrawal?.NotBefore));
        f.Add("source", a.Source, b.Source);
        return f.Result;
    }

    private static List<FieldChange> AlignmentFields(Alignment a, Alignment b)
    {
        var f = new Fields();
        f.Add("name", a.Name, b.Name);
        f.Add("blocs", Blocs(a), Blocs(b));
        f.Add("excluded", List(a.Excluded), List(b.Excluded));
        f.Add("source", a.Source, b.Source);
        f.Add("note", a.Note, b.Note);
        return f.Result;
    }

    /// <summary>The blocs as written: <c>[us, jp, kr]; [cn, ru]</c>; null when none.</summary>
    private static string? Blocs(Alignment a) => a.Blocs.Count == 0 ? null : string.Join("; ", a.Blocs.Select(b => "[" + string.Join(", ", b) + "]"));

    /// <summary>The matters other than the default (which is <c>rule</c>), each as <c>matter: rule</c> with its quorum; null when none.</summary>
    private static string? Decisions(Body body)
    {
        var named = body.Decisions.Where(d => !d.IsDefault).ToList();
        var defaultQuorum = body.Decisions.FirstOrDefault(d => d.IsDefault)?.Quorum;
        var parts = named.Select(d => d.Matter + ": " + d.Rule + (d.Quorum is { } q ? " (quorum " + q + ")" : "")).ToList();
        if (defaultQuorum is not null) parts.Insert(0, "default quorum " + defaultQuorum);
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private sealed class Fields
    {
        public List<FieldChange> Result { get; } = [];

        public void Add(string field, string? before, string? after, bool? differs = null)
        {
            if (differs ?? !string.Equals(before, after, StringComparison.Ordinal)) Result.Add(new FieldChange(field, before, after));
        }
    }

    private static string? List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : string.Join(", ", list);
    }

    private static string? Norms(IReadOnlyList<Norm> norms) => norms.Count == 0 ? null : string.Join("; ", norms.Select(n =>
        n.Subject + " " + n.Deontic switch { Deontic.Must => "must", Deontic.MustNot => "mustNot", _ => "may" } + " " + n.Action
        + (n.When.Count > 0 ? " when " + string.Join(", ", n.When) : "") + (n.Unless.Count > 0 ? " unless " + string.Join(", ", n.Unless) : "")));

    private static string? Ratifications(IReadOnlyList<Ratification> events) => events.Count == 0 ? null : string.Join(", ", events.Select(r =>
        r.Member + " " + (r.Kind switch { RatificationKind.Ratified => "ratified", RatificationKind.Revoked => "revoked", _ => "withdrew" }) + " " + Kernel.IsoDate.Format(r.Date)));

    private static string? Text(LocalDate? d) => d is { } v ? Kernel.IsoDate.Format(v) : null;

    private static string? Text(Period? p) => p?.ToString();

    private static string? Text(AttributeValue? v) => v is null ? null
        : (v.Value.ToDecimalString() ?? v.Value.ToString()) + (v.AsOf is { } d ? " (as of " + Kernel.IsoDate.Format(d) + ")" : "") + (v.Source is { } s ? " [" + s + "]" : "");

    private static List<PowerShift> Shifts(Design a, Design b, PowerCache power)
    {
        var result = new List<PowerShift>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in b.Members.Concat(a.Members)) names.TryAdd(m.Id, m.Name);
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var bodyB in b.Bodies)
        {
            if (!matched.Add(bodyB.Id)) continue;
            var bodyA = a.FindBody(bodyB.Id);
            var after = power.Of(b, bodyB);
            var before = bodyA is null ? null : power.Of(a, bodyA);
            var ternaryAfter = power.TernaryOf(b, bodyB);
            var ternaryBefore = bodyA is null ? null : power.TernaryOf(a, bodyA);
            if (before is not null && SameGame(before, after) && SameTernary(ternaryBefore, ternaryAfter)) continue;
            Add(result, bodyB, before, after, bodyA is null ? ChangeKind.Added : ChangeKind.Changed, names, ternaryBefore, ternaryAfter);
        }

        foreach (var bodyA in a.Bodies)
        {
            if (b.FindBody(bodyA.Id) is not null || !matched.Add(bodyA.Id)) continue;
            Add(result, bodyA, power.Of(a, bodyA), null, ChangeKind.Removed, names, power.TernaryOf(a, bodyA), null);
        }

        return result;
    }

    /// <summary>Same voters in the same order and the same figures for each: the game may be written differently, but power did not move.</summary>
    private static bool SameGame(GameAnalysis a, GameAnalysis b) =>
        a.Game.Voters.SequenceEqual(b.Game.Voters, StringComparer.Ordinal)
        && a.Members.Zip(b.Members).All(p => p.First.ShapleyShubik == p.Second.ShapleyShubik && p.First.Banzhaf == p.Second.Banzhaf
            && p.First.IsVeto == p.Second.IsVeto && p.First.IsDummy == p.Second.IsDummy)
        && a.NotComputed.SequenceEqual(b.NotComputed);

    /// <summary>Both without a ternary game, or both with the same voters and ternary figures.</summary>
    private static bool SameTernary(TernaryAnalysis? a, TernaryAnalysis? b) =>
        (a is null && b is null)
        || (a is not null && b is not null && a.Game.Voters.SequenceEqual(b.Game.Voters, StringComparer.Ordinal)
            && a.Members.Zip(b.Members).All(p => p.First.ShapleyShubik == p.Second.ShapleyShubik && p.First.Banzhaf == p.Second.Banzhaf)
            && a.NotComputed.SequenceEqual(b.NotComputed));

    private static (Rational? Ss, Rational? Bz) TernaryFigures(TernaryAnalysis? analysis, string member)
    {
        if (analysis is null) return (null, null);
        var p = analysis.Members.FirstOrDefault(m => string.Equals(m.Id, member, StringComparison.Ordinal));
        return p is null ? (Rational.Zero, Rational.Zero) : (p.ShapleyShubik, p.Banzhaf);
    }

    private static void Add(List<PowerShift> result, Body body, GameAnalysis? before, GameAnalysis? after, ChangeKind kind, Dictionary<string, string> names,
        TernaryAnalysis? ternaryBefore, TernaryAnalysis? ternaryAfter)
    {
        bool ternary = ternaryBefore is not null || ternaryAfter is not null;
        var voters = (after?.Game.Voters ?? []).Concat(before?.Game.Voters ?? []).Distinct(StringComparer.Ordinal).ToList();
        foreach (var v in voters)
        {
            var (ssB, bzB, vetoB, dummyB) = Figures(before, v);
            var (ssA, bzA, vetoA, dummyA) = Figures(after, v);
            result.Add(new PowerShift(body.Id, v)
            {
                BodyName = body.Name,
                MemberName = names.GetValueOrDefault(v, v),
                BodyChange = kind,
                ShapleyShubikBefore = ssB,
                ShapleyShubikAfter = ssA,
                BanzhafBefore = bzB,
                BanzhafAfter = bzA,
                VetoBefore = vetoB,
                VetoAfter = vetoA,
                DummyBefore = dummyB,
                DummyAfter = dummyA,
                HasTernary = ternary,
                TernaryShapleyShubikBefore = TernaryFigures(ternaryBefore, v).Ss,
                TernaryShapleyShubikAfter = TernaryFigures(ternaryAfter, v).Ss,
                TernaryBanzhafBefore = TernaryFigures(ternaryBefore, v).Bz,
                TernaryBanzhafAfter = TernaryFigures(ternaryAfter, v).Bz,
            });
        }
    }

    private static (Rational? Ss, Rational? Bz, bool? Veto, bool? Dummy) Figures(GameAnalysis? analysis, string member)
    {
        var p = analysis?.Members.FirstOrDefault(m => string.Equals(m.Id, member, StringComparison.Ordinal));
        if (p is null) return (Rational.Zero, Rational.Zero, false, false);
        return (p.ShapleyShubik, p.Banzhaf, p.IsVeto, p.IsDummy);
    }

    /// <summary>The diagnostics of <paramref name="these"/> not matched (by id and message, as multisets) in <paramref name="others"/>.</summary>
    private static List<Diagnostic> Unmatched(IReadOnlyList<Diagnostic> these, IReadOnlyList<Diagnostic> others)
    {
        var counts = new Dictionary<(string, string), int>();
        foreach (var d in others) counts[(d.Id, d.Message)] = counts.GetValueOrDefault((d.Id, d.Message)) + 1;
        var result = new List<Diagnostic>();
        foreach (var d in these)
        {
            if (counts.GetValueOrDefault((d.Id, d.Message)) is > 0 and var n) counts[(d.Id, d.Message)] = n - 1;
            else result.Add(d);
        }

        return result;
    }

    internal static string Invariant(int i) => i.ToString(CultureInfo.InvariantCulture);
}
