using Napsm.Core.Kernel;

namespace Napsm.Core.Model;

/// <summary>
/// The one walk over every reference in a design (<see cref="Design.References"/>): the validator's NAPSM0102, the test library's
/// shrinking and its renaming transform's coverage test all read it, so that a new place that names an element is added once.
/// </summary>
internal static class DesignReferences
{
    public static IEnumerable<DesignReference> Of(Design d)
    {
        for (int i = 0; i < d.Members.Count; i++)
        {
            var m = d.Members[i];
            var p = DesignPointers.Member(i);
            var owner = new ElementRef(ElementKind.Member, m.Id);
            if (m.Source is { } source) yield return new(ReferenceTarget.Source, source, ReferenceRole.Source, owner, p, "source") { OwnerIndex = i };
            foreach (var (name, value) in m.Attributes)
            {
                if (value.Source is { } cited)
                {
                    yield return new(ReferenceTarget.Source, cited, ReferenceRole.Source, owner, p, "attributes", key: name, leaf: "source")
                    {
                        OwnerIndex = i,
                        Attribute = name,
                    };
                }
            }
        }

        for (int i = 0; i < d.Bodies.Count; i++)
        {
            var b = d.Bodies[i];
            var p = DesignPointers.Body(i);
            var owner = new ElementRef(ElementKind.Body, b.Id);
            for (int j = 0; j < b.Voters.Count; j++)
            {
                // A voter "body:ID" (#15, a compound body) refers to that body.
                yield return CompoundVoters.TryGetBody(b.Voters[j], out var sub)
                    ? new(ReferenceTarget.Body, sub, ReferenceRole.Voter, owner, p, "voters", j) { OwnerIndex = i }
                    : new(ReferenceTarget.Member, b.Voters[j], ReferenceRole.Voter, owner, p, "voters", j) { OwnerIndex = i };
            }

            if (b.Chair is { } chair) yield return new(ReferenceTarget.Member, chair, ReferenceRole.Chair, owner, p, "chair") { OwnerIndex = i };
            if (b.ReportsTo is { } to) yield return new(ReferenceTarget.Body, to, ReferenceRole.ReportsTo, owner, p, "reportsTo") { OwnerIndex = i };
            if (b.Source is { } source) yield return new(ReferenceTarget.Source, source, ReferenceRole.Source, owner, p, "source") { OwnerIndex = i };
            bool hasDefault = b.Decisions[0].IsDefault;
            for (int k = 0; k < b.Decisions.Count; k++)
            {
                var decision = b.Decisions[k];
                foreach (var r in InRule(decision.Rule, DesignPointers.DecisionRule(i, hasDefault, k), owner, i, k, decision.Matter)) yield return r;
                // The default matter is the body's "rule": its quorum and source have no place of their own in the file.
                if (decision.IsDefault && k == 0) continue;
                var at = DesignPointers.Decision(i, hasDefault, k);
                if (decision.Quorum is { } quorum)
                {
                    foreach (var r in InRule(quorum, DesignPointers.Quorum(at), owner, i, k, decision.Matter)) yield return r;
                }

                if (decision.Source is { } cited)
                {
                    yield return new(ReferenceTarget.Source, cited, ReferenceRole.Source, owner, at, "source") { OwnerIndex = i, InnerIndex = k, Matter = decision.Matter };
                }
            }
        }

        for (int i = 0; i < d.Principles.Count; i++)
        {
            var pr = d.Principles[i];
            var p = DesignPointers.Principle(i);
            var owner = new ElementRef(ElementKind.Principle, pr.Id);
            if (pr.Source is { } source) yield return new(ReferenceTarget.Source, source, ReferenceRole.Source, owner, p, "source") { OwnerIndex = i };
            for (int j = 0; j < pr.Norms.Count; j++)
            {
                var subject = pr.Norms[j].Subject;
                // "*" is everyone, not a member's id.
                if (subject != "*") yield return new(ReferenceTarget.Member, subject, ReferenceRole.NormSubject, owner, p, "norms", j, leaf: "subject") { OwnerIndex = i };
            }
        }

        for (int i = 0; i < d.Phases.Count; i++)
        {
            var ph = d.Phases[i];
            var p = DesignPointers.Phase(i);
            var owner = new ElementRef(ElementKind.Phase, ph.Id);
            for (int j = 0; j < ph.After.Count; j++) yield return new(ReferenceTarget.Phase, ph.After[j], ReferenceRole.Predecessor, owner, p, "after", j) { OwnerIndex = i };
            for (int j = 0; j < ph.Requires.Count; j++)
            {
                yield return new((ReferenceTarget)ph.Requires[j].Kind, ph.Requires[j].Id, ReferenceRole.Requirement, owner, p, "requires", j) { OwnerIndex = i };
            }

            if (ph.Source is { } source) yield return new(ReferenceTarget.Source, source, ReferenceRole.Source, owner, p, "source") { OwnerIndex = i };
            for (int k = 0; k < ph.Commitments.Count; k++)
            {
                var c = ph.Commitments[k];
                if (c.By.Count == 0 && c.To.Count == 0 && c.InExchangeFor.Count == 0 && c.Source is null) continue;
                var cp = DesignPointers.Commitment(i, k);
                var co = new ElementRef(ElementKind.Commitment, c.Id);
                for (int j = 0; j < c.By.Count; j++) yield return new(ReferenceTarget.Member, c.By[j], ReferenceRole.Undertaker, co, cp, "by", j) { OwnerIndex = i, InnerIndex = k };
                for (int j = 0; j < c.To.Count; j++) yield return new(ReferenceTarget.Member, c.To[j], ReferenceRole.Recipient, co, cp, "to", j) { OwnerIndex = i, InnerIndex = k };
                for (int j = 0; j < c.InExchangeFor.Count; j++)
                {
                    yield return new(ReferenceTarget.Commitment, c.InExchangeFor[j], ReferenceRole.ExchangedFor, co, cp, "inExchangeFor", j) { OwnerIndex = i, InnerIndex = k };
                }

                if (c.Source is { } cited) yield return new(ReferenceTarget.Source, cited, ReferenceRole.Source, co, cp, "source") { OwnerIndex = i, InnerIndex = k };
            }
        }

        for (int i = 0; i < d.Treaties.Count; i++)
        {
            var t = d.Treaties[i];
            var p = DesignPointers.Treaty(i);
            var owner = new ElementRef(ElementKind.Treaty, t.Id);
            for (int j = 0; j < t.Parties.Count; j++) yield return new(ReferenceTarget.Member, t.Parties[j], ReferenceRole.Party, owner, p, "parties", j) { OwnerIndex = i };
            for (int j = 0; j < t.Requires.Count; j++)
            {
                yield return new((ReferenceTarget)t.Requires[j].Kind, t.Requires[j].Id, ReferenceRole.Requirement, owner, p, "requires", j) { OwnerIndex = i };
            }

            if (t.EntryIntoForce is { } eif)
            {
                foreach (var r in InRule(eif.Rule, DesignPointers.TreatyRule(i), owner, i, -1, null)) yield return r;
            }

            for (int j = 0; j < t.Ratifications.Count; j++)
            {
                var r = t.Ratifications[j];
                yield return new(ReferenceTarget.Member, r.Member, ReferenceRole.Ratifier, owner, p, "ratifications", j, leaf: "member") { OwnerIndex = i };
                if (r.Source is { } cited)
                {
                    yield return new(ReferenceTarget.Source, cited, ReferenceRole.RatificationSource, owner, p, "ratifications", j, leaf: "source") { OwnerIndex = i };
                }
            }

            if (t.Source is { } source) yield return new(ReferenceTarget.Source, source, ReferenceRole.Source, owner, p, "source") { OwnerIndex = i };
        }

        for (int i = 0; i < d.Timing.Count; i++)
        {
            var t = d.Timing[i];
            var p = DesignPointers.Timing(i);
            yield return new((ReferenceTarget)t.From.ElementKind, t.From.Id, ReferenceRole.TimingFrom, null, p, "from") { OwnerIndex = i };
            yield return new((ReferenceTarget)t.To.ElementKind, t.To.Id, ReferenceRole.TimingTo, null, p, "to") { OwnerIndex = i };
            if (t.Source is { } source) yield return new(ReferenceTarget.Source, source, ReferenceRole.TimingSource, null, p, "source") { OwnerIndex = i };
        }

        for (int i = 0; i < d.Alignments.Count; i++)
        {
            var a = d.Alignments[i];
            var p = DesignPointers.Index("/alignments", i);
            for (int j = 0; j < a.Blocs.Count; j++)
            {
                var bp = DesignPointers.Index(p + "/blocs", j);
                for (int m = 0; m < a.Blocs[j].Count; m++) yield return new(ReferenceTarget.Member, a.Blocs[j][m], ReferenceRole.BlocMember, null, bp, index: m) { OwnerIndex = i };
            }

            for (int j = 0; j < a.Excluded.Count; j++) yield return new(ReferenceTarget.Member, a.Excluded[j], ReferenceRole.Excluded, null, p, "excluded", j) { OwnerIndex = i };
            if (a.Source is { } source) yield return new(ReferenceTarget.Source, source, ReferenceRole.AlignmentSource, null, p, "source") { OwnerIndex = i };
        }

        // The amendment rules' sources (#16); the members their rules name are checked with the rules (NAPSM1003).
        if (d.Amendment?.Source is { } amendmentSource) yield return new(ReferenceTarget.Source, amendmentSource, ReferenceRole.AmendmentSource, null, "/amendment", "source");
        for (int i = 0; i < d.Amendments.Count; i++)
        {
            if (d.Amendments[i].Source is { } source)
            {
                yield return new(ReferenceTarget.Source, source, ReferenceRole.AmendmentSource, null, DesignPointers.Index("/amendments", i), "source") { OwnerIndex = i };
            }
        }

        if (d.Accession?.Source is { } accessionSource) yield return new(ReferenceTarget.Source, accessionSource, ReferenceRole.AmendmentSource, null, "/accession", "source");
    }

