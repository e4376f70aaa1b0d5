using NodaTime;

namespace Napsm.Core.Model;

/// <summary>What a ratification event does.</summary>
public enum RatificationKind
{
    /// <summary>The member deposits its ratification.</summary>
    Ratified,

    /// <summary>The member revokes an earlier ratification (Russia and the CTBT, 2023).</summary>
    Revoked,

    /// <summary>The member withdraws from the treaty.</summary>
    Withdrawn,
}
