using Napsm.Core.Kernel;
using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Validation.Rules;

/// <summary>
/// NAPSM0340–0343 (#15): compound bodies, whose voters <c>body:ID</c> vote as body ID decides. A body voter naming no body (0340, with
/// did-you-mean); bodies voting in each other in a cycle (0341, every body voter of the cycle as a related location and in the chain);
/// a body voter whose body can never decide, or decides with nobody in favour, on the matter it is asked about (0342: the sub-body's
/// decision on the same matter, else its default rule, as <see cref="VotingGame.Expand(Design, Body, Decision?, AnalysisContext?)"/>
/// reads it); a member reached through two voters of one body (0343, a warning: the game is defined, the member's one vote counts in
/// each place).
/// </summary>
internal sealed class CompoundRules() : BuiltInRule(BuiltIn.NAPSM0340, BuiltIn.NAPSM0341, BuiltIn.NAPSM0342, BuiltIn.NAPSM0343)
{
    public override void Analyze(ValidationContext context)
    {
        var design = context.Design;
        var ix = context.Index;
        var graph = new Digraph(design.Bodies.Count);
        var edges = new List<(int Body, int Voter)>();
        bool any = false;
        for (int i = 0; i < design.Bodies.Count; i++)
        {
            var body = design.Bodies[i];
            if (ix.Bodies[body.Id] != i) continue; // a duplicate id is NAPSM0101
            for (int j = 0; j < body.Voters.Count; j++)
            {
                if (!CompoundVoters.TryGetBody(body.Voters[j], out var id)) continue;
                any = true;
                if (ix.Bodies.TryGetValue(id, out int sub))
                {
                    graph.AddEdge(i, sub);
                    edges.Add((i, j));
                    continue;
                }

                var near = Text.Closest(id, ix.IdsOf(ElementKind.Body));
                var diagnostic = Diagnostic.Create(BuiltIn.NAPSM0340, VoterPointer(i, j), Describe.Body(body), Pointers.Quote(body.Voters[j]),
                    near is null ? "" : $" (did you mean {Pointers.Quote(CompoundVoters.Of(near))}?)");
                if (near is not null && ix.PointerOf(ElementKind.Body, near) is { } at)
                {
                    diagnostic = diagnostic with { RelatedLocations = [DiagnosticLocation.At(at, $"body {Pointers.Quote(near)} is declared here")] };
                }

                context.Report(diagnostic);
            }
        }

        if (!any) return;
        var cycles = graph.Cycles();
        var inCycle = new HashSet<int>();
        foreach (var cycle in cycles)
        {
            foreach (var e in cycle) inCycle.Add(graph.From(e));
            Cycle(context, cycle.Select(e => edges[e]).ToList());
        }

        for (int i = 0; i < design.Bodies.Count; i++)
        {
            if (ix.Bodies[design.Bodies[i].Id] != i || Reaches(design, ix, i, inCycle)) continue;
            NeverDecides(context, i);
            Overlap(context, i);
        }
    }

    private static string VoterPointer(int body, int voter) => Pointers.Index(Pointers.Body(body) + "/voters", voter);

    /// <summary>Whether a body is in a cycle or reaches one through its body voters (then its sub-games are undefined: 0341 says so).</summary>
    private static bool Reaches(Design design, DesignIndex ix, int start, HashSet<int> inCycle)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>([start]);
        while (stack.Count > 0)
        {
            int b = stack.Pop();
            if (!seen.Add(b)) continue;
            if (inCycle.Contains(b)) return true;
            foreach (var id in CompoundVoters.SubBodies(design.Bodies[b]))
            {
                if (ix.Bodies.TryGetValue(id, out int sub)) stack.Push(sub);
            }
        }

