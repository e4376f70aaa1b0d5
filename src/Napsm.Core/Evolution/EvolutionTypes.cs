using Napsm.Core.Analysis;
using Napsm.Core.Model;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Evolution;

/// <summary>The options of <see cref="Evolution.Analyze(IReadOnlyList{Design}, EvolutionOptions?)"/>.</summary>
public sealed record EvolutionOptions
{
    /// <summary>The defaults: the voting defaults, horizons of one and five years, 16 minimal winning coalitions per step, skips analysed.</summary>
    public static EvolutionOptions Default { get; } = new();

    /// <summary>
    /// The limits of the power analyses (Shapley–Shubik and Banzhaf in every body whose game a step changes); its
    /// <see cref="AnalysisOptions.Context"/>, when given, is the budget (time limit, cancellation) of the whole analysis.
    /// </summary>
    public AnalysisOptions Voting { get; init => field = Guard.NotNull(value); } = AnalysisOptions.Default;

    /// <summary>The end of the near horizon after a design's <c>asOf</c>, as the stake report counts it; default one year.</summary>
    public Period Near { get; init => field = Guard.NotNull(value); } = Period.FromYears(1);

    /// <summary>The end of the medium horizon after a design's <c>asOf</c>; default five years.</summary>
    public Period Medium { get; init => field = Guard.NotNull(value); } = Period.FromYears(5);

    /// <summary>The most minimal winning coalitions listed per step (the listing says whether there are more); default 16, not negative.</summary>
    public int CoalitionLimit
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit must not be negative.");
    } = 16;

    /// <summary>
    /// Whether power figures are computed (Shapley–Shubik and Banzhaf in every body whose game changes; default true). False: seats,
    /// vetoes (from each body's game) and the rest only, no <see cref="StakeChangeKind.Power"/> changes — what the validator needs for
    /// its step diagnostics, at a fraction of the cost.
    /// </summary>
    public bool PowerFigures { get; init; } = true;

    /// <summary>Whether a sequence of three or more designs is also analysed with steps skipped (A → C directly); default true.</summary>
    public bool AnalyzeSkips { get; init; } = true;
}

/// <summary>What kind of procedure governs a change.</summary>
public enum GoverningKind
{
    /// <summary>The design's general amendment rule (<c>amendment</c>), or unanimity when it has none (<see cref="GoverningRule.IsImplicit"/>).</summary>
    Amendment,

    /// <summary>An entry of <c>amendments</c> covering the changed part.</summary>
    Entry,

    /// <summary>The accession rule (<c>accession</c>): a member added.</summary>
    Accession,

    /// <summary>A member's withdrawal under a treaty's withdrawal terms: the member's own decision.</summary>
    Withdrawal,
}

/// <summary>Whether a governing rule adopts a change or ratifies it afterwards.</summary>
public enum GoverningStage
{
    /// <summary>The decision that adopts the change.</summary>
    Adoption,

    /// <summary>The ratification an adopted change needs before it takes effect.</summary>
    Ratification,
}

/// <summary>
/// One rule a step must pass: the general amendment rule, an amendment entry, the accession rule or a withdrawal, at adoption or
/// ratification. Its game is over the members of the earlier design.
/// </summary>
public sealed record GoverningRule
{
    internal GoverningRule(string amendment, GoverningKind kind, GoverningStage stage, DecisionRule rule)
    {
        Amendment = amendment;
        Kind = kind;
        Stage = stage;
        Rule = rule;
    }

    /// <summary>
    /// The id the contract writes: <c>default</c> for the general amendment rule (or the implicit unanimity), an entry's id,
    /// <c>accession</c>, or <c>withdrawal</c>.
    /// </summary>
    public string Amendment { get; }

    /// <summary>The kind of procedure.</summary>
    public GoverningKind Kind { get; }

    /// <summary>Adoption or ratification.</summary>
    public GoverningStage Stage { get; }

    /// <summary>The rule (for a withdrawal, a veto of the withdrawing member alone).</summary>
    public DecisionRule Rule { get; }

    /// <summary>Whether the rule is the unanimity a design without <c>amendment</c> implies.</summary>
    public bool IsImplicit { get; init; }

