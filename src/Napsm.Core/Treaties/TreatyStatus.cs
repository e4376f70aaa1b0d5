using Napsm.Core.Model;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Treaties;

/// <summary>
/// A treaty's entry-into-force status as of a date: the rule evaluated (as a <see cref="VotingGame"/> over the parties) on the parties whose
/// ratification stands, after applying ratifications, revocations and withdrawals in date order; whether entry into force is still
/// reachable, who blocks it, who is pivotal, how fragile it is, and its earliest possible date.
/// </summary>
public sealed record TreatyStatus
{
    /// <summary>The treaty's id.</summary>
    public required string Treaty { get; init; }

    /// <summary>The date the status is taken on.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Where the treaty stands.</summary>
    public required TreatyState State { get; init; }

    /// <summary>Whether the parties whose ratification stands meet the rule now.</summary>
    public required bool ConditionMet { get; init; }

    /// <summary>The parties whose ratification stands, in party order.</summary>
    public IReadOnlyList<string> Ratified { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The parties that could still ratify but have no standing ratification (including those who revoked), in party order.</summary>
    public IReadOnlyList<string> NotRatified { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The parties whose last event was a revocation.</summary>
    public IReadOnlyList<string> Revoked { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The parties that have withdrawn (counted as no longer able to ratify).</summary>
    public IReadOnlyList<string> Withdrawn { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The date from which the rule has been met without interruption, or <see langword="null"/>.</summary>
    public LocalDate? ConditionMetOn { get; init; }

    /// <summary>The date it entered into force, when <see cref="State"/> is <see cref="TreatyState.InForce"/>.</summary>
    public LocalDate? EnteredIntoForce { get; init; }

    /// <summary>
    /// The earliest date it can enter into force: the actual date when in force; when pending, the date its delay, <c>notBefore</c> and
    /// required treaties allow; when open, as if the missing ratifications were deposited on <see cref="AsOf"/>; <see langword="null"/> when blocked
    /// or when a requirement can never be met.
    /// </summary>
    public LocalDate? EarliestEntryIntoForce { get; init; }

    /// <summary>Parties without a standing ratification whose ratification every way into force needs (the rule's veto players still missing).</summary>
    public IReadOnlyList<string> StillRequired { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>
    /// The fewest further ratifications that would meet the rule, or <see langword="null"/> when met, blocked, or not proven within the
    /// search limit (too large; <see cref="OneCompletingSet"/> then still gives a set that cannot be made smaller by dropping anyone).
    /// </summary>
    public int? FewestMoreRatifications { get; init; }

    /// <summary>One set of parties whose ratification would meet the rule: the fewest when <see cref="FewestMoreRatifications"/> is known, otherwise one from which nobody can be dropped.</summary>
    public IReadOnlyList<string> OneCompletingSet { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>
    /// <see cref="OneCompletingSet"/> described by interchangeable parties: for each group, how many it takes and the parties any that
    /// many of which would do as well (parties the rule treats alike). Empty when <see cref="FewestMoreRatifications"/> is unknown.
    /// </summary>
    public IReadOnlyList<PartyChoice> CompletingChoice { get; init => field = ValueList<PartyChoice>.From(value); } = ValueList<PartyChoice>.Empty;

    /// <summary>Parties whose ratification alone would now meet the rule.</summary>
    public IReadOnlyList<string> Pivotal { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>When <see cref="TreatyState.Blocked"/>: who blocks it (non-parties the rule needs, or withdrawn parties it cannot do without).</summary>
    public IReadOnlyList<string> Blockers { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>When <see cref="TreatyState.Blocked"/>: why (with <see cref="Blockers"/>, who); otherwise <see langword="null"/>.</summary>
    public TreatyBlockReason? BlockedBecause { get; init; }

    /// <summary>
    /// Fragility: the fewest parties able to ratify whose refusal (not ratifying, or revoking) would make entry into force impossible;
    /// <see langword="null"/> when in force, blocked, or not proven within the search limit (too large; <see cref="OneBlockingSet"/> then still
    /// gives a set from which nobody can be dropped).
    /// </summary>
    public int? FewestRefusalsToBlock { get; init; }

    /// <summary>One set of parties whose refusal blocks entry into force: the fewest when <see cref="FewestRefusalsToBlock"/> is known, otherwise one from which nobody can be dropped.</summary>
    public IReadOnlyList<string> OneBlockingSet { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>
    /// <see cref="OneBlockingSet"/> described by interchangeable parties: for each group, how many it takes and the parties any that
    /// many of which would block as well — "3 refusals (any 3 of the 5 named states)". Empty when <see cref="FewestRefusalsToBlock"/>
    /// is unknown.
    /// </summary>
    public IReadOnlyList<PartyChoice> BlockingChoice { get; init => field = ValueList<PartyChoice>.From(value); } = ValueList<PartyChoice>.Empty;

    /// <summary>Required elements (<c>requires</c>) not met as of <see cref="AsOf"/>: treaties not in force, written as <c>treaty:id</c>.</summary>
    public IReadOnlyList<string> UnmetRequirements { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Problems with the ratification events (non-parties, dates out of order, events that do not fit).</summary>
    public IReadOnlyList<RatificationProblem> Problems { get; init => field = ValueList<RatificationProblem>.From(value); } = ValueList<RatificationProblem>.Empty;

    /// <summary>The entry-into-force status of a treaty as of a date; only events dated on or before it count.</summary>
    /// <param name="design">The design the treaty belongs to (member attributes for weights; required treaties).</param>
    /// <param name="treaty">The treaty.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="searchLimit">
    /// The most work for the fewest completing or blocking parties: the most nodes of the rule's decision diagram (the exact method),
    /// and the most coalitions tried when the diagram is larger; beyond both those figures are not computed.
    /// </param>
    /// <param name="context">
    /// The analysis context that keeps what the evaluation builds once per design (its table of treaties): pass one context when asking
    /// treaty by treaty, or each call builds it again (for n treaties, n² work); <see langword="null"/> for none. Thread-safe.
    /// </param>
    /// <returns>The status.</returns>
    public static TreatyStatus Of(Design design, Treaty treaty, LocalDate asOf, int searchLimit = 200_000, AnalysisContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(treaty);
        return new EntryIntoForceEvaluator(design, searchLimit, context).Status(treaty, asOf, []);
    }

    /// <summary>
    /// The status of every treaty of the design as of a date, in the design's order. Required treaties are evaluated once for all of
    /// them, so this is much cheaper than asking <see cref="Of"/> treaty by treaty on a design whose treaties require each other.
    /// </summary>
    /// <param name="design">The design.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="searchLimit">The most work for the fewest completing or blocking parties, as for <see cref="Of"/>.</param>
    /// <returns>One status per treaty.</returns>
    public static IReadOnlyList<TreatyStatus> OfAll(Design design, LocalDate asOf, int searchLimit = 200_000)
    {
        ArgumentNullException.ThrowIfNull(design);
        var evaluator = new EntryIntoForceEvaluator(design, searchLimit);
        return design.Treaties.Select(t => evaluator.Status(t, asOf, [])).ToList();
    }

    /// <summary>What-if: the status as of a date after a party ratifies, revokes or withdraws on that date.</summary>
    /// <param name="design">The design.</param>
    /// <param name="treaty">The treaty.</param>
    /// <param name="asOf">The date of the hypothetical event and of the status.</param>
    /// <param name="party">The party.</param>
    /// <param name="kind">What the party does.</param>
    /// <returns>The status.</returns>
    public static TreatyStatus WhatIf(Design design, Treaty treaty, LocalDate asOf, string party, RatificationKind kind)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(treaty);
        ArgumentNullException.ThrowIfNull(party);
        var changed = treaty with { Ratifications = [.. treaty.Ratifications, new Ratification(party, asOf, kind)] };
        var treaties = design.Treaties.Select(t => ReferenceEquals(t, treaty) ? changed : t).ToList();
        if (!treaties.Contains(changed)) treaties.Add(changed);
        return Of(design with { Treaties = treaties }, changed, asOf);
    }
}
