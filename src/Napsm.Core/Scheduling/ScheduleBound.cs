using Napsm.Core.Model;

namespace Napsm.Core.Scheduling;

/// <summary>Which of an event's two bounds: its earliest or its latest date.</summary>
public enum ScheduleBound
{
    /// <summary>The earliest date the event can take.</summary>
    Earliest,

    /// <summary>The latest date the event can take.</summary>
    Latest,
}
