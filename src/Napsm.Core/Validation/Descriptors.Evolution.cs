namespace Napsm.Core.Validation;

// NAPSM1001–1019: evolution (#16): how a design changes itself — its amendment rules, the parts they cover, who admits members.
// NAPSM1001 (a design without an amendment rule, info) comes with the seeds' amendment rules, so that it does not flag every seed.
internal static partial class BuiltIn
{
    public static readonly DiagnosticDescriptor NAPSM1002 = D(
        "NAPSM1002", "Amendment entry covers nothing known", "Evolution", Severity.Error,
        "{0} covers {1}, {2}",
        "An entry of \"amendments\" lists in \"covers\" a part that is not one of the design's: neither an element kind (members, "
        + "bodies, principles, phases, treaties, amendment) nor kind/id of an element of the design (bodies/council).\n\n"
        + "Why it matters: the stricter rule was meant to protect that part, but it protects nothing: a change to the part the "
        + "authors had in mind is governed by the general amendment rule instead.\n\n"
        + "How to fix: correct the kind or the id (see the suggestion).",
        "Correct the part's kind or id.",
        """
        "bodies": [ { "id": "council", "name": "Council", "voters": ["cn", "us"], "rule": "consensus" } ],
        "amendments": [ { "id": "core", "covers": ["bodies/councel"], "rule": "unanimity" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM1003 = D(
        "NAPSM1003", "Amendment rule that can never pass", "Evolution", Severity.Error,
        "{0} can never pass: {1}",
        "An amendment, accession or ratification rule is not met even when every member votes for it, or it names members the "
        + "design does not have.\n\n"
        + "Why it matters: the parts it governs can never be changed (or no member can ever be admitted), which is rarely what a "
        + "founding text means; more often a threshold or a member id is wrong.\n\n"
        + "How to fix: correct the rule; if a part is meant to be unamendable, say so in a note and use \"unanimity\".",
        "Correct the rule so that some coalition of members passes it.",
        """
        "members": [ { "id": "cn", "name": "China" }, { "id": "us", "name": "United States" } ],
        "amendment": { "rule": { "veto": ["jp"] } }
        """);
}
