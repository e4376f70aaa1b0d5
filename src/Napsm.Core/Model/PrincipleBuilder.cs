namespace Napsm.Core.Model;

/// <summary>Builds a <see cref="Model.Principle"/>: its source, tags and norms.</summary>
public sealed class PrincipleBuilder
{
    private Principle _principle;
    private readonly List<Norm> _norms = [];

    internal PrincipleBuilder(string id, string title) => _principle = new Principle(id, title);

    /// <summary>Sets the source.</summary>
    /// <param name="source">The id of the source the principle comes from.</param>
    /// <returns>This builder.</returns>
    public PrincipleBuilder Source(string source)
    {
        _principle = _principle with { Source = Guard.NotNull(source) };
        return this;
    }

    /// <summary>Sets the tags.</summary>
    /// <param name="tags">Tags from <see cref="PrincipleTags"/> (they switch on checks against the rest of the design).</param>
    /// <returns>This builder.</returns>
    public PrincipleBuilder Tags(params IEnumerable<string> tags)
    {
        _principle = _principle with { Tags = ValueList<string>.From(tags) };
        return this;
    }

    /// <summary>Adds a norm.</summary>
    /// <param name="norm">The norm.</param>
    /// <returns>This builder.</returns>
    public PrincipleBuilder Norm(Norm norm)
    {
        _norms.Add(Guard.NotNull(norm));
        return this;
    }

    /// <summary>Adds a norm: who must, must not or may do what, when and unless which conditions.</summary>
    /// <param name="subject">Who it binds: a member id, or <c>*</c> for every member.</param>
    /// <param name="deontic">Must, must not, or may.</param>
    /// <param name="action">The action, as a short identifier such as <c>use-force</c>.</param>
    /// <param name="when">The conditions under which it applies; optional.</param>
    /// <param name="unless">The conditions that lift it; optional.</param>
    /// <returns>This builder.</returns>
    public PrincipleBuilder Norm(string subject, Deontic deontic, string action, IEnumerable<string>? when = null, IEnumerable<string>? unless = null) =>
        Norm(new Norm(subject, deontic, action) { When = ValueList<string>.From(when ?? []), Unless = ValueList<string>.From(unless ?? []) });

    internal Principle Build() => _principle with { Norms = _norms };
}
