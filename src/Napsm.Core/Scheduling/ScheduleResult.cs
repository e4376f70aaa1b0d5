using Napsm.Core.Model;
using NodaTime;

namespace Napsm.Core.Scheduling;

/// <summary>What the network says about a design's schedule.</summary>
public sealed record ScheduleResult
{
    internal ScheduleResult(bool consistent, IEnumerable<EventWindow> events, IEnumerable<CriticalStep> criticalPath, IEnumerable<TemporalConflict> conflicts,
        IEnumerable<TemporalConstraint> approximated, IEnumerable<UnresolvedReference> unresolved, bool conflictsTruncated)
    {
        IsConsistent = consistent;
        Events = ValueList<EventWindow>.From(events);
        CriticalPath = ValueList<CriticalStep>.From(criticalPath);
        Conflicts = ValueList<TemporalConflict>.From(conflicts);
        Approximated = ValueList<TemporalConstraint>.From(approximated);
        Unresolved = ValueList<UnresolvedReference>.From(unresolved);
        ConflictsTruncated = conflictsTruncated;
    }

    /// <summary>Whether some dates satisfy every constraint.</summary>
    public bool IsConsistent { get; }

    /// <summary>
    /// Events whose earliest or latest date falls beyond the calendar's range, each with the bound that crosses the edge; empty when
    /// the network is inconsistent.
    /// </summary>
    public IReadOnlyList<DateBeyondCalendar> BeyondCalendar { get; internal init => field = ValueList<DateBeyondCalendar>.From(value); } = ValueList<DateBeyondCalendar>.Empty;

    /// <summary>Every event with its earliest and latest date, in declaration order; empty when the network is inconsistent.</summary>
    public IReadOnlyList<EventWindow> Events { get; }

    /// <summary>The chain of tight constraints that fixes the earliest date of the last event; empty when inconsistent or when no date anchors it.</summary>
    public IReadOnlyList<CriticalStep> CriticalPath { get; }

    /// <summary>The chains of constraints that cannot all hold; empty when the network is consistent.</summary>
    public IReadOnlyList<TemporalConflict> Conflicts { get; }

    /// <summary>Whether more conflicts exist than the limit let through.</summary>
    public bool ConflictsTruncated { get; }

    /// <summary>The bounds that approximate unanchored month or year periods.</summary>
    public IReadOnlyList<TemporalConstraint> Approximated { get; }

    /// <summary>Entries left out because they name events the design does not have: where each is, and what it names.</summary>
    public IReadOnlyList<UnresolvedReference> Unresolved { get; }
}
