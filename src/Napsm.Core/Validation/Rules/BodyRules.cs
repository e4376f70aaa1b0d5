using Napsm.Core.Model;

namespace Napsm.Core.Validation.Rules;

/// <summary>NAPSM0201: a member that votes in no body and is party to no treaty.</summary>
internal sealed class MemberWithoutRoleRule() : BuiltInRule(BuiltIn.NAPSM0201)
{
    public override void Analyze(ValidationContext context)
    {
        var d = context.Design;
        var engaged = new HashSet<string>(d.Bodies.SelectMany(b => b.Voters).Concat(d.Treaties.SelectMany(t => t.Parties)), StringComparer.Ordinal);
        for (int i = 0; i < d.Members.Count; i++)
        {
            if (!engaged.Contains(d.Members[i].Id)) context.Report(Diagnostic.Create(BuiltIn.NAPSM0201, Pointers.Member(i), Describe.Member(d.Members[i])).NamingMembers(d.Members[i].Id));
        }
    }
}

/// <summary>NAPSM0202: bodies that report to each other in a cycle; the whole cycle is reported once, as a chain.</summary>
internal sealed class ReportingCycleRule() : BuiltInRule(BuiltIn.NAPSM0202)
{
    public override void Analyze(ValidationContext context)
    {
        var d = context.Design;
        var ix = context.Index;
        // Each body reports to at most one body, so the graph is functional: walk from each body, colouring as we go.
        var state = new int[d.Bodies.Count]; // 0 unvisited, 1 on the current walk, 2 done
        for (int start = 0; start < d.Bodies.Count; start++)
        {
            if (state[start] != 0 || ix.Bodies[d.Bodies[start].Id] != start) continue;
            var walk = new List<int>();
            int at = start;
            while (true)
            {
                state[at] = 1;
                walk.Add(at);
                var next = d.Bodies[at].ReportsTo;
                // No `out` variable inside the || chain: a mutation testing tool that swaps || for && would leave it unassigned
                // (CS0165) and then drop every mutant of this method.
                int n = next is null ? -1 : ix.Bodies.GetValueOrDefault(next, -1);
                if (n < 0 || state[n] == 2) break;
                if (state[n] == 1)
                {
                    Report(context, walk.Skip(walk.IndexOf(n)).ToList());
                    break;
                }

                at = n;
            }

            foreach (var w in walk) state[w] = 2;
        }
    }

    private static void Report(ValidationContext context, List<int> cycle)
    {
        var bodies = context.Design.Bodies;
        // Start the cycle at the body with the ordinally least id, so the report depends neither on where the walk began nor on
        // the order the bodies are listed in.
        int rotate = cycle.IndexOf(cycle.MinBy(i => bodies[i].Id, StringComparer.Ordinal));
        cycle = [.. cycle.Skip(rotate), .. cycle.Take(rotate)];
        var path = string.Join(" → ", cycle.Append(cycle[0]).Select(i => Describe.Body(bodies[i])));
        var steps = cycle.Select((b, k) => DiagnosticLocation.At(
            Pointers.Body(b) + "/reportsTo",
            $"{Describe.Body(bodies[b])} reports to {Describe.Body(bodies[cycle[(k + 1) % cycle.Count]])}")).ToList();
        context.Report(Diagnostic.Create(BuiltIn.NAPSM0202, steps[0].JsonPointer, path) with
        {
            RelatedLocations = steps.Skip(1).ToList(),
            Chain = steps,
        });
    }
}

/// <summary>NAPSM0203: a declared issue area that no body's mandate covers.</summary>
internal sealed class UncoveredIssueAreaRule() : BuiltInRule(BuiltIn.NAPSM0203)
{
    public override void Analyze(ValidationContext context)
    {
        var d = context.Design;
        var covered = new HashSet<string>(d.Bodies.SelectMany(b => b.Mandate), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < d.IssueAreas.Count; i++)
        {
            var area = d.IssueAreas[i];
            if (seen.Add(area) && !covered.Contains(area)) context.Report(Diagnostic.Create(BuiltIn.NAPSM0203, Pointers.IssueArea(i), Pointers.Quote(area)));
        }
    }
}

/// <summary>NAPSM0204: a chair who is a member but not a voter of the body (a chair that is no member at all is NAPSM0102).</summary>
internal sealed class ChairNotVoterRule() : BuiltInRule(BuiltIn.NAPSM0204)
{
    public override void Analyze(ValidationContext context)
    {
        var d = context.Design;
        var ix = context.Index;
        for (int i = 0; i < d.Bodies.Count; i++)
        {
            var b = d.Bodies[i];
            // No `out` variable inside the || chain (see ReportingCycleRule).
            int m = b.Chair is null ? -1 : ix.Members.GetValueOrDefault(b.Chair, -1);
            if (m < 0 || b.Voters.Contains(b.Chair!, StringComparer.Ordinal)) continue;
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0204, Pointers.Body(i) + "/chair", Describe.Body(b), Describe.Member(d.Members[m])).NamingMembers(d.Members[m].Id) with
            {
                RelatedLocations = [DiagnosticLocation.At(Pointers.Body(i) + "/voters", $"the voters of {Describe.Body(b)}")],
            });
        }
    }
}

/// <summary>NAPSM0404: a commitment that lists nobody in <c>by</c>.</summary>
internal sealed class CommitmentWithoutUndertakerRule() : BuiltInRule(BuiltIn.NAPSM0404)
{
    public override void Analyze(ValidationContext context)
    {
        var phases = context.Design.Phases;
        for (int i = 0; i < phases.Count; i++)
        {
            for (int k = 0; k < phases[i].Commitments.Count; k++)
            {
                var c = phases[i].Commitments[k];
                if (c.By.Count == 0) context.Report(Diagnostic.Create(BuiltIn.NAPSM0404, Pointers.Commitment(i, k) + "/by", Describe.Commitment(c), Describe.Phase(phases[i])));
            }
        }
    }
}
