using System.Text.Json;
using Napsm.Core.Analysis;
using Napsm.Core.Model;
using Napsm.Core.Treaties;
using NodaTime;

namespace Napsm.Core.Tests.Analysis;

public sealed class StakeReportTests
{
    private static readonly LocalDate AsOf = new(2010, 1, 1);

    /// <summary>Three members; a council deciding by any two of three, a board where only a and b vote, by consensus.</summary>
    private static Design Trio(DecisionRule? council = null) => Design.Create("trio", "Trio")
        .AsOf(AsOf)
        .Member("a", "Alpha").Member("b", "Beta").Member("c", "Gamma")
        .Body("council", "Council", x => x.Voters("a", "b", "c").Rule(council ?? Rule.AtLeast(2)))
        .Body("board", "Board", x => x.Voters("a", "b").Rule(Rule.Consensus))
        .Build();

    private static Design WithCommitments(params Commitment[] commitments) => Trio() with
    {
        Phases = [new Phase("p1", "Phase one") { Commitments = commitments }],
    };

    [Fact]
    public void Power_in_a_body_is_exact_Shapley_Shubik_and_Banzhaf()
    {
        var council = StakeReport.For("a", [Trio()]).Designs[0].Bodies[0];
        Assert.Equal(new Rational(1, 3), council.ShapleyShubik);
        Assert.Equal(new Rational(1, 3), council.Banzhaf);
        Assert.Equal(1.0 / 3, council.ShapleyShubikAsDouble, 12);
        Assert.False(council.IsVeto);
        Assert.False(council.IsDummy);
    }

    [Fact]
    public void Under_an_alignment_each_body_gives_the_members_Owen_value_beside_its_plain_Shapley_Shubik()
    {
        // Any two of three, with a and b as a bloc: the bloc wins alone, so in the quotient game it is a dictator (1) and c a dummy;
        // inside the bloc, a and b split it (1/2 each). Plainly each has 1/3.
        var design = Trio() with { Alignments = [new Alignment("ab", [["a", "b"]])] };
        var options = StakeOptions.Default with { Alignment = "ab" };

        var a = StakeReport.For("a", [design], options).Designs[0];
        var c = StakeReport.For("c", [design], options).Designs[0];

        Assert.Equal("ab", a.Alignment);
        var council = a.Bodies[0];
        Assert.Equal(new Rational(1, 3), council.ShapleyShubik);
        Assert.Equal(new Rational(1, 2), council.Bloc!.Owen);
        Assert.Equal(new Rational(1, 2), council.Bloc.BanzhafOwen);
        Assert.Equal(["a", "b"], council.Bloc.Union);
        Assert.True(council.Bloc.InBloc);
        Assert.Equal(Rational.One, council.Bloc.UnionShapleyShubik);
        Assert.True(council.Bloc.UnionIsVeto);
        var alone = c.Bodies[0].Bloc!;
        Assert.False(alone.InBloc);
        Assert.Equal(Rational.Zero, alone.Owen);
        Assert.Null(c.Bodies[1].Bloc); // no seat on the board
    }

    [Fact]
    public void An_excluded_member_has_zero_Owen_value_and_no_union()
    {
        var design = Trio() with { Alignments = [new Alignment("cordon", []) { Excluded = ["c"] }] };

        var bloc = StakeReport.For("c", [design], StakeOptions.Default with { Alignment = "cordon" }).Designs[0].Bodies[0].Bloc!;

        Assert.True(bloc.IsExcluded);
        Assert.Empty(bloc.Union);
        Assert.Equal(Rational.Zero, bloc.Owen);
        Assert.Null(bloc.UnionShapleyShubik);
    }

