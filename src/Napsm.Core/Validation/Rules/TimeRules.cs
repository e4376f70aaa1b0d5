using System.Globalization;
using Napsm.Core.Kernel;
using Napsm.Core.Model;
using Napsm.Core.Scheduling;
using NodaTime;

namespace Napsm.Core.Validation.Rules;

/// <summary>NAPSM0401: phases ordered in a cycle; the whole cycle is reported once, as a chain of <c>after</c> entries.</summary>
internal sealed class PhaseCycleRule() : BuiltInRule(BuiltIn.NAPSM0401)
{
    public override void Analyze(ValidationContext context)
    {
        var phases = context.Design.Phases;
        var ix = context.Index;
        foreach (var cycle in context.Phases.Cycles)
        {
            // cycle[k + 1] comes after cycle[k]: the step is cycle[k + 1]'s 'after' entry naming cycle[k]. A long cycle lists its first steps.
            var steps = new List<DiagnosticLocation>();
            for (int k = 0; k < Math.Min(cycle.Count, Text.MaxCycleSteps); k++)
            {
                var before = cycle[k];
                int later = ix.Phases[cycle[(k + 1) % cycle.Count]];
                int j = phases[later].After.ToList().IndexOf(before);
                steps.Add(DiagnosticLocation.At(Pointers.Phase(later) + "/after/" + j.ToString(CultureInfo.InvariantCulture),
                    $"{Describe.Phase(phases[later])} comes after {Describe.Phase(phases[ix.Phases[before]])}"));
            }

            var path = Text.Cycle(cycle.Count, k => Describe.Phase(phases[ix.Phases[cycle[k]]]));
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0401, steps[0].JsonPointer, path) with { RelatedLocations = steps.Skip(1).ToList(), Chain = steps });
        }
    }
}

/// <summary>
/// NAPSM0402 and NAPSM0403: timing that cannot be met, as the shortest chain of constraints; a commitment due outside its phase's
/// window is reported as NAPSM0403 instead (and the chains it explains are not repeated as NAPSM0402), and so is a treaty requirement
/// that comes after the treaty (NAPSM0504).
/// </summary>
internal sealed class InfeasibleTimingRule() : BuiltInRule(BuiltIn.NAPSM0402, BuiltIn.NAPSM0403)
{
    public override void Analyze(ValidationContext context)
    {
        var d = context.Design;
        var outside = context.Network.CommitmentsOutsideWindow();
        foreach (var o in outside)
        {
            var phase = d.Phases[o.Phase];
            var c = phase.Commitments[o.Commitment];
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0403, TimeChecks.At(o), Describe.Commitment(c), TimeChecks.Date(o.Due), Describe.Phase(phase), TimeChecks.Window(o)) with
            {
                RelatedLocations = [DiagnosticLocation.At(Pointers.Phase(o.Phase) + "/window", $"the window of {Describe.Phase(phase)}")],
            });
        }

        // A chain through a commitment's bounds to its phase is explained by NAPSM0403, one through a later requirement by NAPSM0504.
        var explained = new HashSet<TemporalConstraint>(outside.SelectMany(o => o.InPhase), ReferenceEqualityComparer.Instance);
        explained.UnionWith(context.LaterRequirements.Select(r => r.Constraint));
        foreach (var conflict in context.Schedule.Conflicts)
        {
            if (conflict.Chain.Any(explained.Contains)) continue;
            var steps = conflict.Chain.Select(c => DiagnosticLocation.At(c.At, Wording.Of(c))).ToList();
            // The chain's last constraint is the most specific one (a due date, an explicit bound): the primary location.
            var primary = steps[^1];
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0402, primary.JsonPointer, Wording.Of(conflict)) with
            {
                RelatedLocations = steps.Take(steps.Count - 1).ToList(),
                Chain = steps,
            });
        }
    }
}

