using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Validation.Rules;

/// <summary>
/// NAPSM0330–0335 (#15): alignments. An id in a bloc or the excluded list that is no member (0330, with did-you-mean); a member in two
/// blocs of one alignment (0331); an excluded member in a bloc (0332); an empty bloc (0333); a bloc that, voting together, can block
/// every decision of a body on a matter although none of its members can alone (0334, info); excluded members without whom a body's
/// other voters cannot pass a matter at all (0335). The structural checks every element has are made here for alignments too: a
/// duplicate alignment id (0101), a source that does not exist (0102), a member listed twice in one bloc (0106).
/// The body checks read each alignment as the analyses do (<see cref="VotingGame.AnalyzeUnions(IEnumerable{IEnumerable{string}}, IEnumerable{string})"/>):
/// excluded members leave their blocs, a member counts in the first bloc that names it, ids that are not voters of the body are dropped,
/// and the game is the binary one (abstention counted as no) that the Owen values are computed on.
/// </summary>
internal sealed class AlignmentRules() : BuiltInRule(
    BuiltIn.NAPSM0330, BuiltIn.NAPSM0331, BuiltIn.NAPSM0332, BuiltIn.NAPSM0333, BuiltIn.NAPSM0334, BuiltIn.NAPSM0335,
    BuiltIn.NAPSM0101, BuiltIn.NAPSM0102, BuiltIn.NAPSM0106)
{
    public override void Analyze(ValidationContext context)
    {
        var design = context.Design;
        var firstId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int a = 0; a < design.Alignments.Count; a++)
        {
            var alignment = design.Alignments[a];
            var at = Pointer(a);
            var name = Describe(alignment);
            if (!firstId.TryAdd(alignment.Id, a))
            {
                var original = Pointer(firstId[alignment.Id]);
                context.Report(Diagnostic.Create(BuiltIn.NAPSM0101, at + "/id", "alignment", Pointers.Quote(alignment.Id),
                    Describe(design.Alignments[firstId[alignment.Id]]), original) with
                {
                    RelatedLocations = [DiagnosticLocation.At(original + "/id", $"{name} is declared here first")],
                });
            }

            Source(context, alignment, at, name);
            Entries(context, alignment, at, name);
            foreach (int i in Tagged.Bodies(context))
            {
                for (int k = 0; k < design.Bodies[i].Decisions.Count; k++) Body(context, a, i, k);
            }
        }
    }

    private static string Pointer(int a) => Pointers.Index("/alignments", a);

    private static string BlocPointer(int a, int k) => Pointers.Index(Pointer(a) + "/blocs", k);

    /// <summary>"alignment 'id' (Name)", as elements are named in messages.</summary>
    internal static string Describe(Alignment alignment) =>
        string.IsNullOrEmpty(alignment.Name) || string.Equals(alignment.Name, alignment.Id, StringComparison.Ordinal)
            ? "alignment " + Pointers.Quote(alignment.Id)
            : "alignment " + Pointers.Quote(alignment.Id) + " (" + Pointers.Quote(alignment.Name)[1..^1] + ")";

    /// <summary>A bloc as written: <c>[us, jp, kr]</c>.</summary>
    private static string Bloc(IEnumerable<string> ids) => "[" + Text.Listed(ids.Select(id => Pointers.Quote(id)[1..^1]).ToList()) + "]";

    private static void Source(ValidationContext context, Alignment alignment, string at, string name)
    {
        var ix = context.Index;
        if (alignment.Source is not { } id || ix.Exists(ElementKind.Source, id)) return;
        var near = Text.Closest(id, ix.IdsOf(ElementKind.Source));
        var diagnostic = Diagnostic.Create(BuiltIn.NAPSM0102, at + "/source", "the source of " + name, "source", Pointers.Quote(id),
            near is null ? "" : $" (did you mean {Pointers.Quote(near)}?)");
        if (near is not null && ix.PointerOf(ElementKind.Source, near) is { } declared)
        {
            diagnostic = diagnostic with { RelatedLocations = [DiagnosticLocation.At(declared, $"source {Pointers.Quote(near)} is declared here")] };
        }

        context.Report(diagnostic);
    }

    /// <summary>0330–0333 and 0106: every id of the blocs and the excluded list, once each.</summary>
    private static void Entries(ValidationContext context, Alignment alignment, string at, string name)
    {
        var ix = context.Index;
        var excluded = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int j = 0; j < alignment.Excluded.Count; j++)
        {
            var id = alignment.Excluded[j];
            if (!ix.Exists(ElementKind.Member, id)) NonMember(context, id, Pointers.Index(at + "/excluded", j), "the excluded list", name);
            excluded.TryAdd(id, j);
        }

        var blocOf = new Dictionary<string, (int Bloc, int Entry)>(StringComparer.Ordinal);
        for (int k = 0; k < alignment.Blocs.Count; k++)
        {
            var bloc = alignment.Blocs[k];
            var bp = Pointers.Index(at + "/blocs", k);
            if (bloc.Count == 0)
            {
                context.Report(Diagnostic.Create(BuiltIn.NAPSM0333, bp, name));
                continue;
            }

            var inThis = new Dictionary<string, (int First, int Count)>(StringComparer.Ordinal);
            for (int j = 0; j < bloc.Count; j++)
            {
                var id = bloc[j];
                var ep = Pointers.Index(bp, j);
                if (inThis.TryGetValue(id, out var seen))
                {
                    inThis[id] = (seen.First, seen.Count + 1);
                    if (seen.Count == 1)
                    {
                        context.Report(Diagnostic.Create(BuiltIn.NAPSM0106, ep, "a bloc of " + name, "member", Pointers.Quote(id),
                            bloc.Count(b => string.Equals(b, id, StringComparison.Ordinal)).ToString(System.Globalization.CultureInfo.InvariantCulture))
                            .NamingMembers(id) with
                        {
                            RelatedLocations = [DiagnosticLocation.At(Pointers.Index(bp, seen.First), $"{Pointers.Quote(id)} is listed here first")],
                        });
                    }

                    continue;
                }

                inThis.Add(id, (j, 1));
                if (!ix.Exists(ElementKind.Member, id))
                {
                    NonMember(context, id, ep, "a bloc", name);
                    continue;
                }

                if (excluded.TryGetValue(id, out int x))
                {
                    context.Report(Diagnostic.Create(BuiltIn.NAPSM0332, ep, ix.Member(id), name, Bloc(bloc)).NamingMembers(id) with
                    {
                        RelatedLocations = [DiagnosticLocation.At(Pointers.Index(at + "/excluded", x), $"{Pointers.Quote(id)} is excluded here")],
                    });
                }

                if (blocOf.TryGetValue(id, out var first))
                {
                    context.Report(Diagnostic.Create(BuiltIn.NAPSM0331, ep, ix.Member(id), name, Bloc(alignment.Blocs[first.Bloc]), Bloc(bloc)).NamingMembers(id) with
                    {
                        RelatedLocations = [DiagnosticLocation.At(Pointers.Index(Pointers.Index(at + "/blocs", first.Bloc), first.Entry), $"{Pointers.Quote(id)} is in this bloc first")],
                    });
                }
                else
                {
                    blocOf.Add(id, (k, j));
                }
            }
        }
    }

    /// <summary>0330: an id that is no member; the suggestion is the closest member id, or the kind of element the id names.</summary>
    private static void NonMember(ValidationContext context, string id, string pointer, string where, string name)
    {
        var ix = context.Index;
        var other = Enum.GetValues<ElementKind>().Where(k => k != ElementKind.Member && ix.Exists(k, id)).Select(k => (ElementKind?)k).FirstOrDefault();
        var near = other is null ? Text.Closest(id, ix.IdsOf(ElementKind.Member)) : null;
        var hint = other is { } kind ? $" (it is a {Validation.Describe.Kind(kind)}; blocs and excluded lists name members)"
            : near is null ? "" : $" (did you mean {Pointers.Quote(near)}?)";
        var diagnostic = Diagnostic.Create(BuiltIn.NAPSM0330, pointer, where, name, Pointers.Quote(id), hint).NamingMembers(near is null ? [id] : [id, near]);
        if (near is not null && ix.PointerOf(ElementKind.Member, near) is { } declared)
        {
            diagnostic = diagnostic with { RelatedLocations = [DiagnosticLocation.At(declared, $"member {Pointers.Quote(near)} is declared here")] };
        }

        context.Report(diagnostic);
    }

    /// <summary>0334 and 0335 for matter <paramref name="k"/> of body <paramref name="i"/> under alignment <paramref name="a"/>.</summary>
    private static void Body(ValidationContext context, int a, int i, int k)
    {
        var design = context.Design;
        var alignment = design.Alignments[a];
        var body = design.Bodies[i];
        var decision = body.Decisions[k];
        var game = context.MatterGame(i, k);
        if (game.Problems.Count > 0) return;

        if (!game.PassesWithEveryone) return; // a rule that never passes is NAPSM0301

        var excluded = alignment.Excluded.Distinct(StringComparer.Ordinal).Where(id => game.IndexOf(id) >= 0).ToList();
        var matter = decision.IsDefault ? "" : " on matter " + Pointers.Quote(decision.Matter);
        var rule = Pointers.DecisionRule(i, body, k);
        if (!game.PassesWithout(excluded))
        {
            var voters = excluded.Order(StringComparer.Ordinal).ToList();
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0335, Pointer(a) + "/excluded", Describe(alignment), Validation.Describe.Body(body), matter,
                Tagged.Members(context, voters), Pointers.QuoteRule(decision.Rule)).NamingMembers(voters).Naming([new ElementRef(ElementKind.Body, body.Id)]) with
            {
                RelatedLocations = [DiagnosticLocation.At(rule, $"the rule of {Validation.Describe.Body(body)}{matter}")],
            });
            return;
        }

        var placed = new HashSet<string>(excluded, StringComparer.Ordinal);
        for (int b = 0; b < alignment.Blocs.Count; b++)
        {
            var members = alignment.Blocs[b].Where(id => game.IndexOf(id) >= 0 && placed.Add(id)).ToList();
            if (members.Count < 2) continue;
            // The bloc together can block (with the excluded members out), but none of its members can alone.
            if (game.PassesWithout(excluded.Concat(members))) continue;
            bool alone = members.Any(id => !game.PassesWithout(excluded.Append(id)));
            if (alone) continue;
            context.Report(Diagnostic.Create(BuiltIn.NAPSM0334, BlocPointer(a, b), Describe(alignment), Bloc(members), Validation.Describe.Body(body), matter)
                .NamingMembers(members).Naming([new ElementRef(ElementKind.Body, body.Id)]) with
            {
                RelatedLocations = [DiagnosticLocation.At(rule, $"the rule of {Validation.Describe.Body(body)}{matter}")],
            });
        }
    }
}
