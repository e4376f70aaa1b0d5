using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;

namespace Napsm.Core.Evolution;

/// <summary>
/// NAPSM1004, 1005, 1007 and 1008: the step from the design a design names in <c>evolvesFrom</c> (or the predecessor the options
/// give) to it, as <see cref="Evolution"/> analyses it.
/// </summary>
internal sealed class EvolutionStepRule : IValidationRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [BuiltIn.NAPSM1004, BuiltIn.NAPSM1005, BuiltIn.NAPSM1007, BuiltIn.NAPSM1008];

    public void Analyze(ValidationContext context)
    {
        var d = context.Design;
        var predecessor = context.Options.Predecessor;
        if (predecessor is null)
        {
            if (d.EvolvesFrom is null || !context.Options.ResolvePredecessors) return;
            predecessor = Resolve(context, d.EvolvesFrom);
            if (predecessor is null) return;
        }

        var step = Evolution.AnalyzeStep(predecessor.Design, d, new EvolutionOptions
        {
            Voting = context.AnalysisOptions with { Context = context.Analyses },
            CoalitionLimit = 0,
            AnalyzeSkips = false,
            PowerFigures = false,
        });
        foreach (var diagnostic in Diagnose(step, d)) context.Report(diagnostic);
    }

    /// <summary>The step's diagnostics, at <c>/evolvesFrom</c> of the later design (its root when it has none).</summary>
    internal static List<Diagnostic> Diagnose(EvolutionStep step, Design to)
    {
        var at = to.EvolvesFrom is null ? "" : "/evolvesFrom";
        var from = Pointers.Quote(step.From);
        var target = Pointers.Quote(step.To);
        var result = new List<Diagnostic>();
        foreach (var g in step.GovernedBy.Where(g => !g.CanPass))
        {
            var which = g.Kind switch
            {
                GoverningKind.Entry => "amendment entry " + Pointers.Quote(g.Amendment),
                GoverningKind.Accession => "the accession rule",
                GoverningKind.Withdrawal => "the withdrawal of " + Pointers.Quote(g.Member ?? ""),
                _ => "the amendment rule",
            };
            if (g.Stage == GoverningStage.Ratification) which += "'s ratification";
            var why = g.Problems.Count > 0
                ? string.Join("; ", g.Problems.Select(Wording.Of))
                : "it is not met even if every member votes for it";
            result.Add(Diagnostic.Create(BuiltIn.NAPSM1004, at, from, target, which + " " + Pointers.QuoteRule(g.Rule) + " governs "
                + Changes(step, g) + ", and " + why));
        }

        // Vetoes taken away in bodies and treaties both designs have, from members the step needs.
        var stripped = new List<(string Member, string Where)>();
        foreach (var m in step.MustConsent)
        {
            foreach (var loss in step.LossesOf(m))
            {
                if (loss.Kind == StakeChangeKind.Veto && to.FindBody(loss.Element!) is not null)
                {
                    stripped.Add((m, Pointers.Quote(m) + " in body " + Pointers.Quote(loss.Element!)));
                }
                else if (loss.Kind == StakeChangeKind.TreatyBlocking && to.FindTreaty(loss.Element!) is not null)
                {
                    stripped.Add((m, Pointers.Quote(m) + " over treaty " + Pointers.Quote(loss.Element!)));
                }
            }
        }

        if (stripped.Count > 0)
        {
            var members = stripped.Select(s => s.Member).Distinct(StringComparer.Ordinal).ToList();
            result.Add(Diagnostic.Create(BuiltIn.NAPSM1005, at, from, target, string.Join(", ", members.Select(Pointers.Quote)),
                string.Join("; ", stripped.Select(s => s.Where))).NamingMembers(members));
        }

        foreach (var g in step.GovernedBy.Where(g => g.Kind == GoverningKind.Entry && g.IsEntrenching
            && g.Stage == GoverningStage.Adoption))
        {
            result.Add(Diagnostic.Create(BuiltIn.NAPSM1007, at, from, target, Changes(step, g), Pointers.Quote(g.Amendment)));
        }

        return result;
    }

    private static string Changes(EvolutionStep step, GoverningRule g)
    {
        var parts = g.Governs.Select(i => Pointers.Quote(step.Changes[i].Part)).Distinct(StringComparer.Ordinal).ToList();
        return parts.Count <= 4 ? string.Join(", ", parts) : string.Join(", ", parts.Take(4)) + $" and {parts.Count - 4} more parts";
    }

    private static DesignDocument? Resolve(ValidationContext context, string name)
    {
        var folder = context.Options.PredecessorFolder
            ?? (context.Document.File is { } file ? Path.GetDirectoryName(Path.GetFullPath(file)) : null);
        if (folder is null)
        {
            Unresolved(context, name, "the design was not read from a file, so there is no folder to look in (give the predecessor in the options)");
            return null;
        }

        var self = context.Document.File is { } f ? Path.GetFullPath(f) : null;
        var candidates = name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? [name] : new[] { name, name + ".json" };
        foreach (var candidate in candidates)
        {
            var path = Path.Combine(folder, candidate);
            if (!File.Exists(path)) continue;
            if (DesignJson.TryLoad(path, out var document, out var error)) return document;
            Unresolved(context, name, $"{Pointers.Quote(candidate)} could not be read: {error.Message}");
            return null;
        }

        var ids = new List<string>();
        foreach (var path in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray() : [])
        {
            if (self is not null && string.Equals(Path.GetFullPath(path), self, StringComparison.Ordinal)) continue;
            if (!DesignJson.TryLoad(path, out var document, out _)) continue;
            if (string.Equals(document.Design.Id, name, StringComparison.Ordinal)) return document;
            ids.Add(document.Design.Id);
        }

        var near = Text.Closest(name, ids);
        Unresolved(context, name, $"no file {Pointers.Quote(candidates[^1])} beside the design, and no design there has the id {Pointers.Quote(name)}"
            + (near is null ? "" : $" (did you mean {Pointers.Quote(near)}?)"));
        return null;
    }

    private static void Unresolved(ValidationContext context, string name, string why) =>
        context.Report(Diagnostic.Create(BuiltIn.NAPSM1008, "/evolvesFrom", Pointers.Quote(name), why));
}