/// <summary>NAPSM0405 and NAPSM0406: exchanges that cannot fall in one window or are one-way; one-sided phases under action for action.</summary>
internal sealed class ReciprocityRule() : BuiltInRule(BuiltIn.NAPSM0405, BuiltIn.NAPSM0406, BuiltIn.NAPSM0312)
{
    public override void Analyze(ValidationContext context)
    {
        var d = context.Design;
        var commitments = new Dictionary<string, (int Phase, int Index)>(StringComparer.Ordinal);
        for (int i = 0; i < d.Phases.Count; i++)
        {
            for (int k = 0; k < d.Phases[i].Commitments.Count; k++) commitments.TryAdd(d.Phases[i].Commitments[k].Id, (i, k));
        }

        string Name(string id) => Describe.Commitment(d.Phases[commitments[id].Phase].Commitments[commitments[id].Index]);
        string PhaseOf(string id) => Describe.Phase(d.Phases[commitments[id].Phase]);
        DiagnosticLocation Other(string id) => DiagnosticLocation.At(Pointers.Commitment(commitments[id].Phase, commitments[id].Index), Name(id));

        var r = context.Reciprocity;
        foreach (var x in r.NotInSameWindow)
        {
            var message = $"{Name(x.Commitment)} is given in exchange for {Name(x.ExchangedFor)}, but they cannot fall due in the same window: "
                + $"{PhaseOf(x.Commitment)} and {PhaseOf(x.ExchangedFor)} cannot overlap as scheduled";
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0405, x.At, message) with { RelatedLocations = [Other(x.ExchangedFor)] });
        }

        // Skipped only for the work limit when the schedule is consistent (an inconsistent one is NAPSM0402): say so, never pass silently.
        if (!r.WindowsChecked && context.Schedule.IsConsistent)
        {
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0312, "/phases", "The check that exchanged commitments can fall due in the same window",
                "the phases", $"too large (the exchanges across phases times the size of the schedule exceed the work limit of {context.Options.Limits.MaxWork.ToString(CultureInfo.InvariantCulture)})"));
        }

        foreach (var x in r.OneWay)
        {
            var message = $"{Name(x.Commitment)} is given in exchange for {Name(x.ExchangedFor)}, which does not name it in return";
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0405, x.At, message) with { RelatedLocations = [Other(x.ExchangedFor)] });
        }

        // The tagged principle with the least id, so that the report does not depend on the order principles are listed in.
        if (Tagged.First(d, PrincipleTags.ActionForAction) is not var (_, principle)) return;
        foreach (var one in r.OneSidedPhases)
        {
            int p = context.Index.Phases[one.Phase];
            var member = context.Index.Members.TryGetValue(one.Member, out int m) ? Describe.Member(d.Members[m]) : Pointers.Quote(one.Member);
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0406, one.At, Describe.Phase(d.Phases[p]), member, Describe.Principle(d.Principles[principle])).NamingMembers(one.Member) with
            {
                RelatedLocations = [DiagnosticLocation.At(Pointers.Principle(principle) + "/tags", $"{Describe.Principle(d.Principles[principle])} declares action for action")],
            });
        }
    }
}

/// <summary>
/// NAPSM0407: a month or year period that no date anchors, so that its length is a range of days. Once per period and design (#17:
/// a design full of P6M windows gets one line): at its first use, the other uses as related locations and counted in the message.
/// </summary>
internal sealed class UnanchoredPeriodRule() : BuiltInRule(BuiltIn.NAPSM0407)
{
    public override void Analyze(ValidationContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var uses = new List<(string Period, TemporalConstraint First, UnanchoredPeriod Range, List<TemporalConstraint> Others)>();
        foreach (var c in context.Network.Constraints)
        {
            if (c.Unanchored is not { } u) continue;
            if (!seen.Add(c.At)) continue;
            var period = u.Period.ToString();
            int i = uses.FindIndex(x => string.Equals(x.Period, period, StringComparison.Ordinal));
            if (i < 0) uses.Add((period, c, u, []));
            else uses[i].Others.Add(c);
        }

        foreach (var (period, first, u, others) in uses)
        {
            var more = others.Count == 0 ? ""
                : $"; {others.Count.ToString(CultureInfo.InvariantCulture)} other {(others.Count == 1 ? "use" : "uses")} of {period} in the design "
                  + (others.Count == 1 ? "is" : "are") + " unanchored too";
            var diagnostic = Diagnostic.Create(BuiltIn.NAPSM0407, first.At, TimeChecks.What(context.Design, first), period,
                $"{u.MinDays.ToString(CultureInfo.InvariantCulture)} to {u.MaxDays.ToString(CultureInfo.InvariantCulture)} days", more);
            if (others.Count > 0)
            {
                diagnostic = diagnostic with
                {
                    RelatedLocations = others.Select(o => DiagnosticLocation.At(o.At, TimeChecks.What(context.Design, o) + " is " + period + " too")).ToList(),
                };
            }

            context.Report(diagnostic);
        }
    }
}

