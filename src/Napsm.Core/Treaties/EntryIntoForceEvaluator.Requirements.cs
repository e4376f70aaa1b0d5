using Napsm.Core.Kernel;
using Napsm.Core.Model;
using NodaTime;

namespace Napsm.Core.Treaties;

/// <summary>Requirements: which required treaties can be asked for, requirement cycles, and the dates requirements allow.</summary>
internal sealed partial class EntryIntoForceEvaluator
{
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

    /// <summary>
    /// The rule met on a date gives entry into force after the delay, not before <c>notBefore</c>; <see langword="null"/> when the
    /// delay runs past the calendar's end (9999-12-31), so the date is never reached (not 9999-12-31, a real date).
    /// </summary>
    private static LocalDate? EntryDate(EntryIntoForce? eif, Treaty treaty, LocalDate metOn)
    {
        LocalDate date = metOn;
        if (eif?.Delay is { } delay)
        {
            if (PeriodDays.TryAdd(metOn, delay) is not { } delayed) return null;
            date = delayed;
        }

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
        if (EntryDate(treaty.EntryIntoForce, treaty, metOn) is not { } date) return null;
        if (treaty.OpenedForSignature is { } opened)
        {
            if (EntryDate(treaty.EntryIntoForce, treaty, opened) is not { } fromOpening) return null;
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
}