    /// <summary>
    /// The references inside a decision rule at <paramref name="at"/>: the members it names (counted, weighted, holding a veto) and the
    /// attribute a weighted rule takes its weights from, its quorum's first (a quorum names voters too: beside a head count, inside a
    /// weighted object), then its clauses depth-first.
    /// </summary>
    private static IEnumerable<DesignReference> InRule(DecisionRule rule, string at, ElementRef owner, int ownerIndex, int matter, string? matterId)
    {
        var quorum = rule switch
        {
            HeadCountRule { Quorum: { } q } => (q, DesignPointers.Quorum(at)),
            WeightedRule { Quorum: { } q } => (q, DesignPointers.WeightedQuorum(at)),
            _ => ((DecisionRule?)null, ""),
        };
        if (quorum.Item1 is { } quorumRule)
        {
            foreach (var r in InRule(quorumRule, quorum.Item2, owner, ownerIndex, matter, matterId)) yield return r;
        }

        DesignReference Site(ReferenceTarget target, string id, ReferenceRole role, string pointer) =>
            new(target, id, role, owner, pointer) { OwnerIndex = ownerIndex, InnerIndex = matter, Matter = matterId };

        switch (rule)
        {
            case HeadCountRule { Of: { } of }:
                for (int i = 0; i < of.Count; i++) yield return Site(ReferenceTarget.Member, of[i], ReferenceRole.CountedVoter, DesignPointers.Index(at + "/of", i));
                break;
            case WeightedRule { Weights: { } weights }:
                foreach (var key in weights.Keys)
                {
                    var pointer = DesignPointers.Key(at + "/weighted/weights", key);
                    yield return CompoundVoters.TryGetBody(key, out var sub)
                        ? Site(ReferenceTarget.Body, sub, ReferenceRole.WeightedVoter, pointer)
                        : Site(ReferenceTarget.Member, key, ReferenceRole.WeightedVoter, pointer);
                }

                break;
            case WeightedRule { Attribute: { } attribute }:
                yield return Site(ReferenceTarget.Attribute, attribute, ReferenceRole.WeightAttribute, at + "/weighted/by");
                break;
            case VetoRule veto:
                for (int i = 0; i < veto.Holders.Count; i++) yield return Site(ReferenceTarget.Member, veto.Holders[i], ReferenceRole.VetoHolder, DesignPointers.Index(at + "/veto", i));
                break;
            case AllRule all:
                for (int i = 0; i < all.Clauses.Count; i++)
                {
                    foreach (var r in InRule(all.Clauses[i], DesignPointers.Clause(at, true, i), owner, ownerIndex, matter, matterId)) yield return r;
                }

                break;
            case AnyRule any:
                for (int i = 0; i < any.Clauses.Count; i++)
                {
                    foreach (var r in InRule(any.Clauses[i], DesignPointers.Clause(at, false, i), owner, ownerIndex, matter, matterId)) yield return r;
                }

                break;
        }
    }
}
