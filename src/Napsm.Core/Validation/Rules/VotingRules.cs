using System.Globalization;
using System.Numerics;
using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Validation.Rules;

/// <summary>
/// NAPSM0301–0314: each body's decision rule as a voting game (Napsm.Core.Voting). Malformed rules first (0307 non-voter, 0308 missing
/// weight, 0309 threshold out of range, from <see cref="VotingGame.Problems"/>); then a rule that never passes (0301) or passes with
/// nobody (0302), after which nothing else about the body is reported; then the exact analysis: improper (0303, with two disjoint
/// winning coalitions), dummies (0304), redundant and rarely decisive clauses (0305, 0306), everyone a veto holder (0310), not decisive
/// (0311, with a coalition and its complement that both fail), a dictator (0313) and, for a weighted rule, power out of proportion to
/// weight (0314). Parts of the analysis skipped for the limits are NAPSM0312.
/// </summary>
internal sealed class VotingRules() : BuiltInRule(
    BuiltIn.NAPSM0301, BuiltIn.NAPSM0302, BuiltIn.NAPSM0303, BuiltIn.NAPSM0304, BuiltIn.NAPSM0305, BuiltIn.NAPSM0306, BuiltIn.NAPSM0307,
    BuiltIn.NAPSM0308, BuiltIn.NAPSM0309, BuiltIn.NAPSM0310, BuiltIn.NAPSM0311, BuiltIn.NAPSM0312, BuiltIn.NAPSM0313, BuiltIn.NAPSM0314)
{
    public override void Analyze(ValidationContext context)
    {
        for (int i = 0; i < context.Design.Bodies.Count; i++) AnalyzeBody(context, i);
    }

    private static void AnalyzeBody(ValidationContext context, int i)
    {
        var body = context.Design.Bodies[i];
        if (body.Voters.Count == 0) return; // an empty body is a structural finding, not a voting one
        // Every matter (#15) is a rule of its own; matter 0 is Body.Rule, whose game and analysis the other rules share.
        for (int k = 0; k < body.Decisions.Count; k++) AnalyzeMatter(context, i, k);
    }

    /// <summary>The most copies of a repeated clause a diagnostic points to; the message gives their number.</summary>
    private const int MaxCopiesShown = 10;

    /// <summary>
    /// For each clause that has an identical sibling in the same <c>all</c>/<c>any</c>, the pointers of all its copies in order. Each
    /// copy alone never changes the outcome (and and or are idempotent), but one diagnostic per copy would bury the finding.
    /// </summary>
    private static Dictionary<string, List<string>> IdenticalClauses(IReadOnlyList<ClauseEffect> clauses)
    {
        var groups = new Dictionary<(string Parent, string Clause), List<string>>();
        foreach (var c in clauses)
        {
            var key = (c.Parent, c.Clause.ToString());
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(c.At);
        }

        var copies = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var list in groups.Values.Where(l => l.Count > 1))
        {
            foreach (var p in list) copies[p] = list;
        }

        return copies;
    }

    private static void AnalyzeMatter(ValidationContext context, int i, int k)
    {
        var body = context.Design.Bodies[i];
        var bodyRule = body.Decisions[k].Rule;
        var at = Pointers.DecisionRule(i, body, k);
        var game = context.MatterGame(i, k);
        var rule = Pointers.QuoteRule(bodyRule);
        var name = Describe.Body(body) + (k == 0 && body.Decisions[0].IsDefault ? "" : " (matter " + Pointers.Quote(body.Decisions[k].Matter) + ")");
        foreach (var p in game.Problems) ReportProblem(context, i, bodyRule, at, name, p);

        if (!game.PassesWithEveryone)
        {
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0301, at, rule, name, game.Count));
            return;
        }

        if (game.PassesWithNobody)
        {
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0302, at, rule, name));
            return;
        }

        var analysis = context.MatterAnalysis(i, k);
        if (analysis.NotComputed.Count > 0)
        {
            // One diagnostic per body, naming every part skipped and every reason.
            context.ReportOnce(Diagnostic.Create(BuiltIn.NAPSM0312, at, string.Join(", ", analysis.NotComputed.Select(p => What(p.Part)).Distinct()), name,
                Why(analysis.NotComputed)));
        }

        bool everyoneVeto = game.VetoPlayers.Count == game.Count;
        if (analysis.ImproperWitness is { } w)
        {
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0303, at, rule, name, Set(w.First), Set(w.Second)).NamingMembers([.. w.First, .. w.Second]));
        }

        if (analysis.IsComputed(AnalysisPart.Swings))
        {
            for (int v = 0; v < analysis.Members.Count; v++)
            {
                var m = analysis.Members[v];
                if (m.IsDummy == true)
                {
                    context.Report(Diagnostic.Create(BuiltIn.NAPSM0304, VoterPointer(body, i, m.Id), context.Index.Member(m.Id), name, rule).NamingMembers(m.Id));
                }
            }

            var coalitions = BigInteger.One << game.Count;
            var copies = IdenticalClauses(analysis.Clauses);
            foreach (var c in analysis.Clauses)
            {
                if (c.IsRedundant)
                {
                    // A clause repeated within one all/any is reported once, at its first copy, with the count and a few copies.
                    if (!copies.TryGetValue(c.At, out var same))
                    {
                        context.Report(Diagnostic.Create(BuiltIn.NAPSM0305, at + c.At, Pointers.QuoteRule(c.Clause), name, rule));
                    }
                    else if (same[0] == c.At)
                    {
                        var clause = Pointers.QuoteRule(c.Clause) + " (one of "
                            + same.Count.ToString("N0", CultureInfo.InvariantCulture) + " identical clauses)";
                        context.Report(Diagnostic.Create(BuiltIn.NAPSM0305, at + c.At, clause, name, rule) with
                        {
                            RelatedLocations = same.Skip(1).Take(MaxCopiesShown)
                                .Select(p => DiagnosticLocation.At(at + p, "an identical clause")).ToArray(),
                        });
                    }
                }
                else if (new Rational(c.ChangedCoalitions, coalitions) <= context.Options.TinyClauseShare)
                {
                    context.Report(Diagnostic.Create(BuiltIn.NAPSM0306, at + c.At, Pointers.QuoteRule(c.Clause), name,
                        c.ChangedCoalitions.ToString(CultureInfo.InvariantCulture), coalitions.ToString(CultureInfo.InvariantCulture)));
                }
            }

            // A rule that says unanimity or consensus needs no telling; 0310 is for rules that are unanimity in effect only.
            // With two voters every proper rule without a dictator is unanimity: only news from three voters on.
            if (game.Count >= 3 && everyoneVeto && bodyRule is not (UnanimityRule or ConsensusRule or ConsensusMinusRule { K: 0 }))
            {
                context.Report(Diagnostic.Create(BuiltIn.NAPSM0310, at, name, rule));
            }
            // A one-member body is its member's by definition.
            if (analysis.Dictator is { } dictator && game.Count >= 2)
            {
                context.Report(Diagnostic.Create(BuiltIn.NAPSM0313, VoterPointer(body, i, dictator), context.Index.Member(dictator), name, rule).NamingMembers(dictator));
            }

            if (bodyRule is WeightedRule weighted) OutOfProportion(context, i, weighted, analysis);
        }

        // Deadlock is the nature of a unanimity body (every voter a veto holder): 0311 is for the rules where it is news.
        if (analysis.NotStrongWitness is { } d && analysis.IsProper == true && !everyoneVeto)
        {
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0311, at, rule, name, Set(d.First), Set(d.Second)).NamingMembers([.. d.First, .. d.Second]));
        }
    }

    internal static void ReportProblem(ValidationContext context, int i, DecisionRule bodyRule, string ruleAt, string name, RuleProblem p)
    {
        var at = ruleAt + p.At;
        var clauseRule = p.Clause;
        var clause = Pointers.QuoteRule(clauseRule);
        switch (p.Kind)
        {
            case RuleProblemKind.NotAVoter:
                var role = p.Role switch
                {
                    RuleRole.VetoHolder => "the veto " + clause,
                    RuleRole.WeightedVoter => "the weighted rule " + clause,
                    _ => "the head count " + clause,
                };
                context.Report(Diagnostic.Create(BuiltIn.NAPSM0307, at, role, context.Index.Member(p.Ids[0]), name).NamingMembers(p.Ids[0]));
                break;
            case RuleProblemKind.MissingWeight:
            case RuleProblemKind.MissingAttribute:
                var diagnostic = Diagnostic.Create(BuiltIn.NAPSM0308, at, context.Index.Member(p.Ids[0]), clause, name).NamingMembers(p.Ids[0]);
                if (p.Kind == RuleProblemKind.MissingAttribute && context.Index.Members.TryGetValue(p.Ids[0], out int mi))
                {
                    diagnostic = diagnostic with
                    {
                        RelatedLocations = [DiagnosticLocation.At(Pointers.Member(mi), $"{context.Index.Member(p.Ids[0])} has no attribute '{((WeightedRule)clauseRule).Attribute}'")],
                    };
                }

                context.Report(diagnostic);
                break;
            case RuleProblemKind.ThresholdOutOfRange:
                context.Report(Diagnostic.Create(BuiltIn.NAPSM0309, at, clause, name, Wording.Threshold(p)));
                break;
        }
    }

    private static string VoterPointer(Body body, int i, string id)
    {
        for (int k = 0; k < body.Voters.Count; k++)
        {
            if (body.Voters[k] == id) return Pointers.Index(Pointers.Body(i) + "/voters", k);
        }

        return Pointers.Body(i) + "/voters";
    }

    private static string Set(IReadOnlyList<string> ids) => "{" + string.Join(", ", ids.Select(Pointers.Quote)) + "}";

    // The validator's words for the parts of an analysis (the figures its checks need) and for why they were skipped.
    private static string What(AnalysisPart part) => part switch
    {
        AnalysisPart.Structure => "the proper and strong test",
        AnalysisPart.Clauses => "the clause analysis",
        AnalysisPart.Johnston => "Johnston",
        AnalysisPart.DeeganPackel => "Deegan–Packel",
        AnalysisPart.HollerPackel => "Holler–Packel",
        _ => "the power analysis",
    };

    /// <summary>The reasons, each once with its measurements: <c>too large (a decision diagram above 100 nodes); time limit (…)</c>.</summary>
    internal static string Why(IEnumerable<PartNotComputed> parts) => string.Join("; ", parts.GroupBy(p => p.Reason).Select(g =>
    {
        var details = g.Select(Wording.Detail).Where(d => d.Length > 0).Distinct().ToList();
        return Reason(g.Key) + (details.Count == 0 ? "" : " (" + string.Join("; ", details) + ")");
    }));

    private static string Reason(NotComputedReason reason) => reason switch
    {
        NotComputedReason.TimeLimit => "time limit",
        NotComputedReason.MemoryLimit => "memory limit",
        NotComputedReason.WeightsOutOfRange => "weights out of range",
        NotComputedReason.InvalidRule => "invalid rule",
        NotComputedReason.Cancelled => "cancelled",
        _ => "too large",
    };

    private static void OutOfProportion(ValidationContext context, int i, WeightedRule rule, GameAnalysis analysis)
    {
        var body = context.Design.Bodies[i];
        var weights = new Dictionary<string, Rational>(StringComparer.Ordinal);
        foreach (var id in body.Voters)
        {
            Rational? w = rule.Weights is { } inline
                ? (inline.TryGetValue(id, out var x) ? x : null)
                : context.Index.Members.TryGetValue(id, out int mi) && context.Design.Members[mi].Attributes.TryGetValue(rule.Attribute!, out var a) ? a.Value : null;
            if (w is not { Sign: >= 0 } weight) return; // missing weights are NAPSM0308; proportions would mislead
            weights[id] = weight;
        }

        var total = weights.Values.Aggregate(Rational.Zero, (s, w) => s + w);
        if (total.Sign == 0 || analysis.TotalSwings is not { IsZero: false }) return;
        foreach (var m in analysis.Members)
        {
            var share = weights[m.Id] / total;
            var banzhaf = m.Banzhaf!.Value;
            var gap = banzhaf - share;
            if ((gap.Sign < 0 ? -gap : gap) > context.Options.PowerMargin)
            {
                context.Report(Diagnostic.Create(BuiltIn.NAPSM0314, VoterPointer(body, i, m.Id), context.Index.Member(m.Id),
                    SovereignEqualityRule.Share(banzhaf), SovereignEqualityRule.Share(share), Describe.Body(body)).NamingMembers(m.Id));
            }
        }
    }
}
