using Napsm.Core.Model;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Treaties;

/// <summary>Replays ratification histories and asks the voting game the questions of <see cref="TreatyStatus"/>.</summary>
internal sealed partial class EntryIntoForceEvaluator
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
    // (ten seconds for 10,000 treaties). A caller that asks treaty by treaty passes one analysis context, which keeps the table.
    private static readonly CacheSlot<Design, TreatyTable> TreatyTables = new(ReferenceEqualityComparer.Instance);

    /// <summary>An evaluator of the design's treaties; <paramref name="context"/> keeps the design's treaty table across evaluators.</summary>
    public EntryIntoForceEvaluator(Design design, int searchLimit, AnalysisContext? context = null)
    {
        _design = design;
        _searchLimit = searchLimit;
        var table = context is null ? Table(design) : context.Cached(TreatyTables, design, Table);
        _treaties = table.ById;
        _cycleComponent = table.CycleComponent;
    }


    // Statuses already computed, by treaty id and date. Required treaties are asked for again and again on a dependency DAG, so
    // without this the work grows exponentially with its depth. A status that met a dependency cycle depends on the path it was
    // reached by, so it is not kept.
    private readonly Dictionary<(string Id, LocalDate AsOf), TreatyStatus> _memo = [];

    private bool _cycleMet;

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
        var (problems, state, bits, metSince, inForce, met) = Replay(treaty, game, asOf, visiting);

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
        var canRefuse = States(n, available, []);
        var blocking = vetoes.Count > 0
            ? ([vetoes.OrderBy(i => state[i] == Ratified ? 1 : 0).ThenBy(i => i).First()], true)
            : OnDiagram(game, canRefuse, toWin: false)
                ?? SmallestSet(available, candidate => !game.IsWinning(Without(availableBits, candidate)), symmetric);
        status = status with
        {
            FewestRefusalsToBlock = blocking is { Exact: true } b ? b.Set.Count : null,
            OneBlockingSet = blocking is { } bs ? [.. bs.Set.Select(i => voters[i])] : [],
            // Every veto player blocks alone, whatever its class.
            BlockingChoice = vetoes.Count > 0 ? [new PartyChoice(1, [.. vetoes.Order().Select(i => voters[i])])]
                : blocking is { Exact: true } bc ? Choice(game, canRefuse, bc.Set) : [],
        };

        // A treaty with no parties meets its rule before any ratification, so there is no date it was met on: count from asOf.
        var earliest = EarliestIfMetOn(treaty, met && metSince is { } metOn ? metOn : asOf, visiting);
        if (met) return status with { EarliestEntryIntoForce = earliest };

        var pivotal = notRatified.Where(i => game.IsWinning(With(bits, [i]))).Select(i => voters[i]).ToList();
        var baseBits = With(bits, required);
        var canRatify = States(n, notRatified, Enumerable.Range(0, n).Where(i => state[i] == Ratified));
        List<int>? completingSet;
        bool completingExact;
        if (OnDiagram(game, canRatify, toWin: true) is { } exact)
        {
            (completingSet, completingExact) = (exact.Set, true);
        }
        else
        {
            var completing = game.IsWinning(baseBits)
                ? ([], true)
                : SmallestSet(notRatified.Where(i => !required.Contains(i)).ToList(), candidate => game.IsWinning(With(baseBits, candidate)), symmetric);
            completingSet = completing is { } cs ? required.Concat(cs.Set).OrderBy(i => i).ToList() : null;
            completingExact = completing is { Exact: true };
        }

        return status with
        {
            Pivotal = pivotal,
            FewestMoreRatifications = completingExact ? completingSet!.Count : null,
            OneCompletingSet = completingSet is null ? [] : [.. completingSet.Select(i => voters[i])],
            CompletingChoice = completingExact ? Choice(game, canRatify, completingSet!) : [],
            EarliestEntryIntoForce = earliest,
        };
    }

    private static TreatyStatus Blocked(TreatyStatus status, VotingGame game, int[] state)
    {
        var all = Bits(game, Enumerable.Range(0, game.Count));
        if (!game.IsWinning(all))
        {
            var outsiders = game.Problems.Where(p => p.Kind == RuleProblemKind.NotAVoter).SelectMany(p => p.Ids).Distinct(StringComparer.Ordinal).ToList();
            var why = outsiders.Count > 0 ? TreatyBlockReason.NeedsNonParties : TreatyBlockReason.RuleCannotBeMet;
            return status with { Blockers = outsiders, BlockedBecause = why };
        }

        var withdrawn = Enumerable.Range(0, game.Count).Where(i => state[i] == Withdrawn).ToList();
        var needed = withdrawn.Where(i => !WinsWithout(game, all, i)).ToList();
        if (needed.Count == 0) needed = withdrawn;
        var names = needed.Select(i => game.Voters[i]).ToList();
        return status with
        {
            Blockers = names,
            BlockedBecause = TreatyBlockReason.Withdrawals,
        };
    }
}
