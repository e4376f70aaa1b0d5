using Napsm.Core.Serialization;
using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Validation.Rules;

/// <summary>
/// NAPSM1002–1003 (#16): an amendment entry covering a part the design does not have; an
/// amendment, accession or ratification rule no coalition of members passes. Also the sources these cite (NAPSM0102).
/// </summary>
internal sealed class AmendmentRules() : BuiltInRule(BuiltIn.NAPSM1002, BuiltIn.NAPSM1003, BuiltIn.NAPSM0102)
{
    /// <summary>The element kinds an entry may cover, as written in <c>covers</c>.</summary>
    internal static readonly string[] Kinds = ["members", "bodies", "principles", "phases", "treaties", "amendment"];

    public override void Analyze(ValidationContext context)
    {
        var d = context.Design;
        var members = d.Members.Select(m => m.Id).Distinct(StringComparer.Ordinal).ToList();
        if (d.Amendment is not null)
        {
            CheckRule(context, members, d.Amendment.Rule, "/amendment/rule", "the amendment rule");
            if (d.Amendment.Ratification is { } r) CheckRule(context, members, r.Rule, "/amendment/ratification/rule", "the amendment's ratification rule");
            Cite(context, d.Amendment.Source, "/amendment/source", "the amendment procedure");
        }

        for (int i = 0; i < d.Amendments.Count; i++)
        {
            var a = d.Amendments[i];
            var p = Pointers.Index("/amendments", i);
            var what = "amendment entry " + Pointers.Quote(a.Id);
            for (int k = 0; k < a.Covers.Count; k++) CheckCovered(context, a.Covers[k], Pointers.Index(p + "/covers", k), what);
            CheckRule(context, members, a.Rule, p + "/rule", "the rule of " + what);
            if (a.Ratification is { } r) CheckRule(context, members, r.Rule, p + "/ratification/rule", "the ratification rule of " + what);
            Cite(context, a.Source, p + "/source", what);
        }

        if (d.Accession is { } accession)
        {
            CheckRule(context, members, accession.Rule, "/accession/rule", "the accession rule");
            Cite(context, accession.Source, "/accession/source", "the accession procedure");
        }
    }

    private static void CheckCovered(ValidationContext context, string part, string pointer, string what)
    {
        int slash = part.IndexOf('/', StringComparison.Ordinal);
        var kindText = slash < 0 ? part : part[..slash];
        if (Array.IndexOf(Kinds, kindText) < 0)
        {
            var near = Text.Closest(kindText, Kinds);
            context.Report(Diagnostic.Create(BuiltIn.NAPSM1002, pointer, what, Pointers.Quote(part),
                "which is not a part of a design" + (near is null ? "" : $" (did you mean {Pointers.Quote(slash < 0 ? near : near + part[slash..])}?)")));
            return;
        }

        if (slash < 0) return;
        var id = part[(slash + 1)..];
        ElementKind? kind = kindText switch
        {
            "members" => ElementKind.Member,
            "bodies" => ElementKind.Body,
            "principles" => ElementKind.Principle,
            "phases" => ElementKind.Phase,
            "treaties" => ElementKind.Treaty,
            _ => null,
        };
        if (kind is not { } k)
        {
            context.Report(Diagnostic.Create(BuiltIn.NAPSM1002, pointer, what, Pointers.Quote(part), "but the amendment rules are one part: write \"amendment\""));
            return;
        }

        if (context.Index.Exists(k, id)) return;
        var closest = Text.Closest(id, context.Index.IdsOf(k));
        context.Report(Diagnostic.Create(BuiltIn.NAPSM1002, pointer, what, Pointers.Quote(part),
            $"but the design has no {Describe.Kind(k)} {Pointers.Quote(id)}" + (closest is null ? "" : $" (did you mean {Pointers.Quote(kindText + "/" + closest)}?)")));
    }

    private static void CheckRule(ValidationContext context, List<string> members, DecisionRule rule, string pointer, string what)
    {
        var game = VotingGame.ForRule(context.Design, rule, members, context.Analyses);
        if (game.Problems.Count > 0)
        {
            context.Report(Diagnostic.Create(BuiltIn.NAPSM1003, pointer, what, string.Join("; ", game.Problems.Select(Wording.Of))) with
            {
                RelatedLocations = game.Problems.Select(p => DiagnosticLocation.At(pointer + p.At, Wording.Of(p))).ToList(),
            });
            return;
        }

        if (members.Count > 0 && !game.IsWinning(members))
        {
            context.Report(Diagnostic.Create(BuiltIn.NAPSM1003, pointer, what, "it is not met even if every member votes for it"));
        }
    }

