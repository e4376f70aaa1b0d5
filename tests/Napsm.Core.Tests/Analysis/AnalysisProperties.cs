using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Napsm.Core.Analysis;
using Napsm.Core.Model;
using Napsm.Core.Testing;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Analysis;

/// <summary>Laws of the design diff and the stake report, over generated designs (Napsm.Core.Testing's generators).</summary>
public sealed class AnalysisProperties
{
    /// <summary>
    /// Two related designs: B is built from A and an unrelated design C — some of A's bodies kept (some with C's rules), some of C's
    /// bodies added, the members of both, and the phases or treaties of either — so that ids are shared and elements change.
    /// </summary>
    public static Arbitrary<(Design A, Design B)> Pairs() => Arb.From(
        from a in DesignGenerators.Design()
        from c in DesignGenerators.Design()
        from keep in Gen.Choose(0, 3)
        from swapRules in Gen.Elements(true, false)
        from phasesOfC in Gen.Elements(true, false)
        from treatiesOfC in Gen.Elements(true, false)
        select (a, Mix(a, c, keep, swapRules, phasesOfC, treatiesOfC)));

    private static Design Mix(Design a, Design c, int keep, bool swapRules, bool phasesOfC, bool treatiesOfC)
    {
        var bodies = a.Bodies.Where((_, i) => i % 4 != keep).Select((x, i) =>
            swapRules && c.Bodies.Count > 0 ? x with { Rule = c.Bodies[i % c.Bodies.Count].Rule } : x).ToList();
        bodies.AddRange(c.Bodies.Where((_, i) => i % 2 == 0));
        return a with
        {
            Id = c.Id,
            Members = [.. a.Members.Concat(c.Members).DistinctBy(m => m.Id)],
            Bodies = [.. bodies.DistinctBy(b => b.Id)],
            Phases = phasesOfC ? c.Phases : a.Phases,
            Treaties = treatiesOfC ? c.Treaties : a.Treaties,
        };
    }

    public static Arbitrary<Design> Designs() => Arb.From(DesignGenerators.Design(), DesignGenerators.ShrinkDesign);

    [Property(MaxTest = 60, Arbitrary = [typeof(AnalysisProperties)])]
    public Property The_diff_of_a_design_with_itself_is_empty(Design a) =>
        DesignDiff.Compare(a, a with { }).IsEmpty.Label($"diff of {a.Id} with a copy of itself is not empty");

    [Property(MaxTest = 60, Arbitrary = [typeof(AnalysisProperties)])]
    public Property Diff_A_B_and_diff_B_A_are_mirror_images((Design A, Design B) pair)
    {
        var forward = DesignDiff.Compare(pair.A, pair.B);
        var backward = DesignDiff.Compare(pair.B, pair.A);
        var changes = forward.Changes.Select(c => Key(c, mirror: false)).Order(StringComparer.Ordinal).ToList();
        var mirrored = backward.Changes.Select(c => Key(c, mirror: true)).Order(StringComparer.Ordinal).ToList();
        var shifts = forward.PowerShifts.Select(s => $"{s.Body}/{s.Member}:{s.ShapleyShubikShift}:{s.BanzhafShift}").Order(StringComparer.Ordinal).ToList();
        var negated = backward.PowerShifts.Select(s => $"{s.Body}/{s.Member}:{-s.ShapleyShubikShift}:{-s.BanzhafShift}").Order(StringComparer.Ordinal).ToList();
        return changes.SequenceEqual(mirrored, StringComparer.Ordinal).Label("element changes mirror (added ↔ removed, before ↔ after)")
            .And(shifts.SequenceEqual(negated, StringComparer.Ordinal)).Label("power shifts are negated")
            .And(Ids(forward.DiagnosticsAppeared).SequenceEqual(Ids(backward.DiagnosticsDisappeared))).Label("diagnostics that appear in A→B disappear in B→A")
            .And(Ids(forward.DiagnosticsDisappeared).SequenceEqual(Ids(backward.DiagnosticsAppeared))).Label("diagnostics that disappear in A→B appear in B→A");
    }

