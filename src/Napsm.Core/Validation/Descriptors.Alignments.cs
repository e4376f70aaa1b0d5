namespace Napsm.Core.Validation;

// NAPSM0330–0339: alignments (#15): scenarios of blocs that vote together and members no one governs with.
internal static partial class BuiltIn
{
    public static readonly DiagnosticDescriptor NAPSM0330 = D(
        "NAPSM0330", "Alignment names a non-member", "Voting", Severity.Error,
        "{0} of {1} names {2}, which is not a member{3}",
        "A bloc, or the list of excluded members, of an alignment names an id that is not a member of the design: a typo, a member "
        + "that was renamed, or another kind of element (a body, a treaty).\n\n"
        + "Why it matters: an alignment is read per body over its voters, so an id that is no member is silently dropped: the bloc "
        + "analysed is smaller than the scenario its authors wrote, and the Owen values and bloc vetoes are those of another scenario.\n\n"
        + "How to fix: correct the id (see the suggestion), or declare the member; blocs and excluded lists name members, never bodies.",
        "Correct the id, or declare the member.",
        """
        "members": [ { "id": "us", "name": "United States" }, { "id": "jp", "name": "Japan" } ],
        "alignments": [ { "id": "allies", "blocs": [["us", "jpn"]] } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0331 = D(
        "NAPSM0331", "Member in two blocs", "Voting", Severity.Error,
        "{0} is in two blocs of {1}: {2} and {3}",
        "One member is listed in two blocs of the same alignment. A priori unions partition the voters: each votes with one bloc.\n\n"
        + "Why it matters: the analyses put the member in the first bloc that names it and drop it from the others, so the second bloc "
        + "is analysed without it, which its authors did not write.\n\n"
        + "How to fix: keep the member in one bloc; if the two blocs always vote together, merge them; if the member is courted by both, "
        + "write two alignments (two scenarios) and compare them.",
        "Keep the member in one bloc, or write one alignment per scenario.",
        """
        "alignments": [ { "id": "caucus", "blocs": [["us", "jp", "kr"], ["cn", "ru", "kr"]] } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0332 = D(
        "NAPSM0332", "Excluded member in a bloc", "Voting", Severity.Error,
        "{0} is excluded by {1} and also in its bloc {2}",
        "An alignment excludes a member (no one governs with it: its support never counts) and also puts it in a bloc that votes together.\n\n"
        + "Why it matters: the two statements contradict each other. The analyses apply the exclusion, so the bloc is analysed without "
        + "the member.\n\n"
        + "How to fix: remove the member from the bloc, or from the excluded list.",
        "Remove the member from the bloc or from the excluded list.",
        """
        "alignments": [ { "id": "cordon", "blocs": [["afd", "bsw"]], "excluded": ["afd"] } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0333 = D(
        "NAPSM0333", "Empty bloc", "Voting", Severity.Warning,
        "a bloc of {0} lists no member",
        "A bloc of an alignment is an empty list.\n\n"
        + "Why it matters: an empty bloc plays no part in any analysis; it is usually a bloc left unfinished, or members deleted from it "
        + "without deleting it.\n\n"
        + "How to fix: list the bloc's members, or remove the bloc.",
        "List the bloc's members, or remove it.",
        """
        "alignments": [ { "id": "caucus", "blocs": [["us", "jp"], []] } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0334 = D(
        "NAPSM0334", "Bloc veto that no member has alone", "Voting", Severity.Info,
        "under {0}, the bloc {1} can block every decision of {2}{3}, though none of its members can alone",
        "Voting together, the members of a bloc can stop every decision of a body — the other voters (without any excluded members) "
        + "together do not pass it — although no member of the bloc can do so alone. The alignment creates a veto the rules do not "
        + "give anyone.\n\n"
        + "Why it matters: this is often the point of a scenario (a caucus that coordinates its votes holds a collective veto: the "
        + "developing countries' blocking minority in a weighted board, a coalition's share of the seats); reviewers should see "
        + "where a scenario changes who can stop a decision.\n\n"
        + "How to fix: nothing, if the scenario is meant to show this; to take the veto away, raise the other voters' share or lower "
        + "the threshold of the rule named.",
        "Nothing, if the scenario is meant to show the bloc's veto.",
        """
        "bodies": [ { "id": "board", "voters": ["a", "b", "c", "d", "e"], "rule": { "atLeast": 4 } } ],
        "alignments": [ { "id": "pair", "blocs": [["a", "b"]] } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0335 = D(
        "NAPSM0335", "Alignment leaves a body unable to decide", "Voting", Severity.Warning,
        "under {0}, {1} can never decide{2}: without {3} the other voters together do not pass {4}",
        "An alignment excludes members whose support no one counts on, and the body's other voters, all together, do not meet its "
        + "rule: under the scenario the body cannot decide anything on that matter.\n\n"
        + "Why it matters: this is the arithmetic behind a 'cordon' (a parliament where no majority can form without a party no one "
        + "will govern with); if the scenario is realistic, the body is deadlocked, and the design should say what happens then.\n\n"
        + "How to fix: nothing, if the deadlock is the finding; otherwise exclude fewer members, or lower the rule's threshold.",
        "Confirm the deadlock is the scenario's finding, or exclude fewer members.",
        """
        "bodies": [ { "id": "council", "voters": ["a", "b", "c"], "rule": { "atLeast": 2 } } ],
        "alignments": [ { "id": "cordon", "excluded": ["a", "b"] } ]
        """);
}
