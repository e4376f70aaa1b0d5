using System.Globalization;
using Napsm.Core.Kernel;
using Napsm.Core.Model;
using Napsm.Core.Voting;
using NodaTime;

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

/// <summary>A problem with one ratification event.</summary>
/// <param name="Kind">What kind of problem.</param>
/// <param name="Member">The member the event is by.</param>
/// <param name="At">The JSON pointer of the event, such as <c>/treaties/0/ratifications/3</c>.</param>
/// <param name="Message">The problem in words.</param>
public sealed record RatificationProblem(RatificationProblemKind Kind, string Member, string At, string Message);

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

    /// <summary>Parties whose ratification alone would now meet the rule.</summary>
    public IReadOnlyList<string> Pivotal { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>When <see cref="TreatyState.Blocked"/>: who blocks it (non-parties the rule needs, or withdrawn parties it cannot do without).</summary>
    public IReadOnlyList<string> Blockers { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>When <see cref="TreatyState.Blocked"/>: why, in words.</summary>
    public string? BlockedBecause { get; init; }

    /// <summary>
    /// Fragility: the fewest parties able to ratify whose refusal (not ratifying, or revoking) would make entry into force impossible;
    /// <see langword="null"/> when in force, blocked, or not proven within the search limit (too large; <see cref="OneBlockingSet"/> then still
    /// gives a set from which nobody can be dropped).
    /// </summary>
    public int? FewestRefusalsToBlock { get; init; }

    /// <summary>One set of parties whose refusal blocks entry into force: the fewest when <see cref="FewestRefusalsToBlock"/> is known, otherwise one from which nobody can be dropped.</summary>
    public IReadOnlyList<string> OneBlockingSet { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Required elements (<c>requires</c>) not met as of <see cref="AsOf"/>: treaties not in force, written as <c>treaty:id</c>.</summary>
    public IReadOnlyList<string> UnmetRequirements { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Problems with the ratification events (non-parties, dates out of order, events that do not fit).</summary>
    public IReadOnlyList<RatificationProblem> Problems { get; init => field = ValueList<RatificationProblem>.From(value); } = ValueList<RatificationProblem>.Empty;

    /// <summary>The entry-into-force status of a treaty as of a date; only events dated on or before it count.</summary>
    /// <param name="design">The design the treaty belongs to (member attributes for weights; required treaties).</param>
    /// <param name="treaty">The treaty.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="searchLimit">The most coalitions to try when looking for the fewest completing or blocking parties; beyond it those are not computed.</param>
    /// <returns>The status.</returns>
    public static TreatyStatus Of(Design design, Treaty treaty, LocalDate asOf, int searchLimit = 200_000)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(treaty);
        return new EntryIntoForceEvaluator(design, searchLimit).Status(treaty, asOf, []);
    }

    /// <summary>
    /// The status of every treaty of the design as of a date, in the design's order. Required treaties are evaluated once for all of
    /// them, so this is much cheaper than asking <see cref="Of"/> treaty by treaty on a design whose treaties require each other.
    /// </summary>
    /// <param name="design">The design.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="searchLimit">The most coalitions examined when searching for the fewest refusals that block a treaty.</param>
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

/// <summary>Replays ratification histories and asks the voting game the questions of <see cref="TreatyStatus"/>.</summary>
internal sealed class EntryIntoForceEvaluator
{
    private readonly Design _design;
    private readonly int _searchLimit;
    private readonly Dictionary<string, (Treaty Treaty, int Index)> _treaties;

    // For each treaty (by index), the strongly connected component of the treaty-requires-treaty graph it is in when that component
    // is a cycle, else −1. See InCycle.
    private readonly int[] _cycleComponent;

    /// <summary>What the evaluator needs of a design's treaties, built once per design (designs are immutable).</summary>
    private sealed record TreatyTable(Dictionary<string, (Treaty Treaty, int Index)> ById, int[] CycleComponent);

    // TreatyStatus.Of is asked treaty by treaty: building the table for each call made asking for all n treaties of a design cost n²
    // (ten seconds for 10,000 treaties).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Design, TreatyTable> TreatyTables = new();

    public EntryIntoForceEvaluator(Design design, int searchLimit)
    {
        _design = design;
        _searchLimit = searchLimit;
        var table = TreatyTables.GetValue(design, Table);
        _treaties = table.ById;
        _cycleComponent = table.CycleComponent;
    }

    private static string Iso(LocalDate d) => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private const int None = 0, Ratified = 1, Revoked = 2, Withdrawn = 3;

    /// <summary>Stands for "beyond the calendar": an entry-into-force date that is never reached.</summary>
    private static readonly LocalDate Never = LocalDate.MaxIsoValue;

    // Statuses already computed, by treaty id and date. Required treaties are asked for again and again on a dependency DAG, so
    // without this the work grows exponentially with its depth. A status that met a dependency cycle depends on the path it was
    // reached by, so it is not kept.
    private readonly Dictionary<(string Id, LocalDate AsOf), TreatyStatus> _memo = [];

    private bool _cycleMet;

    /// <summary>
    /// Whether <paramref name="treaty"/> and the treaty it requires, the design's treaty number <paramref name="requiredIndex"/>, require
    /// each other (directly or through others). Such a requirement is never met: whichever of them is asked first, the other one's
    /// chain leads back to it while it is on the path. Deciding it from the graph, not by exploring the cycle, keeps the evaluation
    /// linear: explored, a cycle of 30 treaties took 2^30 steps (each treaty asks for its requirement's status twice, and statuses met
    /// on a cycle cannot be kept).
    /// </summary>
    private bool InCycle(Treaty treaty, int requiredIndex)
    {
        if (!_treaties.TryGetValue(treaty.Id, out var from) || !ReferenceEquals(from.Treaty, treaty)) return false;
        return _cycleComponent[from.Index] >= 0 && _cycleComponent[requiredIndex] == _cycleComponent[from.Index];
    }

    /// <summary>
    /// The treaty <paramref name="treaty"/> requires by <paramref name="requiredId"/>, when its status can be asked: it is a treaty of
    /// the design, not in a requirement cycle with <paramref name="treaty"/>, not on the path, and the path is not too deep. Otherwise
    /// the requirement counts as not met.
    /// </summary>
    private bool TryRequired(Treaty treaty, string requiredId, HashSet<string> visiting, out Treaty required)
    {
        required = null!;
        if (!_treaties.TryGetValue(requiredId, out var dep)) return false;
        if (InCycle(treaty, dep.Index) || OnPath(visiting, requiredId) || visiting.Count >= MaxRequiresDepth) return false;
        required = dep.Treaty;
        return true;
    }

    private static TreatyTable Table(Design design)
    {
        var byId = new Dictionary<string, (Treaty Treaty, int Index)>(StringComparer.Ordinal);
        for (int i = 0; i < design.Treaties.Count; i++) byId.TryAdd(design.Treaties[i].Id, (design.Treaties[i], i));

        var graph = new Digraph(design.Treaties.Count);
        var selfLoop = new bool[design.Treaties.Count];
        for (int i = 0; i < design.Treaties.Count; i++)
        {
            // Only a treaty's first occurrence is looked up by id, so only its requirements take part.
            if (byId[design.Treaties[i].Id].Index != i) continue;
            foreach (var req in design.Treaties[i].Requires)
            {
                if (req.Kind != ElementKind.Treaty || !byId.TryGetValue(req.Id, out var to)) continue;
                graph.AddEdge(i, to.Index);
                if (i == to.Index) selfLoop[i] = true;
            }
        }

        var component = new int[design.Treaties.Count];
        Array.Fill(component, -1);
        var sccs = graph.StronglyConnectedComponents();
        for (int c = 0; c < sccs.Count; c++)
        {
            if (sccs[c].Length == 1 && !selfLoop[sccs[c][0]]) continue;
            foreach (var v in sccs[c]) component[v] = c;
        }

        return new TreatyTable(byId, component);
    }

    private bool OnPath(HashSet<string> visiting, string id)
    {
        if (!visiting.Contains(id)) return false;
        _cycleMet = true;
        return true;
    }

    /// <summary>
    /// Required treaties are evaluated recursively; a chain of thousands of them would overflow the stack. Deeper than this a
    /// required treaty counts as not (yet) in force (docs/format.md, "Limits").
    /// </summary>
    internal const int MaxRequiresDepth = 64;

    // The entry-into-force game of each treaty (by reference): a treaty's status is asked for on many dates, its game is the same on all.
    private readonly Dictionary<Treaty, VotingGame> _games = new(ReferenceEqualityComparer.Instance);

    /// <summary>The entry-into-force game of a treaty, compiled once per evaluator.</summary>
    public VotingGame Game(Treaty treaty)
    {
        if (!_games.TryGetValue(treaty, out var game)) _games[treaty] = game = VotingGame.ForTreaty(_design, treaty);
        return game;
    }

    public TreatyStatus Status(Treaty treaty, LocalDate asOf, HashSet<string> visiting)
    {
        bool own = _treaties.TryGetValue(treaty.Id, out var known) && ReferenceEquals(known.Treaty, treaty);
        if (own && _memo.TryGetValue((treaty.Id, asOf), out var cached)) return cached;
        bool outer = _cycleMet;
        _cycleMet = false;

        // The treaty is on the path while its own status is computed (and only then): a requirement that leads back to it is a cycle.
        bool entered = visiting.Add(treaty.Id);
        TreatyStatus status;
        try
        {
            status = ComputeStatus(treaty, asOf, visiting);
        }
        finally
        {
            if (entered) visiting.Remove(treaty.Id);
        }

        if (own && !_cycleMet) _memo[(treaty.Id, asOf)] = status;
        _cycleMet |= outer;
        return status;
    }

    private TreatyStatus ComputeStatus(Treaty treaty, LocalDate asOf, HashSet<string> visiting)
    {
        var game = Game(treaty);
        int n = game.Count;
        int treatyIndex = _treaties.TryGetValue(treaty.Id, out var ti) && ReferenceEquals(ti.Treaty, treaty) ? ti.Index : _design.Treaties.ToList().IndexOf(treaty);
        var pointer = treatyIndex >= 0 ? $"/treaties/{treatyIndex}" : "";
        var problems = new List<RatificationProblem>();

        // Events in date order (stable: same-day events keep their listed order).
        var events = new List<(Ratification Event, int Index, int Party)>(treaty.Ratifications.Count);
        LocalDate? previous = null;
        for (int i = 0; i < treaty.Ratifications.Count; i++)
        {
            var r = treaty.Ratifications[i];
            int party = game.IndexOf(r.Member);
            if (party < 0)
            {
                problems.Add(new RatificationProblem(RatificationProblemKind.NotAParty, r.Member, $"{pointer}/ratifications/{i}",
                    $"{r.Member} is not a party to {treaty.Id}; its {Kind(r.Kind)} of {Iso(r.Date)} is ignored"));
                continue;
            }

            if (previous is { } p && r.Date < p)
            {
                problems.Add(new RatificationProblem(RatificationProblemKind.OutOfOrder, r.Member, $"{pointer}/ratifications/{i}",
                    $"the {Kind(r.Kind)} by {r.Member} of {Iso(r.Date)} is listed after an event of {Iso(p)}"));
            }

            if (r.Kind == RatificationKind.Ratified && treaty.OpenedForSignature is { } opened && r.Date < opened)
            {
                problems.Add(new RatificationProblem(RatificationProblemKind.BeforeOpening, r.Member, $"{pointer}/ratifications/{i}",
                    $"the ratification by {r.Member} of {Iso(r.Date)} comes before {treaty.Id} was opened for signature on {Iso(opened)}"));
            }

            previous = r.Date;
            events.Add((r, i, party));
        }

        events.Sort((a, b) => a.Event.Date != b.Event.Date ? a.Event.Date.CompareTo(b.Event.Date) : a.Index.CompareTo(b.Index));

        var eif = treaty.EntryIntoForce;
        var state = new int[n];
        var bits = game.NewBits();
        LocalDate? metSince = null;
        LocalDate? inForce = null;
        bool met = false;
        int k = 0;
        while (k < events.Count && events[k].Event.Date <= asOf)
        {
            var date = events[k].Event.Date;
            if (inForce is null && metSince is { } since && EntryDate(eif, treaty, since) <= date && EntryDate(eif, treaty, since) != Never && !RequiresPending(treaty, EntryDate(eif, treaty, since), visiting))
            {
                inForce = EntryDate(eif, treaty, since);
            }

            for (; k < events.Count && events[k].Event.Date == date; k++)
            {
                var (r, index, party) = events[k];
                int before = state[party];
                bool fits = r.Kind switch
                {
                    RatificationKind.Ratified => before != Ratified,
                    RatificationKind.Revoked => before == Ratified,
                    _ => before == Ratified,
                };
                if (!fits)
                {
                    problems.Add(new RatificationProblem(RatificationProblemKind.DoesNotFitHistory, r.Member, $"{pointer}/ratifications/{index}",
                        $"the {Kind(r.Kind)} by {r.Member} of {Iso(r.Date)} does not fit its history ({Describe(before)})"));
                }

                state[party] = r.Kind switch
                {
                    RatificationKind.Ratified => Ratified,
                    RatificationKind.Revoked => Revoked,
                    _ => Withdrawn,
                };
                if (state[party] == Ratified) bits[party >> 6] |= 1UL << (party & 63);
                else bits[party >> 6] &= ~(1UL << (party & 63));
            }

            met = game.IsWinning(bits);
            if (!met) metSince = null;
            else metSince ??= date;
        }

        if (inForce is null && metSince is { } s && EntryDate(eif, treaty, s) <= asOf && EntryDate(eif, treaty, s) != Never && !RequiresPending(treaty, EntryDate(eif, treaty, s), visiting))
        {
            inForce = EntryDate(eif, treaty, s);
        }

        // Whether the rule holds with no events at all (a rule that nobody needs to ratify).
        if (events.Count == 0 || events[0].Event.Date > asOf)
        {
            met = game.IsWinning(bits);
        }

        var voters = game.Voters;
        var ratified = Enumerable.Range(0, n).Where(i => state[i] == Ratified).Select(i => voters[i]).ToList();
        var available = Enumerable.Range(0, n).Where(i => state[i] != Withdrawn).ToList();
        var notRatified = available.Where(i => state[i] != Ratified).ToList();
        var availableBits = Bits(game, available);
        bool reachable = inForce is not null || met || game.IsWinning(availableBits);

        var unmet = new List<string>();
        foreach (var req in treaty.Requires)
        {
            if (req.Kind != ElementKind.Treaty) continue;
            if (!TryRequired(treaty, req.Id, visiting, out var dep)) { unmet.Add(req.ToString()); continue; }
            var depStatus = Status(dep, asOf, visiting);
            if (depStatus.State != TreatyState.InForce) unmet.Add(req.ToString());
        }

        var status = new TreatyStatus
        {
            Treaty = treaty.Id,
            AsOf = asOf,
            State = inForce is not null ? TreatyState.InForce : met ? TreatyState.Pending : reachable ? TreatyState.Open : TreatyState.Blocked,
            ConditionMet = met,
            Ratified = ratified,
            NotRatified = [.. notRatified.Select(i => voters[i])],
            Revoked = [.. Enumerable.Range(0, n).Where(i => state[i] == Revoked).Select(i => voters[i])],
            Withdrawn = [.. Enumerable.Range(0, n).Where(i => state[i] == Withdrawn).Select(i => voters[i])],
            ConditionMetOn = met ? metSince : null,
            EnteredIntoForce = inForce,
            UnmetRequirements = inForce is null ? unmet : [],
            Problems = problems,
        };

        if (inForce is not null) return status with { EarliestEntryIntoForce = inForce };
        if (!reachable) return Blocked(status, game, state);

        // Parties every remaining way into force needs: available parties without which the available ones lose.
        var vetoes = available.Where(i => !WinsWithout(game, availableBits, i)).ToList();
        var required = vetoes.Where(i => state[i] != Ratified).ToList();
        status = status with { StillRequired = [.. required.Select(i => voters[i])] };

        // Fragility: veto players block alone; otherwise search by increasing size.
        var symmetric = IsSymmetric(treaty.EntryIntoForce?.Rule);
        var blocking = vetoes.Count > 0
            ? ([vetoes.OrderBy(i => state[i] == Ratified ? 1 : 0).ThenBy(i => i).First()], true)
            : SmallestSet(available, candidate => !game.IsWinning(Without(availableBits, candidate)), symmetric);
        status = status with
        {
            FewestRefusalsToBlock = blocking is { Exact: true } b ? b.Set.Count : null,
            OneBlockingSet = blocking is { } bs ? [.. bs.Set.Select(i => voters[i])] : [],
        };

        // A treaty with no parties meets its rule before any ratification, so there is no date it was met on: count from asOf.
        var earliest = EarliestIfMetOn(treaty, met && metSince is { } metOn ? metOn : asOf, visiting);
        if (met) return status with { EarliestEntryIntoForce = earliest };

        var pivotal = notRatified.Where(i => game.IsWinning(With(bits, [i]))).Select(i => voters[i]).ToList();
        var baseBits = With(bits, required);
        var completing = game.IsWinning(baseBits)
            ? ([], true)
            : SmallestSet(notRatified.Where(i => !required.Contains(i)).ToList(), candidate => game.IsWinning(With(baseBits, candidate)), symmetric);
        var completingSet = completing is { } cs ? required.Concat(cs.Set).OrderBy(i => i).ToList() : null;
        return status with
        {
            Pivotal = pivotal,
            FewestMoreRatifications = completing is { Exact: true } ? completingSet!.Count : null,
            OneCompletingSet = completingSet is null ? [] : [.. completingSet.Select(i => voters[i])],
            EarliestEntryIntoForce = earliest,
        };
    }

    private static TreatyStatus Blocked(TreatyStatus status, VotingGame game, int[] state)
    {
        var all = Bits(game, Enumerable.Range(0, game.Count));
        if (!game.IsWinning(all))
        {
            var outsiders = game.Problems.Where(p => p.Kind == RuleProblemKind.NotAVoter).SelectMany(p => p.Ids).Distinct(StringComparer.Ordinal).ToList();
            var why = outsiders.Count > 0
                ? $"the rule needs {string.Join(", ", outsiders)}, who {(outsiders.Count == 1 ? "is not a party" : "are not parties")}"
                : "the rule cannot be met even if every party ratifies";
            return status with { Blockers = outsiders, BlockedBecause = why };
        }

        var withdrawn = Enumerable.Range(0, game.Count).Where(i => state[i] == Withdrawn).ToList();
        var needed = withdrawn.Where(i => !WinsWithout(game, all, i)).ToList();
        if (needed.Count == 0) needed = withdrawn;
        var names = needed.Select(i => game.Voters[i]).ToList();
        return status with
        {
            Blockers = names,
            BlockedBecause = $"{string.Join(", ", names)} {(names.Count == 1 ? "has" : "have")} withdrawn, and the rule cannot be met without {(names.Count == 1 ? "it" : "them")}",
        };
    }

    /// <summary>
    /// A smallest set of candidates for which the monotone <paramref name="test"/> holds. First a greedy minimal set: candidates are added
    /// in order until the test holds, then each is dropped again if the test still holds without it. Then, when the sets smaller than that
    /// number at most the search limit, every smaller size is tried in increasing order, which proves the size or finds a smaller set.
    /// Returns the set, whether its size is proven to be the least, or <see langword="null"/> when no set passes.
    /// </summary>
    /// <param name="candidates">The parties to choose from.</param>
    /// <param name="test">Whether a set of candidates does what is asked (monotone: supersets pass too).</param>
    /// <param name="symmetric">Whether every party plays the same role in the rule (a plain head count): then whether a set passes depends only
    /// on its size, so the greedy minimal set is already a smallest one and no search is needed.</param>
    private (List<int> Set, bool Exact)? SmallestSet(List<int> candidates, Func<int[], bool> test, bool symmetric)
    {
        if (!test([.. candidates])) return null;
        var chosen = new List<int>();
        foreach (var c in candidates)
        {
            chosen.Add(c);
            if (test([.. chosen])) break;
        }

        for (int k = 0; k < chosen.Count;)
        {
            var without = chosen.Where((_, x) => x != k).ToArray();
            if (test(without)) chosen.RemoveAt(k);
            else k++;
        }

        if (symmetric) return (chosen, true);

        // Sets of fewer than |chosen| candidates: Σ C(n, size) for size < |chosen|, stopping as soon as it passes the limit.
        double sets = 0, binomial = 1;
        for (int size = 1; size < chosen.Count && sets <= _searchLimit; size++)
        {
            binomial = binomial * (candidates.Count - size + 1) / size;
            sets += binomial;
        }

        if (sets > _searchLimit) return (chosen, false);
        for (int size = 1; size < chosen.Count; size++)
        {
            var pick = new int[size];
            for (int i = 0; i < size; i++) pick[i] = i;
            while (true)
            {
                var set = pick.Select(i => candidates[i]).ToArray();
                if (test(set)) return ([.. set], true);
                int j = size - 1;
                while (j >= 0 && pick[j] == candidates.Count - size + j) j--;
                if (j < 0) break;
                pick[j]++;
                for (int x = j + 1; x < size; x++) pick[x] = pick[x - 1] + 1;
            }
        }

        return (chosen, true);
    }

    /// <summary>Rules under which all parties are interchangeable: head counts over all the parties, majorities, unanimity and consensus.</summary>
    private static bool IsSymmetric(DecisionRule? rule) =>
        rule is UnanimityRule or ConsensusRule or SimpleMajorityRule or ConsensusMinusRule or HeadCountRule { Of: null };

    private static ulong[] Bits(VotingGame game, IEnumerable<int> members)
    {
        var bits = game.NewBits();
        foreach (var i in members) bits[i >> 6] |= 1UL << (i & 63);
        return bits;
    }

    private static ulong[] With(ulong[] bits, IEnumerable<int> members)
    {
        var copy = (ulong[])bits.Clone();
        foreach (var i in members) copy[i >> 6] |= 1UL << (i & 63);
        return copy;
    }

    private static ulong[] Without(ulong[] bits, IEnumerable<int> members)
    {
        var copy = (ulong[])bits.Clone();
        foreach (var i in members) copy[i >> 6] &= ~(1UL << (i & 63));
        return copy;
    }

    private static bool WinsWithout(VotingGame game, ulong[] bits, int member)
    {
        ulong word = bits[member >> 6];
        bits[member >> 6] = word & ~(1UL << (member & 63));
        bool wins = game.IsWinning(bits);
        bits[member >> 6] = word;
        return wins;
    }

    /// <summary>The rule met on a date gives entry into force after the delay, not before <c>notBefore</c>.</summary>
    private static LocalDate EntryDate(EntryIntoForce? eif, Treaty treaty, LocalDate metOn)
    {
        // A delay that runs past the calendar's end never ends: Never is not reached on any date.
        var date = eif?.Delay is { } delay ? PeriodDays.TryAdd(metOn, delay) ?? Never : metOn;
        if (eif?.NotBefore is { } nb && nb > date) date = nb;
        return date;
    }

    private bool RequiresPending(Treaty treaty, LocalDate on, HashSet<string> visiting)
    {
        foreach (var req in treaty.Requires)
        {
            if (req.Kind != ElementKind.Treaty) continue;
            if (!TryRequired(treaty, req.Id, visiting, out var dep)) return true;
            var s = Status(dep, on, visiting);
            if (s.State != TreatyState.InForce) return true;
        }

        return false;
    }

    /// <summary>
    /// The earliest entry into force if the rule is met on <paramref name="metOn"/>: after the delay, not before <c>notBefore</c> or the delay
    /// counted from the opening for signature, and not before what it requires — required treaties' earliest entry into force, a required
    /// commitment's due date, a required phase's start date (dates written in the design; the full schedule is the Scheduling engine's).
    /// </summary>
    private LocalDate? EarliestIfMetOn(Treaty treaty, LocalDate metOn, HashSet<string> visiting)
    {
        var date = EntryDate(treaty.EntryIntoForce, treaty, metOn);
        if (treaty.OpenedForSignature is { } opened)
        {
            var fromOpening = EntryDate(treaty.EntryIntoForce, treaty, opened);
            if (fromOpening > date) date = fromOpening;
        }

        foreach (var req in treaty.Requires)
        {
            LocalDate? bound = null;
            switch (req.Kind)
            {
                case ElementKind.Treaty:
                    if (!TryRequired(treaty, req.Id, visiting, out var dep)) return null;
                    bound = Status(dep, metOn, visiting).EarliestEntryIntoForce;
                    if (bound is null) return null;
                    break;
                case ElementKind.Commitment:
                    bound = _design.AllCommitments.FirstOrDefault(c => c.Id == req.Id)?.Due;
                    break;
                case ElementKind.Phase:
                    bound = _design.FindPhase(req.Id)?.Window?.Start;
                    break;
            }

            if (bound is { } b && b > date) date = b;
        }

        return date;
    }

    private static string Kind(RatificationKind kind) => kind switch
    {
        RatificationKind.Ratified => "ratification",
        RatificationKind.Revoked => "revocation",
        _ => "withdrawal",
    };

    private static string Describe(int state) => state switch
    {
        Ratified => "its ratification already stands",
        Revoked => "its ratification was revoked",
        Withdrawn => "it has withdrawn",
        _ => "it has not ratified",
    };
}
