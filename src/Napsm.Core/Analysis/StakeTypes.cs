using Napsm.Core.Model;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>
/// What a stake report computes and how it groups commitments by horizon. Horizons are counted from each design's <c>asOf</c>:
/// near is up to <see cref="Near"/> after it, medium up to <see cref="Medium"/>, long beyond.
/// </summary>
public sealed record StakeOptions
{
    /// <summary>The default options: near up to one year, medium up to five years, the first design as the baseline.</summary>
    public static StakeOptions Default { get; } = new();

    /// <summary>The end of the near horizon, counted from the design's <c>asOf</c> (inclusive). The default value is one year.</summary>
    /// <exception cref="ArgumentException">The period has a time component (hours, minutes …) or is negative.</exception>
    public Period Near { get; init => field = DatePeriod(value, nameof(Near)); } = Period.FromYears(1);

    /// <summary>The end of the medium horizon, counted from the design's <c>asOf</c> (inclusive). The default value is five years.</summary>
    /// <exception cref="ArgumentException">The period has a time component (hours, minutes …) or is negative.</exception>
    public Period Medium { get; init => field = DatePeriod(value, nameof(Medium)); } = Period.FromYears(5);

    /// <summary>
    /// The id of the design that changes are measured from; <see langword="null"/> for the first design given. The default value is
    /// <see langword="null"/>.
    /// </summary>
    public string? Baseline { get; init; }

    /// <summary>The limits of the voting analyses. The default value is <see cref="AnalysisOptions.Default"/> (only Shapley–Shubik is added to Banzhaf).</summary>
    public AnalysisOptions Voting { get; init => field = Guard.NotNull(value); } = AnalysisOptions.Default;

    /// <summary>
    /// The id of an alignment (#15: a scenario of blocs voting together and members no one governs with) to weigh the member's power under,
    /// beside the plain figures: in every design that has an alignment of that id, each body's <see cref="BodyStake.Bloc"/> gives the
    /// member's Owen and Banzhaf–Owen values and its bloc's power in the quotient game. <see langword="null"/> for none. The default value
    /// is <see langword="null"/>.
    /// </summary>
    public string? Alignment { get; init; }

    /// <summary>The validator's options (severities, suppressions). The default value is <see cref="ValidationOptions.Default"/>.</summary>
    public ValidationOptions Validation { get; init => field = Guard.NotNull(value); } = ValidationOptions.Default;

    /// <summary>A horizon is counted in days, months and years from a date: a time of day, or a period back in time, means nothing there.</summary>
    private static Period DatePeriod(Period value, string name)
    {
        Guard.NotNull(value);
        if (value.HasTimeComponent) throw new ArgumentException($"{name} must be in years, months, weeks and days; {value} has a time component.", name);
        if (value.Years < 0 || value.Months < 0 || value.Weeks < 0 || value.Days < 0) throw new ArgumentException($"{name} must not be negative; got {value}.", name);
        return value;
    }
}

/// <summary>When a commitment falls due, relative to the design's <c>asOf</c>.</summary>
public enum Horizon
{
    /// <summary>Due before the design's <c>asOf</c>.</summary>
    Past,

    /// <summary>Due on or after <c>asOf</c> and no later than <see cref="StakeOptions.Near"/> after it.</summary>
    Near,

    /// <summary>Due after the near horizon and no later than <see cref="StakeOptions.Medium"/> after <c>asOf</c>.</summary>
    Medium,

    /// <summary>Due after the medium horizon.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Long is the horizon's name (near, medium, long), not a type.")]
    Long,

    /// <summary>No date can be given: no due date, no deadline from the schedule, or a design without <c>asOf</c>.</summary>
    Undated,
}

/// <summary>Where a commitment's date comes from.</summary>
public enum DateBasis
{
    /// <summary>The commitment's own <c>due</c> date.</summary>
    Due,

    /// <summary>The latest date the schedule allows for it (its phase's window and the timing constraints).</summary>
    Scheduled,

    /// <summary>No date.</summary>
    None,
}

/// <summary>Which way a commitment runs for the member.</summary>
public enum CommitmentSide
{
    /// <summary>The member undertakes it (it is among <c>by</c>), and it is not owed to the member.</summary>
    Gives,

    /// <summary>Others undertake it for the member: the member is among <c>to</c>, or it is exchanged for a commitment the member gives.</summary>
    Receives,

    /// <summary>The member undertakes it and is also among those it is owed to (a mutual undertaking).</summary>
    Mutual,
}

/// <summary>A member's voting power in one body of one design, with the change from the baseline design.</summary>
public sealed record BodyStake
{
    internal BodyStake(string body, string name) => (Body, Name) = (body, name);

    /// <summary>The body's id.</summary>
    public string Body { get; }

    /// <summary>The body's name.</summary>
    public string Name { get; }

