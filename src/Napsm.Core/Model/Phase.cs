using NodaTime;

namespace Napsm.Core.Model;

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
