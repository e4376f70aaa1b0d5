using NodaTime;

namespace Napsm.Core.Model;

/// <summary>
/// When a phase may run: any of a start date, an end date, and the longest it may last (<see cref="Within"/>, counted from its start).
/// </summary>
public sealed record PhaseWindow
{
    /// <summary>The date the phase starts; optional.</summary>
    public LocalDate? Start { get; init; }

    /// <summary>The date by which the phase ends; optional.</summary>
    public LocalDate? End { get; init; }

    /// <summary>The longest the phase may last, from its start (<c>P60D</c>); optional.</summary>
    public Period? Within { get; init; }
}

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

/// <summary>A stage of implementation with predecessors, an optional window, commitments and entry conditions.</summary>
public sealed record Phase
{
    /// <summary>Creates a phase.</summary>
    /// <param name="id">The phase's id, unique among phases.</param>
    /// <param name="name">The phase's name.</param>
    public Phase(string id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The phase's id, unique among phases.</summary>
    public string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>The phase's name.</summary>
    public string Name { get; init => field = Guard.NotNull(value); }

    /// <summary>The ids of the phases that must end before this one starts.</summary>
    public IReadOnlyList<string> After { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>When the phase may run; optional.</summary>
    public PhaseWindow? Window { get; init; }

    /// <summary>The commitments undertaken in the phase.</summary>
    public IReadOnlyList<Commitment> Commitments { get; init => field = ValueList<Commitment>.From(value); } = ValueList<Commitment>.Empty;

    /// <summary>Entry conditions: treaties in force, commitments met or phases ended before this phase can start.</summary>
    public IReadOnlyList<ElementRef> Requires { get; init => field = ValueList<ElementRef>.From(value); } = ValueList<ElementRef>.Empty;

    /// <summary>The id of the source; optional.</summary>
    public string? Source { get; init; }
}
