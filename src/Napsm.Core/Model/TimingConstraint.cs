using NodaTime;

namespace Napsm.Core.Model;

/// <summary>
/// A bound between two events: <see cref="To"/> happens at least <see cref="AtLeast"/> and at most <see cref="AtMost"/> after
/// <see cref="From"/>. Together the design's constraints form a Simple Temporal Network.
/// </summary>
public sealed record TimingConstraint
{
    /// <summary>Creates a constraint.</summary>
    /// <param name="from">The earlier event.</param>
    /// <param name="to">The later event.</param>
    public TimingConstraint(EventRef from, EventRef to)
    {
        From = from;
        To = to;
    }

    /// <summary>The earlier event.</summary>
    public EventRef From { get; init; }

    /// <summary>The later event.</summary>
    public EventRef To { get; init; }

    /// <summary>The least time from <see cref="From"/> to <see cref="To"/>; optional (may be negative to allow <see cref="To"/> first).</summary>
    public Period? AtLeast { get; init; }

    /// <summary>The most time from <see cref="From"/> to <see cref="To"/>; optional.</summary>
    public Period? AtMost { get; init; }

    /// <summary>The id of the source; optional.</summary>
    public string? Source { get; init; }

    /// <summary>A note saying where the constraint comes from; optional.</summary>
    public string? Note { get; init; }
}
