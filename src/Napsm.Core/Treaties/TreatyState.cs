namespace Napsm.Core.Treaties;

/// <summary>Where a treaty stands on the way to entry into force, as of a date.</summary>
public enum TreatyState
{
    /// <summary>It has entered into force (it stays in force whatever happens to ratifications afterwards).</summary>
    InForce,

    /// <summary>Its rule is met but it waits for its delay, its <c>notBefore</c> date or a treaty it requires.</summary>
    Pending,

    /// <summary>Its rule is not met yet, but the parties still able to ratify could meet it.</summary>
    Open,

    /// <summary>It can never enter into force as things stand: the parties still able to ratify cannot meet its rule.</summary>
    Blocked,
}

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
