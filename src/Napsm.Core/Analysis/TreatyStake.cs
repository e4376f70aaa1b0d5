using Napsm.Core.Model;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>What a member can do about a treaty's entry into force.</summary>
public sealed record TreatyStake
{
    internal TreatyStake(string treaty, string name) => (Treaty, Name) = (treaty, name);

    /// <summary>The treaty's id.</summary>
    public string Treaty { get; }

    /// <summary>The treaty's name.</summary>
    public string Name { get; }

    /// <summary>Whether the member is a party.</summary>
    public required bool IsParty { get; init; }

    /// <summary>Whether the member's ratification stands.</summary>
    public required bool HasRatified { get; init; }

    /// <summary>The treaty's entry-into-force status on <see cref="TreatyStatus.AsOf"/> (the design's <c>asOf</c>, or its last ratification event when it has none).</summary>
    public required TreatyStatus Status { get; init; }

    /// <summary>Whether the member can keep the treaty out of force alone: it is not in force, and every way into force needs the member.</summary>
    public required bool CanBlockAlone { get; init; }

    /// <summary>Whether the member's ratification alone would now meet the entry-into-force rule.</summary>
    public required bool CanBringIntoForceAlone { get; init; }
}
