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

/// <summary>
/// NAPSM0606 (#15): sovereign equality declared, but a rule that reads abstention (a base of those present or present and voting, a
/// quorum) lets fewer than half of a body's voters pass a decision. Sound, not complete: for each number of yes votes below half, in
/// increasing order, it tries a few profiles (the first or the last voters in favour; of the others, a number that meets common quorums
/// abstaining, the rest absent, or all abstaining, or all absent) and reports the first that the rule passes, as the witness; nothing is
/// reported that was not verified on the ternary game.
/// </summary>
internal sealed class MinorityDecidesRule() : BuiltInRule(BuiltIn.NAPSM0606)
{
    public override void Analyze(ValidationContext context)
    {
        if (Tagged.First(context.Design, PrincipleTags.SovereignEquality) is not var (principle, pi)) return;
        foreach (int i in Tagged.Bodies(context))
        {
            var body = context.Design.Bodies[i];
            for (int k = 0; k < body.Decisions.Count; k++)
            {
                var game = context.MatterGame(i, k);
                if (game.Problems.Count > 0 || !game.ReadsAbstention || game.Count < 3) continue;
                if (Witness(game) is not { } profile) continue;
                var decision = body.Decisions[k];
                var who = k == 0 || decision.IsDefault ? Describe.Body(body) : Describe.Body(body) + " on matter " + Pointers.Quote(decision.Matter);
                var yes = Ids(game, profile, Voting.Vote.Yes);
                var witness = "yes " + Listed(yes) + "; abstaining " + Listed(Ids(game, profile, Voting.Vote.Abstain)) + "; absent " + Listed(Ids(game, profile, Voting.Vote.Absent));
                context.Report(Diagnostic.Create(BuiltIn.NAPSM0606, Pointers.DecisionRule(i, body, k), Describe.Principle(principle), who,
                    Pointers.QuoteRule(decision.Rule), yes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    game.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), witness).NamingMembers(yes) with
                {
                    RelatedLocations = [DiagnosticLocation.At(Pointers.Principle(pi), $"{Describe.Principle(principle)} declares sovereign equality")],
                });
            }
        }
    }

    private static List<string> Ids(Voting.VotingGame game, Voting.Vote[] profile, Voting.Vote vote) =>
        Enumerable.Range(0, game.Count).Where(v => profile[v] == vote).Select(v => game.Voters[v]).ToList();

    private static string Listed(List<string> ids) => ids.Count == 0 ? "none" : Text.Listed(ids.Select(id => Pointers.Quote(id)).ToList());

    /// <summary>The first profile found with the fewest yes votes (fewer than half the voters) that passes; null when none of those tried does.</summary>
    internal static Voting.Vote[]? Witness(Voting.VotingGame game)
    {
        int n = game.Count;
        var forward = Enumerable.Range(0, n).ToArray();
        var backward = forward.Reverse().ToArray();
        for (int yes = 1; 2 * yes < n; yes++)
        {
            int rest = n - yes;
            var presents = new SortedSet<int> { 0, rest };
            foreach (var (num, den) in new[] { (1, 3), (1, 2), (2, 3) })
            {
                int needed = ((n * num) + den - 1) / den;
                for (int extra = 0; extra <= 1; extra++)
                {
                    int q = needed + extra - yes;
                    if (q >= 0 && q <= rest) presents.Add(q);
                }
            }

            foreach (var order in new[] { forward, backward })
            {
                foreach (int abstaining in presents)
                {
                    var profile = new Voting.Vote[n];
                    for (int j = 0; j < n; j++)
                    {
                        profile[order[j]] = j < yes ? Voting.Vote.Yes : j < yes + abstaining ? Voting.Vote.Abstain : Voting.Vote.Absent;
                    }

                    if (game.Passes(profile)) return profile;
                }
            }
        }

        return null;
    }
}
