using Napsm.Core.Model;

namespace Napsm.Core.Testing;

/// <summary>Everything a design refers to, as <c>kind:id</c> keys, so shrinking can drop only what nothing uses.</summary>
internal static class References
{
    // Design.References is the one walk; a weight attribute names no element, so nothing can be dropped for it.
    public static HashSet<string> Of(Design d) => d.References()
        .Where(r => r.Kind is not null && !(r.Kind == ElementKind.Member && r.Id == "*"))
        .Select(r => ElementRef.KindName(r.Kind!.Value) + ":" + r.Id)
        .ToHashSet(StringComparer.Ordinal);
}
