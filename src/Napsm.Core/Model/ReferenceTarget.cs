namespace Napsm.Core.Model;

/// <summary>
/// What a reference in a design points at: an element of one of the <see cref="ElementKind"/>s (the same names and order), or a
/// member attribute, which a weighted rule's <c>by</c> names and which is no element.
/// </summary>
public enum ReferenceTarget
{
    /// <summary>A member.</summary>
    Member = ElementKind.Member,

    /// <summary>A body.</summary>
    Body = ElementKind.Body,

    /// <summary>A principle.</summary>
    Principle = ElementKind.Principle,

    /// <summary>A phase.</summary>
    Phase = ElementKind.Phase,

    /// <summary>A commitment.</summary>
    Commitment = ElementKind.Commitment,

    /// <summary>A treaty.</summary>
    Treaty = ElementKind.Treaty,

    /// <summary>A source.</summary>
    Source = ElementKind.Source,

    /// <summary>A member attribute (the weights of a weighted rule <c>by</c> an attribute).</summary>
    Attribute,
}
