using Napsm.Core.Model;

namespace Napsm.Core.Validation.Rules;

/// <summary>NAPSM0101: two elements of one kind with the same id (commitments count across all phases).</summary>
internal sealed class DuplicateIdRule() : BuiltInRule(BuiltIn.NAPSM0101)
{
    public override void Analyze(ValidationContext context)
    {
        var d = context.Design;
        Check(context, "source", d.Sources.Select((s, i) => (s.Id, Pointers.Source(i), (Func<string>)(() => Describe.Source(s)))));
        Check(context, "member", d.Members.Select((m, i) => (m.Id, Pointers.Member(i), (Func<string>)(() => Describe.Member(m)))));
        Check(context, "body", d.Bodies.Select((b, i) => (b.Id, Pointers.Body(i), (Func<string>)(() => Describe.Body(b)))));
        Check(context, "principle", d.Principles.Select((p, i) => (p.Id, Pointers.Principle(i), (Func<string>)(() => Describe.Principle(p)))));
        Check(context, "phase", d.Phases.Select((p, i) => (p.Id, Pointers.Phase(i), (Func<string>)(() => Describe.Phase(p)))));
        Check(context, "commitment", d.Phases.SelectMany((p, i) => p.Commitments.Select((c, j) => (c.Id, Pointers.Commitment(i, j), (Func<string>)(() => Describe.Commitment(c))))));
        Check(context, "treaty", d.Treaties.Select((t, i) => (t.Id, Pointers.Treaty(i), (Func<string>)(() => Describe.Treaty(t)))));
    }

    // Names are built only for duplicates: most designs have none, and large ones have many elements.
    private static void Check(ValidationContext context, string kind, IEnumerable<(string Id, string Pointer, Func<string> Name)> elements)
    {
        var first = new Dictionary<string, (string Pointer, Func<string> Name)>(StringComparer.Ordinal);
        foreach (var (id, pointer, name) in elements)
        {
            if (!first.TryGetValue(id, out var original))
            {
                first.Add(id, (pointer, name));
                continue;
            }

            var originalName = original.Name();
            var diagnostic = Diagnostic.Create(BuiltIn.NAPSM0101, pointer + "/id", kind, Pointers.Quote(id), originalName, original.Pointer);
            if (kind == "member") diagnostic = diagnostic.NamingMembers(id);
            context.Report(diagnostic with
            {
                RelatedLocations = [DiagnosticLocation.At(original.Pointer + "/id", $"{originalName} is declared here first")],
            });
        }
    }
}

