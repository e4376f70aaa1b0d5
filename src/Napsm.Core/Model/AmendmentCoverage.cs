namespace Napsm.Core.Model;

/// <summary>Which entry of a design's <c>amendments</c> governs a part of it: the one owner of #16's "most specific entry" rule.</summary>
internal static class AmendmentCoverage
{
    /// <summary>
    /// The entry naming the part exactly (<c>bodies/council</c>), else one naming its kind (<c>bodies</c>), the first in order;
    /// with what it covers the part as. Both null when no entry covers the part (the general amendment rule applies).
    /// </summary>
    public static (AmendmentEntry? Entry, string? Covered) MostSpecific(Design design, string part)
    {
        foreach (var e in design.Amendments)
        {
            if (e.Covers.Contains(part, StringComparer.Ordinal)) return (e, part);
        }

        int slash = part.IndexOf('/', StringComparison.Ordinal);
        var kind = slash < 0 ? part : part[..slash];
        foreach (var e in design.Amendments)
        {
            if (e.Covers.Contains(kind, StringComparer.Ordinal)) return (e, kind);
        }

        return (null, null);
    }
}
