using NodaTime;

namespace Napsm.Core.Model;

/// <summary>Something members undertake in a phase, optionally in exchange for other commitments ("action for action").</summary>
public sealed record Commitment
{
    /// <summary>Creates a commitment.</summary>
    /// <param name="id">The commitment's id, unique among all commitments of the design.</param>
    /// <param name="by">The ids of the members who undertake it.</param>
    /// <param name="action">What they undertake, in words.</param>
    public Commitment(string id, IEnumerable<string> by, string action)
    {
        Id = id;
        By = ValueList<string>.From(by);
        Action = action;
    }

    /// <summary>The commitment's id, unique among all commitments of the design.</summary>
    public string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>The ids of the members who undertake it.</summary>
    public IReadOnlyList<string> By { get; init => field = ValueList<string>.From(value); }

    /// <summary>What they undertake, in words.</summary>
    public string Action { get; init => field = Guard.NotNull(value); }

    /// <summary>The ids of the members it is owed to or benefits; optional.</summary>
    public IReadOnlyList<string> To { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The date by which it falls due; optional.</summary>
    public LocalDate? Due { get; init; }

    /// <summary>The longest after its phase's start by which it falls due (<c>P60D</c>); optional.</summary>
    public Period? Within { get; init; }

    /// <summary>The ids of the commitments given in exchange for this one.</summary>
    public IReadOnlyList<string> InExchangeFor { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The id of the source; optional.</summary>
    public string? Source { get; init; }
}
