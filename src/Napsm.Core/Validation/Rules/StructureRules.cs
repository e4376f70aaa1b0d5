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
/// <remarks>It walks <see cref="Design.References"/>, the one walk over references; alignments' references are NAPSM07xx's.</remarks>
internal sealed class DanglingReferenceRule() : BuiltInRule(BuiltIn.NAPSM0102)
{
    public override void Analyze(ValidationContext context)
    {
        var ix = context.Index;
        // A reference's message and pointer are built only when it dangles: a large design has tens of thousands that do not.
        foreach (var r in context.Design.References())
        {
            if (r.Role is ReferenceRole.BlocMember or ReferenceRole.Excluded or ReferenceRole.AlignmentSource or ReferenceRole.AmendmentSource) continue;
            // A voter "body:ID" (#15, a compound body; also a weighted rule's key) is a body reference that CompoundRules checks (NAPSM0340).
            if (r.Target == ReferenceTarget.Body && r.Role is ReferenceRole.Voter or ReferenceRole.WeightedVoter) continue;
            if (r.Kind is not { } kind)
            {
                if (ix.Attributes.Contains(r.Id)) continue;
                var closest = Text.Closest(r.Id, ix.Attributes);
                context.Report(Diagnostic.Create(BuiltIn.NAPSM0102, r.JsonPointer, $"the weight attribute of the rule of {Owner(context.Design, r)}", "attribute",
                    Pointers.Quote(r.Id), closest is null ? " (no member has it)" : $" (no member has it; did you mean {Pointers.Quote(closest)}?)"));
                continue;
            }

            if (ix.Exists(kind, r.Id)) continue;
            // A voter spelt like a compound voter ("bodies:council", "Body: council") most likely means one (#15).
            var asBody = kind == ElementKind.Member && r.Role is ReferenceRole.Voter or ReferenceRole.WeightedVoter ? CompoundSpelling(r.Id, ix) : null;
            var near = asBody ?? Text.Closest(r.Id, ix.IdsOf(kind));
            var diagnostic = Diagnostic.Create(BuiltIn.NAPSM0102, r.JsonPointer, Where(context.Design, r), Describe.Kind(kind), Pointers.Quote(r.Id),
                near is null ? "" : $" (did you mean {Pointers.Quote(near)}?)");
            // The source of a member's entry or attribute: the words "where" name that member.
            if (r.Role == ReferenceRole.Source && r.Owner is { Kind: ElementKind.Member } member) diagnostic = diagnostic.NamingMembers(member.Id);
            if (kind == ElementKind.Member) diagnostic = diagnostic.NamingMembers(near is null || asBody is not null ? new[] { r.Id } : new[] { r.Id, near });
            if (near is not null && ix.PointerOf(kind, near) is { } at)
            {
                diagnostic = diagnostic with { RelatedLocations = [DiagnosticLocation.At(at, $"{Describe.Kind(kind)} {Pointers.Quote(near)} is declared here")] };
            }

            context.Report(diagnostic);
        }
    }

    // "body:ID" for a voter that looks like a misspelt compound voter: a prefix close to "body" before a colon, and a body id (or one
    // close to it) after it; null otherwise.
    private static string? CompoundSpelling(string id, DesignIndex ix)
    {
        int colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || ix.Bodies.Count == 0) return null;
        var prefix = id[..colon].Trim().ToLowerInvariant();
        if (prefix is not ("body" or "bodies") && Text.Closest(prefix, ["body"]) is null) return null;
        var rest = id[(colon + 1)..].Trim();
        var body = ix.Bodies.ContainsKey(rest) ? rest : Text.Closest(rest, ix.Bodies.Keys);
        return body is null ? null : CompoundVoters.Of(body);
    }

    // The words for the place a reference is in ("a voter of body 'council'"), from its role and the element that holds it.
    private static string Where(Design d, DesignReference r) => r.Role switch
    {
        ReferenceRole.Source => "the source of " + Cited(d, r),
        ReferenceRole.Voter => "a voter of " + Owner(d, r),
        ReferenceRole.Chair => "the chair of " + Owner(d, r),
        ReferenceRole.ReportsTo => $"what {Owner(d, r)} reports to",
        ReferenceRole.VetoHolder => $"a veto holder in the rule of {Owner(d, r)}",
        ReferenceRole.WeightedVoter => $"a weighted voter in the rule of {Owner(d, r)}",
        ReferenceRole.CountedVoter => $"a voter counted in the rule of {Owner(d, r)}",
        ReferenceRole.NormSubject => "the subject of a norm of " + Owner(d, r),
        ReferenceRole.Predecessor => "a predecessor of " + Owner(d, r),
        ReferenceRole.Requirement => "a requirement of " + Owner(d, r),
        ReferenceRole.Undertaker => "a member undertaking " + Owner(d, r),
        ReferenceRole.Recipient => "a recipient of " + Owner(d, r),
        ReferenceRole.ExchangedFor => $"what {Owner(d, r)} is given in exchange for",
        ReferenceRole.Party => "a party to " + Owner(d, r),
        ReferenceRole.Ratifier => "a ratification of " + Owner(d, r),
        ReferenceRole.RatificationSource => "the source of a ratification of " + Owner(d, r),
        ReferenceRole.TimingFrom => "the 'from' event of " + Timing(d, r),
        ReferenceRole.TimingTo => "the 'to' event of " + Timing(d, r),
        ReferenceRole.TimingSource => "the source of " + Timing(d, r),
        _ => throw new ArgumentOutOfRangeException(nameof(r), r.Role, "No words for this role."),
    };

    // What cites a source: an element, a member's attribute or a body's matter.
    private static string Cited(Design d, DesignReference r) => r switch
    {
        { Attribute: { } name } => $"attribute {Pointers.Quote(name)} of {Owner(d, r)}",
        { Matter: { } matter } => $"matter {Pointers.Quote(matter)} of {Owner(d, r)}",
        _ => Owner(d, r),
    };

    // The holder by its index, not its id: ids may be duplicated (NAPSM0101), and the words name the one the reference is in.
    private static string Owner(Design d, DesignReference r) => r.Owner!.Value.Kind switch
    {
        ElementKind.Member => Describe.Member(d.Members[r.OwnerIndex]),
        ElementKind.Body => Describe.Body(d.Bodies[r.OwnerIndex]),
        ElementKind.Principle => Describe.Principle(d.Principles[r.OwnerIndex]),
        ElementKind.Phase => Describe.Phase(d.Phases[r.OwnerIndex]),
        ElementKind.Commitment => Describe.Commitment(d.Phases[r.OwnerIndex].Commitments[r.InnerIndex]),
        ElementKind.Treaty when r.Role is ReferenceRole.CountedVoter or ReferenceRole.WeightedVoter or ReferenceRole.VetoHolder
            or ReferenceRole.WeightAttribute => Describe.Treaty(d.Treaties[r.OwnerIndex]) + " (entry into force)",
        ElementKind.Treaty => Describe.Treaty(d.Treaties[r.OwnerIndex]),
        var kind => throw new ArgumentOutOfRangeException(nameof(r), kind, "No element of this kind holds references."),
    };

    private static string Timing(Design d, DesignReference r)
    {
        var t = d.Timing[r.OwnerIndex];
        return $"timing constraint {Pointers.Quote(t.From + " → " + t.To)}";
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
        // What cites a source is the one walk over the design's references (Design.References).
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in d.References())
        {
            if (r.Target == ReferenceTarget.Source) cited.Add(r.Id);
        }

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