/// <summary>NAPSM0102: a reference to an element (or a member attribute) that does not exist, with the closest id as a suggestion.</summary>
internal sealed class DanglingReferenceRule() : BuiltInRule(BuiltIn.NAPSM0102)
{
    public override void Analyze(ValidationContext context)
    {
        var d = context.Design;
        var ix = context.Index;
        // whereMember: the member the words "where" name (the source of a member's entry or attribute).
        void Ref(ElementKind kind, string? id, string pointer, string where, string? whereMember = null)
        {
            if (id is null || ix.Exists(kind, id)) return;
            var near = Text.Closest(id, ix.IdsOf(kind));
            var diagnostic = Diagnostic.Create(BuiltIn.NAPSM0102, pointer, where, Describe.Kind(kind), Pointers.Quote(id),
                near is null ? "" : $" (did you mean {Pointers.Quote(near)}?)");
            if (whereMember is not null) diagnostic = diagnostic.NamingMembers(whereMember);
            if (kind == ElementKind.Member) diagnostic = diagnostic.NamingMembers(near is null ? new[] { id } : new[] { id, near });
            if (near is not null && ix.PointerOf(kind, near) is { } at)
            {
                diagnostic = diagnostic with { RelatedLocations = [DiagnosticLocation.At(at, $"{Describe.Kind(kind)} {Pointers.Quote(near)} is declared here")] };
            }

            context.Report(diagnostic);
        }

        // The hot loops below build a reference's pointer and message only when it dangles: a large design has tens of thousands that do not.
        bool Ok(ElementKind kind, string? id) => id is null || ix.Exists(kind, id);
        void Member(string? id, string pointer, string where) => Ref(ElementKind.Member, id, pointer, where);
        void Cite(string? id, string pointer, string what, string? whatMember = null) => Ref(ElementKind.Source, id, pointer, "the source of " + what, whatMember);

        void RuleRefs(DecisionRule rule, string at, string owner)
        {
            foreach (var (pointer, id, site) in Pointers.RuleSites(rule, at))
            {
                // A voter "body:ID" (#15, a compound body) names a body, not a member: CompoundRules checks it (NAPSM0340).
                if (site != RuleSite.Attribute && CompoundVoters.IsBody(id)) continue;
                switch (site)
                {
                    case RuleSite.Attribute when !ix.Attributes.Contains(id):
                        var near = Text.Closest(id, ix.Attributes);
                        context.Report(Diagnostic.Create(BuiltIn.NAPSM0102, pointer, $"the weight attribute of the rule of {owner}", "attribute",
                            Pointers.Quote(id), near is null ? " (no member has it)" : $" (no member has it; did you mean {Pointers.Quote(near)}?)"));
                        break;
                    case RuleSite.Attribute:
                        break;
                    case RuleSite.VetoHolder:
                        Member(id, pointer, $"a veto holder in the rule of {owner}");
                        break;
                    case RuleSite.WeightedVoter:
                        Member(id, pointer, $"a weighted voter in the rule of {owner}");
                        break;
                    default:
                        Member(id, pointer, $"a voter counted in the rule of {owner}");
                        break;
                }
            }
        }

        for (int i = 0; i < d.Members.Count; i++)
        {
            var m = d.Members[i];
            var p = Pointers.Member(i);
            Cite(m.Source, p + "/source", Describe.Member(m), m.Id);
            foreach (var (name, value) in m.Attributes)
            {
                Cite(value.Source, Pointers.Key(p + "/attributes", name) + "/source", $"attribute {Pointers.Quote(name)} of {Describe.Member(m)}", m.Id);
            }
        }

        for (int i = 0; i < d.Bodies.Count; i++)
        {
            var b = d.Bodies[i];
            var p = Pointers.Body(i);
            var name = Describe.Body(b);
            for (int j = 0; j < b.Voters.Count; j++)
            {
                if (!Ok(ElementKind.Member, b.Voters[j]) && !CompoundVoters.IsBody(b.Voters[j])) Member(b.Voters[j], Pointers.Index(p + "/voters", j), "a voter of " + name);
            }

            Member(b.Chair, p + "/chair", "the chair of " + name);
            Ref(ElementKind.Body, b.ReportsTo, p + "/reportsTo", $"what {name} reports to");
            Cite(b.Source, p + "/source", name);
            for (int k = 0; k < b.Decisions.Count; k++)
            {
                var decision = b.Decisions[k];
                RuleRefs(decision.Rule, Pointers.DecisionRule(i, b, k), name);
                if (decision.IsDefault && k == 0) continue;
                var at = Pointers.Decision(i, b, k);
                if (decision.Quorum is { } quorum) RuleRefs(quorum, at + "/quorum", name);
                Cite(decision.Source, at + "/source", $"matter {Pointers.Quote(decision.Matter)} of {name}");
            }
        }

        for (int i = 0; i < d.Principles.Count; i++)
        {
            var pr = d.Principles[i];
            var name = Describe.Principle(pr);
            Cite(pr.Source, Pointers.Principle(i) + "/source", name);
            for (int j = 0; j < pr.Norms.Count; j++)
            {
                var subject = pr.Norms[j].Subject;
                if (subject != "*") Member(subject, Pointers.Norm(i, j) + "/subject", "the subject of a norm of " + name);
            }
        }

        for (int i = 0; i < d.Phases.Count; i++)
        {
            var ph = d.Phases[i];
            var p = Pointers.Phase(i);
            var name = Describe.Phase(ph);
            for (int j = 0; j < ph.After.Count; j++)
            {
                if (!Ok(ElementKind.Phase, ph.After[j])) Ref(ElementKind.Phase, ph.After[j], Pointers.Index(p + "/after", j), "a predecessor of " + name);
            }

            for (int j = 0; j < ph.Requires.Count; j++)
            {
                if (!Ok(ph.Requires[j].Kind, ph.Requires[j].Id)) Ref(ph.Requires[j].Kind, ph.Requires[j].Id, Pointers.Index(p + "/requires", j), "a requirement of " + name);
            }

            Cite(ph.Source, p + "/source", name);
            for (int k = 0; k < ph.Commitments.Count; k++)
            {
                var c = ph.Commitments[k];
                if (c.By.All(id => Ok(ElementKind.Member, id)) && c.To.All(id => Ok(ElementKind.Member, id))
                    && c.InExchangeFor.All(id => Ok(ElementKind.Commitment, id)) && Ok(ElementKind.Source, c.Source))
                {
                    continue;
                }

                var cp = Pointers.Commitment(i, k);
                var cname = Describe.Commitment(c);
                for (int j = 0; j < c.By.Count; j++) Member(c.By[j], Pointers.Index(cp + "/by", j), "a member undertaking " + cname);
                for (int j = 0; j < c.To.Count; j++) Member(c.To[j], Pointers.Index(cp + "/to", j), "a recipient of " + cname);
                for (int j = 0; j < c.InExchangeFor.Count; j++)
                {
                    Ref(ElementKind.Commitment, c.InExchangeFor[j], Pointers.Index(cp + "/inExchangeFor", j), $"what {cname} is given in exchange for");
                }

                Cite(c.Source, cp + "/source", cname);
            }
        }

        for (int i = 0; i < d.Treaties.Count; i++)
        {
            var t = d.Treaties[i];
            var p = Pointers.Treaty(i);
            var name = Describe.Treaty(t);
            for (int j = 0; j < t.Parties.Count; j++)
            {
                if (!Ok(ElementKind.Member, t.Parties[j])) Member(t.Parties[j], Pointers.Index(p + "/parties", j), "a party to " + name);
            }

            for (int j = 0; j < t.Requires.Count; j++)
            {
                if (!Ok(t.Requires[j].Kind, t.Requires[j].Id)) Ref(t.Requires[j].Kind, t.Requires[j].Id, Pointers.Index(p + "/requires", j), "a requirement of " + name);
            }

            if (t.EntryIntoForce is { } eif) RuleRefs(eif.Rule, p + "/entryIntoForce/rule", name + " (entry into force)");
            for (int j = 0; j < t.Ratifications.Count; j++)
            {
                var r = t.Ratifications[j];
                if (Ok(ElementKind.Member, r.Member) && Ok(ElementKind.Source, r.Source)) continue;
                var rp = Pointers.Index(p + "/ratifications", j);
                Member(r.Member, rp + "/member", "a ratification of " + name);
                Cite(r.Source, rp + "/source", "a ratification of " + name);
            }

            Cite(t.Source, p + "/source", name);
        }

        for (int i = 0; i < d.Timing.Count; i++)
        {
            var t = d.Timing[i];
            var p = Pointers.Timing(i);
            var name = $"timing constraint {Pointers.Quote(t.From + " → " + t.To)}";
            Ref(t.From.ElementKind, t.From.Id, p + "/from", "the 'from' event of " + name);
            Ref(t.To.ElementKind, t.To.Id, p + "/to", "the 'to' event of " + name);
            Cite(t.Source, p + "/source", name);
        }
    }
}