    /// <summary>NAPSM0102 for a source of the amendment rules (Design.References lists them as AmendmentSource; NAPSM0102's generic pass
    /// leaves them to this rule, as it leaves alignments' to AlignmentRules).</summary>
    private static void Cite(ValidationContext context, string? source, string pointer, string what)
    {
        if (source is null || context.Index.Exists(ElementKind.Source, source)) return;
        var near = Text.Closest(source, context.Index.IdsOf(ElementKind.Source));
        context.Report(Diagnostic.Create(BuiltIn.NAPSM0102, pointer, "the source of " + what, Describe.Kind(ElementKind.Source), Pointers.Quote(source),
            near is null ? "" : $" (did you mean {Pointers.Quote(near)}?)"));
    }
}

/// <summary>
/// NAPSM1001 (a design without an amendment rule) and NAPSM1006 (an amendment rule that passes with a coalition against that can
/// block a body's own decisions): single-design rules about how the design changes itself.
/// </summary>
internal sealed class AmendmentStrengthRules() : BuiltInRule(BuiltIn.NAPSM1001, BuiltIn.NAPSM1006)
{
    /// <summary>The most minimal blocking coalitions of a body tried against the amendment rule (bodies of at most
    /// <see cref="AnalysisLimits.MaxEnumeratedVoters"/> voters); beyond them the rule says nothing.</summary>
    private const int MaxBlockers = 4096;

    public override void Analyze(ValidationContext context)
    {
        var d = context.Design;
        if (d.Members.Count == 0) return;
        if (d.Amendment is null) context.Report(Diagnostic.Create(BuiltIn.NAPSM1001, "", "design " + Pointers.Quote(d.Id)));
        var members = d.Members.Select(m => m.Id).Distinct(StringComparer.Ordinal).ToList();
        for (int i = 0; i < d.Bodies.Count; i++)
        {
            if (context.Analyses.IsStopped) return;
            var body = d.Bodies[i];
            // Compound bodies and bodies beyond the enumeration limit are left alone: the rule says nothing rather than guess.
            if (CompoundVoters.SubBodies(body).Count > 0 || body.Voters.Count > context.Options.Limits.MaxEnumeratedVoters) continue;

            // A voter who is not a member (NAPSM0102) has no vote on amendments: the comparison would be meaningless.
            if (!body.Voters.All(v => members.Contains(v, StringComparer.Ordinal))) continue;
            var (entry, _) = AmendmentCoverage.MostSpecific(d, "bodies/" + body.Id);
            var (rules, pointer) = entry is not null
                ? (new[] { entry.Rule, entry.Ratification?.Rule }, Pointers.Index("/amendments", d.Amendments.ToList().IndexOf(entry)) + "/rule")
                : d.Amendment is { } a ? (new[] { a.Rule, a.Ratification?.Rule }, "/amendment/rule") : (null, "");
            if (rules is null) continue;
            var games = rules.OfType<DecisionRule>().Select(r => VotingGame.ForRule(d, r, members, context.Analyses)).ToList();
            if (games.Exists(g => g.Problems.Count > 0 || !g.PassesWithEveryone)) continue;
            for (int k = 0; k < body.Decisions.Count; k++)
            {
                var decision = body.Decisions[k];
                var game = k == 0 ? VotingGame.ForBody(d, body, context.Analyses) : VotingGame.ForDecision(d, body, decision, context.Analyses);
                if (game.Problems.Count > 0 || !game.PassesWithEveryone) continue;
                if (Witness(game, games, context.Analyses) is not { } blockers) continue;
                var what = k == 0 || decision.IsDefault ? "its decisions" : "its decisions on " + Pointers.Quote(decision.Matter);
                var rule = entry is not null ? "amendment entry " + Pointers.Quote(entry.Id) : "the amendment rule";
                var diagnostic = Diagnostic.Create(BuiltIn.NAPSM1006, Pointers.Index("/bodies", i), "body " + Pointers.Quote(body.Id), rule,
                    string.Join(", ", blockers.Select(Pointers.Quote)), what) with
                {
                    RelatedLocations = [DiagnosticLocation.At(pointer, "the rule that amends the body")],
                };
                context.Report(diagnostic.NamingMembers(blockers));
                break;
            }
        }
    }

    /// <summary>A minimal blocking coalition of the body that every amendment game passes without; null when none is found.</summary>
    private static IReadOnlyList<string>? Witness(VotingGame body, List<VotingGame> amendment, AnalysisContext analyses)
    {
        int tried = 0;
        try
        {
            foreach (var blockers in body.EnumerateMinimalBlockingCoalitions(analyses.Token))
            {
                if (++tried > MaxBlockers) return null;
                if (amendment.TrueForAll(g => g.PassesWithout(blockers))) return blockers;
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        return null;
    }
}
