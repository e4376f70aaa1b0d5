namespace Napsm.Core.Model;

/// <summary>
/// What a head count or weighted rule's threshold is a share of: every voter (today's meaning), those present, or those present and
/// voting. The base matters only where voters may abstain or be absent; see docs/format.md ("Abstention, quorum and base").
/// </summary>
public enum VoteBase
{
    /// <summary>Of every voter counted (all the voters, or the <c>of</c> list), present or not: the default.</summary>
    Members,

    /// <summary>Of the voters counted who are present: those voting yes, voting no or abstaining.</summary>
    Present,

    /// <summary>Of the voters counted who vote yes or no ("present and voting"): abstentions and absences do not count.</summary>
    PresentAndVoting,
}

/// <summary>
/// One kind of decision a body takes — a matter, such as <c>procedural</c>, <c>substantive</c> or <c>budget</c> — with its own rule
/// and optional quorum. A body's <see cref="Body.Rule"/> is the matter <see cref="DefaultMatter"/>.
/// </summary>
public sealed record Decision
{
    /// <summary>The matter the body's plain <c>rule</c> stands for.</summary>
    public const string DefaultMatter = "default";

    /// <summary>Creates a decision rule for a matter.</summary>
    /// <param name="matter">The matter's id, unique within the body.</param>
    /// <param name="rule">Which coalitions of the body's voters can pass a decision on the matter.</param>
    public Decision(string matter, DecisionRule rule)
    {
        Matter = matter;
        Rule = rule;
    }

    /// <summary>The matter's id, unique within the body (<see cref="DefaultMatter"/> for the body's plain rule).</summary>
    public string Matter { get; init => field = Guard.NotNull(value); }

    /// <summary>Which coalitions of the body's voters can pass a decision on the matter.</summary>
    public DecisionRule Rule { get; init => field = Guard.NotNull(value); }

    /// <summary>
    /// A rule over who is present (yes, no or abstaining): unless the present voters pass it, nothing passes; optional. It is read as a
    /// simple game over the body's voters, the present ones being "in favour".
    /// </summary>
    public DecisionRule? Quorum { get; init; }

    /// <summary>The id of the source for the matter's rule (a charter article); optional.</summary>
    public string? Source { get; init; }

    /// <summary>Whether this is the body's plain rule, the matter <see cref="DefaultMatter"/>.</summary>
    public bool IsDefault => Matter == DefaultMatter;
}

/// <summary>Which rules use the options that read abstention or absence (#15), so outputs can say their figures are of the binary game.</summary>
internal static class AbstentionOptions
{
    /// <summary>Whether a rule (or a quorum on it) has a base other than members, a quorum, or a veto that abstention does not block.</summary>
    public static bool Used(DecisionRule rule) => rule switch
    {
        HeadCountRule h => h.Base != VoteBase.Members || h.Quorum is not null,
        WeightedRule w => w.Base != VoteBase.Members || w.Quorum is not null,
        VetoRule v => !v.AbstentionBlocks,
        AllRule a => a.Clauses.Any(Used),
        AnyRule a => a.Clauses.Any(Used),
        _ => false,
    };

    /// <summary>Whether a matter uses them: its rule, or a quorum of its own.</summary>
    public static bool Used(Decision decision) => decision.Quorum is not null || Used(decision.Rule);
}