    /// <summary>For a withdrawal, the member who withdraws; else null.</summary>
    public string? Member { get; init; }

    /// <summary>The JSON Pointer of the rule in the earlier design; empty when <see cref="IsImplicit"/>.</summary>
    public required string At { get; init; }

    /// <summary>The veto players of the rule's game over the earlier design's members, in member order.</summary>
    public required IReadOnlyList<string> VetoPlayers { get; init; }

    /// <summary>Whether the rule passes with every member of the earlier design in favour (and has no problems).</summary>
    public required bool CanPass { get; init; }

    /// <summary>The problems of the rule's game (a member the design does not have, an attribute missing); empty when none.</summary>
    public required IReadOnlyList<RuleProblem> Problems { get; init; }

    /// <summary>Whether every member of the earlier design (two or more) is a veto player: the part is entrenched.</summary>
    public bool IsEntrenching { get; init; }

    /// <summary>The indices in <see cref="EvolutionStep.Changes"/> of the changes this rule governs.</summary>
    public required IReadOnlyList<int> Governs { get; init; }
}

/// <summary>One change of a step, with the procedure that governs it in the earlier design.</summary>
public sealed record EvolutionChange
{
    internal EvolutionChange(ElementChange change) => Change = change;

    /// <summary>The change as the diff gives it: section, element id and name, added, removed or changed, and the fields that differ.</summary>
    public ElementChange Change { get; }

    /// <summary>The part as <c>covers</c> names it (<c>bodies/council</c>, <c>phases/p1</c> for a commitment, <c>amendment</c>).</summary>
    public required string Part { get; init; }

    /// <summary>
    /// The <see cref="GoverningRule.Amendment"/> id of the procedure governing the change (the most specific covering entry of the
    /// earlier design, the accession rule, a withdrawal, or <c>default</c>); null for a change no rule governs (sources, alignments,
    /// a description).
    /// </summary>
    public string? GovernedBy { get; init; }

    /// <summary>The entry of <c>covers</c> that matched (<c>bodies/council</c> or <c>bodies</c>); null when the default or no rule governs.</summary>
    public string? CoveredAs { get; init; }
}

/// <summary>What a member gains or loses in a step.</summary>
public enum StakeChangeKind
{
    /// <summary>Membership of the design.</summary>
    Membership,

    /// <summary>A seat (a vote) in a body.</summary>
    Seat,

    /// <summary>A veto in a body.</summary>
    Veto,

    /// <summary>Voting power in a body (Shapley–Shubik, or Banzhaf when Shapley–Shubik was not computed).</summary>
    Power,

    /// <summary>A commitment other members give it (its recipients, <c>to</c>).</summary>
    Commitment,

    /// <summary>A treaty's entry into force it can block alone (a veto player of the entry-into-force rule, as a party).</summary>
    TreatyBlocking,
}

/// <summary>One thing a member gains or loses in a step; figures exact.</summary>
public sealed record StakeChange
{
    internal StakeChange(StakeChangeKind kind, string? element) => (Kind, Element) = (kind, element);

    /// <summary>What changes.</summary>
    public StakeChangeKind Kind { get; }

    /// <summary>The body, treaty or commitment id; null for <see cref="StakeChangeKind.Membership"/>.</summary>
    public string? Element { get; }

    /// <summary>For power: Shapley–Shubik before (zero without a seat); null when not computed or not a power change.</summary>
    public Rational? ShapleyShubikBefore { get; init; }

    /// <summary>For power: Shapley–Shubik after; null when not computed or not a power change.</summary>
    public Rational? ShapleyShubikAfter { get; init; }

    /// <summary>For power: Banzhaf before; null when not computed or not a power change.</summary>
    public Rational? BanzhafBefore { get; init; }

    /// <summary>For power: Banzhaf after; null when not computed or not a power change.</summary>
    public Rational? BanzhafAfter { get; init; }

    /// <summary>
    /// For a commitment: its horizon counted from the asOf of the design that has it (the earlier for a loss, the later for a gain), as
    /// the stake report counts it; null for other kinds.
    /// </summary>
    public Horizon? Horizon { get; init; }
}

