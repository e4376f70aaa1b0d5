using System.Globalization;
using Napsm.Core.Kernel;
using Napsm.Core.Model;
using NodaTime;

namespace Napsm.Core.Scheduling;

/// <summary>
/// A design's Simple Temporal Network: its events (each phase's start and end, each commitment's due date, each treaty's entry into
/// force) and the difference bounds between them and the calendar. Build one with <see cref="FromDesign(Design)"/>, then <see cref="Analyze"/>.
/// </summary>
/// <remarks>
/// Semantics: a phase's <c>window.start</c> is the date it starts and <c>window.end</c> the date it ends by; a commitment's <c>due</c>
/// is the date it falls due, and it falls due within its phase's window; <c>within</c> counts from the phase's start. A period in
/// months or years is counted exactly from a date when one end of the bound is an event fixed to a date, and otherwise as the widest
/// length it can have in the bound's direction (the longest for an upper bound, the shortest for a lower one), so that no conflict is
/// reported that some calendar placement would avoid; such bounds are listed in <see cref="ScheduleResult.Approximated"/>.
/// </remarks>
public sealed class TemporalNetwork
{
    private readonly DifferenceGraph _graph;
    private readonly List<TemporalConstraint> _constraints;
    private readonly List<EventRef> _events;
    private readonly Dictionary<EventRef, int> _node;
    private readonly List<UnresolvedReference> _unresolved;
    private readonly Dictionary<(int Treaty, int Entry), int> _treatyRequirements;
    private readonly List<CommitmentOutsideWindow> _outsideWindow;

    private TemporalNetwork(Builder b, DifferenceGraph graph, List<TemporalConstraint> constraints)
    {
        _events = b.Events;
        _node = b.Nodes;
        _graph = graph;
        _constraints = constraints;
        _unresolved = b.Unresolved;
        _treatyRequirements = b.TreatyRequirements;
        _outsideWindow = b.OutsideWindow(constraints);
    }

    /// <summary>The events, in declaration order: phases (start, end, then their commitments' due dates), then treaties' entry into force.</summary>
    public IReadOnlyList<EventRef> Events => _events;

    /// <summary>Every bound of the network, each with its origin in the design.</summary>
    public IReadOnlyList<TemporalConstraint> Constraints => _constraints;

    internal DifferenceGraph Graph => _graph;

    /// <summary>The graph node of an event (node 0 is the calendar); −1 when the network has no such event.</summary>
    internal int NodeOf(EventRef e) => _node.TryGetValue(e, out int n) ? n : -1;

    /// <summary>Builds the network of a design. Never throws on a well-formed design object; bounds naming unknown events are left out and listed.</summary>
    /// <param name="design">The design.</param>
    /// <returns>The network.</returns>
    public static TemporalNetwork FromDesign(Design design)
    {
        ArgumentNullException.ThrowIfNull(design);
        return new Builder(design).Build();
    }