/// <summary>Checks shared by the time and treaty rules.</summary>
internal static class TimeChecks
{

    /// <summary>What a period-carrying constraint belongs to, in words.</summary>
    public static string What(Design design, TemporalConstraint c) => c.Kind switch
    {
        ConstraintKind.PhaseWithin => "the window of phase '" + c.Ids[0] + "'",
        ConstraintKind.CommitmentWithin => "the period of commitment '" + c.Ids[0] + "'",
        ConstraintKind.EntryIntoForceDelay => "the entry-into-force delay of treaty '" + c.Ids[0] + "'",
        _ => "the bound " + c.At,
    };

    /// <summary>The window of a commitment outside it, in words ("2007-02-13 to 2007-04-14", "from …", "until …").</summary>
    public static string Window(CommitmentOutsideWindow o) => (o.WindowStart, o.WindowEnd) switch
    {
        ({ } a, { } b) => $"{Kernel.IsoDate.Format(a)} to {Kernel.IsoDate.Format(b)}",
        ({ } a, null) => $"from {Kernel.IsoDate.Format(a)}",
        (null, { } b) => $"until {Kernel.IsoDate.Format(b)}",
        _ => "",
    };

    /// <summary>Where a commitment outside its window falls due: its <c>due</c> date, or its <c>within</c> period.</summary>
    public static string At(CommitmentOutsideWindow o) => Pointers.Commitment(o.Phase, o.Commitment) + (o.DueByPeriod ? "/within" : "/due");

    public static string Date(LocalDate d) => Kernel.IsoDate.Format(d);

    /// <summary>
    /// Whether the search for <see cref="FindLaterRequirements"/> is skipped for the work limit: one shortest-path search per requirement in an
    /// inconsistent network (10 000 chained treaties would take minutes). A consistent network needs no search.
    /// </summary>
    public static bool LaterRequirementsTooLarge(ValidationContext context) =>
        !context.Schedule.IsConsistent
        && context.Design.Treaties.Sum(t => (long)t.Requires.Count) * Math.Max(1, context.Network.Constraints.Count) > context.Options.Limits.MaxWork;

    /// <summary>
    /// Treaty requirements that come after the treaty: without the requirement, the schedule forces the required event strictly after
    /// the treaty's entry into force. Each with the chain of constraints that forces it.
    /// </summary>
    public static IReadOnlyList<LaterRequirement> FindLaterRequirements(ValidationContext context)
    {
        // In a consistent network every schedule keeps the requirement (required event ≤ treaty), and that schedule still satisfies
        // the network without it, so nothing forces the required event after the treaty: only an inconsistent network has any.
        if (context.Schedule.IsConsistent || LaterRequirementsTooLarge(context)) return [];
        var result = new List<LaterRequirement>();
        var network = context.Network;
        var treaties = context.Design.Treaties;
        for (int i = 0; i < treaties.Count; i++)
        {
            var inForce = new EventRef(treaties[i].Id, EventKind.InForce);
            for (int j = 0; j < treaties[i].Requires.Count; j++)
            {
                var req = treaties[i].Requires[j];
                EventKind? kind = req.Kind switch
                {
                    ElementKind.Treaty => EventKind.InForce,
                    ElementKind.Phase => EventKind.End,
                    ElementKind.Commitment => EventKind.Due,
                    _ => null,
                };
                if (kind is null || network.TreatyRequirement(i, j) is not { } constraint) continue;
                if (network.ForcedAfter(new EventRef(req.Id, kind.Value), inForce, ignoring: constraint) is { } forced)
                {
                    result.Add(new LaterRequirement(i, j, constraint, forced));
                }
            }
        }

        return result;
    }
}
