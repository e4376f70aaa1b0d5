using Napsm.Core.Model;

namespace Napsm.Core.Validation;

/// <summary>How the built-in rules record the elements a diagnostic names (<see cref="Diagnostic.Involves"/>).</summary>
internal static class Involvement
{
    /// <summary>The diagnostic, also naming the members <paramref name="ids"/>, each once, after those it names already.</summary>
    public static Diagnostic NamingMembers(this Diagnostic diagnostic, params IEnumerable<string> ids) =>
        diagnostic.Naming(ids.Select(id => new ElementRef(ElementKind.Member, id)));

    /// <summary>The diagnostic, also naming <paramref name="elements"/>, each once, after those it names already.</summary>
    public static Diagnostic Naming(this Diagnostic diagnostic, IEnumerable<ElementRef> elements)
    {
        var list = diagnostic.Involves.ToList();
        foreach (var e in elements)
        {
            if (!list.Contains(e)) list.Add(e);
        }

        return list.Count == diagnostic.Involves.Count ? diagnostic : diagnostic with { Involves = list };
    }
}
