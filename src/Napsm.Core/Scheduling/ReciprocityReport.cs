using Napsm.Core.Model;

namespace Napsm.Core.Scheduling;

/// <summary>"Action for action": how a design's commitments are exchanged, and where the exchange is lopsided.</summary>
public sealed record ReciprocityReport
{
    internal ReciprocityReport(IEnumerable<Exchange> exchanges, IEnumerable<Exchange> oneWay, IEnumerable<Exchange> notInSameWindow, IEnumerable<OneSidedPhase> oneSided, bool windowsChecked)
    {
        Exchanges = ValueList<Exchange>.From(exchanges);
        OneWay = ValueList<Exchange>.From(oneWay);
        NotInSameWindow = ValueList<Exchange>.From(notInSameWindow);
        OneSidedPhases = ValueList<OneSidedPhase>.From(oneSided);
        WindowsChecked = windowsChecked;
    }

    /// <summary>The exchange graph: every <c>inExchangeFor</c> entry that names a known commitment, in declaration order.</summary>
    public IReadOnlyList<Exchange> Exchanges { get; }

    /// <summary>Exchanges the other commitment does not return: it does not name this one in its own <c>inExchangeFor</c>.</summary>
    public IReadOnlyList<Exchange> OneWay { get; }

    /// <summary>
    /// Exchanged commitments whose due dates cannot fall in the same window: no schedule lets each fall due within the other's phase
    /// window (reported once per pair, at the first entry that names it).
    /// </summary>
    public IReadOnlyList<Exchange> NotInSameWindow { get; }

    /// <summary>Phases with commitments in which only one member commits.</summary>
    public IReadOnlyList<OneSidedPhase> OneSidedPhases { get; }

    /// <summary>Whether <see cref="NotInSameWindow"/> was computed: false when the schedule itself is inconsistent or too large.</summary>
    public bool WindowsChecked { get; }

    /// <summary>Analyses a design's exchanges of commitments.</summary>
    /// <param name="design">The design.</param>
    /// <param name="maxWork">The most constraint relaxations to spend on the window check (pairs × constraints); beyond it the check is skipped.</param>
    /// <returns>The report.</returns>
    public static ReciprocityReport FromDesign(Design design, long maxWork = 50_000_000)
    {
        ArgumentNullException.ThrowIfNull(design);
        var network = TemporalNetwork.FromDesign(design);
        return FromDesign(design, maxWork, network, () => network.Graph.Solve().NegativeCycle is null);
    }

    /// <summary>
    /// Analyses a design's exchanges of commitments with its network and schedule already computed (as a validator run has them), so
    /// that neither is computed again.
    /// </summary>
    /// <param name="design">The design.</param>
    /// <param name="network">The design's network (<see cref="TemporalNetwork.FromDesign(Design)"/> of <paramref name="design"/>).</param>
    /// <param name="schedule">The network's schedule (<see cref="TemporalNetwork.Analyze"/>): windows are checked only when it is consistent.</param>
    /// <param name="maxWork">The most constraint relaxations to spend on the window check (pairs × constraints); beyond it the check is skipped.</param>
    /// <returns>The report.</returns>
    public static ReciprocityReport FromNetwork(Design design, TemporalNetwork network, ScheduleResult schedule, long maxWork = 50_000_000)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(schedule);
        return FromDesign(design, maxWork, network, () => schedule.IsConsistent);
    }

    private static ReciprocityReport FromDesign(Design design, long maxWork, TemporalNetwork network, Func<bool> isConsistent)
    {
        var owner = new Dictionary<string, (Phase Phase, Commitment Commitment)>(StringComparer.Ordinal);
        foreach (var p in design.Phases)
        {
            foreach (var c in p.Commitments) owner.TryAdd(c.Id, (p, c));
        }

        var exchanges = new List<Exchange>();
        var oneWay = new List<Exchange>();
        for (int i = 0; i < design.Phases.Count; i++)
        {
            var phase = design.Phases[i];
            for (int j = 0; j < phase.Commitments.Count; j++)
            {
                var c = phase.Commitments[j];
                for (int k = 0; k < c.InExchangeFor.Count; k++)
                {
                    var other = c.InExchangeFor[k];
                    if (!owner.TryGetValue(other, out var o)) continue;
                    var x = new Exchange(c.Id, other, Kernel.DesignPointers.Index(Kernel.DesignPointers.Commitment(i, j) + "/inExchangeFor", k));
                    exchanges.Add(x);
                    if (!o.Commitment.InExchangeFor.Contains(c.Id, StringComparer.Ordinal)) oneWay.Add(x);
                }
            }
        }

        var oneSided = new List<OneSidedPhase>();
        for (int i = 0; i < design.Phases.Count; i++)
        {
            var members = design.Phases[i].Commitments.SelectMany(c => c.By).Distinct(StringComparer.Ordinal).ToList();
            if (members.Count == 1) oneSided.Add(new OneSidedPhase(design.Phases[i].Id, members[0], Kernel.DesignPointers.Phase(i)));
        }

        var pairs = new List<Exchange>();
        var seen = new HashSet<(string, string)>();
        foreach (var x in exchanges)
        {
            var key = string.CompareOrdinal(x.Commitment, x.ExchangedFor) <= 0 ? (x.Commitment, x.ExchangedFor) : (x.ExchangedFor, x.Commitment);
            if (x.Commitment != x.ExchangedFor && owner[x.Commitment].Phase.Id != owner[x.ExchangedFor].Phase.Id && seen.Add(key)) pairs.Add(x);
        }

        bool check = (long)pairs.Count * Math.Max(1, network.Graph.EdgeCount) * Math.Max(1, network.Graph.NodeCount) <= maxWork
            && isConsistent();
        var notInSameWindow = new List<Exchange>();
        if (check)
        {
            foreach (var x in pairs)
            {
                // Commitments in one phase always share its window; across phases, ask whether each can fall due inside the other's window.
                var a = owner[x.Commitment];
                var b = owner[x.ExchangedFor];
                int aDue = network.NodeOf(new EventRef(a.Commitment.Id, EventKind.Due));
                int bDue = network.NodeOf(new EventRef(b.Commitment.Id, EventKind.Due));
                int aStart = network.NodeOf(new EventRef(a.Phase.Id, EventKind.Start));
                int aEnd = network.NodeOf(new EventRef(a.Phase.Id, EventKind.End));
                int bStart = network.NodeOf(new EventRef(b.Phase.Id, EventKind.Start));
                int bEnd = network.NodeOf(new EventRef(b.Phase.Id, EventKind.End));
                bool together = network.IsConsistentWith([(bDue, aStart, 0), (aEnd, bDue, 0), (aDue, bStart, 0), (bEnd, aDue, 0)]);
                if (!together) notInSameWindow.Add(x);
            }
        }

        return new ReciprocityReport(exchanges, oneWay, notInSameWindow, oneSided, check);
    }
}
