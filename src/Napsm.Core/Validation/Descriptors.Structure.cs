namespace Napsm.Core.Validation;

// NAPSM01xx: structure (ids, references, required parts, sources, identifiers); NAPSM02xx: members and bodies.
internal static partial class BuiltIn
{
    public static readonly DiagnosticDescriptor NAPSM0101 = D(
        "NAPSM0101", "Duplicate id", "Structure", Severity.Error,
        "duplicate {0} id {1}: {2} is already declared at {3}",
        "Two elements of the same kind (two members, two bodies, two commitments …) have the same id. Every reference to that id is ambiguous: "
        + "the design cannot say which member votes, which treaty is required, which commitment is exchanged.\n\n"
        + "Why it matters: an institution's rules are only as clear as the names in them. A duplicated id usually means a copied element that "
        + "was never renamed, or two different states given the same code.\n\n"
        + "How to fix: give each element its own id, then check every reference to the old id points at the element you mean.",
        "Give each element of a kind its own id.",
        """
        "members": [ { "id": "kp", "name": "DPRK" }, { "id": "kp", "name": "ROK" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0102 = D(
        "NAPSM0102", "Dangling reference", "Structure", Severity.Error,
        "{0}: {1} {2} does not exist{3}",
        "A reference names a member, body, phase, commitment, treaty, principle, source or member attribute that the design does not declare: "
        + "a voter, chair, party, veto holder or weighted voter that is not a member; a body reported to that does not exist; a phase, treaty or "
        + "commitment required or exchanged that is missing; a cited source that is not listed; a weighted rule by an attribute no member has.\n\n"
        + "Why it matters: the element the authors had in mind plays no part in any analysis, so voting power, schedules and entry into force are "
        + "computed for a different institution than the one intended. Most dangling references are typos, so the message suggests the closest id.\n\n"
        + "How to fix: correct the reference (see the suggestion), or declare the missing element.",
        "Correct the reference or declare the missing element.",
        """
        "members": [ { "id": "kp", "name": "DPRK" } ],
        "bodies": [ { "id": "council", "name": "Council", "voters": ["kpp"], "rule": "consensus" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0103 = D(
        "NAPSM0103", "Empty body or treaty", "Structure", Severity.Error,
        "{0} has no {1}",
        "A body has no voters, or a treaty has no parties.\n\n"
        + "Why it matters: a body without voters can never decide anything (or, under some rules, decides everything with nobody in favour), and a "
        + "treaty without parties binds no one and can never be ratified. Either is almost always an unfinished element.\n\n"
        + "How to fix: list the members who vote in the body, or the parties to the treaty; or remove the element.",
        "List the body's voters or the treaty's parties, or remove the element.",
        """
        "bodies": [ { "id": "council", "name": "Council", "voters": [], "rule": "consensus" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0104 = D(
        "NAPSM0104", "Unsourced or uncited", "Structure", Severity.Info,
        "{0} {1}",
        "A declared source is cited by nothing in the design, or a principle has no source.\n\n"
        + "Why it matters: designs are argued over, and every principle should say where it comes from (the UN Charter, the Helsinki Final Act, "
        + "a joint statement) so that reviewers can check the wording. A source nobody cites is either dead weight or a sign that a citation "
        + "was forgotten.\n\n"
        + "How to fix: cite the source from the elements that rest on it (\"source\": \"id\"), or remove it; give the principle a source.",
        "Cite the source where it is used (or remove it); give every principle a source.",
        """
        "sources": [ { "id": "js-2005", "title": "Joint Statement of the Fourth Round of the Six-Party Talks" } ],
        "principles": [ { "id": "denuclearisation", "title": "Verifiable denuclearisation" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0105 = D(
        "NAPSM0105", "Confusable identifier", "Structure", Severity.Warning,
        "{0} {1}",
        "An id or name mixes scripts within one word (a Cyrillic 'а' inside a Latin word looks exactly like a Latin 'a'), contains a "
        + "bidirectional-control character (which reorders how the text is displayed), or two ids of the same kind differ only by case or "
        + "diacritics ('kp' and 'KP', 'cote' and 'côte').\n\n"
        + "Why it matters: such ids look identical, or nearly, to a human reviewer while being different to the machine, so a reference can "
        + "silently point at the wrong element, and a malicious edit can hide in plain sight. Han with kana or Hangul is ordinary writing and "
        + "is not reported.\n\n"
        + "How to fix: write ids in one script (plain ASCII is best), remove bidirectional-control characters, and make ids differ by more "
        + "than case or accents.",
        "Use one script per word, no bidirectional controls, and ids that differ by more than case or accents.",
        """
        "members": [ { "id": "kp", "name": "DPRK" }, { "id": "KP", "name": "Korea" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0106 = D(
        "NAPSM0106", "Member listed twice", "Structure", Severity.Warning,
        "{0} lists {1} {2} {3} times; it counts once",
        "A body's voters, a treaty's parties, the holders of a veto or the members a head count is taken of (its `of` list) name the "
        + "same member more than once.\n\n"
        + "Why it matters: a member has one vote in a body, one ratification of a treaty and one veto however often it is listed, so every analysis "
        + "counts it once and the list says something the design does not mean. A repeated id is usually a copy-paste slip that hides a "
        + "member who was meant to be there, or a weighted vote written the wrong way (give a member more weight with a weighted rule).\n\n"
        + "How to fix: list each member once; if the member was meant to have more say, use a weighted rule.",
        "List each member once (use a weighted rule to give a member more say).",
        """
        "bodies": [ { "id": "council", "name": "Council", "voters": ["cn", "jp", "cn"], "rule": "simpleMajority" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0201 = D(
        "NAPSM0201", "Member without a role", "Bodies", Severity.Info,
        "{0} sits in no body and is party to no treaty",
        "A member votes in no body and is party to no treaty.\n\n"
        + "Why it matters: membership that carries no vote and no obligation is nominal; usually the member was meant to sit in a body or "
        + "sign a treaty and the design forgot it. If the member is an observer by intent, say so by suppressing this diagnostic with a reason.\n\n"
        + "How to fix: add the member to the voters of the bodies it belongs to, or to the parties of its treaties.",
        "Add the member to a body's voters or a treaty's parties (or suppress with a reason for an observer).",
        """
        "members": [ { "id": "mn", "name": "Mongolia" } ],
        "bodies": [ { "id": "council", "name": "Council", "voters": ["cn", "us"], "rule": "consensus" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0202 = D(
        "NAPSM0202", "Reporting cycle", "Bodies", Severity.Error,
        "bodies report to each other in a cycle: {0}",
        "Bodies report to each other in a cycle: A reports to B, B reports to C, and C reports to A (or a body reports to itself).\n\n"
        + "Why it matters: a reporting line is a hierarchy of accountability. In a cycle no body is ultimately answerable, a matter can be "
        + "referred round for ever, and the design has no top.\n\n"
        + "How to fix: decide which body is senior and remove its 'reportsTo', or point it at a body outside the cycle.",
        "Remove one 'reportsTo' of the cycle so that the senior body reports to no one in it.",
        """
        "bodies": [
          { "id": "council", "name": "Council", "voters": ["cn"], "rule": "consensus", "reportsTo": "secretariat" },
          { "id": "secretariat", "name": "Secretariat", "voters": ["cn"], "rule": "consensus", "reportsTo": "council" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0203 = D(
        "NAPSM0203", "Uncovered issue area", "Bodies", Severity.Warning,
        "issue area {0} is declared but no body's mandate covers it",
        "The design declares an issue area (military, economic, energy …) that no body's mandate covers.\n\n"
        + "Why it matters: an area the institution claims to address but no organ may decide on is a gap: matters in it can be raised but never "
        + "settled, and they drift to other forums.\n\n"
        + "How to fix: add the area to the mandate of the body that should handle it, create a working group for it, or drop it from 'issueAreas'.",
        "Add the area to a body's mandate, or remove it from 'issueAreas'.",
        """
        "issueAreas": ["military", "energy"],
        "bodies": [ { "id": "council", "name": "Council", "voters": ["cn"], "rule": "consensus", "mandate": ["military"] } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0204 = D(
        "NAPSM0204", "Chair not a voter", "Bodies", Severity.Warning,
        "{0} is chaired by {1}, who is not a voter of the body",
        "A body's chair is a member who does not vote in it.\n\n"
        + "Why it matters: a chair usually speaks for the body and sets its agenda; a chair from outside the body may be intended (an independent "
        + "chair, a rotating presidency), but more often a voter was left out, or the wrong member was named.\n\n"
        + "How to fix: add the chair to the body's voters, or name a voter as chair; if an outside chair is intended, suppress with a reason.",
        "Name a voter as chair, or add the chair to the voters.",
        """
        "bodies": [ { "id": "council", "name": "Council", "voters": ["cn", "us"], "rule": "consensus", "chair": "jp" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0205 = D(
        "NAPSM0205", "Body with one voter", "Bodies", Severity.Info,
        "{0} has a single voter, {1}: whatever its rule, it decides as {1} does",
        "A body lists exactly one voter (counting each member once).\n\n"
        + "Why it matters: a one-voter body is not a collective body: every rule, from unanimity to a simple majority, gives that member "
        + "the whole decision, and its voting-power figures are trivially 1. That may be intended (an office such as a secretary-general, "
        + "modelled as a body), but more often the other voters were left out.\n\n"
        + "How to fix: list the other members who vote in the body; if a one-member office is intended, suppress with a reason.",
        "List the body's other voters, or suppress for a one-member office.",
        """
        "bodies": [ { "id": "council", "name": "Council", "voters": ["cn"], "rule": "consensus" } ]
        """);
}