/// <summary>NAPSM0103: a body without voters, a treaty without parties.</summary>
internal sealed class EmptyElementRule() : BuiltInRule(BuiltIn.NAPSM0103)
{
    public override void Analyze(ValidationContext context)
    {
        var d = context.Design;
        for (int i = 0; i < d.Bodies.Count; i++)
        {
            if (d.Bodies[i].Voters.Count == 0) context.Report(Diagnostic.Create(BuiltIn.NAPSM0103, Pointers.Body(i) + "/voters", Describe.Body(d.Bodies[i]), "voters"));
        }

        for (int i = 0; i < d.Treaties.Count; i++)
        {
            if (d.Treaties[i].Parties.Count == 0) context.Report(Diagnostic.Create(BuiltIn.NAPSM0103, Pointers.Treaty(i) + "/parties", Describe.Treaty(d.Treaties[i]), "parties"));
        }
    }
}

/// <summary>
/// NAPSM0106: a body's voters, a treaty's parties, a veto's holders or a head count's <c>of</c> list naming one member more than once
/// (once per member and list, at its second entry).
/// </summary>
internal sealed class RepeatedMemberRule() : BuiltInRule(BuiltIn.NAPSM0106)
{
    public override void Analyze(ValidationContext context)
    {
        var d = context.Design;
        for (int i = 0; i < d.Bodies.Count; i++)
        {
            var b = d.Bodies[i];
            Check(context, b.Voters, Pointers.Body(i) + "/voters", Describe.Body(b), "voter");
            for (int k = 0; k < b.Decisions.Count; k++)
            {
                var decision = b.Decisions[k];
                Clauses(context, decision.Rule, Pointers.DecisionRule(i, b, k), Describe.Body(b));
                if (decision.IsDefault && k == 0) continue;
                if (decision.Quorum is { } quorum) Clauses(context, quorum, Pointers.Decision(i, b, k) + "/quorum", Describe.Body(b));
            }
        }

        for (int i = 0; i < d.Treaties.Count; i++)
        {
            var t = d.Treaties[i];
            Check(context, t.Parties, Pointers.Treaty(i) + "/parties", Describe.Treaty(t), "party");
            if (t.EntryIntoForce is { } eif) Clauses(context, eif.Rule, Pointers.Treaty(i) + "/entryIntoForce/rule", Describe.Treaty(t) + " (entry into force)");
        }
    }

