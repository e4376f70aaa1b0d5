using Napsm.Core.Model;

namespace Napsm.Core.Testing;

/// <summary>Transformations of whole designs that properties use to state laws ("renaming ids changes nothing").</summary>
public static class DesignTransforms
{
    /// <summary>
    /// Renames every element id — members, bodies, principles, phases, commitments, treaties, sources — and every reference to them
    /// (voters, rule subsets, veto holders and weights in every matter's rule and quorum, chairs, reporting lines, norm subjects,
    /// commitments' members and exchanges, requirements, ratifications, timing events, alignments' blocs and exclusions, source
    /// citations: every reference <see cref="Design.References"/> yields). The design's own id, alignment ids, attribute names and
    /// <c>*</c> are kept.
    /// </summary>
    /// <param name="design">The design.</param>
    /// <param name="rename">The new id for each old id; a consistent renaming must be injective.</param>
    /// <returns>The renamed design.</returns>
    public static Design RenameIds(Design design, Func<string, string> rename)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(rename);
        string? Opt(string? id) => id is null ? null : rename(id);
        List<string> All(IEnumerable<string> ids) => ids.Select(rename).ToList();
        // A compound voter "body:ID" (#15) is renamed by its body's id.
        string Voter(string voter) => CompoundVoters.TryGetBody(voter, out var body) ? CompoundVoters.Of(rename(body)) : rename(voter);
        List<string> Voters(IEnumerable<string> ids) => ids.Select(Voter).ToList();
        ElementRef Ref(ElementRef r) => r with { Id = rename(r.Id) };
        EventRef Event(EventRef e) => e with { Id = rename(e.Id) };
        DecisionRule Rule(DecisionRule rule) => rule switch
        {
            HeadCountRule h => h with { Of = h.Of is null ? null : Voters(h.Of) },
            WeightedRule { Weights: { } w } weighted => WeightedRule.WithWeights(w.Select(kv => new KeyValuePair<string, Rational>(Voter(kv.Key), kv.Value)), weighted.Comparison, weighted.Threshold),
            VetoRule v => new VetoRule(Voters(v.Holders)),
            AllRule a => new AllRule(a.Clauses.Select(Rule)),
            AnyRule a => new AnyRule(a.Clauses.Select(Rule)),
            _ => rule,
        };

        return design with
        {
            Sources = design.Sources.Select(s => s with { Id = rename(s.Id) }).ToList(),
            Members = design.Members.Select(m => m with
            {
                Id = rename(m.Id),
                Source = Opt(m.Source),
                Attributes = m.Attributes.ToDictionary(a => a.Key, a => a.Value with { Source = Opt(a.Value.Source) }),
            }).ToList(),
            Bodies = design.Bodies.Select(b => b with
            {
                Id = rename(b.Id),
                Voters = Voters(b.Voters),
                // Every matter: its rule, its quorum and its source (the default matter's rule is the body's Rule).
                Decisions = b.Decisions.Select(dec => dec with
                {
                    Rule = Rule(dec.Rule),
                    Quorum = dec.Quorum is null ? null : Rule(dec.Quorum),
                    Source = Opt(dec.Source),
                }).ToList(),
                Chair = Opt(b.Chair),
                ReportsTo = Opt(b.ReportsTo),
                Source = Opt(b.Source),
            }).ToList(),
            Principles = design.Principles.Select(p => p with
            {
                Id = rename(p.Id),
                Source = Opt(p.Source),
                Norms = p.Norms.Select(n => n with { Subject = n.Subject == "*" ? "*" : rename(n.Subject) }).ToList(),
            }).ToList(),
            Phases = design.Phases.Select(p => p with
            {
                Id = rename(p.Id),
                After = All(p.After),
                Requires = p.Requires.Select(Ref).ToList(),
                Source = Opt(p.Source),
                Commitments = p.Commitments.Select(c => c with
                {
                    Id = rename(c.Id),
                    By = All(c.By),
                    To = All(c.To),
                    InExchangeFor = All(c.InExchangeFor),
                    Source = Opt(c.Source),
                }).ToList(),
            }).ToList(),
            Treaties = design.Treaties.Select(t => t with
            {
                Id = rename(t.Id),
                Parties = All(t.Parties),
                Requires = t.Requires.Select(Ref).ToList(),
                EntryIntoForce = t.EntryIntoForce is { } e ? e with { Rule = Rule(e.Rule) } : null,
                Ratifications = t.Ratifications.Select(r => r with { Member = rename(r.Member), Source = Opt(r.Source) }).ToList(),
                Source = Opt(t.Source),
            }).ToList(),
            Timing = design.Timing.Select(t => t with { From = Event(t.From), To = Event(t.To), Source = Opt(t.Source) }).ToList(),
            Alignments = design.Alignments.Select(a => a with
            {
                Blocs = a.Blocs.Select(All).ToList(),
                Excluded = All(a.Excluded),
                Source = Opt(a.Source),
            }).ToList(),
            // The amendment rules (#16): their rules over members, their sources, and the elements an entry covers (kind/id).
            Amendment = design.Amendment is { } am ? am with { Rule = Rule(am.Rule), Ratification = Ratification(am.Ratification), Source = Opt(am.Source) } : null,
            Amendments = design.Amendments.Select(a => a with
            {
                Covers = a.Covers.Select(Covered).ToList(),
                Rule = Rule(a.Rule),
                Ratification = Ratification(a.Ratification),
                Source = Opt(a.Source),
            }).ToList(),
            Accession = design.Accession is { } ac ? ac with { Rule = Rule(ac.Rule), Source = Opt(ac.Source) } : null,
        };

        EntryIntoForce? Ratification(EntryIntoForce? r) => r is null ? null : r with { Rule = Rule(r.Rule) };

        string Covered(string part)
        {
            int slash = part.IndexOf('/', StringComparison.Ordinal);
            return slash < 0 ? part : part[..(slash + 1)] + rename(part[(slash + 1)..]);
        }
    }
}
