using Napsm.Core.Model;

namespace Napsm.Core.Validation.Rules;

/// <summary>Helpers for the rules that check tagged principles against the bodies.</summary>
internal static class Tagged
{
    /// <summary>
    /// The principle with a tag and the ordinally least id (so that the report does not depend on the order principles are listed
    /// in), with its index; <see langword="null"/> when none has the tag.
    /// </summary>
    public static (Principle Principle, int Index)? First(Design design, string tag)
    {
        (Principle Principle, int Index)? best = null;
        for (int i = 0; i < design.Principles.Count; i++)
        {
            var p = design.Principles[i];
            if (p.Tags.Contains(tag, StringComparer.Ordinal) && (best is null || string.CompareOrdinal(p.Id, best.Value.Principle.Id) < 0)) best = (p, i);
        }

        return best;
    }

    /// <summary>"member 'x' (X)", or "member 'x' (X) and 3 others": names the first (see <see cref="Diagnostic.Involves"/>).</summary>
    public static string Members(ValidationContext context, IReadOnlyList<string> ids) =>
        context.Index.Member(ids[0]) + (ids.Count == 1 ? "" : " and " + Text.Plural(ids.Count - 1, "other", "others"));

    /// <summary>The bodies to check: first occurrence of each id, with voters.</summary>
    public static IEnumerable<int> Bodies(ValidationContext context) =>
        Enumerable.Range(0, context.Design.Bodies.Count)
            .Where(i => context.Design.Bodies[i].Voters.Count > 0 && context.Index.Bodies[context.Design.Bodies[i].Id] == i);
}

/// <summary>
/// NAPSM0603: consensus declared, but a body can pass a decision over some voter's objection — by its rule, or by the rule of one of its
/// named matters (#15: a procedural or budget matter decided by a majority), each reported at its own rule.
/// </summary>
internal sealed class ConsensusKeptRule() : BuiltInRule(BuiltIn.NAPSM0603)
{
    public override void Analyze(ValidationContext context)
    {
        if (Tagged.First(context.Design, PrincipleTags.Consensus) is not var (principle, pi)) return;
        foreach (int i in Tagged.Bodies(context))
        {
            var body = context.Design.Bodies[i];
            for (int k = 0; k < body.Decisions.Count; k++)
            {
                var game = context.MatterGame(i, k);
                // A named matter whose rule has problems (reported by VotingRules) is not judged here.
                var outvoted = k > 0 && game.Problems.Count > 0 ? [] : game.OutvotableVoters;
                if (outvoted.Count == 0) continue;
                var decision = body.Decisions[k];
                var who = k == 0 || decision.IsDefault ? Describe.Body(body) : Describe.Body(body) + " on matter " + Pointers.Quote(decision.Matter);
                context.Report(Diagnostic.Create(BuiltIn.NAPSM0603, Pointers.DecisionRule(i, body, k),
                    Describe.Principle(principle), who, Pointers.QuoteRule(decision.Rule), Tagged.Members(context, outvoted)).NamingMembers(outvoted[0]) with
                {
                    RelatedLocations = [DiagnosticLocation.At(Pointers.Principle(pi), $"{Describe.Principle(principle)} declares consensus")],
                });
            }
        }
    }
}

/// <summary>
/// NAPSM0604: non-intervention declared, but a body with a monitoring or enforcement mandate can act without the consent of a voter
/// (the voter holds no veto). Mandates that count: monitoring, verification, inspection, enforcement, sanctions (and words containing them).
/// </summary>
internal sealed class NonInterventionRule() : BuiltInRule(BuiltIn.NAPSM0604)
{
    private static readonly string[] Intrusive = ["monitor", "verif", "inspect", "enforce", "sanction"];

    public override void Analyze(ValidationContext context)
    {
        if (Tagged.First(context.Design, PrincipleTags.NonIntervention) is not var (principle, pi)) return;
        foreach (int i in Tagged.Bodies(context))
        {
            var body = context.Design.Bodies[i];
            int area = -1;
            for (int k = 0; k < body.Mandate.Count && area < 0; k++)
            {
                if (Intrusive.Any(w => body.Mandate[k].Contains(w, StringComparison.OrdinalIgnoreCase))) area = k;
            }

            if (area < 0) continue;
            var outvoted = context.BodyGame(i).OutvotableVoters;
            if (outvoted.Count == 0) continue;
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0604, Pointers.BodyRule(i, body),
                Describe.Principle(principle), Describe.Body(body), Pointers.Quote(body.Mandate[area]), Tagged.Members(context, outvoted)).NamingMembers(outvoted[0]) with
            {
                RelatedLocations =
                [
                    DiagnosticLocation.At(Pointers.Index(Pointers.Body(i) + "/mandate", area), $"the {Pointers.Quote(body.Mandate[area])} mandate of {Describe.Body(body)}"),
                    DiagnosticLocation.At(Pointers.Principle(pi), $"{Describe.Principle(principle)} declares non-intervention"),
                ],
            });
        }
    }
}

/// <summary>
/// NAPSM0602: sovereign equality declared, but a body's voters have unequal Banzhaf power (the highest and lowest shown, exactly and
/// as percentages). A body whose power could not be computed within the limits is NAPSM0312.
/// </summary>
internal sealed class SovereignEqualityRule() : BuiltInRule(BuiltIn.NAPSM0602, BuiltIn.NAPSM0312)
{
    public override void Analyze(ValidationContext context)
    {
        if (Tagged.First(context.Design, PrincipleTags.SovereignEquality) is not var (principle, pi)) return;
        foreach (int i in Tagged.Bodies(context))
        {
            var body = context.Design.Bodies[i];
            var analysis = context.BodyAnalysis(i);
            if (!analysis.IsComputed(Voting.AnalysisPart.Swings))
            {
                context.ReportOnce(Diagnostic.Create(BuiltIn.NAPSM0312, Pointers.BodyRule(i, body), "Banzhaf power", Describe.Body(body),
                    VotingRules.Why(analysis.NotComputed.Where(p => p.Part == Voting.AnalysisPart.Swings))));
                continue;
            }

            var power = analysis.Members;
            if (power.Count < 2) continue;
            var max = power.MaxBy(p => p.Banzhaf)!;
            var min = power.MinBy(p => p.Banzhaf)!;
            if (max.Banzhaf == min.Banzhaf) continue;
            var figures = $"Banzhaf power ranges from {Share(max.Banzhaf!.Value)} for {context.Index.Member(max.Id)} to {Share(min.Banzhaf!.Value)} for {context.Index.Member(min.Id)}";
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0602, Pointers.BodyRule(i, body), Describe.Principle(principle), Describe.Body(body), figures).NamingMembers(max.Id, min.Id) with
            {
                RelatedLocations = [DiagnosticLocation.At(Pointers.Principle(pi), $"{Describe.Principle(principle)} declares sovereign equality")],
            });
        }
    }

    internal static string Share(Rational r) =>
        r.ToString() + " (" + (r.ToDouble() * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%)";
}