/// <summary>What one member loses and gains in a step.</summary>
public sealed record MemberStakeChanges
{
    internal MemberStakeChanges(string member, string name, IEnumerable<StakeChange> losses, IEnumerable<StakeChange> gains)
    {
        Member = member;
        Name = name;
        Losses = ValueList<StakeChange>.From(losses);
        Gains = ValueList<StakeChange>.From(gains);
    }

    /// <summary>The member's id.</summary>
    public string Member { get; }

    /// <summary>The member's name.</summary>
    public string Name { get; }

    /// <summary>What it loses, in the order: membership, then by body (seat, veto, power), commitments, treaties.</summary>
    public IReadOnlyList<StakeChange> Losses { get; }

    /// <summary>What it gains, in the same order.</summary>
    public IReadOnlyList<StakeChange> Gains { get; }
}

/// <summary>A part of an evolution analysis that can be left out.</summary>
public enum EvolutionPart
{
    /// <summary>The minimal winning coalitions of a step.</summary>
    MinimalWinningCoalitions,

    /// <summary>A member's power in a body (its gains and losses of power there; see <see cref="EvolutionNotComputed.Element"/>).</summary>
    Power,

    /// <summary>A whole step (the time was up before it started).</summary>
    Step,
}

/// <summary>A part of an evolution analysis that was not computed, and why.</summary>
/// <param name="Part">The part.</param>
/// <param name="Element">The body, for <see cref="EvolutionPart.Power"/>; else null.</param>
/// <param name="Reason">Why.</param>
public sealed record EvolutionNotComputed(EvolutionPart Part, string? Element, NotComputedReason Reason);

/// <summary>One step from a design to the next: what changes, who must consent, who loses and gains.</summary>
public sealed record EvolutionStep
{
    internal EvolutionStep(string from, string to) => (From, To) = (from, to);

    /// <summary>The earlier design's id.</summary>
    public string From { get; }

    /// <summary>The later design's id.</summary>
    public string To { get; }

    /// <summary>The rules the step must pass (all of them), in the order: default, entries in the design's order, accession, withdrawals.</summary>
    public IReadOnlyList<GoverningRule> GovernedBy { get; init => field = ValueList<GoverningRule>.From(value); } = ValueList<GoverningRule>.Empty;

