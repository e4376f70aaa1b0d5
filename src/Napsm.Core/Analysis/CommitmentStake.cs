using Napsm.Core.Model;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>A commitment that concerns the member: one it gives, or one given to it.</summary>
public sealed record CommitmentStake
{
    internal CommitmentStake(string id, string phase) => (Id, Phase) = (id, phase);

    /// <summary>The commitment's id.</summary>
    public string Id { get; }

    /// <summary>The id of the phase it belongs to.</summary>
    public string Phase { get; }

    /// <summary>The phase's name.</summary>
    public required string PhaseName { get; init; }

    /// <summary>What is undertaken, in words.</summary>
    public required string Action { get; init; }

    /// <summary>Who undertakes it.</summary>
    public IReadOnlyList<string> By { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Who it is owed to.</summary>
    public IReadOnlyList<string> To { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Which way it runs for the member.</summary>
    public required CommitmentSide Side { get; init; }

    /// <summary>
    /// The commitments of the member it is exchanged for (either side may name the other in <c>inExchangeFor</c>); empty when it is
    /// not part of an exchange with the member.
    /// </summary>
    public IReadOnlyList<string> ExchangedFor { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The date it falls due, when one is known.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Where <see cref="Date"/> comes from.</summary>
    public required DateBasis DateBasis { get; init; }

    /// <summary>Its horizon.</summary>
    public required Horizon Horizon { get; init; }

    /// <summary>When <see cref="Horizon.Undated"/>: why, in words.</summary>
    public string? UndatedBecause { get; init; }
}
