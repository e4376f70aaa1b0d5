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
