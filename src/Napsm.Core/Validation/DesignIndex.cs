using Napsm.Core.Treaties;
using Napsm.Core.Model;

namespace Napsm.Core.Validation;

/// <summary>
/// Lookup tables over a design, built once per validation run: the first element of each id per kind (later duplicates are NAPSM0101),
/// with its index and pointer, and readable names for messages.
/// </summary>
internal sealed class DesignIndex
{
    public DesignIndex(Design design)
    {
        Design = design;
        Members = First(design.Members.Select(m => m.Id));
        Bodies = First(design.Bodies.Select(b => b.Id));
        Principles = First(design.Principles.Select(p => p.Id));
        Phases = First(design.Phases.Select(p => p.Id));
        Treaties = First(design.Treaties.Select(t => t.Id));
        Sources = First(design.Sources.Select(s => s.Id));
        var commitments = new Dictionary<string, (int Phase, int Index)>(StringComparer.Ordinal);
        for (int p = 0; p < design.Phases.Count; p++)
        {
            var list = design.Phases[p].Commitments;
            for (int c = 0; c < list.Count; c++) commitments.TryAdd(list[c].Id, (p, c));
        }

        Commitments = commitments;
        Attributes = design.Members.SelectMany(m => m.Attributes.Keys).ToHashSet(StringComparer.Ordinal);
    }

    public Design Design { get; }

    public IReadOnlyDictionary<string, int> Members { get; }

    public IReadOnlyDictionary<string, int> Bodies { get; }

    public IReadOnlyDictionary<string, int> Principles { get; }

    public IReadOnlyDictionary<string, int> Phases { get; }

    public IReadOnlyDictionary<string, int> Treaties { get; }

    public IReadOnlyDictionary<string, int> Sources { get; }

    public IReadOnlyDictionary<string, (int Phase, int Index)> Commitments { get; }

    /// <summary>Every attribute name any member has.</summary>
    public IReadOnlySet<string> Attributes { get; }

    /// <summary>The ids of a kind, for "did you mean".</summary>
    public IEnumerable<string> IdsOf(ElementKind kind) => kind switch
    {
        ElementKind.Member => Members.Keys,
        ElementKind.Body => Bodies.Keys,
        ElementKind.Principle => Principles.Keys,
        ElementKind.Phase => Phases.Keys,
        ElementKind.Commitment => Commitments.Keys,
        ElementKind.Treaty => Treaties.Keys,
        ElementKind.Source => Sources.Keys,
        _ => [],
    };

    /// <summary>Whether an element of the kind has the id.</summary>
    public bool Exists(ElementKind kind, string id) => kind switch
    {
        ElementKind.Member => Members.ContainsKey(id),
        ElementKind.Body => Bodies.ContainsKey(id),
        ElementKind.Principle => Principles.ContainsKey(id),
        ElementKind.Phase => Phases.ContainsKey(id),
        ElementKind.Commitment => Commitments.ContainsKey(id),
        ElementKind.Treaty => Treaties.ContainsKey(id),
        ElementKind.Source => Sources.ContainsKey(id),
        _ => false,
    };

    /// <summary>The pointer of the (first) element of a kind with an id, or <see langword="null"/>.</summary>
    public string? PointerOf(ElementKind kind, string id)
    {
        if (kind == ElementKind.Commitment) return Commitments.TryGetValue(id, out var pc) ? Pointers.Commitment(pc.Phase, pc.Index) : null;
        var (map, make) = kind switch
        {
            ElementKind.Member => (Members, (Func<int, string>)Pointers.Member),
            ElementKind.Body => (Bodies, Pointers.Body),
            ElementKind.Principle => (Principles, Pointers.Principle),
            ElementKind.Phase => (Phases, Pointers.Phase),
            ElementKind.Treaty => (Treaties, Pointers.Treaty),
            _ => (Sources, Pointers.Source),
        };
        return map.TryGetValue(id, out var i) ? make(i) : null;
    }

    /// <summary>A member for messages: <c>member 'kp' (DPRK)</c>, or just <c>member 'kp'</c> when there is no such member.</summary>
    public string Member(string id) => Members.TryGetValue(id, out var i) ? Describe.Member(Design.Members[i]) : "member " + Pointers.Quote(id);

    /// <summary>A body for messages.</summary>
    public string Body(string id) => Bodies.TryGetValue(id, out var i) ? Describe.Body(Design.Bodies[i]) : "body " + Pointers.Quote(id);

    /// <summary>A phase for messages.</summary>
    public string Phase(string id) => Phases.TryGetValue(id, out var i) ? Describe.Phase(Design.Phases[i]) : "phase " + Pointers.Quote(id);

    /// <summary>A treaty for messages.</summary>
    public string Treaty(string id) => Treaties.TryGetValue(id, out var i) ? Describe.Treaty(Design.Treaties[i]) : "treaty " + Pointers.Quote(id);

    /// <summary>A commitment for messages.</summary>
    public string Commitment(string id) => Commitments.TryGetValue(id, out var pc)
        ? Describe.Commitment(Design.Phases[pc.Phase].Commitments[pc.Index])
        : "commitment " + Pointers.Quote(id);

    private static Dictionary<string, int> First(IEnumerable<string> ids)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        int i = 0;
        foreach (var id in ids) map.TryAdd(id, i++);
        return map;
    }
}

/// <summary>How messages name elements: kind, id and name, as in <c>body 'council' (Ministerial Council)</c>.</summary>
internal static class Describe
{
    public static string Member(Member m) => Named("member", m.Id, m.Name);

    public static string Body(Body b) => Named("body", b.Id, b.Name);

    public static string Principle(Principle p) => Named("principle", p.Id, p.Title);

    public static string Phase(Phase p) => Named("phase", p.Id, p.Name);

    public static string Commitment(Commitment c) => Named("commitment", c.Id, c.Action);

    public static string Treaty(Treaty t) => Named("treaty", t.Id, t.Name);

    public static string Source(Source s) => Named("source", s.Id, s.Title);

    public static string Kind(ElementKind kind) => ElementRef.KindName(kind);

    /// <summary>Why a treaty is blocked, in words (the one wording of <see cref="TreatyStatus.BlockedBecause"/>); null when it is not.</summary>
    public static string? Blocked(TreatyStatus s)
    {
        var names = string.Join(", ", s.Blockers);
        bool one = s.Blockers.Count == 1;
        return s.BlockedBecause switch
        {
            TreatyBlockReason.NeedsNonParties => $"the rule needs {names}, who {(one ? "is not a party" : "are not parties")}",
            TreatyBlockReason.RuleCannotBeMet => "the rule cannot be met even if every party ratifies",
            TreatyBlockReason.Withdrawals => $"{names} {(one ? "has" : "have")} withdrawn, and the rule cannot be met without {(one ? "it" : "them")}",
            _ => null,
        };
    }

    private static string Named(string kind, string id, string name) =>
        string.IsNullOrEmpty(name) || string.Equals(name, id, StringComparison.Ordinal)
            ? kind + " " + Pointers.Quote(id)
            : kind + " " + Pointers.Quote(id) + " (" + Pointers.Quote(name)[1..^1] + ")";
}
