namespace Napsm.Core.Validation;

// NAPSM03xx: decision rules as voting games (implemented with Napsm.Core.Voting).
internal static partial class BuiltIn
{
    public static readonly DiagnosticDescriptor NAPSM0301 = D(
        "NAPSM0301", "Rule can never pass", "Voting", Severity.Error,
        "the rule {0} of {1} can never pass: even all {2} voters together do not win",
        "A decision rule cannot be met even when every voter is in favour: a quota above the total weight, a head count above the number of "
        + "voters, an 'all' of clauses that cannot hold together.\n\n"
        + "Why it matters: the body can never take a decision; whatever it is meant to do, it cannot.\n\n"
        + "How to fix: lower the threshold, correct the weights, or remove the clause that cannot be met.",
        "Lower the threshold or correct the clause that cannot be met.",
        """
        "bodies": [ { "id": "council", "name": "Council", "voters": ["cn", "jp", "kr"], "rule": { "atLeast": 4 } } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0302 = D(
        "NAPSM0302", "Rule passes with nobody in favour", "Voting", Severity.Error,
        "the rule {0} of {1} passes with nobody in favour",
        "A decision rule is met by the empty coalition: a threshold of zero, a weighted quota of zero, an 'any' with such a clause.\n\n"
        + "Why it matters: every proposal passes, including a proposal and its opposite; the body decides nothing.\n\n"
        + "How to fix: set a positive threshold.",
        "Set a positive threshold.",
        """
        "bodies": [ { "id": "council", "name": "Council", "voters": ["cn", "jp"], "rule": { "atLeast": 0 } } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0303 = D(
        "NAPSM0303", "Improper rule", "Voting", Severity.Error,
        "the rule {0} of {1} is improper: the disjoint coalitions {2} and {3} can both pass",
        "Two coalitions with no member in common can both pass a decision, so a proposal and its opposite can both be adopted.\n\n"
        + "Why it matters: an improper rule lets rival camps pass contradictory decisions on the same day; the body's decisions then mean nothing. "
        + "Thresholds at or below half (at least 50%, at least 3 of 6) are the usual cause.\n\n"
        + "How to fix: raise the threshold above half ('moreThan 50%', 'simpleMajority'), or add a clause that both camps cannot meet.",
        "Raise the threshold above half, or add a clause two disjoint camps cannot both meet.",
        """
        "bodies": [ { "id": "council", "name": "Council", "voters": ["a", "b", "c", "d"], "rule": { "atLeast": 2 } } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0304 = D(
        "NAPSM0304", "Dummy voter", "Voting", Severity.Warning,
        "{0} is a dummy in {1}: its vote never changes the outcome of {2}",
        "A voter's vote can never change an outcome: every coalition that wins with it also wins without it. The classic case is Luxembourg "
        + "in the Council of the European Economic Community of 1958 (Treaty of Rome, Art. 148: weights 4, 4, 4, 2, 2, 1 and a quota of 12), "
        + "whose single vote could never turn a losing coalition into a winning one.\n\n"
        + "Why it matters: the member has a seat but no power; the weights look fair and are not.\n\n"
        + "How to fix: change the weights or the quota so that the member can be pivotal (compare the power indices with 'napsm power').",
        "Change the weights or the quota so that every voter can be pivotal.",
        """
        "rule": { "weighted": { "weights": { "fr": 4, "de": 4, "it": 4, "be": 2, "nl": 2, "lu": 1 }, "atLeast": 12 } }
        """);

    public static readonly DiagnosticDescriptor NAPSM0305 = D(
        "NAPSM0305", "Redundant clause", "Voting", Severity.Warning,
        "clause {0} of {1} never changes the outcome of {2}",
        "A clause of an 'all' or 'any' rule never changes which coalitions win: removing it gives the same game. For example, 'all' of a "
        + "two-thirds majority and a simple majority: the simple majority is implied. A clause repeated in the same 'all' or 'any' is "
        + "reported once, at its first copy, with the number of copies: each copy alone changes nothing.\n\n"
        + "Why it matters: a clause that does nothing suggests the authors thought it did something, such as a safeguard that in fact never bites.\n\n"
        + "How to fix: remove the clause, or change it so that it adds the condition intended.",
        "Remove the clause, or change it so that it adds the condition intended.",
        """
        "rule": { "all": [ { "atLeast": "2/3" }, "simpleMajority" ] }
        """);

    public static readonly DiagnosticDescriptor NAPSM0306 = D(
        "NAPSM0306", "Clause that rarely matters", "Voting", Severity.Info,
        "clause {0} of {1} changes the outcome for only {2} of {3} coalitions",
        "A clause of an 'all' or 'any' rule changes the outcome for only a tiny share of coalitions (by default at most 1%; see "
        + "ValidationOptions.TinyClauseShare), such as a population criterion added to a weighted vote that almost every winning coalition "
        + "meets anyway.\n\n"
        + "Why it matters: the clause adds complexity, negotiation and perceived protection for very little effect; reviewers should know.\n\n"
        + "How to fix: nothing, if the clause is a deliberate safeguard; otherwise simplify the rule.",
        "Confirm the clause is worth its complexity, or simplify the rule.",
        """
        "rule": { "all": [ { "weighted": { "by": "votes", "atLeast": 255 } }, { "weighted": { "by": "population", "atLeast": "62%" } } ] }
        """);

    public static readonly DiagnosticDescriptor NAPSM0307 = D(
        "NAPSM0307", "Rule names a non-voter", "Voting", Severity.Error,
        "{0} names {1}, who is not a voter of {2}",
        "A veto holder, a voter counted in a head count's 'of', or a voter given a weight is not a voter of the body (or not a party of the "
        + "treaty, for an entry-into-force rule).\n\n"
        + "Why it matters: the rule ranges over the body's voters; a name outside them has no vote to cast, so a veto it holds can never be "
        + "exercised, or a required vote can never be given.\n\n"
        + "How to fix: add the member to the voters, or remove it from the rule.",
        "Add the member to the voters, or remove it from the rule.",
        """
        "bodies": [ { "id": "council", "name": "Council", "voters": ["cn", "us"], "rule": { "veto": ["ru"] } } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0308 = D(
        "NAPSM0308", "Missing weight", "Voting", Severity.Error,
        "{0} has no weight in the rule {1} of {2}",
        "A voter of a weighted rule has no weight: it is missing from the inline weights, or it lacks the attribute the weights are taken from.\n\n"
        + "Why it matters: a voter without a weight counts as zero, which is rarely what the authors meant, and the quota's percentage is "
        + "of a total that leaves the member out.\n\n"
        + "How to fix: give the voter a weight (0 if intended), or add the attribute to the member.",
        "Give every voter a weight (or the attribute).",
        """
        "rule": { "weighted": { "weights": { "cn": 3, "us": 3 }, "atLeast": 4 } }
        """);

    public static readonly DiagnosticDescriptor NAPSM0309 = D(
        "NAPSM0309", "Threshold out of range", "Voting", Severity.Error,
        "the threshold of {0} in {1} is out of range: {2}",
        "A threshold is outside what its voters allow: consensus minus k with k at least the number of voters, a percentage above 100%, a "
        + "fraction above 1, a count above the number of voters counted, a quota above the total weight.\n\n"
        + "Why it matters: such a rule either can never pass or passes with nobody in favour; either way, it is not the rule intended.\n\n"
        + "How to fix: correct the threshold.",
        "Correct the threshold so that it lies within the voters' count or weight.",
        """
        "bodies": [ { "id": "council", "name": "Council", "voters": ["cn", "jp", "kr"], "rule": { "consensusMinus": 3 } } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0310 = D(
        "NAPSM0310", "Everyone holds a veto", "Voting", Severity.Info,
        "every voter of {0} holds a veto under {1}",
        "Every voter can block every decision on its own: the rule is unanimity in effect.\n\n"
        + "Why it matters: that may be the intention (consensus bodies), but it also means one member can paralyse the body; reviewers "
        + "should know the body is a unanimity body whatever its rule says.\n\n"
        + "How to fix: nothing, if unanimity is intended; otherwise lower the threshold (consensus minus one, a qualified majority).",
        "Confirm unanimity is intended, or lower the threshold.",
        """
        "bodies": [ { "id": "council", "name": "Council", "voters": ["cn", "jp", "kr"], "rule": "consensus" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0311 = D(
        "NAPSM0311", "Not decisive", "Voting", Severity.Info,
        "the rule {0} of {1} is not decisive: {2} and its complement {3} both fail",
        "A coalition and its complement can both fail, so neither a proposal nor its opposite passes: deadlock is possible.\n\n"
        + "Why it matters: deadlock is the normal state of consensus bodies and of qualified majorities; it is worth knowing which coalitions "
        + "can keep the status quo.\n\n"
        + "How to fix: nothing, if deadlock is acceptable; otherwise lower the threshold to a simple majority with an odd number of voters.",
        "Accept the possibility of deadlock, or make the rule decisive.",
        """
        "bodies": [ { "id": "council", "name": "Council", "voters": ["a", "b", "c", "d"], "rule": "simpleMajority" } ]
        """);

    public static readonly DiagnosticDescriptor NAPSM0312 = D(
        "NAPSM0312", "Analysis skipped", "Voting", Severity.Info,
        "{0} was not computed for {1}: {2}",
        "An analysis was skipped because it would have exceeded the limits (ValidationOptions.Limits): too many voters, or too much work, "
        + "or the time limit of the run (ValidationOptions.TimeLimit).\n\n"
        + "Why it matters: the checks that depend on it were not run; the design is not known to pass them. The validator never passes a check "
        + "silently.\n\n"
        + "How to fix: raise the limits (at the cost of time and memory), or simplify the rule.",
        "Raise ValidationOptions.Limits or simplify the rule.",
        "");

    public static readonly DiagnosticDescriptor NAPSM0313 = D(
        "NAPSM0313", "Dictator", "Voting", Severity.Warning,
        "{0} is a dictator in {1}: it alone decides under {2}",
        "One member alone decides: every coalition with it wins and every coalition without it loses.\n\n"
        + "Why it matters: the other voters have no power at all; the body is one member's instrument.\n\n"
        + "How to fix: lower that member's weight or remove its sole power to decide.",
        "Lower the member's weight or remove its sole power to decide.",
        """
        "rule": { "weighted": { "weights": { "us": 51, "jp": 25, "kr": 24 }, "moreThan": "50%" } }
        """);

    public static readonly DiagnosticDescriptor NAPSM0314 = D(
        "NAPSM0314", "Power out of proportion to weight", "Voting", Severity.Info,
        "{0} has {1} of the Banzhaf power but {2} of the weight in {3}",
        "A member's share of Banzhaf power differs from its share of the weight by more than the margin (ValidationOptions.PowerMargin, by "
        + "default 10 percentage points). Weights are not power: with a quota, a small weight can be worth nothing and a large one everything.\n\n"
        + "Why it matters: designers usually choose weights to give members a share of influence; the power index shows what they actually get.\n\n"
        + "How to fix: adjust the weights or the quota, and compare power indices ('napsm power') until the shares are as intended.",
        "Adjust weights or quota until power shares are as intended.",
        """
        "rule": { "weighted": { "weights": { "a": 49, "b": 49, "c": 2 }, "moreThan": "50%" } }
        """);
}
