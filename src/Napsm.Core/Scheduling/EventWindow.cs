using Napsm.Core.Model;
using NodaTime;

namespace Napsm.Core.Scheduling;

/// <summary>The dates an event can take in a consistent network.</summary>
/// <param name="Event">The event.</param>
/// <param name="Earliest">Its earliest possible date, or <see langword="null"/> when nothing bounds it from below by a date.</param>
/// <param name="Latest">Its latest possible date, or <see langword="null"/> when nothing bounds it from above by a date.</param>
public sealed record EventWindow(EventRef Event, LocalDate? Earliest, LocalDate? Latest)
{
    /// <summary>Days between the earliest and latest date (0 on the critical path), or <see langword="null"/> when either is unbounded.</summary>
    public int? SlackDays => Earliest is { } e && Latest is { } l ? Period.DaysBetween(e, l) : null;
}
