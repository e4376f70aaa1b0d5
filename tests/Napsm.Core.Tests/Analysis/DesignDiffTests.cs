using System.Text.Json;
using Napsm.Core.Analysis;
using Napsm.Core.Model;
using NodaTime;

namespace Napsm.Core.Tests.Analysis;

public sealed class DesignDiffTests
{
    private static Design Base() => Design.Create("base", "Base")
        .Member("a", "Alpha").Member("b", "Beta").Member("c", "Gamma")
        .Body("council", "Council", x => x.Voters("a", "b", "c").Rule(Rule.Consensus))
        .Body("board", "Board", x => x.Voters("a", "b").Rule(Rule.Consensus))
        .Phase("p1", "Phase one", p => p.Commitment("k", ["a"], "act", new LocalDate(2010, 1, 1)))
        .Phase("p2", "Phase two")
        .Build();

    [Fact]
    public void A_design_compared_with_itself_has_no_differences()
    {
        var diff = DesignDiff.Compare(Base(), Base());
        Assert.True(diff.IsEmpty);
        Assert.Contains("No differences", diff.Format(AnalysisFormat.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Alignments_added_removed_and_changed_are_their_own_section()
    {
        var before = Base() with { Alignments = [new Alignment("ab", [["a", "b"]]), new Alignment("gone", [])] };
        var after = Base() with
        {
            Alignments = [new Alignment("ab", [["a", "b", "c"]]) { Excluded = ["c"] }, new Alignment("new", [["b", "c"]]) { Name = "New scenario" }],
        };

        var diff = DesignDiff.Compare(before, after);
        var changes = diff.In(DiffSection.Alignments);

        Assert.Equal([("ab", ChangeKind.Changed), ("new", ChangeKind.Added), ("gone", ChangeKind.Removed)], changes.Select(c => (c.Id, c.Kind)));
        Assert.Equal([new FieldChange("blocs", "[a, b]", "[a, b, c]"), new FieldChange("excluded", null, "c")], changes[0].Fields);
        Assert.Equal("New scenario", changes[1].Name);
        var text = diff.Format(AnalysisFormat.Text);
        Assert.Contains("Alignments (scenarios)", text, StringComparison.Ordinal);
        Assert.Contains("blocs: [a, b] → [a, b, c]", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(diff.Format(AnalysisFormat.Json));
        Assert.Contains(json.RootElement.GetProperty("changes").EnumerateArray(), c => c.GetProperty("section").GetString() == "alignments");
    }

    [Fact]
    public void Amendment_rules_are_their_own_section_and_evolves_from_is_a_design_field()
    {
        var before = Base() with
        {
            Amendment = new AmendmentProcedure(Rule.Consensus),
            Amendments = [new AmendmentEntry("core", ["principles"], Rule.Unanimity), new AmendmentEntry("gone", ["bodies"], Rule.Unanimity)],
        };
        var after = Base() with
        {
            EvolvesFrom = "base",
            Amendment = new AmendmentProcedure(Rule.AtLeast(Threshold.Fraction(new Rational(2, 3)))),
            Amendments = [new AmendmentEntry("core", ["principles", "bodies"], Rule.Unanimity)],
            Accession = new AccessionProcedure(Rule.Consensus),
        };

        var diff = DesignDiff.Compare(before, after);

        Assert.Equal([("amendment", ChangeKind.Changed), ("core", ChangeKind.Changed), ("gone", ChangeKind.Removed), ("accession", ChangeKind.Added)],
            diff.In(DiffSection.Amendment).Select(c => (c.Id, c.Kind)));
        Assert.Equal(["rule"], diff.In(DiffSection.Amendment)[0].Fields.Select(f => f.Field));
        Assert.Equal(["covers"], diff.In(DiffSection.Amendment)[1].Fields.Select(f => f.Field));
        Assert.Contains(diff.In(DiffSection.Design), c => c.Fields.Any(f => f.Field == "evolvesFrom" && f.After == "base"));
        Assert.Contains("Amendment rules", diff.Format(AnalysisFormat.Text), StringComparison.Ordinal);
        Assert.True(DesignDiff.Compare(after, after).IsEmpty);
    }

    [Fact]
    public void A_body_whose_matters_change_reports_its_decisions()
    {
        var before = Design.Create("d", "D").Member("a", "A").Member("b", "B")
            .Body("council", "Council", x => x.Voters("a", "b").Rule(Rule.Consensus).Decision("procedural", Rule.AtLeast(Threshold.Count(1)))).Build();
        var after = Design.Create("d", "D").Member("a", "A").Member("b", "B")
            .Body("council", "Council", x => x.Voters("a", "b").Rule(Rule.Consensus).Decision("procedural", Rule.Unanimity)).Build();

        var change = Assert.Single(DesignDiff.Compare(before, after).In(DiffSection.Bodies));

        var field = Assert.Single(change.Fields);
        Assert.Equal("decisions", field.Field);
        Assert.Equal("procedural: atLeast 1", field.Before);
        Assert.Equal("procedural: unanimity", field.After);
    }

    [Fact]
    public void An_added_member_is_reported_as_added()
    {
        var b = Base() with { Members = [.. Base().Members, new Member("d", "Delta")] };
        var change = Assert.Single(DesignDiff.Compare(Base(), b).In(DiffSection.Members));
        Assert.Equal(("d", "Delta", ChangeKind.Added), (change.Id, change.Name, change.Kind));
    }

    [Fact]
    public void A_removed_body_is_reported_as_removed_with_its_voters_losing_their_power()
    {
        var b = Base() with { Bodies = [Base().Bodies[0]] };
        var diff = DesignDiff.Compare(Base(), b);
        Assert.Equal(ChangeKind.Removed, Assert.Single(diff.In(DiffSection.Bodies)).Kind);
        var shifts = diff.PowerShifts.Where(s => s.Body == "board").ToList();
        Assert.Equal(["a", "b"], shifts.Select(s => s.Member));
        Assert.All(shifts, s => Assert.Equal(new Rational(-1, 2), s.ShapleyShubikShift));
    }

    [Fact]
    public void A_rule_change_names_the_field_with_the_rule_before_and_after()
    {
        var b = Base() with { Bodies = [Base().Bodies[0] with { Rule = Rule.SimpleMajority }, Base().Bodies[1]] };
        var change = Assert.Single(DesignDiff.Compare(Base(), b).In(DiffSection.Bodies));
        Assert.Equal(ChangeKind.Changed, change.Kind);
        Assert.Equal(new FieldChange("rule", "consensus", "simpleMajority"), Assert.Single(change.Fields));
    }

    [Fact]
    public void A_rule_change_that_moves_no_power_gives_no_power_shift()
    {
        // Consensus and unanimity are different rules with the same game.
        var b = Base() with { Bodies = [Base().Bodies[0] with { Rule = Rule.Unanimity }, Base().Bodies[1]] };
        var diff = DesignDiff.Compare(Base(), b);
        Assert.Single(diff.In(DiffSection.Bodies));
        Assert.Empty(diff.PowerShifts);
    }

    [Fact]
    public void Power_shifts_are_exact_for_every_voter_of_a_changed_body()
    {
        // Weighted 2-1-1, quota 3: a holds 2/3 of Shapley–Shubik, b and c 1/6 each (from 1/3 under consensus).
        var b = Base() with { Bodies = [Base().Bodies[0] with { Rule = Rule.Weighted([new("a", 2), new("b", 1), new("c", 1)], 3) }, Base().Bodies[1]] };
        var shifts = DesignDiff.Compare(Base(), b).PowerShifts.ToDictionary(s => s.Member);
        Assert.Equal(new Rational(1, 3), shifts["a"].ShapleyShubikShift);
        Assert.Equal(new Rational(-1, 6), shifts["b"].ShapleyShubikShift);
        Assert.True(shifts["a"].VetoAfter);
        Assert.False(shifts["b"].VetoAfter);
        Assert.True(shifts["b"].VetoBefore);
    }

    [Fact]
    public void A_commitment_moved_to_another_phase_is_changed_in_its_phase_field()
    {
        var moved = Base() with
        {
            Phases = [Base().Phases[0] with { Commitments = [] }, Base().Phases[1] with { Commitments = Base().Phases[0].Commitments }],
        };
        var change = Assert.Single(DesignDiff.Compare(Base(), moved).In(DiffSection.Commitments));
        Assert.Equal(new FieldChange("phase", "p1", "p2"), Assert.Single(change.Fields));
    }

    [Fact]
    public void A_changed_due_date_is_written_in_ISO_form()
    {
        var later = Base() with
        {
            Phases = [Base().Phases[0] with { Commitments = [Base().Phases[0].Commitments[0] with { Due = new LocalDate(2011, 3, 4) }] }, Base().Phases[1]],
        };
        var change = Assert.Single(DesignDiff.Compare(Base(), later).In(DiffSection.Commitments));
        Assert.Equal(new FieldChange("due", "2010-01-01", "2011-03-04"), Assert.Single(change.Fields));
    }

    [Fact]
    public void Diagnostics_that_appear_and_disappear_are_reported()
    {
        // A dangling voter appears in B (NAPSM0102).
        var b = Base() with { Bodies = [Base().Bodies[0] with { Voters = ["a", "b", "c", "zz"] }, Base().Bodies[1]] };
        var diff = DesignDiff.Compare(Base(), b);
        Assert.Contains(diff.DiagnosticsAppeared, d => d.Id == "NAPSM0102");
        Assert.DoesNotContain(diff.DiagnosticsDisappeared, d => d.Id == "NAPSM0102");
        Assert.Contains(DesignDiff.Compare(b, Base()).DiagnosticsDisappeared, d => d.Id == "NAPSM0102");
    }

    [Fact]
    public void Diagnostics_that_only_move_are_not_reported()
    {
        // The same design with its members listed in another order: pointers move, messages do not.
        var reordered = Base() with { Members = [.. Base().Members.Reverse()] };
        var diff = DesignDiff.Compare(Base(), reordered);
        Assert.Empty(diff.DiagnosticsAppeared);
        Assert.Empty(diff.DiagnosticsDisappeared);
        Assert.Empty(diff.Changes);
    }

    [Fact]
    public void Json_output_lists_changes_with_fields()
    {
        var b = Base() with { Bodies = [Base().Bodies[0] with { Rule = Rule.SimpleMajority }, Base().Bodies[1]] };
        using var json = JsonDocument.Parse(DesignDiff.Compare(Base(), b).Format(AnalysisFormat.Json));
        var change = json.RootElement.GetProperty("changes")[0];
        Assert.Equal("bodies", change.GetProperty("section").GetString());
        Assert.Equal("rule", change.GetProperty("fields")[0].GetProperty("field").GetString());
        Assert.False(json.RootElement.GetProperty("isEmpty").GetBoolean());
    }

    [Fact]
    public void Text_output_shows_power_shifts_as_fractions_with_decimals()
    {
        var b = Base() with { Bodies = [Base().Bodies[0] with { Rule = Rule.SimpleMajority }, Base().Bodies[1]] };
        var text = DesignDiff.Compare(Base(), b).Format(AnalysisFormat.Text);
        Assert.Contains("Voting power shifts", text, StringComparison.Ordinal);
        // One table per body under its id and name; before → after as exact fractions (here consensus → majority of three moves
        // no power, only the vetoes).
        Assert.Contains("\ncouncil (Council)\n", text, StringComparison.Ordinal);
        Assert.Matches(@"\d+/\d+ → \d+/\d+", text);
        Assert.Contains("yes → no", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_output_fits_the_width_it_is_given()
    {
        var b = Base() with { Bodies = [Base().Bodies[0] with { Rule = Rule.SimpleMajority }, Base().Bodies[1]] };
        var diff = DesignDiff.Compare(Base(), b);
        Assert.Equal(diff.Format(AnalysisFormat.Text), diff.Format(AnalysisFormat.Text, 100));
        foreach (var width in new[] { 40, 60, 80 })
        {
            var lines = diff.Format(AnalysisFormat.Text, width).Split('\n');
            Assert.All(lines, l => Assert.True(Napsm.Core.Reporting.Tables.TextTable.Width(l) <= width || l.Split(' ').Any(t => t.Length > 30), $"{width}: {l}"));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => diff.Format(AnalysisFormat.Text, 39));
    }
}
