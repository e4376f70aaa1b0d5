using System.Globalization;
using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>An element added, removed or changed, matched by id.</summary>
public sealed record ElementChange
{
    internal ElementChange(DiffSection section, string id, string name, ChangeKind kind, IEnumerable<FieldChange> fields)
    {
        Section = section;
        Id = id;
        Name = name;
        Kind = kind;
        Fields = ValueList<FieldChange>.From(fields);
    }

    /// <summary>The section.</summary>
    public DiffSection Section { get; }

    /// <summary>The element's id (the design's id for <see cref="DiffSection.Design"/>).</summary>
    public string Id { get; }

    /// <summary>The element's name (its name in the second design when it has one).</summary>
    public string Name { get; }

    /// <summary>Added, removed or changed.</summary>
    public ChangeKind Kind { get; }

    /// <summary>For a change, the fields that differ, in the file format's order; empty for an addition or removal.</summary>
    public IReadOnlyList<FieldChange> Fields { get; }
}
