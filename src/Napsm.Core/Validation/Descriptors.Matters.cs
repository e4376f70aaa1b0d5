namespace Napsm.Core.Validation;

// NAPSM0315–0329: decision rules as institutions write them (#15): matters, quorums, abstention, bases.
internal static partial class BuiltIn
{
    public static readonly DiagnosticDescriptor NAPSM0315 = D(
        "NAPSM0315", "Duplicate matter", "Voting", Severity.Error,
        "{0} decides matter {1} twice: the first rule is at {2}",
        "Two decisions of one body name the same matter, so which rule applies to a decision on it is ambiguous.\n\n"
        + "Why it matters: the matter is the question members ask first ('is this procedural?'); two answers mean none. Analyses and "
        + "'napsm power --matter' use the first.\n\n"
        + "How to fix: give each matter its own id, or remove the duplicate.",
        "Give each matter of a body its own id.",
        """
        "decisions": [ { "matter": "budget", "rule": { "atLeast": "2/3" } }, { "matter": "budget", "rule": "simpleMajority" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0316 = D(
        "NAPSM0316", "Quorum that can never be met", "Voting", Severity.Error,
        "the quorum {0} of {1} can never be met: even all {2} voters present do not make it",
        "A quorum — the rule over who must be present before anything can pass — is not met even when every voter attends: a count above "
        + "the number of voters, a veto set naming a non-voter, a fraction above the whole.\n\n"
        + "Why it matters: without a quorum nothing passes, so the rule it guards can never be applied.\n\n"
        + "How to fix: lower the quorum (a majority of the members, { \"moreThan\": \"1/2\" }, is the usual one).",
        "Lower the quorum so that the voters can meet it.",
        """
        "rule": { "moreThan": "1/2", "base": "presentAndVoting", "quorum": { "atLeast": 4 } }
        """);

    public static readonly DiagnosticDescriptor NAPSM0317 = D(
        "NAPSM0317", "Matter decided more easily than the default", "Voting", Severity.Info,
        "matter {0} of {1} passes more easily than the default rule {2}: every coalition that passes the default passes it, and {3} passes it alone",
        "The rule of a named matter accepts every coalition the body's default rule accepts, and more. That is the point of a procedural "
        + "matter (the UN Security Council's nine votes without a veto), but a matter such as 'budget' or 'important questions' is usually "
        + "meant to be harder to pass, not easier.\n\n"
        + "Why it matters: whoever decides which matter a question is decides how hard it is to pass; reviewers should know which matters "
        + "lower the bar.\n\n"
        + "How to fix: nothing, if the matter is meant to be easier (a procedural matter); otherwise raise its threshold.",
        "Confirm that the matter is meant to pass more easily than the default, or raise its threshold.",
        """
        "rule": { "atLeast": "2/3" }, "decisions": [ { "matter": "budget", "rule": "simpleMajority" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0318 = D(
        "NAPSM0318", "Abstention practice without effect", "Voting", Severity.Warning,
        "the veto {0} in {1} says abstention does not block, but {2} requires the vote in favour of {3} anyway",
        "A veto says its holders block only by voting no (\"abstentionBlocks\": false, the UN Security Council's practice), but another "
        + "clause of the same 'all' counts an abstention as no and cannot pass without the holder's vote in favour (unanimity, a second "
        + "veto, a head count that needs every voter it counts).\n\n"
        + "Why it matters: the abstention practice the design states is never applied: a holder who abstains still blocks.\n\n"
        + "How to fix: lower the other clause, give it \"base\": \"presentAndVoting\", or drop \"abstentionBlocks\": false.",
        "Make the other clause tolerate the holder's abstention, or drop \"abstentionBlocks\": false.",
        """
        "rule": { "all": [ "unanimity", { "veto": ["cn", "us"], "abstentionBlocks": false } ] }
        """);

    public static readonly DiagnosticDescriptor NAPSM0319 = D(
        "NAPSM0319", "Present-and-voting rule without quorum", "Voting", Severity.Warning,
        "the clause {0} of {1} counts only those {2}, and no quorum requires anyone to attend: with one voter present, that voter's vote alone meets it",
        "A threshold is a share of those present (or present and voting), but neither the rule nor its matter has a quorum, so a handful of "
        + "members present can decide for all.\n\n"
        + "Why it matters: a majority of those present and voting is a majority of whoever turns up; institutions that use it set a quorum "
        + "(the IAEA Board: two-thirds of its members).\n\n"
        + "How to fix: add a quorum, such as { \"atLeast\": \"2/3\" } of the members present.",
        "Add a quorum to the rule or its matter.",
        """
        "rule": { "moreThan": "1/2", "base": "presentAndVoting" }
        """);
}
