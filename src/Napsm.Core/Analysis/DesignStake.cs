using Napsm.Core.Model;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>What is at stake for the member in one design.</summary>
public sealed record DesignStake
{
    internal DesignStake(string design, string name) => (Design, Name) = (design, name);

    /// <summary>The design's id.</summary>
    public string Design { get; }

    /// <summary>The design's name.</summary>
    public string Name { get; }

    /// <summary>The file the design came from, or <see langword="null"/>.</summary>
    public string? File { get; init; }

    /// <summary>The design's <c>asOf</c>, from which horizons are counted.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>Whether the member is a member of this design.</summary>
    public required bool IsMember { get; init; }

    /// <summary>Whether this is the baseline design.</summary>
    public required bool IsBaseline { get; init; }

    /// <summary>
    /// The id of the alignment the bodies' <see cref="BodyStake.Bloc"/> figures are under: <see cref="StakeOptions.Alignment"/> when this
    /// design has it, else <see langword="null"/>.
    /// </summary>
    public string? Alignment { get; init; }

    /// <summary>The member's power in every body, in the design's order.</summary>
    public IReadOnlyList<BodyStake> Bodies { get; init => field = ValueList<BodyStake>.From(value); } = ValueList<BodyStake>.Empty;

    /// <summary>
    /// Bodies of the baseline that this design does not have (by id), with the power the member had there; empty for the baseline.
    /// </summary>
    public IReadOnlyList<BodyStake> BodiesRemoved { get; init => field = ValueList<BodyStake>.From(value); } = ValueList<BodyStake>.Empty;

    /// <summary>Every commitment that concerns the member, in the design's order; each is in exactly one horizon.</summary>
    public IReadOnlyList<CommitmentStake> Commitments { get; init => field = ValueList<CommitmentStake>.From(value); } = ValueList<CommitmentStake>.Empty;

    /// <summary>The treaties the member is a party to, in the design's order.</summary>
    public IReadOnlyList<TreatyStake> Treaties { get; init => field = ValueList<TreatyStake>.From(value); } = ValueList<TreatyStake>.Empty;

    /// <summary>The validator's full report on the design.</summary>
    public required ValidationReport Validation { get; init; }

    /// <summary>The diagnostics that involve the member, in report order.</summary>
    public IReadOnlyList<StakeDiagnostic> Diagnostics { get; init => field = ValueList<StakeDiagnostic>.From(value); } = ValueList<StakeDiagnostic>.Empty;

    /// <summary>The commitments in a horizon, in the design's order.</summary>
    /// <param name="horizon">The horizon.</param>
    /// <returns>The commitments.</returns>
    public IReadOnlyList<CommitmentStake> In(Horizon horizon) => [.. Commitments.Where(c => c.Horizon == horizon)];
}
