using NodaTime;

namespace Napsm.Core.Scheduling;

/// <summary>
/// A month or year period anchored to a date but running past the calendar's edge (9999-12-31), so that its exact length cannot be
/// counted: the widest safe length for its direction stands in for it (the other end is then beyond the calendar, see
/// <see cref="ScheduleResult.BeyondCalendar"/>). Unlike an <see cref="UnanchoredPeriod"/>, a date does anchor it.
/// </summary>
/// <param name="Period">The period as written (such as <c>P6M</c>).</param>
/// <param name="Anchor">The date that anchors it: its start's date, or its end's when only the end is fixed.</param>
/// <param name="UsedDays">The number of days used for it.</param>
public sealed record PeriodBeyondCalendar(Period Period, LocalDate Anchor, long UsedDays);
