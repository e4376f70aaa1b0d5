using NodaTime;

namespace Napsm.Core.Model;

/// <summary>Builds a <see cref="Model.Member"/>.</summary>
public sealed class MemberBuilder
{
    private Member _member;
    private readonly List<KeyValuePair<string, AttributeValue>> _attributes = [];

    internal MemberBuilder(string id, string name) => _member = new Member(id, name);

    /// <summary>Sets the kind (<c>state</c>, <c>organisation</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>This builder.</returns>
    public MemberBuilder Kind(string kind)
    {
        _member = _member with { Kind = kind };
        return this;
    }

    /// <summary>Sets a numeric attribute.</summary>
    /// <param name="name">The attribute's name, such as <c>population</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public MemberBuilder Attribute(string name, AttributeValue value)
    {
        _attributes.Add(new(name, value));
        return this;
    }

    /// <summary>Sets a numeric attribute.</summary>
    /// <param name="name">The attribute's name.</param>
    /// <param name="value">The exact value.</param>
    /// <returns>This builder.</returns>
    public MemberBuilder Attribute(string name, Rational value) => Attribute(name, new AttributeValue(value));

    internal Member Build() => _member with { Attributes = ValueMap<AttributeValue>.From(_attributes) };
}
