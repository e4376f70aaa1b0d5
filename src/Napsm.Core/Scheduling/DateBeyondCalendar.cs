using Napsm.Core.Model;

namespace Napsm.Core.Scheduling;

/// <summary>
/// An event whose earliest or latest date the design puts beyond the calendar's range (after 9999-12-31 or before 0001-01-01,
/// the dates a design can state), with the bound that takes it there. The event's <see cref="EventWindow"/> shows no date for that bound.
/// Only the first step past the calendar's edge is reported: an event that follows one beyond the calendar is beyond it too.
/// </summary>
public sealed record DateBeyondCalendar
{
    internal DateBeyondCalendar(EventRef @event, ScheduleBound bound, bool afterLastDate, TemporalConstraint because)
    {
        Event = @event;
        Bound = bound;
        AfterLastDate = afterLastDate;
        Because = because;
    }

    /// <summary>The event.</summary>
    public EventRef Event { get; }

    /// <summary>Which of its dates is beyond the calendar.</summary>
    public ScheduleBound Bound { get; }

    /// <summary>Whether the date falls after the calendar's last date (else before its first).</summary>
    public bool AfterLastDate { get; }

    /// <summary>The bound that takes the date across the calendar's edge, from an event (or the calendar) inside it.</summary>
    public TemporalConstraint Because { get; }
}
