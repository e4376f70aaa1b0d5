namespace Napsm.Core.Validation;

// NAPSM05xx: treaties and entry into force (implemented with Napsm.Core.Treaties).
internal static partial class BuiltIn
{
    public static readonly DiagnosticDescriptor NAPSM0501 = D(
        "NAPSM0501", "Treaty cycle", "Treaties", Severity.Error,
        "treaties require each other in a cycle: {0}",
        "Treaties require each other in a cycle: A requires B to be in force, and B (directly or through others) requires A. A "
        + "cycle of more than 20 elements is shown by its first 20 steps and a count of the rest.\n\n"
        + "Why it matters: none of them can ever enter into force.\n\n"
        + "How to fix: remove one requirement of the cycle, or merge the treaties into one instrument.",
        "Remove one requirement of the cycle, or merge the treaties.",
        """
        "treaties": [ { "id": "a", "name": "A", "parties": ["cn"], "requires": ["treaty:b"] },
                      { "id": "b", "name": "B", "parties": ["cn"], "requires": ["treaty:a"] } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0502 = D(
        "NAPSM0502", "Treaty can never enter into force", "Treaties", Severity.Error,
        "{0} can never enter into force: {1}",
        "A treaty's entry-into-force condition can never be met: its rule names states that are not parties, or its threshold exceeds the "
        + "number of parties.\n\n"
        + "Why it matters: the treaty is dead on arrival however many states ratify it.\n\n"
        + "How to fix: make the rule range over the parties (add the missing parties, or remove them from the rule), or lower the threshold.",
        "Make the rule range over the parties, or lower the threshold.",
        """
        "treaties": [ { "id": "t", "name": "T", "parties": ["cn", "jp"], "entryIntoForce": { "rule": { "atLeast": 3 } } } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0503 = D(
        "NAPSM0503", "Entry into force blocked", "Treaties", Severity.Warning,
        "{0} is not in force as of {1}: {2}",
        "As of the design's 'asOf' date, a treaty's entry into force is blocked: the parties whose ratification is still needed have not "
        + "ratified, or have revoked or withdrawn.\n\n"
        + "Why it matters: everything that requires the treaty waits on those states; the message names them.\n\n"
        + "How to fix: nothing in the design, if it records the facts; otherwise record the ratifications or change the rule.",
        "Record the missing ratifications, or accept that the treaty is blocked.",
        """
        "asOf": "2026-01-01",
        "treaties": [ { "id": "t", "name": "T", "parties": ["cn", "us"], "entryIntoForce": { "rule": "unanimity" },
          "ratifications": [ { "member": "cn", "date": "2025-03-01" } ] } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0504 = D(
        "NAPSM0504", "Requirement comes later", "Treaties", Severity.Error,
        "{0} requires {1}, which comes after it: {2}",
        "A treaty requires something that comes after it: a later phase, or a treaty that cannot be in force in time.\n\n"
        + "Why it matters: the requirement can never be met when it is needed.\n\n"
        + "How to fix: reorder the phases or the treaty's requirements.",
        "Reorder the phases or the treaty's requirements.",
        """
        "treaties": [ { "id": "t", "name": "T", "parties": ["cn"], "requires": ["phase:p3"] } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0505 = D(
        "NAPSM0505", "Invalid ratification", "Treaties", Severity.Error,
        "{0}",
        "A ratification is recorded for a state that is not a party, or a state's ratification events are out of order (revoked before it "
        + "ratified, ratified twice without a revocation in between, dated before the treaty was opened for signature).\n\n"
        + "Why it matters: the treaty's status as of any date is then computed from impossible facts.\n\n"
        + "How to fix: correct the member or the dates, or add the state to the parties.",
        "Correct the member or the dates of the ratification events.",
        """
        "treaties": [ { "id": "t", "name": "T", "parties": ["cn"], "ratifications": [ { "member": "jp", "date": "2020-01-01" } ] } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0506 = D(
        "NAPSM0506", "Fragile entry into force", "Treaties", Severity.Info,
        "{0} can be kept from entering into force by {1}: {2}",
        "The fewest parties whose refusal to ratify blocks a treaty's entry into force, with one such set. One refusal suffices under an "
        + "'all parties' rule such as the CTBT's Annex 2.\n\n"
        + "Why it matters: it measures how exposed the treaty is to hold-outs; the smaller the set, the more leverage each of its members has.\n\n"
        + "How to fix: nothing, if intended; otherwise lower the threshold or name fewer indispensable parties.",
        "Confirm the hold-out exposure is intended.",
        """
        "treaties": [ { "id": "t", "name": "T", "parties": ["cn", "us", "ru"], "entryIntoForce": { "rule": "unanimity" } } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0507 = D(
        "NAPSM0507", "Ratification after the as-of date", "Treaties", Severity.Warning,
        "{0} records {1} of {2} on {3}, after the design's as-of date {4}: the analyses as of that date leave it out",
        "A treaty records a ratification or a revocation dated after the design's asOf date, the date every analysis is taken on.\n\n"
        + "Why it matters: a design states the facts as of its asOf date; an event after it is either a typo (9999 for 1999, a wrong year) "
        + "or a forecast written as a fact. The treaty's status as of that date does not count it, so the event is silently without "
        + "effect.\n\n"
        + "How to fix: correct the date, or move the design's asOf date to the date the facts are known on; put a forecast in a note or "
        + "in a scenario design instead.",
        "Correct the date of the event, or move the design's asOf date.",
        """
        "asOf": "2020-01-01",
        "treaties": [ { "id": "t", "name": "T", "parties": ["cn", "us"], "ratifications": [ { "member": "cn", "date": "2029-05-01" } ] } ]
        """);
}
