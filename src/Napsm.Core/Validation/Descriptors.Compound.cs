namespace Napsm.Core.Validation;

// NAPSM0340–0349: compound bodies (#15): a body's voter "body:ID" votes as body ID decides (Shapley's compound games).
internal static partial class BuiltIn
{
    public static readonly DiagnosticDescriptor NAPSM0340 = D(
        "NAPSM0340", "Compound voter names no body", "Voting", Severity.Error,
        "{0} has voter {1}, which names no body{2}",
        "A voter written \"body:ID\" (a compound voter: it votes as body ID decides) names an id that is no body of the design: a typo, "
        + "a body that was renamed or removed, or the id of a member written with the prefix.\n\n"
        + "Why it matters: the voter stands for nobody. The body's own game treats it as one more voter, and its expanded game "
        + "(napsm power --expand) gives no figures, so the institution the file describes cannot be analysed.\n\n"
        + "How to fix: correct the id (see the suggestion), declare the body, or write the member's id without \"body:\".",
        "Correct the body id, or write a member id without the prefix.",
        """
        "bodies": [
          { "id": "board", "name": "Board", "voters": ["body:nordic", "body:baltc"], "rule": "unanimity" },
          { "id": "nordic", "name": "Nordic", "voters": ["dk", "fi"], "rule": "simpleMajority" },
          { "id": "baltic", "name": "Baltic", "voters": ["ee", "lv"], "rule": "simpleMajority" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0341 = D(
        "NAPSM0341", "Cycle of compound bodies", "Voting", Severity.Error,
        "bodies vote in each other in a cycle: {0}",
        "Bodies name each other as voters (\"body:ID\") in a cycle: one votes as the other decides, which votes as the first decides.\n\n"
        + "Why it matters: a compound body's decision is defined by its sub-bodies' decisions; in a cycle none of them is defined, so "
        + "no decision of these bodies has a meaning and their expanded games give no figures.\n\n"
        + "How to fix: decide which body is the smaller one and remove the voter that names the larger one from it; a body that "
        + "reports to another is written with \"reportsTo\", not as a voter.",
        "Remove one of the body voters of the cycle.",
        """
        "bodies": [
          { "id": "council", "name": "Council", "voters": ["body:committee", "us"], "rule": "unanimity" },
          { "id": "committee", "name": "Committee", "voters": ["body:council", "jp"], "rule": "simpleMajority" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0342 = D(
        "NAPSM0342", "Compound voter whose body can never decide", "Voting", Severity.Warning,
        "{0} has voter {1}, but {2} {3}, so that voter is {4}",
        "A compound voter (\"body:ID\") votes as its body decides, but that body's rule on the matter never passes (even all its voters "
        + "together lose) or passes with nobody in favour.\n\n"
        + "Why it matters: a body that can never decide is never in favour, so in the compound body it weighs nothing and only its "
        + "no counts (a veto it holds blocks forever); one that passes with nobody is always in favour, and its members' votes never "
        + "matter. Either way the members of the sub-body have no say through it.\n\n"
        + "How to fix: correct the sub-body's rule (NAPSM0301 and NAPSM0302 say what is wrong with it), or its voters.",
        "Correct the rule of the sub-body, or its voters.",
        """
        "bodies": [
          { "id": "board", "name": "Board", "voters": ["body:east", "us"], "rule": "unanimity" },
          { "id": "east", "name": "East", "voters": ["cn", "jp"], "rule": { "atLeast": 3 } } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0343 = D(
        "NAPSM0343", "Member reached through two voters", "Voting", Severity.Warning,
        "{0} votes in {1} through both {2} and {3}: its one vote counts in each",
        "A member votes in a compound body through two of the body's voters: directly and through a sub-body (\"body:ID\"), or through "
        + "two sub-bodies. In the expanded game the member casts one vote, which counts in every sub-body it sits in.\n\n"
        + "Why it matters: constituencies and caucuses usually partition the members (an IMF member belongs to one constituency), so "
        + "a member in two is most often a slip in the data, and it weighs the member twice. It is a warning, not an error, because "
        + "the game is still well defined and some institutions do overlap (a state in two regional groups that each vote).\n\n"
        + "How to fix: keep the member in one sub-body, or confirm that the overlap is the institution's and suppress this warning.",
        "Keep the member in one sub-body, or confirm the overlap.",
        """
        "bodies": [
          { "id": "board", "name": "Board", "voters": ["body:north", "body:south"], "rule": "unanimity" },
          { "id": "north", "name": "North", "voters": ["ca", "us"], "rule": "simpleMajority" },
          { "id": "south", "name": "South", "voters": ["mx", "us"], "rule": "simpleMajority" } ]
        """);
}
