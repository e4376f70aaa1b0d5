using NodaTime;

namespace Napsm.Core.Model;

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
