using System.Globalization;
using Napsm.Core.Model;
using Napsm.Core.Treaties;

namespace Napsm.Core.Validation.Rules;

/// <summary>NAPSM0501: treaties that require each other in a cycle (possibly through phases and commitments); reported whole, once.</summary>
internal sealed class TreatyCycleRule() : BuiltInRule(BuiltIn.NAPSM0501)
{
    public override void Analyze(ValidationContext context)
    {
        foreach (var cycle in context.Dependencies.Cycles)
        {
            if (!cycle.Any(d => d.Dependent.Kind == ElementKind.Treaty)) continue;
            // A long cycle lists its first steps (see Text.Cycle).
            var steps = cycle.Take(Text.MaxCycleSteps).Select(d => DiagnosticLocation.At(d.At, $"{Name(context, d.Dependent)} requires {Name(context, d.On)}")).ToList();
            var path = Text.Cycle(cycle.Count, k => Name(context, cycle[k].Dependent));
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0501, steps[0].JsonPointer, path) with { RelatedLocations = steps.Skip(1).ToList(), Chain = steps });
        }
    }

    internal static string Name(ValidationContext context, ElementRef r)
    {
        var d = context.Design;
        var ix = context.Index;
        return r.Kind switch
        {
            ElementKind.Treaty when ix.Treaties.TryGetValue(r.Id, out int t) => Describe.Treaty(d.Treaties[t]),
            ElementKind.Phase when ix.Phases.TryGetValue(r.Id, out int p) => Describe.Phase(d.Phases[p]),
            ElementKind.Commitment => d.AllCommitments.FirstOrDefault(c => c.Id == r.Id) is { } c ? Describe.Commitment(c) : r.ToString(),
            _ => r.ToString(),
        };
    }
}

/// <summary>
/// NAPSM0502, NAPSM0503 and NAPSM0506: a treaty whose rule no ratifications can meet; one not in force as of the design's <c>asOf</c>,
/// naming who has not ratified or has revoked; and how few refusals would block it.
/// </summary>
internal sealed class EntryIntoForceRule() : BuiltInRule(BuiltIn.NAPSM0502, BuiltIn.NAPSM0503, BuiltIn.NAPSM0506, BuiltIn.NAPSM0312)
{
    public override void Analyze(ValidationContext context)
    {
        var d = context.Design;
        for (int i = 0; i < d.Treaties.Count; i++)
        {
            var t = d.Treaties[i];
            if (t.EntryIntoForce is null) continue;
            var game = context.TreatyGame(i);
            var rulePointer = Pointers.Treaty(i) + "/entryIntoForce/rule";
            if (!game.PassesWithEveryone)
            {
                var problems = game.Problems.Select(Wording.Of).ToList();
                var why = problems.Count > 0 ? string.Join("; ", problems) : "its rule is not met even if every party ratifies";
                context.Report(Diagnostic.Create(BuiltIn.NAPSM0502, rulePointer, Describe.Treaty(t), why) with
                {
                    RelatedLocations = game.Problems.Select(p => DiagnosticLocation.At(rulePointer + p.At, Wording.Of(p))).ToList(),
                });
                continue;
            }

            var s = context.TreatyStatus(i);
            if (d.AsOf is { } asOf && s.State is TreatyState.Open or TreatyState.Blocked)
            {
                context.Report(Diagnostic.Create(BuiltIn.NAPSM0503, Pointers.Treaty(i), Describe.Treaty(t), Kernel.IsoDate.Format(asOf), Why(s)) with
                {
                    RelatedLocations = [DiagnosticLocation.At(rulePointer, "the entry-into-force rule"), DiagnosticLocation.At(Pointers.Treaty(i) + "/ratifications", "the ratifications")],
                });
            }

            if (s.State is TreatyState.Open or TreatyState.Pending && s.FewestRefusalsToBlock is { } k)
            {
                var count = k == 1 ? "a single refusal" : $"{k.ToString(CultureInfo.InvariantCulture)} refusals";
                context.Report(Diagnostic.Create(BuiltIn.NAPSM0506, rulePointer, Describe.Treaty(t), count, "for example " + Text.Listed(s.OneBlockingSet)));
            }
            else if (s.State is TreatyState.Open or TreatyState.Pending)
            {
                // The search for the fewest refusals gave up: say so rather than pass NAPSM0506 silently.
                context.ReportOnce(Diagnostic.Create(BuiltIn.NAPSM0312, rulePointer, "The fewest refusals that block entry into force", Describe.Treaty(t),
                    $"too large to prove (more sets than the search limit); the smallest set found has {Text.Plural(s.OneBlockingSet.Count, "refusal", "refusals")}, {Text.Listed(s.OneBlockingSet)}, and fewer may suffice"));
            }
        }
    }


    private static string Why(TreatyStatus s)
    {
        if (s.State == TreatyState.Blocked) return Describe.Blocked(s) ?? "it can no longer enter into force";
        var text = s.StillRequired.Count > 0
            ? "it still needs ratification by " + Text.Listed(s.StillRequired)
            : s.FewestMoreRatifications is { } n
                ? $"it needs at least {n.ToString(CultureInfo.InvariantCulture)} more ratification{(n == 1 ? "" : "s")} (for example {Text.Listed(s.OneCompletingSet)})"
                : "its rule is not met";
        if (s.Revoked.Count > 0) text += "; " + Text.Listed(s.Revoked) + (s.Revoked.Count == 1 ? " has" : " have") + " revoked " + (s.Revoked.Count == 1 ? "its ratification" : "their ratifications");
        return text;
    }
}

/// <summary>NAPSM0504: a treaty requiring something that the schedule puts after it.</summary>
internal sealed class LaterRequirementRule() : BuiltInRule(BuiltIn.NAPSM0504, BuiltIn.NAPSM0312)
{
    public override void Analyze(ValidationContext context)
    {
        var d = context.Design;
        if (TimeChecks.LaterRequirementsTooLarge(context))
        {
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0312, "/treaties", "The check that treaties do not require what comes after them", "the treaties",
                $"too large (the schedule is inconsistent, and one search per requirement exceeds the work limit of {context.Options.Limits.MaxWork.ToString(CultureInfo.InvariantCulture)}; NAPSM0402 explains the inconsistency)"));
        }

        foreach (var later in context.LaterRequirements)
        {
            var t = d.Treaties[later.Treaty];
            var required = TreatyCycleRule.Name(context, t.Requires[later.Requirement]);
            var (at, days, chain) = (later.Constraint.At, later.Forced.Days, later.Forced.Chain);
            var why = $"the schedule puts it at least {days.ToString(CultureInfo.InvariantCulture)} day{(days == 1 ? "" : "s")} after '{t.Id}' enters into force ("
                + string.Join("; ", chain.Select(Wording.Of)) + ")";
            var steps = chain.Select(c => DiagnosticLocation.At(c.At, Wording.Of(c))).ToList();
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0504, at, Describe.Treaty(t), required, why) with { RelatedLocations = steps, Chain = steps });
        }
    }
}

/// <summary>NAPSM0505: ratifications by non-parties, before the opening for signature, out of date order, or that do not fit a party's history.</summary>
internal sealed class RatificationRule() : BuiltInRule(BuiltIn.NAPSM0505)
{
    public override void Analyze(ValidationContext context)
    {
        for (int i = 0; i < context.Design.Treaties.Count; i++)
        {
            foreach (var p in context.TreatyStatus(i).Problems)
            {
                context.Report(Diagnostic.Create(BuiltIn.NAPSM0505, p.At, Wording.Of(p)));
            }
        }
    }
}
