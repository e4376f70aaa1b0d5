using Napsm.Core.Model;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Validation;

/// <summary>
/// NAPSM03xx at their edges: bodies of exactly 64 voters, thresholds met exactly, dictators in two-member bodies, the wording of
/// problems by clause kind. Written from the survivors of mutation testing (docs/mutation-testing.md).
/// </summary>
public class VotingRuleEdgeTests
{
    private static List<Diagnostic> Diagnostics(Design design, string id, ValidationOptions? options = null) =>
        [.. new DesignValidator(options).Validate(design).Diagnostics.Where(d => d.Id == id)];

    private static DesignBuilder Members(int n, out string[] ids)
    {
        var list = Enumerable.Range(0, n).Select(i => "m" + i).ToArray();
        ids = list;
        var b = Design.Create("d", "D");
        foreach (var id in list) b = b.Member(id, id.ToUpperInvariant());
        return b;
    }

    [Theory]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    public void A_body_whose_voter_count_is_at_a_word_boundary_passes_a_decision_when_everyone_agrees(int n)
    {
        var design = Members(n, out var ids).Body("x", "X", o => o.Voters(ids).Rule(Rule.Unanimity)).Build();

        var report = new DesignValidator().Validate(design);

        Assert.DoesNotContain(report.Diagnostics, d => d.Id is "NAPSM0301" or "NAPSM0302");
        Assert.True(report.IsValid);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(65)]
    public void A_treaty_whose_party_count_is_at_a_word_boundary_can_enter_into_force(int n)
    {
        var design = Members(n, out var ids)
            .Treaty(new Treaty("t", "T", ids) { EntryIntoForce = new EntryIntoForce(Rule.Unanimity) }).Build();

        Assert.Empty(Diagnostics(design, "NAPSM0502"));
    }

    private static Design VetoAndTwo() => Members(3, out var ids)
        .Body("x", "X", o => o.Voters(ids).Rule(Rule.All(Rule.AtLeast(Threshold.Count(2)), Rule.Veto("m0")))).Build();

    [Fact]
    public void A_clause_is_reported_as_rarely_mattering_when_its_share_of_coalitions_equals_the_limit()
    {
        // Each clause changes the outcome for exactly one of the 8 coalitions: {m1, m2} without the veto, {m0} without the count.
        var at = new ValidationOptions { TinyClauseShare = new Rational(1, 8) };
        var below = new ValidationOptions { TinyClauseShare = new Rational(1, 9) };

        Assert.Equal(["/bodies/0/rule/all/0", "/bodies/0/rule/all/1"], Diagnostics(VetoAndTwo(), "NAPSM0306", at).Select(d => d.Location.JsonPointer));
        Assert.EndsWith("changes the outcome for only 1 of 8 coalitions", Diagnostics(VetoAndTwo(), "NAPSM0306", at)[0].Message, StringComparison.Ordinal);
        Assert.Empty(Diagnostics(VetoAndTwo(), "NAPSM0306", below));
    }

    [Fact]
    public void A_dictator_in_a_body_of_two_is_reported_at_its_voter_entry()
    {
        var design = Members(2, out _)
            .Body("x", "X", o => o.Voters("m1", "m0").Rule(Rule.Weighted(new Dictionary<string, Rational> { ["m0"] = 2, ["m1"] = 1 }, Threshold.Count(2)))).Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0313"));
        Assert.Equal("/bodies/0/voters/1", d.Location.JsonPointer);
        Assert.StartsWith("member 'm0' (M0) is a dictator in body 'x' (X)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_only_member_of_a_body_of_one_is_no_dictator_worth_reporting()
    {
        var design = Members(1, out var ids).Body("x", "X", o => o.Voters(ids).Rule(Rule.SimpleMajority)).Build();

        Assert.Empty(Diagnostics(design, "NAPSM0313"));
    }

    [Theory]
    [InlineData("veto", "the veto ")]
    [InlineData("weights", "the weighted rule ")]
    [InlineData("count", "the head count ")]
    public void A_non_voter_named_by_a_clause_is_reported_with_that_clause(string kind, string role)
    {
        DecisionRule clause = kind switch
        {
            "veto" => Rule.Veto("m0", "m3"),
            "weights" => Rule.Weighted(new Dictionary<string, Rational> { ["m0"] = 1, ["m1"] = 1, ["m2"] = 1, ["m3"] = 1 }, Threshold.Count(2)),
            _ => Rule.AtLeast(Threshold.Count(1), "m0", "m3"),
        };
        var design = Members(4, out _).Body("x", "X", o => o.Voters("m0", "m1", "m2").Rule(Rule.All(Rule.SimpleMajority, clause))).Build();

        var d = Assert.Single(Diagnostics(design, "NAPSM0307"));
        Assert.Equal($"{role}'{clause}' names member 'm3' (M3), who is not a voter of body 'x' (X)", d.Message);
        Assert.StartsWith("/bodies/0/rule/all/1/", d.Location.JsonPointer, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_too_large_to_analyse_says_once_what_was_skipped_and_why()
    {
        var design = Members(30, out var ids)
            .Body("x", "X", o => o.Voters(ids).Rule(Rule.All(Rule.SimpleMajority, Rule.AtLeast(Threshold.Count(3), "m0", "m1", "m2", "m3"))))
            .Build();
        var options = new ValidationOptions { Limits = new AnalysisLimits { MaxEnumeratedVoters = 5, MaxWork = 0 } };

        var d = Assert.Single(Diagnostics(design, "NAPSM0312", options));

        Assert.Equal(
            "the power analysis, the proper and strong test, the clause analysis was not computed for body 'x' (X): too large "
            + "(a decision diagram above 0 nodes)",
            d.Message);
    }

    private static Design Weighted() => Members(3, out var ids)
        .Body("x", "X", o => o.Voters(ids).Rule(Rule.Weighted(new Dictionary<string, Rational> { ["m0"] = 2, ["m1"] = 1, ["m2"] = 1 }, Threshold.Count(3)))).Build();

    [Fact]
    public void Power_out_of_proportion_is_reported_only_beyond_the_margin()
    {
        // Banzhaf 3/5, 1/5, 1/5 against weights 1/2, 1/4, 1/4: gaps of exactly 1/10 and 1/20.
        Assert.Empty(Diagnostics(Weighted(), "NAPSM0314", new ValidationOptions { PowerMargin = new Rational(1, 10) }));

        var found = Diagnostics(Weighted(), "NAPSM0314", new ValidationOptions { PowerMargin = new Rational(1, 20) });
        var d = Assert.Single(found);
        Assert.Equal("/bodies/0/voters/0", d.Location.JsonPointer);
        Assert.Equal("member 'm0' (M0) has 3/5 (60.0%) of the Banzhaf power but 1/2 (50.0%) of the weight in body 'x' (X)", d.Message);

        var below = Diagnostics(Weighted(), "NAPSM0314", new ValidationOptions { PowerMargin = new Rational(1, 21) });
        Assert.Equal(["/bodies/0/voters/0", "/bodies/0/voters/1", "/bodies/0/voters/2"], below.Select(x => x.Location.JsonPointer));
    }
}
