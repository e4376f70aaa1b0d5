namespace Napsm.Core.Validation;

// NAPSM06xx: principles and norms, alone and against the rest of the design; NAPSM09xx: the validator itself.
internal static partial class BuiltIn
{
    public static readonly DiagnosticDescriptor NAPSM0601 = D(
        "NAPSM0601", "Conflicting norms", "Principles", Severity.Error,
        "{0} obliges {1} to {2}, but {3} forbids {4} to {2}, and both apply {5}",
        "One norm obliges what another forbids: the same action, subjects that overlap ('*' overlaps every member), and conditions that can "
        + "hold together (no condition one norm requires is one the other is suspended by).\n\n"
        + "Why it matters: a member bound by both cannot comply with both; every dispute under them is a dispute about which prevails.\n\n"
        + "How to fix: narrow one norm's subject, add an 'unless' condition that separates them, or drop one.",
        "Narrow a subject, add an 'unless' that separates the norms, or drop one.",
        """
        "principles": [
          { "id": "p1", "title": "Inspections", "norms": [ { "subject": "*", "deontic": "must", "action": "admit-inspectors" } ] },
          { "id": "p2", "title": "Sovereignty", "norms": [ { "subject": "kp", "deontic": "mustNot", "action": "admit-inspectors" } ] } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0602 = D(
        "NAPSM0602", "Unequal voting power", "Principles", Severity.Warning,
        "{0} declares sovereign equality, but {1} gives members unequal voting power: {2}",
        "The design declares sovereign equality (a principle tagged 'sovereign-equality'), but a body gives its voters unequal voting power: "
        + "their Banzhaf indices differ (figures shown).\n\n"
        + "Why it matters: sovereign equality (UN Charter, Art. 2(1)) is the promise that no member counts for more; a veto or a weighted vote "
        + "breaks it, which may be an accepted price, but should be a conscious one.\n\n"
        + "How to fix: give the body a symmetric rule (consensus, a head count), or say in the principle why the body is an exception and "
        + "suppress with a reason.",
        "Give the body a symmetric rule, or suppress with the reason for the exception.",
        """
        "principles": [ { "id": "eq", "title": "Sovereign equality", "tags": ["sovereign-equality"] } ],
        "bodies": [ { "id": "council", "name": "Council", "voters": ["cn", "jp", "kr"], "rule": { "all": [ "simpleMajority", { "veto": ["cn"] } ] } } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0603 = D(
        "NAPSM0603", "Consensus not kept", "Principles", Severity.Warning,
        "{0} declares consensus, but {1} decides by {2}, which passes over the objection of {3}",
        "The design declares consensus as a principle (a principle tagged 'consensus'), but a body's rule, or the rule of one of its "
        + "matters (a procedural or budget matter decided by a majority), lets a decision pass over an objection: some coalition without "
        + "every voter wins. Each such rule is reported at its own place.\n\n"
        + "Why it matters: members joined on the promise that nothing is decided against them; a body that can outvote them breaks it.\n\n"
        + "How to fix: make the body decide by consensus or unanimity, or restrict the principle (suppress for that body with a reason).",
        "Make the body decide by consensus, or suppress for that body with a reason.",
        """
        "principles": [ { "id": "c", "title": "Consensus", "tags": ["consensus"] } ],
        "bodies": [ { "id": "council", "name": "Council", "voters": ["cn", "jp", "kr"], "rule": "simpleMajority" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0604 = D(
        "NAPSM0604", "Intervention without consent", "Principles", Severity.Warning,
        "{0} declares non-intervention, but {1} has a {2} mandate and can act without the consent of {3}",
        "The design declares non-intervention (a principle tagged 'non-intervention'), but a body with a monitoring or enforcement mandate "
        + "(a mandate area whose name contains 'monitor', 'verif', 'inspect', 'enforce' or 'sanction') can decide without the consent of the "
        + "member concerned: some voter holds no veto in it.\n\n"
        + "Why it matters: monitoring or enforcing against a member over its objection is what non-intervention forbids; the two promises "
        + "cannot both be kept.\n\n"
        + "How to fix: give each member a veto over measures concerning it (consensus, or consensus minus the member concerned), or narrow "
        + "the body's mandate.",
        "Require the consent of the member concerned, or narrow the mandate.",
        """
        "principles": [ { "id": "ni", "title": "Non-intervention", "tags": ["non-intervention"] } ],
        "bodies": [ { "id": "verif", "name": "Verification commission", "voters": ["cn", "us", "kp"], "rule": "simpleMajority", "mandate": ["monitoring"] } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0605 = D(
        "NAPSM0605", "Norms in tension", "Principles", Severity.Warning,
        "{0} permits {1} to {2}, but {3} forbids {4} to {2}, and both apply {5}",
        "One norm permits what another forbids: the same action, overlapping subjects, and conditions that can hold together.\n\n"
        + "Why it matters: the permission is empty where the prohibition applies, or the prohibition is undermined; either way the text "
        + "promises something it does not give.\n\n"
        + "How to fix: make the permission an exception of the prohibition (an 'unless' condition), or narrow one of them.",
        "Turn the permission into an 'unless' of the prohibition, or narrow one.",
        """
        "principles": [
          { "id": "p1", "title": "Self-defence", "norms": [ { "subject": "*", "deontic": "may", "action": "use-force" } ] },
          { "id": "p2", "title": "Non-use of force", "norms": [ { "subject": "*", "deontic": "mustNot", "action": "use-force" } ] } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0901 = D(
        "NAPSM0901", "Unused suppression or unknown id", "Meta", Severity.Warning,
        "{0}",
        "A suppression in the design matches no diagnostic, or the options (a severity or a suppression) name an id that is not a rule.\n\n"
        + "Why it matters: a suppression that matches nothing no longer documents anything (the problem was fixed, or the pointer is wrong), "
        + "and an unknown id is usually a typo that leaves the intended rule at its default.\n\n"
        + "How to fix: remove the suppression, correct its 'at' pointer, or correct the id.",
        "Remove the stale suppression or correct the id or pointer.",
        """
        "suppress": [ { "id": "NAPSM0304", "at": "/bodies/0", "why": "Luxembourg accepted this in 1958" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0606 = D(
        "NAPSM0606", "Minority of members decides", "Principles", Severity.Warning,
        "{0} declares sovereign equality, but {1} passes {2} with {3} of its {4} voters in favour: {5}",
        "The design declares sovereign equality (a principle tagged 'sovereign-equality'), but a body's rule counts only those present, or "
        + "only those voting yes or no (\"base\": \"present\" or \"presentAndVoting\"), so that a minority of its voters can pass a "
        + "decision while the others abstain or stay away. The message gives one such vote (a witness profile), checked against the rule; "
        + "the check reports only what it has verified, so a rule it does not report may still let a minority decide.\n\n"
        + "Why it matters: the members are equals, yet those who turn up and vote decide for everyone; a quorum that abstainers or "
        + "members present can meet does not prevent it. Whether that is the intended price of getting decisions taken should be a "
        + "conscious choice.\n\n"
        + "How to fix: count the threshold of all members (\"base\": \"members\", the default), or add a quorum of yes votes (an "
        + "\"all\" with a head count of members), or say in the principle why the body is an exception and suppress with a reason.",
        "Count the threshold of all members, or require a minimum of yes votes.",
        """
        "principles": [ { "id": "eq", "title": "Sovereign equality", "tags": ["sovereign-equality"] } ],
        "bodies": [ { "id": "board", "name": "Board", "voters": ["a", "b", "c", "d", "e"],
                      "rule": { "moreThan": "1/2", "base": "presentAndVoting" } } ]
        """);
}
