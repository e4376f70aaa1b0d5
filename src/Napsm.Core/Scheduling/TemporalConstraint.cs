using Napsm.Core.Model;
using NodaTime;

namespace Napsm.Core.Scheduling;

/// <summary>
/// One bound of a Simple Temporal Network: t(<see cref="To"/>) − t(<see cref="From"/>) ≤ <see cref="MaxDays"/>, in days, where a
/// <see langword="null"/> event is the calendar itself (day 0 is 2000-01-01, so a bound against it is a date). A design's constraint
/// gives one or two such bounds (a lower bound is an upper bound the other way round), each keeping its origin in the design.
/// </summary>
public sealed record TemporalConstraint
{
    internal TemporalConstraint(EventRef? from, EventRef? to, long maxDays, ConstraintKind kind, string pointer, string[] ids)
    {
        From = from;
        To = to;
        MaxDays = maxDays;
        Kind = kind;
        At = pointer;
        Ids = ValueList<string>.Own(ids); // the network builder's own array (see TemporalNetwork.Builder.Edge)
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

    /// <summary>
    /// The ids of the elements involved (phases, commitments, treaties): the element the bound is about first, then the one it is
    /// measured against (a commitment, then its phase; a timing bound's <c>to</c> event, then its <c>from</c> event).
    /// </summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>
    /// The date the bound states, by <see cref="Kind"/>: the date it fixes or limits (<see cref="ConstraintKind.PhaseStart"/>,
    /// <see cref="ConstraintKind.PhaseEnd"/>, <see cref="ConstraintKind.CommitmentDue"/>, <see cref="ConstraintKind.EntryIntoForceNotBefore"/>);
    /// the treaty's opening for signature (<see cref="ConstraintKind.EntryIntoForceDelay"/>); the phase's fixed start date that a
    /// <c>within</c> period is counted from (<see cref="ConstraintKind.PhaseWithin"/>, <see cref="ConstraintKind.CommitmentWithin"/>;
    /// <see langword="null"/> when the start is not fixed); <see langword="null"/> for every other kind (a
    /// <see cref="ConstraintKind.Ratifications"/> bound's dates are in <see cref="Recorded"/>).
    /// </summary>
    public LocalDate? Date { get; internal init; }

    /// <summary>
    /// The period the bound comes from, as written: a phase's or commitment's <c>within</c>, a timing entry's <c>atLeast</c> or
    /// <c>atMost</c>, a treaty's entry-into-force <c>delay</c>; <see langword="null"/> for a bound without a period.
    /// </summary>
    public Period? Period { get; internal init; }

    /// <summary>
    /// The number of days <see cref="Period"/> was counted as (exact when a date anchors it, else the widest safe length for the
    /// bound's direction); <see langword="null"/> when the bound has no period.
    /// </summary>
    public long? PeriodDays { get; internal init; }

    /// <summary>
    /// Whether the bound comes from an <c>atLeast</c> entry of the design's <c>timing</c> list, turned round into an upper bound:
    /// <see cref="From"/> is then the entry's <c>to</c> event and <see cref="To"/> its <c>from</c> event. False for every other bound.
    /// </summary>
    public bool IsAtLeast { get; internal init; }

    /// <summary>The note of the design's <c>timing</c> entry a <see cref="ConstraintKind.Timing"/> bound comes from, as written; otherwise <see langword="null"/>.</summary>
    public string? Note { get; internal init; }

    /// <summary>
    /// For a <see cref="ConstraintKind.Ratifications"/> bound: the treaty's recorded status it states (the date it entered into force,
    /// or the earliest date it still can, as of the date of its ratifications); otherwise <see langword="null"/>.
    /// </summary>
    public RecordedEntryIntoForce? Recorded { get; internal init; }

    /// <summary>
    /// The unanchored month or year period this bound approximates, with the least and greatest number of days it can last;
    /// <see langword="null"/> when no such period is approximated.
    /// </summary>
    public UnanchoredPeriod? Unanchored { get; internal init; }

    /// <summary>
    /// The anchored month or year period this bound approximates because it runs past the calendar's edge; <see langword="null"/> when
    /// no such period is approximated.
    /// </summary>
    public PeriodBeyondCalendar? BeyondCalendar { get; internal init; }

    /// <summary>The bound's edge in its network's graph (its index in <see cref="TemporalNetwork.Constraints"/>).</summary>
    internal int Edge { get; init; } = -1;

    /// <summary>
    /// Whether the bound approximates a month or year period whose length in days is not known exactly: an unanchored one
    /// (<see cref="Unanchored"/>) or one that runs past the calendar (<see cref="BeyondCalendar"/>).
    /// </summary>
    public bool IsApproximated => Unanchored is not null || BeyondCalendar is not null;
}