    /// <summary>The body's rule, as text.</summary>
    public required string Rule { get; init; }

    /// <summary>The number of voters.</summary>
    public required int Voters { get; init; }

    /// <summary>Whether the member votes in the body; when not, its power is zero.</summary>
    public required bool IsVoter { get; init; }

    /// <summary>Shapley–Shubik index; <see langword="null"/> when not computed (too large).</summary>
    public Rational? ShapleyShubik { get; init; }

    /// <summary>Normalised Banzhaf index; <see langword="null"/> when not computed (too large).</summary>
    public Rational? Banzhaf { get; init; }

    /// <summary>
    /// Whether the member is a veto player of the body (see <see cref="Voting.VotingGame.VetoPlayers"/>); false for a non-voter;
    /// <see langword="null"/> when the rule has problems.
    /// </summary>
    public bool? IsVeto { get; init; }

    /// <summary>Whether the member's vote never changes an outcome; <see langword="null"/> when not computed. False for a non-voter.</summary>
    public bool? IsDummy { get; init; }

    /// <summary>The parts of the body's analysis not computed and why; empty when everything was.</summary>
    public IReadOnlyList<Voting.PartNotComputed> NotComputed { get; init => field = ValueList<Voting.PartNotComputed>.From(value); } = ValueList<Voting.PartNotComputed>.Empty;

    /// <summary>The change from the baseline design's body of the same id; <see langword="null"/> for the baseline itself or a body it does not have.</summary>
    public PowerChange? Change { get; init; }

    /// <summary>
    /// The member's power in the ternary game of the body's rule (#15: yes, abstain or no), when the rule reads abstention (a base, a quorum,
    /// a veto abstention does not block); <see langword="null"/> otherwise. The figures above it are then those of the binary game (every
    /// voter present, abstention counted as no).
    /// </summary>
    public TernaryStake? Ternary { get; init; }

    /// <summary>
    /// The member's power in the body under the alignment <see cref="StakeOptions.Alignment"/> (#15), beside the plain figures above;
    /// <see langword="null"/> when no alignment was asked for, the design has none of that id, or the member has no seat in the body.
    /// </summary>
    public BlocStake? Bloc { get; init; }

    /// <summary><see cref="ShapleyShubik"/> as a double; NaN when not computed.</summary>
    public double ShapleyShubikAsDouble => ShapleyShubik?.ToDouble() ?? double.NaN;

    /// <summary><see cref="Banzhaf"/> as a double; NaN when not computed.</summary>
    public double BanzhafAsDouble => Banzhaf?.ToDouble() ?? double.NaN;
}

/// <summary>
/// A member's power in a body when the voters form the blocs of an alignment (#15; docs/analyses.md "Blocs"): its Owen value (Shapley–Shubik
/// with a priori unions) and Banzhaf–Owen value, and its union's indices in the quotient game, in which each bloc is one player. An
/// excluded member's support never counts: every figure of it is zero.
/// </summary>
public sealed record BlocStake
{
    internal BlocStake(string alignment) => Alignment = alignment;

    /// <summary>The alignment's id.</summary>
    public string Alignment { get; }

    /// <summary>Whether the alignment excludes the member (no one governs with it).</summary>
    public required bool IsExcluded { get; init; }

    /// <summary>Whether the member is in one of the alignment's blocs among the body's voters (otherwise it votes alone, a union of one).</summary>
    public required bool InBloc { get; init; }

    /// <summary>The voters of the member's union in the body, in voter order (the member alone when in no bloc); empty when excluded.</summary>
    public IReadOnlyList<string> Union { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The member's Owen value; <see langword="null"/> when not computed. Compare with <see cref="BodyStake.ShapleyShubik"/>.</summary>
    public Rational? Owen { get; init; }

    /// <summary>The member's Banzhaf–Owen value (absolute: a probability of being decisive, not a share); <see langword="null"/> when not computed.</summary>
    public Rational? BanzhafOwen { get; init; }

    /// <summary>The Shapley–Shubik index of the member's union in the quotient game; <see langword="null"/> when not computed or excluded.</summary>
    public Rational? UnionShapleyShubik { get; init; }

    /// <summary>The normalised Banzhaf index of the member's union in the quotient game; <see langword="null"/> when not computed or excluded.</summary>
    public Rational? UnionBanzhaf { get; init; }

    /// <summary>Whether the member's union, voting together, can block alone (everyone else together loses); false when excluded.</summary>
    public required bool UnionIsVeto { get; init; }

    /// <summary>The parts of the analysis with unions not computed and why; empty when everything was.</summary>
    public IReadOnlyList<Voting.PartNotComputed> NotComputed { get; init => field = ValueList<Voting.PartNotComputed>.From(value); } = ValueList<Voting.PartNotComputed>.Empty;
}

/// <summary>How a member's power in a body changed from the baseline design (after minus before; a non-voter counts as zero).</summary>
public sealed record PowerChange
{
    /// <summary>Shapley–Shubik in the baseline; <see langword="null"/> when not computed.</summary>
    public Rational? ShapleyShubikBefore { get; init; }

