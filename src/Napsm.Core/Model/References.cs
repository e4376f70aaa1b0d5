using NodaTime;

namespace Napsm.Core.Model;

/// <summary>The kinds of element a design holds.</summary>
public enum ElementKind
{
    /// <summary>A member.</summary>
    Member,

    /// <summary>A body.</summary>
    Body,

    /// <summary>A principle.</summary>
    Principle,

    /// <summary>A phase.</summary>
    Phase,

    /// <summary>A commitment.</summary>
    Commitment,

    /// <summary>A treaty.</summary>
    Treaty,

    /// <summary>A source.</summary>
    Source,
}

/// <summary>A reference to an element by kind and id, written <c>treaty:npt</c>, <c>phase:initial-actions</c> or <c>commitment:hfo-50k</c> in files.</summary>
/// <param name="Kind">The kind of element.</param>
/// <param name="Id">The element's id.</param>
public readonly record struct ElementRef(ElementKind Kind, string Id)
{
    /// <summary>The written form, such as <c>treaty:npt</c>.</summary>
    public override string ToString() => KindName(Kind) + ":" + Id;

    /// <summary>The lower-case name of a kind, as written in references (<c>treaty</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string KindName(ElementKind kind) => kind switch
    {
        ElementKind.Member => "member",
        ElementKind.Body => "body",
        ElementKind.Principle => "principle",
        ElementKind.Phase => "phase",
        ElementKind.Commitment => "commitment",
        ElementKind.Treaty => "treaty",
        ElementKind.Source => "source",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown element kind."),
    };

    /// <summary>Parses <c>KIND:ID</c>, where KIND is one of member, body, principle, phase, commitment, treaty, source.</summary>
    /// <param name="text">The text.</param>
    /// <param name="reference">The reference, when the text is well formed.</param>
    /// <returns>Whether the text is well formed.</returns>
    public static bool TryParse(string? text, out ElementRef reference)
    {
        reference = default;
        if (string.IsNullOrEmpty(text)) return false;
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1) return false;
        var id = text[(colon + 1)..];
        foreach (var kind in Enum.GetValues<ElementKind>())
        {
            if (string.Equals(KindName(kind), text[..colon], StringComparison.Ordinal))
            {
                reference = new ElementRef(kind, id);
                return true;
            }
        }

        return false;
    }
}

/// <summary>Which moment of an element an event is.</summary>
public enum EventKind
{
    /// <summary>A phase's start (<c>PHASE.start</c>).</summary>
    Start,

    /// <summary>A phase's end (<c>PHASE.end</c>).</summary>
    End,

    /// <summary>A commitment's due date (<c>COMMITMENT.due</c>).</summary>
    Due,

    /// <summary>A treaty's entry into force (<c>TREATY.inForce</c>).</summary>
    InForce,
}

/// <summary>An event in time: a phase's start or end, a commitment's due date, a treaty's entry into force.</summary>
/// <param name="Id">The id of the phase, commitment or treaty.</param>
/// <param name="Kind">Which moment.</param>
public readonly record struct EventRef(string Id, EventKind Kind)
{
    /// <summary>The written form, such as <c>initial-actions.end</c>.</summary>
    public override string ToString() => Id + "." + KindName(Kind);

    /// <summary>The suffix of a kind as written (<c>start</c>, <c>end</c>, <c>due</c>, <c>inForce</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The suffix.</returns>
    public static string KindName(EventKind kind) => kind switch
    {
        EventKind.Start => "start",
        EventKind.End => "end",
        EventKind.Due => "due",
        EventKind.InForce => "inForce",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown event kind."),
    };

    /// <summary>The element kind an event of this kind belongs to.</summary>
    public ElementKind ElementKind => Kind switch
    {
        EventKind.Start or EventKind.End => ElementKind.Phase,
        EventKind.Due => ElementKind.Commitment,
        _ => ElementKind.Treaty,
    };

    /// <summary>Parses <c>ID.start</c>, <c>ID.end</c>, <c>ID.due</c> or <c>ID.inForce</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="reference">The event, when the text is well formed.</param>
    /// <returns>Whether the text is well formed.</returns>
    public static bool TryParse(string? text, out EventRef reference)
    {
        reference = default;
        if (string.IsNullOrEmpty(text)) return false;
        int dot = text.LastIndexOf('.');
        if (dot <= 0) return false;
        var suffix = text[(dot + 1)..];
        foreach (var kind in Enum.GetValues<EventKind>())
        {
            if (string.Equals(KindName(kind), suffix, StringComparison.Ordinal))
            {
                reference = new EventRef(text[..dot], kind);
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// A bound between two events: <see cref="To"/> happens at least <see cref="AtLeast"/> and at most <see cref="AtMost"/> after
/// <see cref="From"/>. Together the design's constraints form a Simple Temporal Network.
/// </summary>
public sealed record TimingConstraint
{
    /// <summary>Creates a constraint.</summary>
    /// <param name="from">The earlier event.</param>
    /// <param name="to">The later event.</param>
    public TimingConstraint(EventRef from, EventRef to)
    {
        From = from;
        To = to;
    }

    /// <summary>The earlier event.</summary>
    public EventRef From { get; init; }

    /// <summary>The later event.</summary>
    public EventRef To { get; init; }

    /// <summary>The least time from <see cref="From"/> to <see cref="To"/>; optional (may be negative to allow <see cref="To"/> first).</summary>
    public Period? AtLeast { get; init; }

    /// <summary>The most time from <see cref="From"/> to <see cref="To"/>; optional.</summary>
    public Period? AtMost { get; init; }

    /// <summary>The id of the source; optional.</summary>
    public string? Source { get; init; }

    /// <summary>A note saying where the constraint comes from; optional.</summary>
    public string? Note { get; init; }
}

/// <summary>A diagnostic the design's authors have reviewed and accept, with their reason.</summary>
public sealed record Suppression
{
    /// <summary>Creates a suppression.</summary>
    /// <param name="id">The diagnostic id, such as <c>NAPSM0304</c>.</param>
    public Suppression(string id) => Id = id;

    /// <summary>The diagnostic id, such as <c>NAPSM0304</c>.</summary>
    public string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>A JSON pointer: only diagnostics at or below it are suppressed; optional (everywhere).</summary>
    public string? At { get; init; }

    /// <summary>Why the diagnostic is accepted; optional but recommended.</summary>
    public string? Why { get; init; }
}

internal static class Guard
{
    public static T NotNull<T>(T? value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class => value ?? throw new ArgumentNullException(name);
}