    /// <summary>
    /// Builds the network of a design with what the treaties' recorded ratifications say (<see cref="RecordedEntryIntoForce"/>, one per
    /// treaty with recorded events, as its status reports them): such a treaty is in force on the date it entered into force, or not
    /// before the earliest date it still can; so the schedule and the treaty's status agree. Without them (planning from scratch), only
    /// the treaty's terms bind it, as <see cref="FromDesign(Design)"/>. The statuses come from the caller (the treaty engine is not a
    /// dependency of scheduling): <c>Napsm.Core.Analysis.RecordedRatifications.Of(design)</c> gives them.
    /// </summary>
    /// <param name="design">The design.</param>
    /// <param name="recorded">What the recorded ratifications say of each treaty that has some; treaties not listed are planned from scratch.</param>
    /// <returns>The network.</returns>
    public static TemporalNetwork FromDesign(Design design, IReadOnlyList<RecordedEntryIntoForce> recorded)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(recorded);
        var byTreaty = new Dictionary<string, RecordedEntryIntoForce>(StringComparer.Ordinal);
        foreach (var r in recorded) byTreaty.TryAdd(r.Treaty, r);
        return new Builder(design) { Recorded = byTreaty }.Build();
    }

    /// <summary>
    /// Checks consistency and, when the network is consistent, computes every event's earliest and latest date and the critical path;
    /// when it is not, finds up to <paramref name="maxConflicts"/> conflicting chains.
    /// </summary>
    /// <param name="maxConflicts">The most conflicts to report (at least 1).</param>
    /// <returns>The result.</returns>
    public ScheduleResult Analyze(int maxConflicts = 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConflicts, 1);
        var approximated = _constraints.Where(c => c.IsApproximated).ToList();
        var (potentials, cycle) = _graph.Solve();
        if (cycle is not null)
        {
            var (conflicts, truncated) = FindConflicts(cycle, maxConflicts);
            return new ScheduleResult(false, [], [], conflicts, approximated, _unresolved, truncated);
        }

        var (latest, latestParent) = _graph.ShortestFrom(0, potentials!, reverse: false);
        var (towardOrigin, parent) = _graph.ShortestFrom(0, potentials!, reverse: true);
        var windows = new List<EventWindow>(_events.Count);
        var beyond = new List<DateBeyondCalendar>();
        for (int i = 0; i < _events.Count; i++)
        {
            int v = i + 1;
            // A date beyond the calendar's range (an absurd period) shows as no date rather than failing, and is listed with the bound
            // that crosses the calendar's edge.
            LocalDate? early = towardOrigin[v] == long.MaxValue ? null : PeriodDays.FromDayNumber(-towardOrigin[v]);
            LocalDate? late = latest[v] == long.MaxValue ? null : PeriodDays.FromDayNumber(latest[v]);
            windows.Add(new EventWindow(_events[i], early, late));
            if (towardOrigin[v] != long.MaxValue && early is null)
            {
                int e = parent[v];
                if (InCalendar(-towardOrigin[_graph.To(e)])) beyond.Add(new DateBeyondCalendar(_events[i], ScheduleBound.Earliest, -towardOrigin[v] > 0, _constraints[e]));
            }

            if (latest[v] != long.MaxValue && late is null)
            {
                int e = latestParent[v];
                if (InCalendar(latest[_graph.From(e)])) beyond.Add(new DateBeyondCalendar(_events[i], ScheduleBound.Latest, latest[v] > 0, _constraints[e]));
            }
        }

        return new ScheduleResult(true, windows, CriticalPath(towardOrigin, parent), [], approximated, _unresolved, false) { BeyondCalendar = beyond };
    }

    private static bool InCalendar(long day) => PeriodDays.FromDayNumber(day) is not null;

    /// <summary>
    /// The shortest path from one node to another with one edge left out (t(to) − t(from) ≤ its length), as (length, edges in order);
    /// <see langword="null"/> when there is no path or the network without that edge is inconsistent.
    /// </summary>
    internal (long Length, int[] Edges)? ShortestPath(int from, int to, int excludedEdge)
    {
        var removed = new bool[_graph.EdgeCount];
        if (excludedEdge >= 0) removed[excludedEdge] = true;
        var (potentials, cycle) = _graph.Solve(removed);
        if (cycle is not null) return null;
        var (dist, parent) = _graph.ShortestFrom(from, potentials!, reverse: false, removed);
        if (dist[to] == long.MaxValue) return null;
        var path = new List<int>();
        for (int x = to; x != from; x = _graph.From(parent[x])) path.Add(parent[x]);
        path.Reverse();
        return (dist[to], [.. path]);
    }

    /// <summary>
    /// Whether every schedule puts <paramref name="later"/> strictly after <paramref name="earlier"/>, by how many days at least, and the
    /// chain of constraints that forces it. <see langword="null"/> when some schedule does not, when either event is not in the network,
    /// or when the network (without <paramref name="ignoring"/>) is inconsistent, so that no schedule exists to force anything.
    /// </summary>
    /// <param name="later">The event asked to be later.</param>
    /// <param name="earlier">The event asked to be earlier.</param>
    /// <param name="ignoring">A constraint of this network to leave out, such as the requirement that asks for the opposite order; optional.</param>
    /// <returns>The forced order, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="ignoring"/> is not one of <see cref="Constraints"/>.</exception>
    public ForcedOrder? ForcedAfter(EventRef later, EventRef earlier, TemporalConstraint? ignoring = null)
    {
        int excluded = -1;
        if (ignoring is not null)
        {
            excluded = ignoring.Edge;
            if (excluded < 0 || excluded >= _constraints.Count || !ReferenceEquals(_constraints[excluded], ignoring))
            {
                throw new ArgumentException($"The constraint '{ignoring}' is not one of this network's.", nameof(ignoring));
            }
        }

        int from = NodeOf(later), to = NodeOf(earlier);
        if (from < 0 || to < 0) return null;
        // t(earlier) − t(later) ≤ length: a negative length puts the later event strictly after the earlier one in every schedule.
        if (ShortestPath(from, to, excluded) is not { Length: < 0 } path) return null;
        return new ForcedOrder(later, earlier, -path.Length, path.Edges.Select(e => _constraints[e]));
    }

    /// <summary>
    /// The bound a treaty's <c>requires</c> entry gives (the treaty enters into force no earlier than the required treaty, phase end or
    /// commitment), or <see langword="null"/> when the entry names no event of the network (it is then among the unresolved).
    /// </summary>
    /// <param name="treatyIndex">The treaty's index in <c>Design.Treaties</c>.</param>
    /// <param name="entry">The entry's index in the treaty's <c>Requires</c>.</param>
    /// <returns>The constraint, or <see langword="null"/>.</returns>
    public TemporalConstraint? TreatyRequirement(int treatyIndex, int entry) =>
        _treatyRequirements.TryGetValue((treatyIndex, entry), out int e) ? _constraints[e] : null;

    /// <summary>
    /// Commitments whose written due date (or period from their phase's written start) falls outside their phase's written window:
    /// before its start, or after its end date or the end its <c>within</c> allows. In design order.
    /// </summary>
    /// <returns>The commitments outside their windows.</returns>
    public IReadOnlyList<CommitmentOutsideWindow> CommitmentsOutsideWindow() => _outsideWindow;

    /// <summary>Whether the network stays consistent with the extra bounds (node, node, weight) added.</summary>
    internal bool IsConsistentWith(IEnumerable<(int From, int To, long Weight)> extra)
    {
        var copy = new DifferenceGraph(_graph.NodeCount);
        for (int e = 0; e < _graph.EdgeCount; e++) copy.AddEdge(_graph.From(e), _graph.To(e), _graph.Weight(e));
        foreach (var (f, t, w) in extra) copy.AddEdge(f, t, w);
        return copy.Solve().NegativeCycle is null;
    }

    private List<CriticalStep> CriticalPath(long[] towardOrigin, int[] parent)
    {
        // The last event: the latest earliest date; among events tied on it, the one at the end of the longest chain of tight bounds
        // (the end of the process, not the first event that happens to share its date), then the later one in the design's order.
        long latest = long.MinValue;
        for (int v = 1; v <= _events.Count; v++)
        {
            if (towardOrigin[v] != long.MaxValue) latest = Math.Max(latest, -towardOrigin[v]);
        }

        int last = -1, lastDepth = -1;
        var depths = new int[_events.Count + 1];
        for (int v = 1; v <= _events.Count; v++)
        {
            if (towardOrigin[v] == long.MaxValue || -towardOrigin[v] != latest) continue;
            int depth = Depth(v, parent, depths);
            if (depth >= lastDepth) (last, lastDepth) = (v, depth);
        }

        var steps = new List<CriticalStep>();
        if (last < 0) return steps;
        // Following the shortest path to the calendar walks back along tight lower bounds: t(v) ≥ t(u) + L with equality.
        int x = last;
        while (x != 0)
        {
            int e = parent[x];
            if (PeriodDays.FromDayNumber(-towardOrigin[x]) is not { } date) return [];
            steps.Add(new CriticalStep(_events[x - 1], date, _constraints[e]));
            x = _graph.To(e);
        }

        steps.Reverse();
        return steps;
    }

    /// <summary>
    /// The number of tight bounds from the calendar to event node <paramref name="v"/>, remembered in <paramref name="depths"/>
    /// (0: not yet known), so that asking for every node costs one walk in all.
    /// </summary>
    private int Depth(int v, int[] parent, int[] depths)
    {
        var walk = new List<int>();
        int x = v;
        while (x != 0 && depths[x] == 0 && walk.Count <= _events.Count)
        {
            walk.Add(x);
            x = _graph.To(parent[x]);
        }

        int depth = x == 0 ? 0 : depths[x];
        for (int k = walk.Count - 1; k >= 0; k--) depths[walk[k]] = ++depth;
        return depths[v];
    }

    private (List<TemporalConflict> Conflicts, bool Truncated) FindConflicts(int[] first, int maxConflicts)
    {
        var (cycles, truncated) = _graph.Conflicts(first, maxConflicts);
        var conflicts = cycles.Select(c => new TemporalConflict(c.Select(e => _constraints[e]), -c.Sum(e => _graph.Weight(e)))).ToList();
        return (conflicts, truncated);
    }

    private sealed class Builder
    {
        private readonly Design _design;
        private readonly List<EventRef> _events = [];
        private readonly Dictionary<EventRef, int> _node = [];
        private readonly Dictionary<int, LocalDate> _fixed = [];
        private readonly List<(int From, int To, long Weight, TemporalConstraint Constraint)> _edges = [];
        private readonly List<UnresolvedReference> _unresolved = [];
        private readonly Dictionary<(int Phase, int Commitment), List<int>> _inPhase = [];

        public Builder(Design design) => _design = design;

        /// <summary>What the recorded ratifications say, by treaty id, when they bind the treaties; null when planning from scratch.</summary>
        public Dictionary<string, RecordedEntryIntoForce>? Recorded { get; init; }

        public List<EventRef> Events => _events;

        public Dictionary<EventRef, int> Nodes => _node;

        public List<UnresolvedReference> Unresolved => _unresolved;

        public Dictionary<(int Treaty, int Entry), int> TreatyRequirements { get; } = [];

        private static LocalDate? Earlier(LocalDate? a, LocalDate? b) => a is null ? b : b is null ? a : a < b ? a : b;

        /// <summary>See <see cref="TemporalNetwork.CommitmentsOutsideWindow"/>.</summary>
        public List<CommitmentOutsideWindow> OutsideWindow(List<TemporalConstraint> constraints)
        {
            var result = new List<CommitmentOutsideWindow>();
            var phases = _design.Phases;
            for (int i = 0; i < phases.Count; i++)
            {
                var w = phases[i].Window;
                if (w is null) continue;
                LocalDate? start = w.Start;
                LocalDate? end = Earlier(w.End, start is null || w.Within is null ? null : PeriodDays.TryAdd(start.Value, w.Within));
                if (start is null && end is null) continue;
                for (int k = 0; k < phases[i].Commitments.Count; k++)
                {
                    var c = phases[i].Commitments[k];
                    LocalDate? due = c.Due;
                    bool byPeriod = false;
                    if (due is null && c.Within is not null && start is not null)
                    {
                        due = PeriodDays.TryAdd(start.Value, c.Within);
                        byPeriod = true;
                    }

                    if (due is not { } dd) continue;
                    // Lifted comparisons: false against a missing start or end.
                    if (dd < start || dd > end)
                    {
                        var bounds = _inPhase.TryGetValue((i, k), out var edges) ? edges.Select(e => constraints[e]) : [];
                        result.Add(new CommitmentOutsideWindow(i, k, dd, byPeriod, start, end, bounds));
                    }
                }
            }

            return result;
        }

        public TemporalNetwork Build()
        {
            var d = _design;
            foreach (var phase in d.Phases)
            {
                Event(new EventRef(phase.Id, EventKind.Start));
                Event(new EventRef(phase.Id, EventKind.End));
                foreach (var c in phase.Commitments) Event(new EventRef(c.Id, EventKind.Due));
            }

            foreach (var t in d.Treaties) Event(new EventRef(t.Id, EventKind.InForce));

            // Dates that fix an event exactly are known first, so that periods next to them are counted exactly.
            for (int i = 0; i < d.Phases.Count; i++)
            {
                var phase = d.Phases[i];
                if (phase.Window?.Start is { } s) _fixed.TryAdd(NodeOf(phase.Id, EventKind.Start), s);
                foreach (var c in phase.Commitments)
                {
                    if (c.Due is { } due) _fixed.TryAdd(NodeOf(c.Id, EventKind.Due), due);
                }
            }

            for (int i = 0; i < d.Phases.Count; i++) AddPhase(i);
            for (int i = 0; i < d.Phases.Count; i++) AddOrder(i);
            for (int i = 0; i < d.Treaties.Count; i++) AddTreaty(i);
            for (int i = 0; i < d.Timing.Count; i++) AddTiming(i);

            var graph = new DifferenceGraph(_events.Count + 1);
            var constraints = new List<TemporalConstraint>(_edges.Count);
            foreach (var (f, t, w, c) in _edges)
            {
                graph.AddEdge(f, t, w);
                constraints.Add(c with { Edge = constraints.Count });
            }

            return new TemporalNetwork(this, graph, constraints);
        }

        private void Event(EventRef e)
        {
            if (_node.ContainsKey(e)) return;
            _events.Add(e);
            _node[e] = _events.Count;
        }

        private int NodeOf(string id, EventKind kind) => _node[new EventRef(id, kind)];

        private EventRef? Ev(int node) => node == 0 ? null : _events[node - 1];


        /// <summary>t(to) − t(from) ≤ weight, with the typed facts a writer names it by (<see cref="Validation.Wording.Of(TemporalConstraint)"/>).</summary>
        private void Edge(int from, int to, long weight, ConstraintKind kind, string pointer, Facts facts, params string[] ids) =>
            _edges.Add((from, to, weight, new TemporalConstraint(Ev(from), Ev(to), weight, kind, pointer, ids)
            {
                Date = facts.Date,
                Period = facts.Period?.Period,
                PeriodDays = facts.Period?.Days,
                Unanchored = facts.Period?.Unanchored,
                BeyondCalendar = facts.Period?.Beyond,
                IsAtLeast = facts.AtLeast,
                Note = facts.Note,
                Recorded = facts.Recorded,
            }));

        /// <summary>What a bound states besides its events and days (see the properties of <see cref="TemporalConstraint"/>).</summary>
        private readonly record struct Facts(LocalDate? Date = null, Measured? Period = null, bool AtLeast = false, string? Note = null, RecordedEntryIntoForce? Recorded = null);

        /// <summary>A period as <see cref="Length"/> counted it: its days, and how it was approximated when it was.</summary>
        private sealed record Measured(Period Period, long Days, UnanchoredPeriod? Unanchored, PeriodBeyondCalendar? Beyond);

        private void OnDate(int v, LocalDate date, ConstraintKind kind, string pointer, string id)
        {
            long day = PeriodDays.DayNumber(date);
            Edge(0, v, day, kind, pointer, new Facts(date), id);
            Edge(v, 0, -day, kind, pointer, new Facts(date), id);
        }

        /// <summary>The length of <paramref name="period"/> between two nodes: exact when either end is fixed to a date, else the safe bound.</summary>
        private Measured Length(int from, int to, Period period, bool upper)
        {
            if (!PeriodDays.IsVariable(period)) return new(period, PeriodDays.Range(period) is var r && upper ? r.Max : r.Min, null, null);
            bool fromFixed = _fixed.TryGetValue(from, out var start), toFixed = _fixed.TryGetValue(to, out var end);
            if (fromFixed && PeriodDays.TryExact(start, period) is { } forward) return new(period, forward, null, null);
            if (toFixed && PeriodDays.TryExactBack(end, period) is { } back) return new(period, back, null, null);
            var (min, max) = PeriodDays.Range(period);
            long used = upper ? max : min;
            // Anchored, but the period runs past the calendar's edge: its exact length cannot be counted, so the widest safe length
            // stands in for it (the other end is then beyond the calendar: ScheduleResult.BeyondCalendar, NAPSM0408); not "unanchored".
            if (fromFixed || toFixed) return new(period, used, null, new PeriodBeyondCalendar(period, fromFixed ? start : end, used));
            return new(period, used, new UnanchoredPeriod(period, min, max), null);
        }

        private void AddPhase(int i)
        {
            var phase = _design.Phases[i];
            int start = NodeOf(phase.Id, EventKind.Start);
            int end = NodeOf(phase.Id, EventKind.End);
            var p = Kernel.DesignPointers.Phase(i);
            Edge(end, start, 0, ConstraintKind.PhaseSpan, p, default, phase.Id);
            if (phase.Window is { } w)
            {
                if (w.Start is { } s) OnDate(start, s, ConstraintKind.PhaseStart, p + "/window/start", phase.Id);
                if (w.End is { } e)
                {
                    Edge(0, end, PeriodDays.DayNumber(e), ConstraintKind.PhaseEnd, p + "/window/end", new Facts(e), phase.Id);
                }

                if (w.Within is { } within)
                {
                    var length = Length(start, end, within, upper: true);
                    LocalDate? sd = _fixed.TryGetValue(start, out var fixedStart) ? fixedStart : null;
                    Edge(start, end, length.Days, ConstraintKind.PhaseWithin, p + "/window/within", new Facts(sd, length), phase.Id);
                }
            }

            for (int j = 0; j < phase.Commitments.Count; j++)
            {
                var c = phase.Commitments[j];
                int due = NodeOf(c.Id, EventKind.Due);
                var cp = Kernel.DesignPointers.Commitment(i, j);
                if (c.Due is { } dd) OnDate(due, dd, ConstraintKind.CommitmentDue, cp + "/due", c.Id);
                _inPhase[(i, j)] = [_edges.Count, _edges.Count + 1];
                Edge(due, start, 0, ConstraintKind.CommitmentInPhase, cp, default, c.Id, phase.Id);
                Edge(end, due, 0, ConstraintKind.CommitmentInPhase, cp, default, c.Id, phase.Id);
                if (c.Within is { } within)
                {
                    var length = Length(start, due, within, upper: true);
                    LocalDate? sd = _fixed.TryGetValue(start, out var fixedStart) ? fixedStart : null;
                    Edge(start, due, length.Days, ConstraintKind.CommitmentWithin, cp + "/within", new Facts(sd, length), c.Id, phase.Id);
                }
            }
        }

        private void AddOrder(int i)
        {
            var phase = _design.Phases[i];
            int start = NodeOf(phase.Id, EventKind.Start);
            for (int j = 0; j < phase.After.Count; j++)
            {
                var before = phase.After[j];
                var pointer = Kernel.DesignPointers.Index(Kernel.DesignPointers.Phase(i) + "/after", j);
                if (!_node.TryGetValue(new EventRef(before, EventKind.End), out int end))
                {
                    _unresolved.Add(new UnresolvedReference(ConstraintKind.PhaseOrder, pointer, before));
                    continue;
                }

                Edge(start, end, 0, ConstraintKind.PhaseOrder, pointer, default, phase.Id, before);
            }

            for (int j = 0; j < phase.Requires.Count; j++)
            {
                AddRequires(start, phase.Id, phase.Requires[j], Kernel.DesignPointers.Index(Kernel.DesignPointers.Phase(i) + "/requires", j));
            }
        }

        private void AddRequires(int node, string id, ElementRef required, string pointer)
        {
            EventKind? kind = required.Kind switch
            {
                ElementKind.Treaty => EventKind.InForce,
                ElementKind.Phase => EventKind.End,
                ElementKind.Commitment => EventKind.Due,
                _ => null,
            };
            if (kind is not { } k || !_node.TryGetValue(new EventRef(required.Id, k), out int other))
            {
                _unresolved.Add(new UnresolvedReference(ConstraintKind.Requires, pointer, required.ToString()));
                return;
            }

            Edge(node, other, 0, ConstraintKind.Requires, pointer, default, id, required.Id);
        }

        private void AddTreaty(int i)
        {
            var treaty = _design.Treaties[i];
            int node = NodeOf(treaty.Id, EventKind.InForce);
            var p = Kernel.DesignPointers.Treaty(i);
            for (int j = 0; j < treaty.Requires.Count; j++)
            {
                int edge = _edges.Count;
                AddRequires(node, treaty.Id, treaty.Requires[j], $"{p}/requires/{j}");
                if (_edges.Count > edge) TreatyRequirements[(i, j)] = edge;
            }

            if (treaty.EntryIntoForce is not { } eif) return;
            if (Recorded is not null && Recorded.TryGetValue(treaty.Id, out var recorded)) AddRatifications(treaty, recorded, node, p);
            if (eif.NotBefore is { } nb)
            {
                Edge(node, 0, -PeriodDays.DayNumber(nb), ConstraintKind.EntryIntoForceNotBefore, p + "/entryIntoForce/notBefore", new Facts(nb), treaty.Id);
            }

            if (treaty.OpenedForSignature is { } opened)
            {
                var delay = eif.Delay ?? Period.Zero;
                long days = PeriodDays.TryExact(opened, delay) ?? PeriodDays.Range(delay).Min;
                Edge(node, 0, -(PeriodDays.DayNumber(opened) + days), ConstraintKind.EntryIntoForceDelay,
                    eif.Delay is null ? p + "/openedForSignature" : p + "/entryIntoForce/delay",
                    new Facts(opened, eif.Delay is { } d ? new Measured(d, days, null, null) : null), treaty.Id);
            }
        }

        /// <summary>The treaty's status as of its date, as napsm treaty reports it: in force on a date, or not before the earliest date.</summary>
        private void AddRatifications(Treaty treaty, RecordedEntryIntoForce status, int node, string pointer)
        {
            var at = pointer + "/ratifications";
            var facts = new Facts(Recorded: status);
            if (status.EnteredIntoForce is { } entered)
            {
                long day = PeriodDays.DayNumber(entered);
                Edge(node, 0, -day, ConstraintKind.Ratifications, at, facts, treaty.Id);
                Edge(0, node, day, ConstraintKind.Ratifications, at, facts, treaty.Id);
            }
            else if (status.Earliest is { } earliest)
            {
                Edge(node, 0, -PeriodDays.DayNumber(earliest), ConstraintKind.Ratifications, at, facts, treaty.Id);
            }
        }

        private void AddTiming(int i)
        {
            var t = _design.Timing[i];
            var p = Kernel.DesignPointers.Timing(i);
            bool ok = true;
            if (!_node.TryGetValue(t.From, out int from))
            {
                _unresolved.Add(new UnresolvedReference(ConstraintKind.Timing, p + "/from", t.From.ToString()));
                ok = false;
            }

            if (!_node.TryGetValue(t.To, out int to))
            {
                _unresolved.Add(new UnresolvedReference(ConstraintKind.Timing, p + "/to", t.To.ToString()));
                ok = false;
            }

            if (!ok) return;
            if (t.AtLeast is { } least)
            {
                var length = Length(from, to, least, upper: false);
                Edge(to, from, -length.Days, ConstraintKind.Timing, p + "/atLeast", new Facts(Period: length, AtLeast: true, Note: t.Note), t.To.Id, t.From.Id);
            }

            if (t.AtMost is { } most)
            {
                var length = Length(from, to, most, upper: true);
                Edge(from, to, length.Days, ConstraintKind.Timing, p + "/atMost", new Facts(Period: length, Note: t.Note), t.To.Id, t.From.Id);
            }
        }
    }
}
