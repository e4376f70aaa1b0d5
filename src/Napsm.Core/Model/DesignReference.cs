using System.Globalization;
using Napsm.Core.Kernel;

namespace Napsm.Core.Model;

/// <summary>
/// One reference in a design, as <see cref="Design.References"/> yields it: what it points at (<see cref="Target"/> and
/// <see cref="Id"/>), what it is for (<see cref="Role"/>), where it is in the file (<see cref="JsonPointer"/>) and which element holds it
/// (<see cref="Owner"/>). The reference may dangle: the walk reports what the design says, and the validator checks it (NAPSM0102).
/// </summary>
/// <remarks>The pointer is built when asked for: a large design has tens of thousands of references, and most callers need only a few
/// pointers.</remarks>
public readonly record struct DesignReference
{
    private readonly string _parent;
    private readonly string? _segment;
    private readonly int _index;
    private readonly string? _key;
    private readonly string? _leaf;

    // The pointer is _parent[/_segment][/_index][/escaped _key][/_leaf]: enough for every place a reference sits in.
    internal DesignReference(ReferenceTarget target, string id, ReferenceRole role, ElementRef? owner, string parent,
        string? segment = null, int index = -1, string? key = null, string? leaf = null)
    {
        Target = target;
        Id = id;
        Role = role;
        Owner = owner;
        _parent = parent;
        _segment = segment;
        _index = index;
        _key = key;
        _leaf = leaf;
        InnerIndex = -1;
    }

    /// <summary>What the reference points at.</summary>
    public ReferenceTarget Target { get; }

    /// <summary>The kind of element it points at; <see langword="null"/> for a member attribute.</summary>
    public ElementKind? Kind => Target == ReferenceTarget.Attribute ? null : (ElementKind)Target;

    /// <summary>The id (or attribute name) it names.</summary>
    public string Id { get; }

    /// <summary>What the reference is for.</summary>
    public ReferenceRole Role { get; }

    /// <summary>
    /// The element that holds the reference (the body of a voter or of a rule, the commitment of an undertaker, the treaty of a
    /// ratification); <see langword="null"/> for a timing constraint or an alignment, which are no elements.
    /// </summary>
    public ElementRef? Owner { get; }

    /// <summary>For a reference in a body's matter (its rule, quorum or source): the matter's id; else <see langword="null"/>.</summary>
    public string? Matter { get; internal init; }

    /// <summary>For the source of a member's attribute: the attribute's name; else <see langword="null"/>.</summary>
    public string? Attribute { get; internal init; }

    /// <summary>The index of the holder in its section (a member, body, principle, phase, treaty, timing constraint or alignment).</summary>
    internal int OwnerIndex { get; init; }

    /// <summary>For a commitment, its index in the phase (<see cref="OwnerIndex"/> is the phase); for a matter, its index in
    /// <see cref="Body.Decisions"/>; else -1.</summary>
    internal int InnerIndex { get; init; }

    /// <summary>The JSON pointer (RFC 6901) of the reference in the design file.</summary>
    public string JsonPointer
    {
        get
        {
            var p = _parent ?? "";
            if (_segment is not null) p += "/" + _segment;
            if (_index >= 0) p += "/" + _index.ToString(CultureInfo.InvariantCulture);
            if (_key is not null) p = JsonPointers.Append(p, _key);
            if (_leaf is not null) p += "/" + _leaf;
            return p;
        }
    }
}
