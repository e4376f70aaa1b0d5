using NodaTime;

namespace Napsm.Core.Model;

/// <summary>Which moment of an element an event is.</summary>
public enum EventKind
{
    /// <summary>A phase's start (<c>PHASE.start</c>).</summary>
    Start,

    /// <summary>A phase's end (<c>PHASE.end</c>).</summary>
    End,

    /// <summary>A commitment's due date (<c>COMMITMENT.due</c>).</summary>
    Due,

    /// <summary>A treaty's entry into force (<c>TREATY.inForce</c>).</summary>
    InForce,
}
