using System.Text;
using Napsm.Core.Analysis;
using Napsm.Core.Serialization;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using NodaTime;

namespace Napsm.Core.Tests.Robustness;

/// <summary>Regression tests for the defects of issue 21 that live in the library (each failed before its fix).</summary>
public class DefectRegressionTests
{
    private const string Members = "\"members\": [ { \"id\": \"a\", \"name\": \"A\" }, { \"id\": \"b\", \"name\": \"B\" }, { \"id\": \"c\", \"name\": \"C\" } ]";

    [Fact]
    public void A_treaty_whose_delay_runs_past_9999_12_31_never_enters_into_force()
    {
        var design = DesignJson.Parse("""
            { "format": 1, "id": "d", "name": "D", "asOf": "9999-06-01",
              "members": [ { "id": "a", "name": "A" }, { "id": "b", "name": "B" } ],
              "treaties": [ { "id": "t", "name": "T", "parties": ["a", "b"],
                "entryIntoForce": { "rule": { "atLeast": 1 }, "delay": "P1Y" },
                "ratifications": [ { "member": "a", "date": "9999-05-01" } ] } ] }
            """).Design;

        var status = TreatyStatus.Of(design, design.Treaties[0], new LocalDate(9999, 12, 31));

        Assert.NotEqual(TreatyState.InForce, status.State);
        Assert.Null(status.EnteredIntoForce);
        Assert.Null(status.EarliestEntryIntoForce);
    }

    [Fact]
    public void A_treaty_whose_delay_ends_on_9999_12_31_enters_into_force_that_day()
    {
        var design = DesignJson.Parse("""
            { "format": 1, "id": "d", "name": "D",
              "members": [ { "id": "a", "name": "A" } ],
              "treaties": [ { "id": "t", "name": "T", "parties": ["a"],
                "entryIntoForce": { "rule": { "atLeast": 1 }, "delay": "P30D" },
                "ratifications": [ { "member": "a", "date": "9999-12-01" } ] } ] }
            """).Design;

        var status = TreatyStatus.Of(design, design.Treaties[0], new LocalDate(9999, 12, 31));

        Assert.Equal(TreatyState.InForce, status.State);
        Assert.Equal(new LocalDate(9999, 12, 31), status.EnteredIntoForce);
    }

