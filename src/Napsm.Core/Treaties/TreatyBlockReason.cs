namespace Napsm.Core.Treaties;

/// <summary>Why a treaty is <see cref="TreatyState.Blocked"/>; <see cref="TreatyStatus.Blockers"/> names who.</summary>
public enum TreatyBlockReason
{
    /// <summary>The rule needs ids that are not parties to the treaty (the blockers), so no ratifications can meet it.</summary>
    NeedsNonParties,

    /// <summary>The rule cannot be met even if every party ratifies (no one in particular blocks it).</summary>
    RuleCannotBeMet,

    /// <summary>Parties have withdrawn (the blockers), and the rule cannot be met without them.</summary>
    Withdrawals,
}