    /// <summary>The members of the earlier design, who decide the step, in its order.</summary>
    public IReadOnlyList<string> Voters { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The veto players of every governing rule (all must pass), in member order: those without whom the step cannot pass.</summary>
    public IReadOnlyList<string> MustConsent { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Whether every governing rule passes with every member of the earlier design in favour (true for a step no rule governs).</summary>
    public bool CanPass { get; init; }

    /// <summary>The minimal winning coalitions of all the governing rules together, up to the limit; null when not computed (see
    /// <see cref="NotComputed"/>) or when the step cannot pass or no rule governs it.</summary>
    public CoalitionListing? MinimalWinningCoalitions { get; init; }

    /// <summary>
    /// Bodies the later design continues under another id: a body only the earlier design has, and one only the later has with the same
    /// voters, the same mandate and the same decisions (rules by matter). A member's seat, veto and power are compared across the pair as across a
    /// body both designs have, so a renamed body is no loss and no gain; the changes still list one removed and one added.
    /// </summary>
    public IReadOnlyList<BodySuccession> Successions { get; init => field = ValueList<BodySuccession>.From(value); } = ValueList<BodySuccession>.Empty;

    /// <summary>Members who lose something, in member order (earlier design's members, then the later's new ones).</summary>
    public IReadOnlyList<MemberStakeChanges> Losers { get; init => field = ValueList<MemberStakeChanges>.From(value); } = ValueList<MemberStakeChanges>.Empty;

    /// <summary>Members who gain something, in the same order.</summary>
    public IReadOnlyList<MemberStakeChanges> Gainers { get; init => field = ValueList<MemberStakeChanges>.From(value); } = ValueList<MemberStakeChanges>.Empty;

    /// <summary>
    /// Members of <see cref="MustConsent"/> who lose membership, a seat, a veto, power or a treaty blocking position in the step (a
    /// commitment lost does not count), in member order.
    /// </summary>
    public IReadOnlyList<string> ConsentAtRisk { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>
    /// Whether the governing rules pass with every loser against (a winning coalition of members who lose nothing exists); false when
    /// the step cannot pass; null when some power was not computed and the losers known so far do not already decide it.
    /// </summary>
    public bool? PassableWithoutLosers { get; init; }

    /// <summary>The changes, in the diff's order (sections in the file format's order), the amendment rules last.</summary>
    public IReadOnlyList<EvolutionChange> Changes { get; init => field = ValueList<EvolutionChange>.From(value); } = ValueList<EvolutionChange>.Empty;

    /// <summary>The parts not computed, with the reason; empty when everything was.</summary>
    public IReadOnlyList<EvolutionNotComputed> NotComputed { get; init => field = ValueList<EvolutionNotComputed>.From(value); } = ValueList<EvolutionNotComputed>.Empty;

    /// <summary>What a member loses in the step (empty when nothing or not a member of either design).</summary>
    /// <param name="member">The member's id.</param>
    /// <returns>The losses.</returns>
    public IReadOnlyList<StakeChange> LossesOf(string member) =>
        Losers.FirstOrDefault(l => string.Equals(l.Member, member, StringComparison.Ordinal))?.Losses ?? ValueList<StakeChange>.Empty;

    /// <summary>What a member gains in the step.</summary>
    /// <param name="member">The member's id.</param>
    /// <returns>The gains.</returns>
    public IReadOnlyList<StakeChange> GainsOf(string member) =>
        Gainers.FirstOrDefault(l => string.Equals(l.Member, member, StringComparison.Ordinal))?.Gains ?? ValueList<StakeChange>.Empty;
}

/// <summary>A step skipped: the first design of a stretch of the sequence straight into its last, against the path through the others.</summary>
public sealed record EvolutionSkip
{
    internal EvolutionSkip(EvolutionStep direct, IEnumerable<string> via)
    {
        Direct = direct;
        Via = ValueList<string>.From(via);
    }

    /// <summary>The direct step.</summary>
    public EvolutionStep Direct { get; }

    /// <summary>The designs the path goes through and the direct step skips.</summary>
    public IReadOnlyList<string> Via { get; }

    /// <summary>Whether every step of the path can pass.</summary>
    public required bool PathCanPass { get; init; }

    /// <summary>Who must consent to some step of the path (the union), in order of first appearance.</summary>
    public required IReadOnlyList<string> MustConsentAlongPath { get; init; }

    /// <summary>Who must consent to the direct step but to no step of the path.</summary>
    public required IReadOnlyList<string> OnlyDirect { get; init; }

    /// <summary>Who must consent to some step of the path but not to the direct step.</summary>
    public required IReadOnlyList<string> OnlyAlongPath { get; init; }

    /// <summary>Whether the direct step needs exactly the consents the path needs.</summary>
    public bool SameConsents => OnlyDirect.Count == 0 && OnlyAlongPath.Count == 0;
}

/// <summary>The evolution of a sequence of designs: one step per consecutive pair, the path's feasibility, and the skips.</summary>
public sealed record EvolutionResult
{
    internal EvolutionResult(IEnumerable<string> designs, IEnumerable<EvolutionStep> steps, IEnumerable<EvolutionSkip> skips)
    {
        Designs = ValueList<string>.From(designs);
        Steps = ValueList<EvolutionStep>.From(steps);
        Skips = ValueList<EvolutionSkip>.From(skips);
    }

    /// <summary>The designs' ids, in the order given.</summary>
    public IReadOnlyList<string> Designs { get; }

    /// <summary>One step per consecutive pair.</summary>
    public IReadOnlyList<EvolutionStep> Steps { get; }

    /// <summary>Whether every step can pass.</summary>
    public bool PathFeasible => Steps.All(s => s.CanPass);

    /// <summary>For three or more designs: each design straight into the one two places on, and the first into the last.</summary>
    public IReadOnlyList<EvolutionSkip> Skips { get; }
}

/// <summary>A body of the earlier design that the later design continues under another id (see <see cref="EvolutionStep.Successions"/>).</summary>
/// <param name="From">The body's id in the earlier design.</param>
/// <param name="To">The id of the body that continues it in the later design.</param>
public sealed record BodySuccession(string From, string To);