    [Property(MaxTest = 60, Arbitrary = [typeof(AnalysisProperties)])]
    public Property Applying_the_power_shifts_to_A_gives_B((Design A, Design B) pair)
    {
        var (a, b) = pair;
        var shifts = DesignDiff.Compare(a, b).PowerShifts.ToDictionary(s => (s.Body, s.Member));
        var failures = new List<string>();
        var bodies = a.Bodies.Select(x => x.Id).Concat(b.Bodies.Select(x => x.Id)).Distinct(StringComparer.Ordinal);
        foreach (var body in bodies)
        {
            var before = Powers(a, body);
            var after = Powers(b, body);
            foreach (var member in before.Keys.Union(after.Keys))
            {
                var from = before.GetValueOrDefault(member, (Rational?)Rational.Zero);
                var to = after.GetValueOrDefault(member, (Rational?)Rational.Zero);
                var shift = shifts.TryGetValue((body, member), out var s) ? s.ShapleyShubikShift : Rational.Zero;
                // A figure not computed on either side (no coalition wins, say) has no shift: the diff must not invent one.
                if (from is null || to is null)
                {
                    if (shift is not null && from != to) failures.Add($"{body}/{member}: shift {shift} although a side was not computed");
                }
                else if (from + shift != to) failures.Add($"{body}/{member}: {from} + {shift} ≠ {to}");
            }
        }

        return (failures.Count == 0).Label("A's Shapley–Shubik plus the shift is B's: " + string.Join("; ", failures));
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(AnalysisProperties)])]
    public Property A_stake_reports_horizons_partition_the_commitments(Design design)
    {
        if (design.Members.Count == 0) return true.ToProperty().Label("no member to report on");
        var member = design.Members[design.AllCommitments.Count() % design.Members.Count].Id;
        var stake = StakeReport.For(member, [design]).Designs[0];
        var groups = Enum.GetValues<Horizon>().SelectMany(h => stake.In(h)).Select(c => c.Id).ToList();

        // Independently: what concerns the member — it gives, it is owed, or it is exchanged for one the member gives.
        var all = design.AllCommitments.ToList();
        var mine = all.Where(c => c.By.Contains(member)).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var expected = all.Where(c => c.By.Contains(member) || c.To.Contains(member)
            || c.InExchangeFor.Any(mine.Contains) || all.Any(x => mine.Contains(x.Id) && x.InExchangeFor.Contains(c.Id))).Select(c => c.Id).ToList();
        return groups.Order(StringComparer.Ordinal).SequenceEqual(expected.Order(StringComparer.Ordinal), StringComparer.Ordinal)
            .Label($"every commitment of {member} is in exactly one horizon: groups [{string.Join(", ", groups)}], expected [{string.Join(", ", expected)}]");
    }

    private static Dictionary<string, Rational?> Powers(Design design, string body)
    {
        var b = design.FindBody(body);
        if (b is null) return [];
        var analysis = VotingGame.ForBody(design, b).Analyze(new AnalysisOptions { Indices = PowerIndices.ShapleyShubik, ClauseEffects = false });
        return analysis.Members.ToDictionary(m => m.Id, m => m.ShapleyShubik);
    }

    private static string Key(ElementChange c, bool mirror)
    {
        var kind = !mirror ? c.Kind : c.Kind switch { ChangeKind.Added => ChangeKind.Removed, ChangeKind.Removed => ChangeKind.Added, _ => ChangeKind.Changed };
        var fields = c.Fields.Select(f => mirror ? $"{f.Field}={f.After}->{f.Before}" : $"{f.Field}={f.Before}->{f.After}");
        // The design's own entry carries the second design's id and name; compare it by its fields only.
        var id = c.Section == DiffSection.Design ? "" : c.Id;
        return $"{c.Section}|{id}|{kind}|{string.Join(";", fields)}";
    }

    private static List<string> Ids(IReadOnlyList<Napsm.Core.Validation.Diagnostic> list) => [.. list.Select(d => d.Id + ": " + d.Message).Order(StringComparer.Ordinal)];
}
