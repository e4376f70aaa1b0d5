namespace Napsm.Core.Validation;

// NAPSM04xx: phases, commitments and timing (implemented with Napsm.Core.Scheduling).
internal static partial class BuiltIn
{
    public static readonly DiagnosticDescriptor NAPSM0401 = D(
        "NAPSM0401", "Phase cycle", "Time", Severity.Error,
        "phases are ordered in a cycle: {0}",
        "Phases follow each other in a cycle: A comes after B, and B (directly or through others) after A. A cycle of more than 20 "
        + "phases is shown by its first 20 steps and a count of the rest.\n\n"
        + "Why it matters: no phase of the cycle can ever start, so none of its commitments can be met and everything after it is blocked.\n\n"
        + "How to fix: remove one 'after' of the cycle, or merge the phases that must happen together.",
        "Remove one 'after' of the cycle, or merge the phases.",
        """
        "phases": [ { "id": "p1", "name": "Freeze", "after": ["p2"] }, { "id": "p2", "name": "Disable", "after": ["p1"] } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0402 = D(
        "NAPSM0402", "Infeasible timing", "Time", Severity.Error,
        "the timing cannot be met: {0}",
        "The timing constraints (phase windows, commitment due dates, 'atLeast' and 'atMost' bounds between events) contradict each other: "
        + "following the chain of constraints round, an event would have to happen before itself.\n\n"
        + "Why it matters: no calendar satisfies the design; some deadline will be missed whatever the parties do.\n\n"
        + "How to fix: relax one constraint of the chain shown (a longer window, a later date, a shorter minimum delay).",
        "Relax one constraint of the chain shown.",
        """
        "timing": [ { "from": "p1.start", "to": "p2.start", "atLeast": "P90D" }, { "from": "p2.start", "to": "p1.start", "atLeast": "P0D" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0403 = D(
        "NAPSM0403", "Commitment due outside its phase", "Time", Severity.Error,
        "{0} is due {1}, outside the window of {2} ({3})",
        "A commitment's due date (or period) falls outside the window of the phase it belongs to.\n\n"
        + "Why it matters: either the commitment belongs to another phase, or the phase's window is wrong; as written, it cannot be met in time.\n\n"
        + "How to fix: move the commitment to the right phase, change its due date, or widen the window.",
        "Move the commitment, change its due date, or widen the phase's window.",
        """
        "phases": [ { "id": "p1", "name": "Freeze", "window": { "start": "2007-02-13", "end": "2007-04-14" },
          "commitments": [ { "id": "shutdown", "by": ["kp"], "action": "shut down Yongbyon", "due": "2007-07-14" } ] } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0404 = D(
        "NAPSM0404", "Commitment nobody undertakes", "Time", Severity.Error,
        "{0} of {1} is undertaken by nobody",
        "A commitment lists no member in 'by'.\n\n"
        + "Why it matters: an obligation without an obligor binds no one; in an action-for-action process, the other side's commitments are "
        + "then exchanged for nothing.\n\n"
        + "How to fix: name the members who undertake it.",
        "Name the members who undertake the commitment in 'by'.",
        """
        "commitments": [ { "id": "aid", "by": [], "action": "provide heavy fuel oil" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0405 = D(
        "NAPSM0405", "Unbalanced exchange", "Time", Severity.Warning,
        "{0}",
        "Commitments given in exchange for each other cannot fall due in the same window, or an exchange is one-way (A is given in exchange "
        + "for B, but B does not mention A).\n\n"
        + "Why it matters: 'action for action' only works when each side can verify the other's step before taking its own; an exchange whose "
        + "halves are due far apart, or that only one side recognises, invites defection.\n\n"
        + "How to fix: align the due dates, and list the exchange on both commitments.",
        "Align the due dates and list the exchange on both commitments.",
        """
        "commitments": [ { "id": "shutdown", "by": ["kp"], "action": "shut down", "inExchangeFor": ["fuel"] },
                         { "id": "fuel", "by": ["us"], "action": "ship fuel oil" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0406 = D(
        "NAPSM0406", "One-sided phase", "Time", Severity.Warning,
        "{0} is one-sided: only {1} undertakes its commitments, but {2} declares action for action",
        "In a design that declares the action-for-action principle, a phase has commitments from one side only: nobody reciprocates.\n\n"
        + "Why it matters: the principle promises that every step is matched; a one-sided phase breaks that promise and is where negotiations "
        + "historically stall.\n\n"
        + "How to fix: add the reciprocal commitments to the phase, or merge it with the phase that holds them.",
        "Add reciprocal commitments to the phase.",
        """
        "principles": [ { "id": "afa", "title": "Action for action", "tags": ["action-for-action"] } ],
        "phases": [ { "id": "p1", "name": "Freeze", "commitments": [ { "id": "c1", "by": ["kp"], "action": "freeze" } ] } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0407 = D(
        "NAPSM0407", "Unanchored period", "Time", Severity.Info,
        "{0} is {1}, which is not anchored to a date: its length is {2}{3}",
        "A period in months or years is not anchored to a date, so its length in days is a range (two months are 59 to 62 days). "
        + "Reported once per period and design, at its first use, with the other uses of the same period as related locations.\n\n"
        + "Why it matters: the schedule's analyses treat it as that range; deadlines computed from it are ranges too, and a tight chain of "
        + "such periods may or may not be feasible depending on the calendar.\n\n"
        + "How to fix: give a date the period counts from (a window start, a due date), or state it in days.",
        "Anchor the period to a date or state it in days.",
        """
        "phases": [ { "id": "p1", "name": "Freeze", "window": { "within": "P2M" } } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0408 = D(
        "NAPSM0408", "Date beyond the calendar", "Time", Severity.Warning,
        "the {0} date of {1} falls {2}, beyond the calendar: {3}",
        "The schedule puts an event's earliest or latest date after 9999-12-31 or before 0001-01-01, the range of dates a design can "
        + "state: a window, a timing bound or an entry-into-force delay counts a period across the calendar's edge.\n\n"
        + "Why it matters: no date can be given for that bound, so the schedule shows none; an earliest date beyond the calendar means "
        + "the event can never happen, a latest one means the deadline is no deadline at all. Either is almost always a typo in a period "
        + "(P9999Y for P99D) or a date (9999 for 1999).\n\n"
        + "How to fix: correct the period or the date that the message names.",
        "Correct the period or the date that takes the schedule beyond the calendar.",
        """
        "phases": [ { "id": "p1", "name": "Freeze", "window": { "start": "9999-12-01", "within": "P60D" } } ]
        """);
}
