using NodaTime;

namespace Napsm.Core.Model;

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
