using NodaTime;

namespace Napsm.Core.Model;

/// <summary>A guiding principle with its source, tags from a known vocabulary, and optional machine-checkable norms.</summary>
public sealed record Principle
{
    /// <summary>Creates a principle.</summary>
    /// <param name="id">The principle's id, unique among principles.</param>
    /// <param name="title">The principle's title.</param>
    public Principle(string id, string title)
    {
        Id = id;
        Title = title;
    }

    /// <summary>The principle's id, unique among principles.</summary>
    public string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>The principle's title.</summary>
    public string Title { get; init => field = Guard.NotNull(value); }

    /// <summary>The id of the source it comes from; optional, but a principle without one is reported.</summary>
    public string? Source { get; init; }

    /// <summary>Tags from the known vocabulary (<see cref="PrincipleTags"/>) that switch on checks against the rest of the design.</summary>
    public IReadOnlyList<string> Tags { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Machine-checkable norms.</summary>
    public IReadOnlyList<Norm> Norms { get; init => field = ValueList<Norm>.From(value); } = ValueList<Norm>.Empty;
}
