namespace Napsm.Core.Treaties;

/// <summary>What is wrong with a ratification event.</summary>
public enum RatificationProblemKind
{
    /// <summary>The event is by someone who is not a party; it is ignored.</summary>
    NotAParty,

    /// <summary>The event is dated before the one listed before it (events are applied in date order anyway).</summary>
    OutOfOrder,

    /// <summary>The event does not fit the party's history: a ratification while already ratified, a revocation without a standing ratification, a withdrawal of a party that had not ratified or had already withdrawn.</summary>
    DoesNotFitHistory,

    /// <summary>A ratification dated before the treaty was opened for signature.</summary>
    BeforeOpening,
}