    /// <summary>Banzhaf in the baseline; <see langword="null"/> when not computed.</summary>
    public Rational? BanzhafBefore { get; init; }

    /// <summary>Whether the member held a veto in the baseline; <see langword="null"/> when the baseline's rule has problems.</summary>
    public bool? WasVeto { get; init; }

    /// <summary>Whether the member was a dummy in the baseline; <see langword="null"/> when not computed.</summary>
    public bool? WasDummy { get; init; }

    /// <summary>Whether the member voted in the baseline's body.</summary>
    public bool WasVoter { get; init; }

    /// <summary>The change in Shapley–Shubik; <see langword="null"/> when either side was not computed.</summary>
    public Rational? ShapleyShubikDelta { get; init; }

    /// <summary>The change in Banzhaf; <see langword="null"/> when either side was not computed.</summary>
    public Rational? BanzhafDelta { get; init; }

    /// <summary><see cref="ShapleyShubikDelta"/> as a double; NaN when not computed.</summary>
    public double ShapleyShubikDeltaAsDouble => ShapleyShubikDelta?.ToDouble() ?? double.NaN;

    /// <summary><see cref="BanzhafDelta"/> as a double; NaN when not computed.</summary>
    public double BanzhafDeltaAsDouble => BanzhafDelta?.ToDouble() ?? double.NaN;
}

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

/// <summary>How a diagnostic involves a member (<see cref="StakeDiagnostic.Involvement"/>).</summary>
public enum StakeInvolvement
{
    /// <summary>The diagnostic names the member (<see cref="Diagnostic.Involves"/>).</summary>
    NamesMember,

    /// <summary>The diagnostic is about the member's own entry.</summary>
    OwnEntry,

    /// <summary>The diagnostic is about a body where the member votes.</summary>
    Voter,

    /// <summary>The diagnostic is about a body the member chairs (and does not vote in).</summary>
    Chair,

    /// <summary>The diagnostic is about a commitment the member gives or receives.</summary>
    GiverOrRecipient,

    /// <summary>The diagnostic is about a treaty the member is a party to.</summary>
    Party,
}

/// <summary>A diagnostic of the validator that involves the member, and why it does.</summary>
public sealed record StakeDiagnostic
{
    internal StakeDiagnostic(Diagnostic diagnostic, StakeInvolvement involvement, ElementRef? element)
    {
        Diagnostic = diagnostic;
        Involvement = involvement;
        Element = element;
    }

    /// <summary>The diagnostic.</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>Why it involves the member: the member is named in it, or it is about an element the member takes part in.</summary>
    public StakeInvolvement Involvement { get; }

    /// <summary>
    /// The element the diagnostic is about that the member takes part in (the member itself for <see cref="StakeInvolvement.OwnEntry"/>);
    /// <see langword="null"/> for <see cref="StakeInvolvement.NamesMember"/>.
    /// </summary>
    public ElementRef? Element { get; }

    /// <summary>
    /// <see cref="Involvement"/> in the words of the stake report: <c>names it</c>, <c>is about body 'board', where it votes</c>. A
    /// convenience of the writers, built from the typed fields.
    /// </summary>
    public string Because => StakeWriter.Because(this);
}

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

/// <summary>
/// A member's power in the ternary game of a body (#15; docs/analyses.md "Ternary games"): Felsenthal &amp; Machover's Shapley–Shubik and
/// Banzhaf indices, and how it blocks. Zero and false for a member without a seat.
/// </summary>
public sealed record TernaryStake
{
    internal TernaryStake()
    {
    }

    /// <summary>The ternary Shapley–Shubik index (roll-calls); <see langword="null"/> when not computed.</summary>
    public Rational? ShapleyShubik { get; init; }

    /// <summary>The ternary Banzhaf index (normalised); <see langword="null"/> when not computed.</summary>
    public Rational? Banzhaf { get; init; }

    /// <summary>Whether the member blocks by voting no, everyone else voting yes (the veto in the abstention-aware sense); null when the rule has problems.</summary>
    public bool? BlocksByVotingNo { get; init; }

    /// <summary>Whether the member also blocks by abstaining, everyone else voting yes; null when the rule has problems.</summary>
    public bool? BlocksByAbstaining { get; init; }

    /// <summary>The parts of the ternary analysis not computed and why; empty when everything was.</summary>
    public IReadOnlyList<Voting.PartNotComputed> NotComputed { get; init => field = ValueList<Voting.PartNotComputed>.From(value); } = ValueList<Voting.PartNotComputed>.Empty;
}
