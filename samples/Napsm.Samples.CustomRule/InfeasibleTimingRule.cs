using System.Globalization;
using System.Text;
using Napsm.Core.Model;
using Napsm.Core.Scheduling;
using Napsm.Core.Validation;
using NodaTime;

namespace Napsm.Samples.CustomRule;

/// <summary>
/// The built-in rules NAPSM0402 (infeasible timing) and NAPSM0403 (commitment due outside its phase) written as a user's rule, with
/// nothing but the library's public API: the temporal network's typed queries (<see cref="TemporalNetwork.Analyze"/>,
/// <see cref="TemporalNetwork.CommitmentsOutsideWindow"/>, <see cref="TemporalNetwork.TreatyRequirement"/>,
/// <see cref="TemporalNetwork.ForcedAfter"/>) and the model. Its ids are its own (CUSTOM0402, CUSTOM0403); messages, locations,
/// related locations and chains are the built-in ones'.
/// </summary>
public sealed class InfeasibleTimingRule : IValidationRule
{
    private readonly DiagnosticDescriptor _infeasible;
    private readonly DiagnosticDescriptor _outside;

    /// <summary>Creates the rule with descriptors copied from its built-in twins, under ids of its own.</summary>
    /// <param name="catalogue">The descriptors the validator knows (the built-in twins are among them).</param>
    public InfeasibleTimingRule(IEnumerable<DiagnosticDescriptor> catalogue)
    {
        var byId = catalogue.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _infeasible = Twin(byId["NAPSM0402"]);
        _outside = Twin(byId["NAPSM0403"]);
    }

    /// <summary>The id this rule uses for a built-in id.</summary>
    /// <param name="builtInId">NAPSM0402 or NAPSM0403.</param>
    /// <returns>CUSTOM0402 or CUSTOM0403.</returns>
    public static string IdFor(string builtInId) => "CUSTOM" + builtInId["NAPSM".Length..];

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [_infeasible, _outside];

    /// <inheritdoc />
    public void Analyze(ValidationContext context)
    {
        var design = context.Design;
        var network = TemporalNetwork.FromDesign(design);
        var schedule = network.Analyze();

        var outside = network.CommitmentsOutsideWindow();
        foreach (var o in outside)
        {
            var phase = design.Phases[o.Phase];
            var commitment = phase.Commitments[o.Commitment];
            var at = $"/phases/{o.Phase}/commitments/{o.Commitment}" + (o.DueByPeriod ? "/within" : "/due");
            context.Report(Diagnostic.Create(_outside, at, Named("commitment", commitment.Id, commitment.Action), Iso(o.Due),
                Named("phase", phase.Id, phase.Name), Window(o.WindowStart, o.WindowEnd)) with
            {
                RelatedLocations = [DiagnosticLocation.At($"/phases/{o.Phase}/window", $"the window of {Named("phase", phase.Id, phase.Name)}")],
            });
        }

        // A conflict through a commitment's bounds to its phase is explained by the finding above; one through a treaty requirement
        // that the schedule puts after the treaty is explained by NAPSM0504.
        var explained = new HashSet<TemporalConstraint>(outside.SelectMany(o => o.InPhase), ReferenceEqualityComparer.Instance);
        explained.UnionWith(LaterRequirements(design, network, schedule, context.Options.Limits.MaxWork));
        foreach (var conflict in schedule.Conflicts)
        {
            if (conflict.Chain.Any(explained.Contains)) continue;
            var steps = conflict.Chain.Select(c => DiagnosticLocation.At(c.At, Wording.Of(c))).ToList();
            context.Report(Diagnostic.Create(_infeasible, steps[^1].JsonPointer, Wording.Of(conflict)) with
            {
                RelatedLocations = steps.Take(steps.Count - 1).ToList(),
                Chain = steps,
            });
        }
    }

    /// <summary>
    /// The bounds of treaty requirements that the schedule forces after their treaty. Only an inconsistent schedule has any, and the
    /// search (one per requirement) is skipped when it would exceed the work limit, as the built-in rule does.
    /// </summary>
    private static IEnumerable<TemporalConstraint> LaterRequirements(Design design, TemporalNetwork network, ScheduleResult schedule, long maxWork)
    {
        if (schedule.IsConsistent) yield break;
        if (design.Treaties.Sum(t => (long)t.Requires.Count) * Math.Max(1, network.Constraints.Count) > maxWork) yield break;
        for (int i = 0; i < design.Treaties.Count; i++)
        {
            var treaty = design.Treaties[i];
            for (int j = 0; j < treaty.Requires.Count; j++)
            {
                EventKind? kind = treaty.Requires[j].Kind switch
                {
                    ElementKind.Treaty => EventKind.InForce,
                    ElementKind.Phase => EventKind.End,
                    ElementKind.Commitment => EventKind.Due,
                    _ => null,
                };
                if (kind is null || network.TreatyRequirement(i, j) is not { } bound) continue;
                var required = new EventRef(treaty.Requires[j].Id, kind.Value);
                if (network.ForcedAfter(required, new EventRef(treaty.Id, EventKind.InForce), ignoring: bound) is not null) yield return bound;
            }
        }
    }

    private static DiagnosticDescriptor Twin(DiagnosticDescriptor d) =>
        new(IdFor(d.Id), d.Title, d.Category, d.DefaultSeverity, d.MessageFormat, d.HelpText, d.Fix, d.Example);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Window(LocalDate? start, LocalDate? end) => (start, end) switch
    {
        ({ } a, { } b) => $"{Iso(a)} to {Iso(b)}",
        ({ } a, null) => $"from {Iso(a)}",
        (null, { } b) => $"until {Iso(b)}",
        _ => "",
    };

    /// <summary>An element as the built-in messages name it: <c>phase 'id' (Name)</c>, or <c>phase 'id'</c> when the name adds nothing.</summary>
    private static string Named(string kind, string id, string name) =>
        string.IsNullOrEmpty(name) || string.Equals(name, id, StringComparison.Ordinal)
            ? kind + " " + Quote(id)
            : kind + " " + Quote(id) + " (" + Quote(name)[1..^1] + ")";

    /// <summary>Quoted, with control and bidirectional-control characters shown as escapes so that they cannot garble a message.</summary>
    private static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            bool bidi = c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
            if (char.IsControl(c) || bidi) sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else sb.Append(c);
        }

        return sb.Append('\'').ToString();
    }
}