        return false;
    }

    private static void Cycle(ValidationContext context, List<(int Body, int Voter)> steps)
    {
        var bodies = context.Design.Bodies;
        // Start at the body with the ordinally least id, so the report does not depend on the order the bodies are listed in.
        int rotate = steps.IndexOf(steps.MinBy(s => bodies[s.Body].Id, StringComparer.Ordinal));
        steps = [.. steps.Skip(rotate), .. steps.Take(rotate)];
        var path = string.Join(" → ", steps.Select(s => Describe.Body(bodies[s.Body])).Append(Describe.Body(bodies[steps[0].Body])));
        var chain = steps.Select((s, k) => DiagnosticLocation.At(VoterPointer(s.Body, s.Voter),
            $"{Describe.Body(bodies[s.Body])} has voter {Pointers.Quote(bodies[s.Body].Voters[s.Voter])}")).ToList();
        context.Report(Diagnostic.Create(BuiltIn.NAPSM0341, chain[0].JsonPointer, path) with
        {
            RelatedLocations = chain.Skip(1).ToList(),
            Chain = chain,
        });
    }

    /// <summary>0342: per body voter, each decision of its body it is asked for (by the body's matters) that never passes or always does.</summary>
    private static void NeverDecides(ValidationContext context, int i)
    {
        var design = context.Design;
        var body = design.Bodies[i];
        for (int j = 0; j < body.Voters.Count; j++)
        {
            if (!CompoundVoters.TryGetBody(body.Voters[j], out var id) || !context.Index.Bodies.TryGetValue(id, out int s)) continue;
            var sub = design.Bodies[s];
            if (sub.Voters.Count == 0) continue; // an empty body is NAPSM0103
            var asked = body.Decisions.Select(d => sub.Decisions.FirstOrDefault(x => x.Matter == d.Matter) ?? sub.Decisions[0]).Distinct().ToList();
            foreach (var decision in asked)
            {
                var game = VotingGame.Expand(design, sub, decision, context.Analyses);
                if (game.Problems.Any(p => p.Kind is RuleProblemKind.UnknownBody or RuleProblemKind.CompoundCycle)) continue; // 0340, 0341
                string? what = !game.PassesWithEveryone ? "can never pass" : game.PassesWithNobody ? "passes with nobody in favour" : null;
                if (what is null) continue;
                var subName = Describe.Body(sub) + (decision.IsDefault ? "" : $" on matter {Pointers.Quote(decision.Matter)}");
                int k = sub.Decisions.ToList().IndexOf(decision);
                context.Report(Diagnostic.Create(BuiltIn.NAPSM0342, VoterPointer(i, j), Describe.Body(body), Pointers.Quote(body.Voters[j]),
                    subName, what, what == "can never pass" ? "never in favour" : "always in favour") with
                {
                    RelatedLocations = [DiagnosticLocation.At(Pointers.DecisionRule(s, sub, k), "the rule of " + subName)],
                });
            }
        }
    }

    /// <summary>0343: a member reached through two voters of the body (directly and through a sub-body, or through two sub-bodies).</summary>
    private static void Overlap(ValidationContext context, int i)
    {
        var design = context.Design;
        var ix = context.Index;
        var body = design.Bodies[i];
        if (CompoundVoters.SubBodies(body).Count == 0) return;
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (int j = 0; j < body.Voters.Count; j++)
        {
            foreach (var member in MembersThrough(design, ix, body.Voters[j]))
            {
                if (first.TryAdd(member, j) || first[member] == j || !reported.Add(member)) continue;
                int f = first[member];
                context.Report(Diagnostic.Create(BuiltIn.NAPSM0343, VoterPointer(i, j), ix.Member(member), Describe.Body(body),
                    Through(body.Voters[f]), Through(body.Voters[j])).NamingMembers(member) with
                {
                    RelatedLocations = [DiagnosticLocation.At(VoterPointer(i, f), $"{ix.Member(member)} votes through {Through(body.Voters[f])} here first")],
                });
            }
        }
    }

    private static string Through(string voter) => CompoundVoters.IsBody(voter) ? "voter " + Pointers.Quote(voter) : "its own seat";

    /// <summary>The members a voter of a body carries: itself, or every member its body reaches (distinct, depth first).</summary>
    private static List<string> MembersThrough(Design design, DesignIndex ix, string voter)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var bodies = new HashSet<string>(StringComparer.Ordinal);
        void Walk(string v)
        {
            if (!CompoundVoters.TryGetBody(v, out var id))
            {
                if (seen.Add(v)) result.Add(v);
                return;
            }

            if (!bodies.Add(id) || !ix.Bodies.TryGetValue(id, out int b)) return;
            foreach (var w in design.Bodies[b].Voters) Walk(w);
        }

        Walk(voter);
        return result;
    }
}