    // The lists inside a rule: a veto held twice by one member, or a head count taken of a list that repeats a member, count it once.
    private static void Clauses(ValidationContext context, DecisionRule rule, string at, string owner)
    {
        foreach (var (pointer, clause) in Pointers.Clauses(rule, at))
        {
            switch (clause)
            {
                case VetoRule veto:
                    Check(context, veto.Holders, pointer + "/veto", $"the veto {Pointers.QuoteRule(veto)} of {owner}", "holder");
                    break;
                case HeadCountRule { Of: { } of } count:
                    Check(context, of, pointer + "/of", $"the head count {Pointers.QuoteRule(count)} of {owner}", "member");
                    break;
            }
        }
    }

    private static void Check(ValidationContext context, IReadOnlyList<string> ids, string list, string owner, string role)
    {
        // Most lists have no repeat: a set answers that in one pass, and the counts are built only when one is found.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool repeated = false;
        foreach (var id in ids) repeated |= !seen.Add(id);
        if (!repeated) return;

        var first = new Dictionary<string, (int First, int Second, int Count)>(StringComparer.Ordinal);
        var order = new List<string>();
        for (int j = 0; j < ids.Count; j++)
        {
            if (first.TryGetValue(ids[j], out var entry)) first[ids[j]] = (entry.First, entry.Second < 0 ? j : entry.Second, entry.Count + 1);
            else
            {
                first.Add(ids[j], (j, -1, 1));
                order.Add(ids[j]);
            }
        }

        foreach (var id in order)
        {
            var (at, second, count) = first[id];
            if (count < 2) continue;
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0106, Pointers.Index(list, second), owner, role, Pointers.Quote(id),
                count.ToString(System.Globalization.CultureInfo.InvariantCulture)).NamingMembers(id) with
            {
                RelatedLocations = [DiagnosticLocation.At(Pointers.Index(list, at), $"{Pointers.Quote(id)} is listed here first")],
            });
        }
    }
}

/// <summary>NAPSM0104: a source nothing cites; a principle without a source.</summary>
internal sealed class SourceRule() : BuiltInRule(BuiltIn.NAPSM0104)
{
    public override void Analyze(ValidationContext context)
    {
        var d = context.Design;
        var cited = new HashSet<string>(StringComparer.Ordinal);
        void Add(string? id)
        {
            if (id is not null) cited.Add(id);
        }

        foreach (var m in d.Members)
        {
            Add(m.Source);
            foreach (var a in m.Attributes.Values) Add(a.Source);
        }

        foreach (var b in d.Bodies)
        {
            Add(b.Source);
            foreach (var decision in b.Decisions) Add(decision.Source);
        }
        foreach (var p in d.Principles) Add(p.Source);
        foreach (var ph in d.Phases)
        {
            Add(ph.Source);
            foreach (var c in ph.Commitments) Add(c.Source);
            foreach (var r in ph.Requires.Where(r => r.Kind == ElementKind.Source)) Add(r.Id);
        }

        foreach (var t in d.Treaties)
        {
            Add(t.Source);
            foreach (var r in t.Ratifications) Add(r.Source);
            foreach (var r in t.Requires.Where(r => r.Kind == ElementKind.Source)) Add(r.Id);
        }

        foreach (var t in d.Timing) Add(t.Source);
        foreach (var a in d.Alignments) Add(a.Source);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < d.Sources.Count; i++)
        {
            var s = d.Sources[i];
            if (seen.Add(s.Id) && !cited.Contains(s.Id)) context.Report(Diagnostic.Create(BuiltIn.NAPSM0104, Pointers.Source(i), Describe.Source(s), "is cited by nothing"));
        }