    [Fact]
    public void A_design_without_the_alignment_keeps_the_plain_figures_and_says_so()
    {
        var with = Trio() with { Id = "with", Alignments = [new Alignment("ab", [["a", "b"]])] };
        var without = Trio() with { Id = "without" };

        var report = StakeReport.For("a", [with, without], StakeOptions.Default with { Alignment = "ab" });

        Assert.Null(report.Designs[1].Alignment);
        Assert.All(report.Designs[1].Bodies, b => Assert.Null(b.Bloc));
        Assert.Contains("Alignment ab: this design has no alignment of that id", report.Format(AnalysisFormat.Text), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(report.Format(AnalysisFormat.Json));
        var designs = json.RootElement.GetProperty("designs");
        Assert.Equal("ab", designs[0].GetProperty("alignment").GetString());
        Assert.Equal(JsonValueKind.Null, designs[1].GetProperty("alignment").ValueKind);
        var council = designs[0].GetProperty("bodies")[0].GetProperty("alignment");
        Assert.Equal("1/2", council.GetProperty("owen").GetProperty("exact").GetString());
        Assert.True(council.GetProperty("quotient").GetProperty("veto").GetBoolean());
    }

    [Fact]
    public void Without_an_alignment_the_report_has_no_bloc_figures_and_no_alignment_keys()
    {
        var design = Trio() with { Alignments = [new Alignment("ab", [["a", "b"]])] };

        var report = StakeReport.For("a", [design]);

        Assert.All(report.Designs[0].Bodies, b => Assert.Null(b.Bloc));
        Assert.DoesNotContain("\"alignment\"", report.Format(AnalysisFormat.Json), StringComparison.Ordinal);
        Assert.DoesNotContain("Owen", report.Format(AnalysisFormat.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Consensus_gives_every_voter_a_veto()
    {
        var board = StakeReport.For("a", [Trio()]).Designs[0].Bodies[1];
        Assert.True(board.IsVeto);
        Assert.Equal(new Rational(1, 2), board.ShapleyShubik);
    }

    [Fact]
    public void A_member_without_a_seat_has_zero_power_and_is_not_a_voter()
    {
        var board = StakeReport.For("c", [Trio()]).Designs[0].Bodies[1];
        Assert.False(board.IsVoter);
        Assert.Equal(Rational.Zero, board.ShapleyShubik);
        Assert.False(board.IsVeto);
    }

    [Fact]
    public void Change_is_measured_from_the_first_design_by_default()
    {
        var unanimity = Trio(Rule.Unanimity) with { Id = "trio-u" };
        var report = StakeReport.For("a", [Trio(), unanimity]);
        var change = report.Designs[1].Bodies[0].Change!;
        Assert.Equal("trio", report.Baseline);
        Assert.Null(report.Designs[0].Bodies[0].Change);
        Assert.Equal(new Rational(1, 3), change.ShapleyShubikBefore);
        Assert.Equal(Rational.Zero, change.ShapleyShubikDelta);
        Assert.False(change.WasVeto);
        Assert.True(report.Designs[1].Bodies[0].IsVeto);
    }

    [Fact]
    public void Change_reflects_a_shift_in_power()
    {
        // Weighted 2-1-1, quota 3: a is needed in every winning coalition (a+b, a+c): a holds 2/3 of Shapley–Shubik.
        var weighted = Trio(Rule.Weighted([new("a", 2), new("b", 1), new("c", 1)], 3)) with { Id = "trio-w" };
        var change = StakeReport.For("a", [Trio(), weighted]).Designs[1].Bodies[0].Change!;
        Assert.Equal(new Rational(1, 3), change.ShapleyShubikDelta);
    }

    [Fact]
    public void A_named_baseline_is_used_instead_of_the_first_design()
    {
        var other = Trio(Rule.Unanimity) with { Id = "other" };
        var report = StakeReport.For("a", [Trio(), other], StakeOptions.Default with { Baseline = "other" });
        Assert.Equal("other", report.Baseline);
        Assert.True(report.Designs[1].IsBaseline);
        Assert.NotNull(report.Designs[0].Bodies[0].Change);
    }

    [Fact]
    public void A_baseline_that_is_not_among_the_designs_is_an_error_naming_them()
    {
        var e = Assert.Throws<ArgumentException>(() => StakeReport.For("a", [Trio()], StakeOptions.Default with { Baseline = "nope" }));
        Assert.Contains("nope", e.Message, StringComparison.Ordinal);
        Assert.Contains("trio", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_member_is_an_error_listing_the_members()
    {
        var e = Assert.Throws<ArgumentException>(() => StakeReport.For("zz", [Trio()]));
        Assert.Contains("a (Alpha), b (Beta), c (Gamma)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_design_without_the_member_is_shown_as_not_a_member()
    {
        var without = Design.Create("none", "Without c").Member("a", "Alpha").Build();
        var report = StakeReport.For("c", [Trio(), without]);
        Assert.False(report.Designs[1].IsMember);
        Assert.True(report.Designs[0].IsMember);
    }

    [Fact]
    public void Bodies_only_in_the_baseline_are_listed_as_removed()
    {
        var smaller = Trio() with { Id = "smaller", Bodies = [Trio().Bodies[0]] };
        var removed = StakeReport.For("a", [Trio(), smaller]).Designs[1].BodiesRemoved;
        Assert.Equal(["board"], removed.Select(b => b.Body));
    }

    [Fact]
    public void Commitment_sides_are_gives_receives_and_mutual()
    {
        var design = WithCommitments(
            new Commitment("give", ["a"], "give") { To = ["b"] },
            new Commitment("get", ["b"], "get") { To = ["a"] },
            new Commitment("both", ["a", "b"], "both") { To = ["a", "b"] },
            new Commitment("other", ["b"], "unrelated") { To = ["c"] });
        var sides = StakeReport.For("a", [design]).Designs[0].Commitments.ToDictionary(c => c.Id, c => c.Side);
        Assert.Equal(CommitmentSide.Gives, sides["give"]);
        Assert.Equal(CommitmentSide.Receives, sides["get"]);
        Assert.Equal(CommitmentSide.Mutual, sides["both"]);
        Assert.False(sides.ContainsKey("other"));
    }

    [Fact]
    public void A_commitment_exchanged_for_one_the_member_gives_is_received()
    {
        var design = WithCommitments(
            new Commitment("aid", ["a"], "give aid") { InExchangeFor = ["freeze"] },
            new Commitment("freeze", ["c"], "freeze"));
        var freeze = StakeReport.For("a", [design]).Designs[0].Commitments.Single(c => c.Id == "freeze");
        Assert.Equal(CommitmentSide.Receives, freeze.Side);
        Assert.Equal(["aid"], freeze.ExchangedFor);
    }

    [Theory]
    [InlineData(2009, 12, 31, Horizon.Past)]
    [InlineData(2010, 1, 1, Horizon.Near)]
    [InlineData(2011, 1, 1, Horizon.Near)]
    [InlineData(2011, 1, 2, Horizon.Medium)]
    [InlineData(2015, 1, 1, Horizon.Medium)]
    [InlineData(2015, 1, 2, Horizon.Long)]
    public void Horizons_are_counted_from_asOf_with_inclusive_ends(int y, int m, int d, Horizon expected)
    {
        var design = WithCommitments(new Commitment("k", ["a"], "act") { Due = new LocalDate(y, m, d) });
        Assert.Equal(expected, StakeReport.For("a", [design]).Designs[0].Commitments[0].Horizon);
    }

    [Fact]
    public void Horizon_boundaries_are_configurable()
    {
        var design = WithCommitments(new Commitment("k", ["a"], "act") { Due = new LocalDate(2010, 6, 1) });
        var options = StakeOptions.Default with { Near = Period.FromMonths(3), Medium = Period.FromYears(1) };
        Assert.Equal(Horizon.Medium, StakeReport.For("a", [design], options).Designs[0].Commitments[0].Horizon);
    }

    [Fact]
    public void A_commitment_without_a_date_is_undated_and_says_why()
    {
        var design = WithCommitments(new Commitment("k", ["a"], "act"));
        var k = StakeReport.For("a", [design]).Designs[0].Commitments[0];
        Assert.Equal(Horizon.Undated, k.Horizon);
        Assert.Equal(DateBasis.None, k.DateBasis);
        Assert.Contains("no due date", k.UndatedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void A_design_without_asOf_puts_dated_commitments_in_undated_and_says_why()
    {
        var design = WithCommitments(new Commitment("k", ["a"], "act") { Due = new LocalDate(2010, 6, 1) }) with { AsOf = null };
        var k = StakeReport.For("a", [design]).Designs[0].Commitments[0];
        Assert.Equal(Horizon.Undated, k.Horizon);
        Assert.Contains("no asOf", k.UndatedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void A_commitment_within_a_dated_phase_takes_its_deadline_from_the_schedule()
    {
        var design = Trio() with
        {
            Phases = [new Phase("p1", "Phase one")
            {
                Window = new PhaseWindow { Start = new LocalDate(2012, 1, 1), Within = Period.FromDays(60) },
                Commitments = [new Commitment("k", ["a"], "act") { Within = Period.FromDays(30) }],
            }],
        };
        var k = StakeReport.For("a", [design]).Designs[0].Commitments[0];
        Assert.Equal(DateBasis.Scheduled, k.DateBasis);
        Assert.Equal(new LocalDate(2012, 1, 31), k.Date);
        Assert.Equal(Horizon.Medium, k.Horizon);
    }

    [Fact]
    public void Under_unanimity_every_party_can_block_a_treaty_alone()
    {
        var design = Trio() with { Treaties = [new Treaty("t", "Treaty", ["a", "b", "c"]) { EntryIntoForce = new EntryIntoForce(Rule.Unanimity) }] };
        var t = StakeReport.For("a", [design]).Designs[0].Treaties.Single();
        Assert.True(t.CanBlockAlone);
        Assert.False(t.CanBringIntoForceAlone);
        Assert.Equal(TreatyState.Open, t.Status.State);
    }

    [Fact]
    public void The_last_missing_ratification_brings_a_treaty_into_force_alone()
    {
        var treaty = new Treaty("t", "Treaty", ["a", "b", "c"])
        {
            EntryIntoForce = new EntryIntoForce(Rule.Unanimity),
            Ratifications = [new Ratification("b", new LocalDate(2009, 1, 1)), new Ratification("c", new LocalDate(2009, 2, 1))],
        };
        var t = StakeReport.For("a", [Trio() with { Treaties = [treaty] }]).Designs[0].Treaties.Single();
        Assert.True(t.CanBringIntoForceAlone);
        Assert.False(t.HasRatified);
    }

    [Fact]
    public void A_treaty_in_force_cannot_be_blocked()
    {
        var treaty = new Treaty("t", "Treaty", ["a", "b"])
        {
            EntryIntoForce = new EntryIntoForce(Rule.Unanimity),
            Ratifications = [new Ratification("a", new LocalDate(2009, 1, 1)), new Ratification("b", new LocalDate(2009, 2, 1))],
        };
        var t = StakeReport.For("a", [Trio() with { Treaties = [treaty] }]).Designs[0].Treaties.Single();
        Assert.Equal(TreatyState.InForce, t.Status.State);
        Assert.False(t.CanBlockAlone);
    }

    [Fact]
    public void Treaties_the_member_is_not_party_to_are_left_out()
    {
        var design = Trio() with { Treaties = [new Treaty("t", "Treaty", ["b", "c"])] };
        Assert.Empty(StakeReport.For("a", [design]).Designs[0].Treaties);
    }

    [Fact]
    public void A_diagnostic_that_names_the_member_involves_it()
    {
        // c chairs the board without voting in it: NAPSM0204 names member 'c'.
        var design = Trio() with { Bodies = [Trio().Bodies[0], Trio().Bodies[1] with { Chair = "c" }] };
        var diagnostics = StakeReport.For("c", [design]).Designs[0].Diagnostics;
        Assert.Contains(diagnostics, d => d.Diagnostic.Id == "NAPSM0204");
    }

    [Fact]
    public void A_diagnostic_about_a_body_the_member_votes_in_involves_it_and_not_others()
    {
        // A dangling voter in the board (NAPSM0102) concerns a and b, who vote there, but not c.
        var design = Trio() with { Bodies = [Trio().Bodies[0], Trio().Bodies[1] with { Voters = ["a", "b", "zz"] }] };
        Assert.Contains(StakeReport.For("a", [design]).Designs[0].Diagnostics, d => d.Diagnostic.Id == "NAPSM0102");
        Assert.DoesNotContain(StakeReport.For("c", [design]).Designs[0].Diagnostics, d => d.Diagnostic.Id == "NAPSM0102");
    }

    [Fact]
    public void The_report_is_deterministic_in_every_format()
    {
        foreach (var format in Enum.GetValues<AnalysisFormat>())
        {
            Assert.Equal(StakeReport.For("a", [Trio()]).Format(format), StakeReport.For("a", [Trio()]).Format(format));
        }
    }

    [Fact]
    public void Json_output_holds_exact_fractions_and_their_values()
    {
        using var json = JsonDocument.Parse(StakeReport.For("a", [Trio()]).Format(AnalysisFormat.Json));
        var ss = json.RootElement.GetProperty("designs")[0].GetProperty("bodies")[0].GetProperty("shapleyShubik");
        Assert.Equal("1/3", ss.GetProperty("exact").GetString());
        Assert.Equal(1.0 / 3, ss.GetProperty("value").GetDouble(), 12);
    }

    [Fact]
    public void Text_output_names_members_and_bodies_by_id_and_name_with_fractions_and_decimals()
    {
        var text = StakeReport.For("a", [Trio()]).Format(AnalysisFormat.Text);
        Assert.Contains("What is at stake for a (Alpha)", text, StringComparison.Ordinal);
        // The body's id and its name in columns of their own (a long name is shortened into a legend keyed by the id).
        Assert.Matches(@"\n  council +Council +", text);
        Assert.Contains("1/3 (0.3333)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_output_fits_the_width_it_is_given()
    {
        var report = StakeReport.For("a", [Trio()]);
        Assert.Equal(report.Format(AnalysisFormat.Text), report.Format(AnalysisFormat.Text, 100));
        foreach (var width in new[] { 40, 60, 80 })
        {
            var lines = report.Format(AnalysisFormat.Text, width).Split('\n');
            Assert.All(lines, l => Assert.True(Napsm.Core.Reporting.Tables.TextTable.Width(l) <= width || l.Split(' ').Any(t => t.Length > 30), $"{width}: {l}"));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => report.Format(AnalysisFormat.Text, 39));
    }

    [Fact]
    public void Markdown_output_has_pipe_tables()
    {
        var md = StakeReport.For("a", [Trio()]).Format(AnalysisFormat.Markdown);
        Assert.StartsWith("# What is at stake for a (Alpha)", md, StringComparison.Ordinal);
        Assert.Contains("| Body | Name | Rule |", md, StringComparison.Ordinal);
    }
}
