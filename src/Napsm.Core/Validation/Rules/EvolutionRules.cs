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
            context.Report(Diagnostic.Create(BuiltIn.NAPSM1003, pointer, what, string.Join("; ", game.Problems.Select(p => p.Message))) with
            {
                RelatedLocations = game.Problems.Select(p => DiagnosticLocation.At(pointer + p.At, p.Message)).ToList(),
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
