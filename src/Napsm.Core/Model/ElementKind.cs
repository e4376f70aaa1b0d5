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