        for (int i = 0; i < d.Principles.Count; i++)
        {
            if (d.Principles[i].Source is null) context.Report(Diagnostic.Create(BuiltIn.NAPSM0104, Pointers.Principle(i), Describe.Principle(d.Principles[i]), "has no source"));
        }
    }
}

/// <summary>NAPSM0105: mixed scripts within a word, bidirectional controls, ids of one kind that differ only by case or diacritics.</summary>
internal sealed class ConfusableRule() : BuiltInRule(BuiltIn.NAPSM0105)
{
    public override void Analyze(ValidationContext context)
    {
        var d = context.Design;
        var kinds = new (string Kind, IEnumerable<(string Id, string Name, string Pointer)> Elements)[]
        {
            ("design", [(d.Id, d.Name, "")]),
            ("source", d.Sources.Select((s, i) => (s.Id, s.Title, Pointers.Source(i)))),
            ("member", d.Members.Select((m, i) => (m.Id, m.Name, Pointers.Member(i)))),
            ("body", d.Bodies.Select((b, i) => (b.Id, b.Name, Pointers.Body(i)))),
            ("principle", d.Principles.Select((p, i) => (p.Id, p.Title, Pointers.Principle(i)))),
            ("phase", d.Phases.Select((p, i) => (p.Id, p.Name, Pointers.Phase(i)))),
            ("commitment", d.Phases.SelectMany((p, i) => p.Commitments.Select((c, j) => (c.Id, c.Action, Pointers.Commitment(i, j))))),
            ("treaty", d.Treaties.Select((t, i) => (t.Id, t.Name, Pointers.Treaty(i)))),
        };
        foreach (var (kind, elements) in kinds)
        {
            var list = elements.ToList();
            foreach (var (id, name, pointer) in list)
            {
                // ASCII text has neither bidirectional controls nor a second script: no message to build for it.
                var nameField = kind == "commitment" ? "action" : kind is "source" or "principle" ? "title" : "name";
                string[] named = kind == "member" ? [id] : [];
                if (!System.Text.Ascii.IsValid(id)) CheckText(context, pointer + "/id", $"the id of {kind} {Pointers.Quote(id)}", id, named);
                if (!System.Text.Ascii.IsValid(name)) CheckText(context, pointer + "/" + nameField, $"the {nameField} of {kind} {Pointers.Quote(id)}", name, named);
            }

            // Exact duplicates are NAPSM0101; here, distinct ids that fold to the same skeleton.
            var firstByFold = new Dictionary<string, (string Id, string Pointer)>(StringComparer.Ordinal);
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (id, _, pointer) in list)
            {
                var fold = Text.Fold(id);
                if (!firstByFold.TryGetValue(fold, out var first))
                {
                    firstByFold.Add(fold, (id, pointer));
                    continue;
                }

                if (string.Equals(first.Id, id, StringComparison.Ordinal) || !reported.Add(id)) continue;
                context.Report(Diagnostic.Create(BuiltIn.NAPSM0105, pointer + "/id", $"the {kind} ids {Pointers.Quote(first.Id)} and {Pointers.Quote(id)}", "differ only by case or diacritics")
                    .NamingMembers(kind == "member" ? new[] { first.Id, id } : Array.Empty<string>()) with
                {
                    RelatedLocations = [DiagnosticLocation.At(first.Pointer + "/id", $"{kind} {Pointers.Quote(first.Id)} is declared here")],
                });
            }
        }
    }

    private static void CheckText(ValidationContext context, string pointer, string what, string text, string[] members)
    {
        var bidi = text.FirstOrDefault(Text.IsBidiControl);
        if (bidi != default)
        {
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0105, pointer, what,
                $"contains the bidirectional-control character U+{(int)bidi:X4}").NamingMembers(members));
        }

        if (Text.MixedScripts(text) is { } scripts)
        {
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0105, pointer, what, $"mixes {scripts} letters in one word").NamingMembers(members));
        }
    }
}
