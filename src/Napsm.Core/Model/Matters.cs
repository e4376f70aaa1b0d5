namespace Napsm.Core.Model;

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
