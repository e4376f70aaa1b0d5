using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Validation.Rules;

/// <summary>
/// NAPSM0315–0319 (#15): a body's matters and the options of its rules. A matter named twice (0315); a quorum the voters cannot meet
/// even all present (0316, for a matter's quorum and a rule's); a named matter that passes more easily than the default rule (0317,
/// info, checked over the minimal winning coalitions within <see cref="ValidationOptions.Limits"/>); an <c>abstentionBlocks: false</c>
/// veto whose holders another clause of the same <c>all</c> needs in favour anyway (0318); a share of those present, or present and
/// voting, with no quorum (0319). A matter's own quorum is checked for non-voters and thresholds as rules are (0307–0309).
/// </summary>
internal sealed class MatterRules() : BuiltInRule(
    BuiltIn.NAPSM0315, BuiltIn.NAPSM0316, BuiltIn.NAPSM0317, BuiltIn.NAPSM0318, BuiltIn.NAPSM0319, BuiltIn.NAPSM0307, BuiltIn.NAPSM0308, BuiltIn.NAPSM0309)
{
    /// <summary>The most minimal winning coalitions 0317 enumerates per rule before it gives up (silently: it is an info about intent).</summary>
    private const int CoalitionLimit = 4096;

    public override void Analyze(ValidationContext context)
    {
        var design = context.Design;
        for (int i = 0; i < design.Bodies.Count; i++)
        {
            var body = design.Bodies[i];
            var name = Describe.Body(body);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int k = 0; k < body.Decisions.Count; k++)
            {
                var decision = body.Decisions[k];
                if (!seen.TryAdd(decision.Matter, k))
                {
                    context.Report(Diagnostic.Create(BuiltIn.NAPSM0315, Pointers.Decision(i, body, k) + (k == 0 && decision.IsDefault ? "" : "/matter"),
                        name, Pointers.Quote(decision.Matter), Pointers.Decision(i, body, seen[decision.Matter])));
                }

                if (body.Voters.Count == 0) continue;
                var at = Pointers.DecisionRule(i, body, k);
                if (decision.Quorum is { } quorum) CheckQuorum(context, i, quorum, Kernel.DesignPointers.Quorum(Pointers.Decision(i, body, k)), name);
                foreach (var (pointer, clause, inQuorum) in Pointers.ClauseSites(decision.Rule, at))
                {
                    switch (clause)
                    {
                        case HeadCountRule { Quorum: { } q }:
                            CheckQuorum(context, i, q, Kernel.DesignPointers.Quorum(pointer), name, reportProblems: false);
                            break;
                        case WeightedRule { Quorum: { } q }:
                            CheckQuorum(context, i, q, Kernel.DesignPointers.WeightedQuorum(pointer), name, reportProblems: false);
                            break;
                        case AllRule all:
                            AbstentionWithoutEffect(context, i, all, pointer, name);
                            break;
                    }

                    if (decision.Quorum is null && Base(clause) is { } b and not VoteBase.Members && Quorum(clause) is null && !inQuorum)
                    {
                        context.Report(Diagnostic.Create(BuiltIn.NAPSM0319, pointer, Pointers.QuoteRule(clause), name,
                            b == VoteBase.Present ? "present" : "present and voting"));
                    }
                }
            }

            if (body.Voters.Count > 0 && body.Decisions[0].IsDefault)
            {
                for (int k = 1; k < body.Decisions.Count; k++) EasierThanDefault(context, i, k);
            }
        }
    }

    private static VoteBase? Base(DecisionRule rule) => rule switch { HeadCountRule h => h.Base, WeightedRule w => w.Base, _ => null };

    private static DecisionRule? Quorum(DecisionRule rule) => rule switch { HeadCountRule h => h.Quorum, WeightedRule w => w.Quorum, _ => null };

    private static void CheckQuorum(ValidationContext context, int i, DecisionRule quorum, string at, string name, bool reportProblems = true)
    {
        var body = context.Design.Bodies[i];
        var game = VotingGame.ForDecision(context.Design, body, new Decision("quorum", quorum), context.Analyses);
        // A rule's own quorum is compiled with the rule, whose problems VotingRules reports; a matter's quorum is reported here.
        if (reportProblems)
        {
            foreach (var p in game.Problems) VotingRules.ReportProblem(context, i, quorum, at, name, p);
        }

        if (!game.PassesWithEveryone) context.Report(Diagnostic.Create(BuiltIn.NAPSM0316, at, Pointers.Quote(quorum.ToString()), name, game.Count));
    }

    /// <summary>NAPSM0318: a holder of an abstention-tolerant veto whom a sibling clause that counts abstention as no needs in favour.</summary>
    private static void AbstentionWithoutEffect(ValidationContext context, int i, AllRule all, string at, string name)
    {
        var body = context.Design.Bodies[i];
        for (int c = 0; c < all.Clauses.Count; c++)
        {
            if (all.Clauses[c] is not VetoRule { AbstentionBlocks: false } veto) continue;
            for (int s = 0; s < all.Clauses.Count; s++)
            {
                if (s == c || !CountsAbstentionAsNo(all.Clauses[s])) continue;
                var sibling = VotingGame.ForDecision(context.Design, body, new Decision("clause", all.Clauses[s]), context.Analyses);
                if (sibling.Problems.Count > 0) continue;
                var needed = veto.Holders.Where(h => sibling.IsVetoPlayer(h)).Distinct(StringComparer.Ordinal).ToList();
                if (needed.Count == 0) continue;
                context.Report(Diagnostic.Create(BuiltIn.NAPSM0318, Pointers.Index(at + "/all", c), Pointers.Quote(veto.ToString()), name,
                    Pointers.QuoteRule(all.Clauses[s]), Tagged.Members(context, needed)).NamingMembers(needed[0]) with
                {
                    RelatedLocations = [DiagnosticLocation.At(Pointers.Index(at + "/all", s), $"the clause {Pointers.QuoteRule(all.Clauses[s])}")],
                });
                break;
            }
        }
    }

    /// <summary>Whether a rule reads an abstention as a vote against everywhere: no base other than members, no abstention-tolerant veto, no consensus.</summary>
    private static bool CountsAbstentionAsNo(DecisionRule rule) => rule switch
    {
        ConsensusRule => false,
        HeadCountRule h => h.Base == VoteBase.Members,
        WeightedRule w => w.Base == VoteBase.Members,
        VetoRule v => v.AbstentionBlocks,
        AllRule a => a.Clauses.All(CountsAbstentionAsNo),
        AnyRule a => a.Clauses.All(CountsAbstentionAsNo),
        _ => true,
    };

    /// <summary>NAPSM0317: every minimal winning coalition of the default wins on matter k, and one of matter k's loses by default.</summary>
    private static void EasierThanDefault(ValidationContext context, int i, int k)
    {
        var body = context.Design.Bodies[i];
        var byDefault = context.MatterGame(i, 0);
        var matter = context.MatterGame(i, k);
        if (byDefault.Problems.Count > 0 || matter.Problems.Count > 0) return;
        int count = 0;
        foreach (var c in byDefault.EnumerateMinimalWinningCoalitions())
        {
            if (++count > CoalitionLimit || !matter.IsWinning(c)) return;
        }

        if (count == 0) return; // a default that never passes is NAPSM0301
        count = 0;
        foreach (var c in matter.EnumerateMinimalWinningCoalitions())
        {
            if (++count > CoalitionLimit) return;
            if (byDefault.IsWinning(c))
            {
                continue;
            }

            context.Report(Diagnostic.Create(BuiltIn.NAPSM0317, Pointers.Decision(i, body, k) + "/matter", Pointers.Quote(body.Decisions[k].Matter),
                Describe.Body(body), Pointers.QuoteRule(body.Rule), "{" + string.Join(", ", c.Select(Pointers.Quote)) + "}").NamingMembers(c) with
            {
                RelatedLocations = [DiagnosticLocation.At(Pointers.BodyRule(i, body), $"the default rule of {Describe.Body(body)}")],
            });
            return;
        }
    }
}
