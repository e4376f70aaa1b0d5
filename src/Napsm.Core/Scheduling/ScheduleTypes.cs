using Napsm.Core.Model;
using NodaTime;

namespace Napsm.Core.Scheduling;

/// <summary>Where a temporal constraint comes from in the design.</summary>
public enum ConstraintKind
{
    /// <summary>A phase's start date (<c>window.start</c>): the phase starts on that date.</summary>
    PhaseStart,

    /// <summary>A phase's end date (<c>window.end</c>): the phase ends by that date.</summary>
    PhaseEnd,

    /// <summary>A phase's longest duration (<c>window.within</c>), counted from its start.</summary>
    PhaseWithin,

    /// <summary>A phase cannot end before it starts.</summary>
    PhaseSpan,

    /// <summary>A phase starts no earlier than each phase it comes <c>after</c> ends.</summary>
    PhaseOrder,

    /// <summary>A commitment's due date (<c>due</c>): it falls due on that date.</summary>
    CommitmentDue,

    /// <summary>A commitment's period (<c>within</c>), counted from its phase's start.</summary>
    CommitmentWithin,

    /// <summary>A commitment falls due within its phase's window (not before the start, not after the end).</summary>
    CommitmentInPhase,

    /// <summary>A <c>requires</c> entry of a phase or treaty: it comes after the treaty's entry into force, the phase's end or the commitment's due date.</summary>
    Requires,

    /// <summary>A treaty's entry-into-force delay, counted from its opening for signature (no ratification can come earlier).</summary>
    EntryIntoForceDelay,

    /// <summary>A treaty's <c>notBefore</c> date.</summary>
    EntryIntoForceNotBefore,

    /// <summary>An explicit entry of the design's <c>timing</c> list.</summary>
    Timing,

    /// <summary>
    /// A treaty's recorded ratifications (and revocations, withdrawals) as of the design's date: the date it entered into force, or the
    /// earliest date it still can (<see cref="Treaties.TreatyStatus.EarliestEntryIntoForce"/>), as <c>napsm treaty</c> reports it.
    /// </summary>
    Ratifications,
}

/// <summary>
/// One bound of a Simple Temporal Network: t(<see cref="To"/>) − t(<see cref="From"/>) ≤ <see cref="MaxDays"/>, in days, where a
/// <see langword="null"/> event is the calendar itself (day 0 is 2000-01-01, so a bound against it is a date). A design's constraint
/// gives one or two such bounds (a lower bound is an upper bound the other way round), each keeping its origin in the design.
/// </summary>
public sealed record TemporalConstraint
{
    internal TemporalConstraint(EventRef? from, EventRef? to, long maxDays, ConstraintKind kind, string pointer, string[] ids, string sentence, string? approximation)
    {
        From = from;
        To = to;
        MaxDays = maxDays;
        Kind = kind;
        At = pointer;
        Ids = ValueList<string>.Own(ids); // the network builder's own array (see TemporalNetwork.Builder.Edge)
        Sentence = sentence;
        Approximation = approximation;
    }

    /// <summary>The event the bound counts from; <see langword="null"/> for the calendar.</summary>
    public EventRef? From { get; }

    /// <summary>The event the bound limits; <see langword="null"/> for the calendar.</summary>
    public EventRef? To { get; }

    /// <summary>The greatest number of days <see cref="To"/> may come after <see cref="From"/> (negative: it must come before).</summary>
    public long MaxDays { get; }

    /// <summary>What in the design the bound comes from.</summary>
    public ConstraintKind Kind { get; }

    /// <summary>The JSON pointer of its origin in the design, such as <c>/phases/0/window/within</c> or <c>/timing/4</c>.</summary>
    public string At { get; }

    /// <summary>The ids of the elements involved (phases, commitments, treaties), in the order the sentence names them.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>The bound in words, such as "initial-actions starts on 2007-02-13".</summary>
    public string Sentence { get; }

    /// <summary>
    /// When the bound comes from a month or year period that no date anchors, how it was approximated (the widest safe length for its
    /// direction, such as "P2M is 59 to 62 days; 62 used"); otherwise <see langword="null"/>.
    /// </summary>
    public string? Approximation { get; }

    /// <summary>
    /// The unanchored month or year period this bound approximates, with the least and greatest number of days it can last;
    /// <see langword="null"/> when the bound is exact (<see cref="IsApproximated"/> is false).
    /// </summary>
    public UnanchoredPeriod? Unanchored { get; internal init; }

    /// <summary>The bound's edge in its network's graph (its index in <see cref="TemporalNetwork.Constraints"/>).</summary>
    internal int Edge { get; init; } = -1;

    /// <summary>Whether the bound is an approximation of an unanchored month or year period.</summary>
    public bool IsApproximated => Approximation is not null;

    /// <inheritdoc/>
    public override string ToString() => Sentence + " (" + At + ")";
}

/// <summary>A month or year period that no date anchors, so that its length in days is only known to lie in a range.</summary>
/// <param name="Period">The period as written (such as <c>P6M</c>).</param>
/// <param name="MinDays">The fewest days it can last (P1M: 28).</param>
/// <param name="MaxDays">The most days it can last (P1M: 31).</param>
public sealed record UnanchoredPeriod(Period Period, long MinDays, long MaxDays);

/// <summary>The dates an event can take in a consistent network.</summary>
/// <param name="Event">The event.</param>
/// <param name="Earliest">Its earliest possible date, or <see langword="null"/> when nothing bounds it from below by a date.</param>
/// <param name="Latest">Its latest possible date, or <see langword="null"/> when nothing bounds it from above by a date.</param>
public sealed record EventWindow(EventRef Event, LocalDate? Earliest, LocalDate? Latest)
{
    /// <summary>Days between the earliest and latest date (0 on the critical path), or <see langword="null"/> when either is unbounded.</summary>
    public int? SlackDays => Earliest is { } e && Latest is { } l ? Period.DaysBetween(e, l) : null;
}

/// <summary>A step of the critical path: an event at its earliest date, and the constraint that forces that date.</summary>
/// <param name="Event">The event.</param>
/// <param name="Earliest">Its earliest date.</param>
/// <param name="Because">The constraint from the previous step (or from the calendar, for the first step) that is tight here.</param>
public sealed record CriticalStep(EventRef Event, LocalDate Earliest, TemporalConstraint Because);

/// <summary>A chain of constraints that cannot all hold: a negative cycle of the network, with the fewest constraints found.</summary>
public sealed record TemporalConflict
{
    internal TemporalConflict(IEnumerable<TemporalConstraint> chain, long shortfallDays)
    {
        Chain = ValueList<TemporalConstraint>.From(chain);
        ShortfallDays = shortfallDays;
    }

    /// <summary>The constraints, in the order they chain (each one's <see cref="TemporalConstraint.To"/> is the next one's <see cref="TemporalConstraint.From"/>).</summary>
    public IReadOnlyList<TemporalConstraint> Chain { get; }

    /// <summary>By how many days the chain fails: the bounds around the cycle sum to minus this.</summary>
    public long ShortfallDays { get; }

    /// <summary>The conflict in words: each constraint's sentence, the last introduced by "but".</summary>
    public string Message
    {
        get
        {
            var parts = Chain.Select(c => c.Sentence).ToList();
            var text = parts.Count == 1 ? parts[0] : string.Join("; ", parts.Take(parts.Count - 1)) + "; but " + parts[^1];
            var days = ShortfallDays == 1 ? "1 day" : ShortfallDays.ToString(System.Globalization.CultureInfo.InvariantCulture) + " days";
            return text + " (" + days + " short)";
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Message;
}

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
