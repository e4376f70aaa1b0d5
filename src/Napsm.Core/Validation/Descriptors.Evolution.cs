namespace Napsm.Core.Validation;

// NAPSM1001–1019: evolution (#16): how a design changes itself — its amendment rules, the parts they cover, who admits members.
// Step diagnostics (NAPSM1004, 1005, 1007) are about two designs: napsm evolve reports them for each step, napsm check when a design
// names its predecessor (evolvesFrom, NAPSM1008 when it cannot be found). They point at /evolvesFrom in the later design.
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

    public static readonly DiagnosticDescriptor NAPSM1001 = D(
        "NAPSM1001", "Design without an amendment rule", "Evolution", Severity.Info,
        "{0} has no amendment rule: changing it needs the consent of every member (unanimity)",
        "The design has no \"amendment\": nothing says how it changes itself, so any change (a body added, a rule altered, a member "
        + "admitted) needs every member's consent.\n\n"
        + "Why it matters: napsm evolve then counts every member as a must-consent for every step. That is right for an informal "
        + "process (the six-party talks), but most founding texts have an amendment article, and its rule is what an evolution "
        + "analysis should use.\n\n"
        + "How to fix: add \"amendment\": { \"rule\": …, \"source\": … } from the founding text; if the design really has none, "
        + "suppress this id with a note saying so.",
        "Add the founding text's amendment rule (\"amendment\": { \"rule\": R, \"source\": S }).",
        """
        "members": [ { "id": "cn", "name": "China" }, { "id": "us", "name": "United States" } ],
        "amendment": { "rule": "consensus", "source": "charter-art-20" }
        """);

    public static readonly DiagnosticDescriptor NAPSM1004 = D(
        "NAPSM1004", "Step that cannot pass", "Evolution", Severity.Error,
        "the step from {0} to {1} cannot pass under the rules of {0}: {2}",
        "A step of an evolution changes parts of the earlier design whose governing rule (its amendment rule, an amendment entry "
        + "covering the part, or the accession rule) is not met even when every member of the earlier design votes for it, or "
        + "cannot be evaluated (it names a member or an attribute the earlier design does not have).\n\n"
        + "Why it matters: under its own rules the earlier design cannot become the later one; the path needs another step, or a "
        + "rule is wrong.\n\n"
        + "How to fix: correct the governing rule of the earlier design (see NAPSM1003 there), or change the later design so that "
        + "it does not touch the parts that rule governs.",
        "Correct the earlier design's governing rule, or leave the parts it governs unchanged.",
        """
        "id": "b", "evolvesFrom": "a.json"
        // a.json: "amendment": { "rule": { "veto": ["jp"] } } over members cn and us
        """);

    public static readonly DiagnosticDescriptor NAPSM1005 = D(
        "NAPSM1005", "Step needs the consent of those it strips of a veto", "Evolution", Severity.Warning,
        "the step from {0} to {1} needs the consent of {2}, whom it strips of a veto: {3}",
        "A member must consent to the step (it is a veto player of a governing rule), and the step takes away a veto it holds in "
        + "a body or a treaty that both designs have (the body stays; the veto goes).\n\n"
        + "Why it matters: the step asks a member to give up a veto it can use to stop the step itself. Unless something is "
        + "offered in exchange, expect it to refuse; the step is the memo's \"what is at stake\" made exact. A veto lost because "
        + "a body is dissolved or replaced is not counted here (the report lists it as a loss).\n\n"
        + "How to fix: keep the veto, offer something in exchange (a commitment to the member, a seat elsewhere), or take the "
        + "step in two: first change the amendment rule under which the member consents, then the body.",
        "Keep the veto, give something in exchange, or split the step.",
        """
        // a.json: "bodies": [ { "id": "council", "voters": ["cn", "us"], "rule": "consensus" } ]
        "id": "b", "evolvesFrom": "a.json",
        "bodies": [ { "id": "council", "voters": ["cn", "us"], "rule": { "atLeast": 1 } } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM1006 = D(
        "NAPSM1006", "Amendment rule easier than the body rule", "Evolution", Severity.Warning,
        "{0} can be changed by fewer than can decide in it: {1} passes with {2} against, yet {2} can block {3}",
        "The amendment rule that governs a body (the most specific entry covering it, else the general amendment rule, with its "
        + "ratification) passes with a coalition against that can block the body's own decisions.\n\n"
        + "Why it matters: members who cannot get their way in the body can change the body instead: its rule, its voters, the "
        + "body itself. Founding texts usually make the amendment of an organ at least as hard as its decisions (UN Charter Art. "
        + "108: two-thirds with all permanent members).\n\n"
        + "How to fix: make the amendment rule (or an entry covering the body) at least as strict as the body's rule, e.g. add "
        + "the body's veto holders to it, or a ratification by all members.",
        "Make the rule that amends the body at least as strict as the body's own rule.",
        """
        "bodies": [ { "id": "council", "voters": ["cn", "ru", "us"], "rule": "consensus" } ],
        "amendment": { "rule": "simpleMajority" }
        """);

    public static readonly DiagnosticDescriptor NAPSM1007 = D(
        "NAPSM1007", "Entrenched part changed", "Evolution", Severity.Info,
        "the step from {0} to {1} changes {2}, entrenched by amendment entry {3}: every member must consent",
        "A step changes a part of the earlier design covered by an amendment entry whose rule makes every member a veto player "
        + "(unanimity, consensus): the founders entrenched it.\n\n"
        + "Why it matters, and why it is info rather than a warning: the step is not wrong, and the cost is already counted (every member is a must-consent). "
        + "The diagnostic tells the reader that the step reopens what the founders meant to settle, which is usually the hardest "
        + "negotiation of the path.\n\n"
        + "How to fix: nothing to fix; if the path can avoid the entrenched part, it is likely to be easier.",
        "Nothing to fix; consider a path that leaves the entrenched part alone.",
        """
        // a.json: "amendments": [ { "id": "core", "covers": ["principles"], "rule": "unanimity" } ]
        "id": "b", "evolvesFrom": "a.json"   // b changes a principle
        """);

    public static readonly DiagnosticDescriptor NAPSM1008 = D(
        "NAPSM1008", "Predecessor not found", "Evolution", Severity.Warning,
        "evolvesFrom {0} could not be resolved: {1}",
        "The design's \"evolvesFrom\" names the design it evolves from, as a file (a path relative to this design's folder) or as a design "
        + "id (a file ID.json beside this one, or any design file there with that id); neither was found, or the file could not be "
        + "read.\n\n"
        + "Why it matters: the step from the predecessor cannot be checked (who must consent, whether it can pass).\n\n"
        + "How to fix: correct the path or the id (see the suggestion), or run napsm evolve A.json B.json with both files.",
        "Correct the path or id of the predecessor.",
        """
        "id": "napsm-a", "evolvesFrom": "six-party-phase3"   // seeds/six-party-phase3.json beside it
        """);
}