    [Theory]
    [InlineData("\\u3164")]
    [InlineData("\\u115F")]
    [InlineData("\\uFFA0")]
    [InlineData("a\\u3164")]
    public void An_id_with_a_Hangul_filler_is_an_error(string id)
    {
        var e = Assert.Throws<DesignLoadException>(() => DesignJson.Parse($$"""{ "format": 1, "id": "{{id}}", "name": "D" }"""));

        Assert.Contains("contains a Hangul filler", e.Reason, StringComparison.Ordinal);
        Assert.Contains("a letter that prints as a blank", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\u0301")]
    [InlineData("\\u0301\\u0301a")]
    [InlineData("\\u0903")]
    public void An_id_that_starts_with_a_combining_mark_is_an_error(string id)
    {
        var e = Assert.Throws<DesignLoadException>(() => DesignJson.Parse($$"""{ "format": 1, "id": "{{id}}", "name": "D" }"""));

        Assert.Contains("starts with a combining mark", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Combining_marks_after_a_letter_are_still_part_of_an_id()
    {
        Assert.Equal("e\u0301t\u00e9", DesignJson.Parse("{ \"format\": 1, \"id\": \"e\\u0301t\\u00e9\", \"name\": \"D\" }").Design.Id);
    }

    [Fact]
    public void A_voter_listed_300_times_is_one_diagnostic_that_counts_the_repeats()
    {
        var voters = string.Join(", ", Enumerable.Repeat("\"a\"", 300).Append("\"b\"").Append("\"c\""));
        var document = DesignJson.Parse($$"""
            { "format": 1, "id": "d", "name": "D", {{Members}},
              "bodies": [ { "id": "council", "name": "Council", "voters": [{{voters}}], "rule": "simpleMajority" } ] }
            """);

        var report = new DesignValidator().Validate(document);

        var d = Assert.Single(report.Diagnostics, x => x.Id == "NAPSM0106");
        Assert.Equal("body 'council' (Council) lists voter 'a' 300 times; it counts once", d.Message);
        Assert.Equal("/bodies/0/voters/1", d.Location.JsonPointer);
        Assert.Equal("/bodies/0/voters/0", Assert.Single(d.RelatedLocations).JsonPointer);
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void A_treaty_party_listed_twice_is_reported_too()
    {
        var document = DesignJson.Parse($$"""
            { "format": 1, "id": "d", "name": "D", {{Members}},
              "treaties": [ { "id": "t", "name": "T", "parties": ["a", "b", "c", "b"] } ] }
            """);

        var d = Assert.Single(new DesignValidator().Validate(document).Diagnostics, x => x.Id == "NAPSM0106");

        Assert.Equal("treaty 't' (T) lists party 'b' 2 times; it counts once", d.Message);
        Assert.Equal("/treaties/0/parties/3", d.Location.JsonPointer);
    }

    [Fact]
    public void A_dangling_reference_to_a_100000_character_id_is_reported_without_an_n_by_m_matrix()
    {
        var member = new string('a', 100_000);
        var voter = new string('a', 99_999) + "b";
        var document = DesignJson.Parse($$"""
            { "format": 1, "id": "d", "name": "D", "members": [ { "id": "{{member}}", "name": "A" } ],
              "bodies": [ { "id": "council", "name": "Council", "voters": ["{{voter}}"], "rule": "simpleMajority" } ] }
            """);

        var report = new DesignValidator().Validate(document);

        Assert.Contains(report.Diagnostics, x => x.Id == "NAPSM0102");
    }

    [Theory]
    [InlineData("PT1H")]
    [InlineData("P1DT1M")]
    [InlineData("P-1Y")]
    public void Stake_horizons_must_be_date_periods_that_are_not_negative(string period)
    {
        var p = NodaTime.Text.PeriodPattern.Roundtrip.Parse(period).Value;

        Assert.Throws<ArgumentException>(() => StakeOptions.Default with { Near = p });
        Assert.Throws<ArgumentException>(() => StakeOptions.Default with { Medium = p });
    }

    [Theory]
    [InlineData("P8000Y")]
    [InlineData("P2147483647D")]
    [InlineData("P999999M")]
    public void A_stake_horizon_past_the_calendar_holds_every_later_date(string period)
    {
        var p = NodaTime.Text.PeriodPattern.Roundtrip.Parse(period).Value;
        var options = StakeOptions.Default with { Near = p, Medium = p };

        var (horizon, why) = StakeReport.HorizonOf(new LocalDate(2026, 1, 1), new LocalDate(9999, 12, 31), options);

        Assert.Equal(Horizon.Near, horizon);
        Assert.Null(why);
    }

    [Fact]
    public void A_stake_report_with_a_horizon_past_the_calendar_is_written_without_throwing()
    {
        var document = DesignJson.Parse("""
            { "format": 1, "id": "d", "name": "D", "asOf": "2026-01-01", "members": [ { "id": "a", "name": "A" } ],
              "phases": [ { "id": "p", "name": "P", "commitments": [ { "id": "c", "by": ["a"], "action": "act", "due": "2027-01-01" } ] } ] }
            """);
        var options = StakeOptions.Default with { Near = Period.FromYears(8000), Medium = Period.FromYears(9000) };

        var text = StakeReport.For("a", new[] { document }, options).Format(AnalysisFormat.Markdown);

        Assert.Contains("Near (to the end of the calendar): 1", text, StringComparison.Ordinal);
    }

    private static string RepeatedClauseDesign(int copies, int voters = 10)
    {
        var ids = Enumerable.Range(0, voters).Select(i => $"\"m{i}\"").ToArray();
        var members = string.Join(", ", Enumerable.Range(0, voters).Select(i => $"{{ \"id\": \"m{i}\", \"name\": \"M{i}\" }}"));
        var clause = "{ \"atLeast\": 2, \"of\": [\"m0\", \"m1\", \"m2\"] }";
        return $$"""
            { "format": 1, "id": "rep", "name": "Rep", "members": [ {{members}} ],
              "bodies": [ { "id": "b", "name": "B", "voters": [{{string.Join(", ", ids)}}],
                "rule": { "all": [ {{string.Join(", ", Enumerable.Repeat(clause, copies))}} ] } } ] }
            """;
    }

    [Fact]
    public void The_same_clause_20000_times_is_checked_in_bounded_memory_and_reported_once()
    {
        // Before: 20,000 NAPSM0305 diagnostics, each quoting the 600 KB rule (past 20 GB), and 20,000 rebuilds of the rule.
        var document = DesignJson.Parse(RepeatedClauseDesign(20_000));
        long before = GC.GetAllocatedBytesForCurrentThread();

        var report = new DesignValidator().Validate(document);

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var redundant = Assert.Single(report.Diagnostics, d => d.Id == "NAPSM0305");
        Assert.Equal("/bodies/0/rule/all/0", redundant.Location.JsonPointer);
        Assert.Contains("(one of 20,000 identical clauses)", redundant.Message, StringComparison.Ordinal);
        Assert.Equal(10, redundant.RelatedLocations.Count);
        Assert.Equal("/bodies/0/rule/all/1", redundant.RelatedLocations[0].JsonPointer);
        Assert.All(report.Diagnostics, d => Assert.True(d.Message.Length < 1_000, d.Message[..Math.Min(200, d.Message.Length)]));
        Assert.True(allocated < 1_500_000_000L, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Each_copy_of_a_repeated_clause_never_changes_the_outcome_and_a_distinct_clause_still_counts()
    {
        var game = Napsm.Core.Voting.VotingGame.Create(
            Napsm.Core.Model.Rule.All(Napsm.Core.Model.Rule.AtLeast(2, "m0", "m1", "m2"), Napsm.Core.Model.Rule.AtLeast(2, "m0", "m1", "m2"), Napsm.Core.Model.Rule.AtLeast(3)),
            ["m0", "m1", "m2", "m3", "m4"]);

        var clauses = game.Analyze().Clauses;

        Assert.Equal(["/all/0", "/all/1", "/all/2"], clauses.Select(c => c.At));
        Assert.True(clauses[0].IsRedundant);
        Assert.True(clauses[1].IsRedundant);
        Assert.False(clauses[2].IsRedundant);
    }

    [Fact]
    public void A_long_rule_is_quoted_in_messages_up_to_300_characters()
    {
        var document = DesignJson.Parse(RepeatedClauseDesign(200));
        var rule = document.Design.Bodies[0].Rule;
        var report = new DesignValidator().Validate(document);

        var quoted = Napsm.Core.Validation.Pointers.QuoteRule(rule);
        Assert.True(rule.ToString().Length > 300);
        Assert.Equal(300 + 2, quoted.Length);
        Assert.StartsWith("'" + rule.ToString()[..299], quoted, StringComparison.Ordinal);
        Assert.EndsWith("…'", quoted, StringComparison.Ordinal);
        var dummy = report.Diagnostics.First(d => d.Id == "NAPSM0304");
        Assert.EndsWith(quoted, dummy.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Simple_majority_over_5000_voters_is_answered_from_its_classes_in_bounded_memory()
    {
        // Before: 4.3 GB although the table limit was 1.5 GB.
        var voters = Enumerable.Range(0, 5_000).Select(i => "m" + i).ToArray();
        var game = Napsm.Core.Voting.VotingGame.Create(Napsm.Core.Model.Rule.SimpleMajority, voters);
        long before = GC.GetAllocatedBytesForCurrentThread();

        var analysis = game.Analyze(new Napsm.Core.Voting.AnalysisOptions { MemoryLimit = 500_000_000 });

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Empty(analysis.NotComputed);
        Assert.All(analysis.Members, m => Assert.Equal(new Rational(1, 5_000), m.ShapleyShubik));
        Assert.True(allocated < 1_500_000_000L, $"allocated {allocated:N0} bytes");
    }
}
