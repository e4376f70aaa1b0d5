using System.Globalization;
using System.Text;
using Napsm.Core.Kernel;
using Napsm.Core.Model;

namespace Napsm.Core.Validation;

/// <summary>JSON pointers (RFC 6901) into a design file, built the same way by every rule.</summary>
internal static class Pointers
{
    /// <summary>The top-level sections in the order of the file format: the first key of the report order.</summary>
    internal static readonly string[] SectionOrder =
        ["$schema", "format", "id", "name", "description", "asOf", "sources", "issueAreas", "members", "bodies", "principles", "phases", "treaties", "timing", "alignments", "suppress"];

    public static string Escape(string segment) => Kernel.JsonPointers.Escape(segment);

    public static string Unescape(string segment) => Kernel.JsonPointers.Unescape(segment);

    public static string Index(string parent, int index) => DesignPointers.Index(parent, index);

    public static string Key(string parent, string key) => DesignPointers.Key(parent, key);

    public static string Source(int i) => DesignPointers.Source(i);

    public static string IssueArea(int i) => DesignPointers.IssueArea(i);

    public static string Member(int i) => DesignPointers.Member(i);

    public static string Body(int i) => DesignPointers.Body(i);

    public static string Principle(int i) => DesignPointers.Principle(i);

    public static string Norm(int principle, int norm) => DesignPointers.Norm(principle, norm);

    public static string Phase(int i) => DesignPointers.Phase(i);

    public static string Commitment(int phase, int commitment) => DesignPointers.Commitment(phase, commitment);

    public static string Treaty(int i) => DesignPointers.Treaty(i);

    public static string Timing(int i) => DesignPointers.Timing(i);

    /// <summary>
    /// The element whose entry holds <paramref name="pointer"/> — the inverse of <see cref="Member"/>, <see cref="Body"/>,
    /// <see cref="Commitment"/> and the other element pointers, so that no reader of diagnostics takes pointers apart itself (see
    /// <see cref="DiagnosticLocation.Element"/>); <see langword="null"/> when the pointer is in no element or names an index the design
    /// does not have.
    /// </summary>
    public static ElementRef? ElementOf(Design design, string pointer)
    {
        var s = Segments(pointer);
        if (s.Length < 2 || !TryIndex(s[1], out int i)) return null;
        return s[0] switch
        {
            "sources" when i < design.Sources.Count => new ElementRef(ElementKind.Source, design.Sources[i].Id),
            "members" when i < design.Members.Count => new ElementRef(ElementKind.Member, design.Members[i].Id),
            "bodies" when i < design.Bodies.Count => new ElementRef(ElementKind.Body, design.Bodies[i].Id),
            "principles" when i < design.Principles.Count => new ElementRef(ElementKind.Principle, design.Principles[i].Id),
            "phases" when i < design.Phases.Count => s.Length >= 4 && s[2] == "commitments" && TryIndex(s[3], out int c) && c < design.Phases[i].Commitments.Count
                ? new ElementRef(ElementKind.Commitment, design.Phases[i].Commitments[c].Id)
                : new ElementRef(ElementKind.Phase, design.Phases[i].Id),
            "treaties" when i < design.Treaties.Count => new ElementRef(ElementKind.Treaty, design.Treaties[i].Id),
            _ => null,
        };
    }

