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
