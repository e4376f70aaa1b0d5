using Napsm.Core.Model;
using NodaTime;

namespace Napsm.Core.Scheduling;

/// <summary>A step of the critical path: an event at its earliest date, and the constraint that forces that date.</summary>
/// <param name="Event">The event.</param>
/// <param name="Earliest">Its earliest date.</param>
/// <param name="Because">The constraint from the previous step (or from the calendar, for the first step) that is tight here.</param>
public sealed record CriticalStep(EventRef Event, LocalDate Earliest, TemporalConstraint Because);