    private static bool TryIndex(string segment, out int index)
    {
        index = -1;
        if (segment.Length == 0 || segment.Length > 9 || !segment.All(char.IsAsciiDigit) || (segment.Length > 1 && segment[0] == '0')) return false;
        index = int.Parse(segment, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Whether <paramref name="pointer"/> is <paramref name="at"/> or lies under it.</summary>
    public static bool IsAtOrUnder(string pointer, string at) => JsonPointers.IsAtOrUnder(pointer, at);

    /// <summary>Every clause of a rule with its pointer, the rule itself first, then its clauses depth-first.</summary>
    public static IEnumerable<(string Pointer, DecisionRule Rule)> Clauses(DecisionRule rule, string at) =>
        ClauseSites(rule, at).Select(c => (c.Pointer, c.Rule));

    /// <summary>
    /// Every clause of a rule with its pointer and whether it lies inside a quorum (where bases are not read), the rule itself first,
    /// then its clauses depth-first, then its quorum's.
    /// </summary>
    public static IEnumerable<ClauseSite> ClauseSites(DecisionRule rule, string at) => ClauseSites(rule, at, inQuorum: false);

    private static IEnumerable<ClauseSite> ClauseSites(DecisionRule rule, string at, bool inQuorum)
    {
        yield return new ClauseSite(at, rule, inQuorum);
        var (all, clauses) = rule switch
        {
            AllRule a => (true, a.Clauses),
            AnyRule a => (false, a.Clauses),
            _ => (false, (IReadOnlyList<DecisionRule>)[]),
        };
        for (int i = 0; i < clauses.Count; i++)
        {
            foreach (var c in ClauseSites(clauses[i], DesignPointers.Clause(at, all, i), inQuorum)) yield return c;
        }

        var quorum = rule switch
        {
            HeadCountRule { Quorum: { } q } => (q, DesignPointers.Quorum(at)),
            WeightedRule { Quorum: { } q } => (q, DesignPointers.WeightedQuorum(at)),
            _ => ((DecisionRule?)null, ""),
        };
        if (quorum.Item1 is { } quorumRule)
        {
            foreach (var c in ClauseSites(quorumRule, quorum.Item2, inQuorum: true)) yield return c;
        }
    }

    /// <summary>
    /// The pointer of a body's matter <paramref name="k"/> (an index of <see cref="Body.Decisions"/>): the body's <c>rule</c> for the
    /// default matter, else its entry of <c>decisions</c>. <see cref="BodyRule"/> is matter 0, the rule of <see cref="Body.Rule"/>.
    /// </summary>
    public static string Decision(int bodyIndex, Body body, int k) => DesignPointers.Decision(bodyIndex, body.Decisions[0].IsDefault, k);

    /// <summary>The pointer of the rule of a body's matter <paramref name="k"/>.</summary>
    public static string DecisionRule(int bodyIndex, Body body, int k) => DesignPointers.DecisionRule(bodyIndex, body.Decisions[0].IsDefault, k);

    /// <summary>The pointer of the rule of <see cref="Body.Rule"/> (matter 0).</summary>
    public static string BodyRule(int bodyIndex, Body body) => DecisionRule(bodyIndex, body, 0);

    /// <summary>Splits a pointer into unescaped segments.</summary>
    public static string[] Segments(string pointer) =>
        pointer.Length == 0 ? [] : pointer[1..].Split('/').Select(Unescape).ToArray();

    /// <summary>A short, readable form of a pointer for messages.</summary>
    public static string Show(string pointer) => pointer.Length == 0 ? "the design" : pointer;

    /// <summary>The longest rule text a message quotes; a longer rule is cut there and ends with "…".</summary>
    internal const int MaxQuotedRule = 300;

    /// <summary>
    /// A rule quoted for a message, cut at <see cref="MaxQuotedRule"/> characters: a rule of 20,000 clauses would otherwise put
    /// 600 KB into every diagnostic about it. The pointer in the diagnostic locates the whole rule.
    /// </summary>
    internal static string QuoteRule(Model.DecisionRule rule)
    {
        var text = rule.ToString();
        if (text.Length <= MaxQuotedRule) return Quote(text);
        int cut = MaxQuotedRule - 1;
        if (char.IsLowSurrogate(text[cut])) cut--;
        return Quote(string.Concat(text.AsSpan(0, cut), "…"));
    }

    internal static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2);
        sb.Append('\'');
        foreach (var c in text)
        {
            // Control and bidirectional characters would garble a message; show them as escapes.
            if (char.IsControl(c) || Text.IsBidiControl(c)) sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else sb.Append(c);
        }

        return sb.Append('\'').ToString();
    }
}

/// <summary>A clause of a rule: its pointer, the clause, and whether it lies inside a quorum.</summary>
internal readonly record struct ClauseSite(string Pointer, DecisionRule Rule, bool InQuorum);

/// <summary>The report order of diagnostics (see <see cref="DesignValidator"/>).</summary>
internal sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        int c = ComparePointers(x.Location.JsonPointer, y.Location.JsonPointer);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Id, y.Id);
        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }

    public static int ComparePointers(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return 0;
        return CompareSegments(Pointers.Segments(a), Pointers.Segments(b));
    }

    /// <summary>The order of <see cref="ComparePointers"/>, on pointers already split into segments.</summary>
    public static int CompareSegments(string[] sa, string[] sb)
    {
        for (int i = 0; i < Math.Min(sa.Length, sb.Length); i++)
        {
            int c = i == 0 ? CompareSections(sa[0], sb[0]) : CompareSegments(sa[i], sb[i]);
            if (c != 0) return c;
        }

        return sa.Length.CompareTo(sb.Length);
    }

    private static int CompareSections(string a, string b)
    {
        int ra = Array.IndexOf(Pointers.SectionOrder, a), rb = Array.IndexOf(Pointers.SectionOrder, b);
        if (ra < 0) ra = int.MaxValue;
        if (rb < 0) rb = int.MaxValue;
        return ra != rb ? ra.CompareTo(rb) : string.CompareOrdinal(a, b);
    }

    private static int CompareSegments(string a, string b)
    {
        bool na = IsIndex(a), nb = IsIndex(b);
        if (na && nb)
        {
            int c = a.Length.CompareTo(b.Length);
            return c != 0 ? c : string.CompareOrdinal(a, b);
        }

        if (na != nb) return na ? -1 : 1;
        return string.CompareOrdinal(a, b);
    }

    private static bool IsIndex(string s) => s.Length > 0 && s.All(char.IsAsciiDigit) && (s.Length == 1 || s[0] != '0');
}
