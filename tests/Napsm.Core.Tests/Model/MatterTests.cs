using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Model;

/// <summary>Matters, quorum, base and abstentionBlocks (#15): model, builder, file format and the binary game of a matter.</summary>
public class MatterTests
{
    private static readonly string[] Permanent = ["cn", "fr", "ru", "uk", "us"];
    private static readonly string[] Council = [.. Permanent, .. Enumerable.Range(1, 10).Select(i => $"e{i}")];

    private static string File(string bodyFields) => $$"""
        {
          "format": 1,
          "id": "m",
          "name": "M",
          "bodies": [
            {
              "id": "council",
              "name": "Council",
              "voters": [ {{string.Join(", ", Council.Select(v => "\"" + v + "\""))}} ],
              {{bodyFields}}
            }
          ]
        }
        """;

    private const string Unsc = """
        "decisions": [
                { "matter": "procedural", "rule": { "atLeast": 9 } },
                { "matter": "substantive", "rule": { "all": [ { "atLeast": 9 }, { "veto": ["cn", "fr", "ru", "uk", "us"], "abstentionBlocks": false } ] } }
              ]
        """;

    [Fact]
    public void A_body_with_only_matters_has_them_in_order_and_its_rule_is_the_first()
    {
        var body = DesignJson.Parse(File(Unsc)).Design.Bodies[0];
        Assert.Equal(["procedural", "substantive"], body.Decisions.Select(d => d.Matter));
        Assert.Equal(body.Decisions[0].Rule, body.Rule);
        Assert.Equal("atLeast 9", body.Rule.ToString());
        Assert.False(body.Decisions[1].Rule is AllRule { Clauses: [_, VetoRule { AbstentionBlocks: true }] });
        Assert.Equal("substantive", body.FindDecision("substantive")?.Matter);
        Assert.Null(body.FindDecision("default"));
    }

    [Fact]
    public void Rule_and_matters_together_put_the_default_first()
    {
        var body = DesignJson.Parse(File("""
            "rule": "consensus",
                  "decisions": [ { "matter": "budget", "rule": { "atLeast": "2/3", "base": "presentAndVoting" }, "quorum": { "moreThan": "1/2" } } ]
            """)).Design.Bodies[0];
        Assert.Equal([Decision.DefaultMatter, "budget"], body.Decisions.Select(d => d.Matter));
        Assert.Equal(Rule.Consensus, body.Rule);
        var budget = body.Decisions[1];
        Assert.Equal(VoteBase.PresentAndVoting, ((HeadCountRule)budget.Rule).Base);
        Assert.Equal("moreThan 1/2", budget.Quorum?.ToString());
    }

    [Theory]
    [InlineData(Unsc)]
    [InlineData("""
        "rule": { "moreThan": "1/2", "base": "presentAndVoting", "quorum": { "atLeast": "2/3" } },
              "decisions": [ { "matter": "budget", "rule": { "weighted": { "by": "votes", "atLeast": "2/3", "base": "present", "quorum": { "atLeast": 3 } } }, "source": "statute" } ]
        """)]
    public void Files_with_the_new_constructs_survive_a_round_trip(string fields)
    {
        var design = DesignJson.Parse(File(fields)).Design;
        var again = DesignJson.Parse(DesignJson.Serialize(design)).Design;
        Assert.Equal(design, again);
        Assert.Equal(DesignJson.Serialize(design), DesignJson.Serialize(again));
    }

    [Fact]
    public void Default_options_are_left_out_when_saving_so_old_files_keep_their_bytes()
    {
        var design = DesignJson.Parse(File("""
            "rule": { "all": [ { "atLeast": 9, "base": "members" }, { "veto": ["cn"], "abstentionBlocks": true } ] }
            """)).Design;
        var saved = DesignJson.Serialize(design);
        Assert.DoesNotContain("base", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("abstentionBlocks", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("decisions", saved, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""
        "decisions": [ { "matter": "default", "rule": "consensus" } ]
        """, "/bodies/0/decisions/0/matter", "matter \"default\" is the body's \"rule\"")]
    [InlineData("""
        "mandate": []
        """, "/bodies/0", "missing required property \"rule\" of a body")]
    [InlineData("""
        "rule": { "atLeast": 9, "quorum": { "atLeast": 8, "base": "present" } }
        """, "/bodies/0/rule/quorum/base", "\"base\" has no meaning in a quorum")]
    [InlineData("""
        "rule": { "atLeast": 9, "base": "voting" }
        """, "/bodies/0/rule/base", "base \"voting\" is not known")]
    [InlineData("""
        "rule": { "veto": ["cn"], "abstentionBlocks": "no" }
        """, "/bodies/0/rule/abstentionBlocks", "expected \"abstentionBlocks\" to be true or false")]
    [InlineData("""
        "rule": { "veto": ["cn"], "base": "present" }
        """, "/bodies/0/rule/base", "\"base\" is not an option of a \"veto\" rule; the only option is \"abstentionBlocks\"")]
    public void Malformed_matters_and_options_are_load_errors_at_their_place(string fields, string at, string reason)
    {
        var e = Assert.Throws<DesignLoadException>(() => DesignJson.Parse(File(fields)));
        Assert.Equal(at, e.JsonPointer);
        Assert.StartsWith(reason, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_builder_adds_matters_beside_or_instead_of_the_rule()
    {
        var design = Design.Create("d", "D").Member("a", "A").Member("b", "B").Member("c", "C")
            .Body("only", "Only matters", b => b.Decision("procedural", Rule.SimpleMajority).Decision("substantive", Rule.Unanimity, quorum: Rule.AtLeast(2)))
            .Body("both", "Both", b => b.Decision("budget", Rule.Unanimity).Rule(Rule.VetoByVotingNo("a")))
            .Build();
        Assert.Equal(["procedural", "substantive"], design.Bodies[0].Decisions.Select(d => d.Matter));
        Assert.Equal(Rule.AtLeast(2), design.Bodies[0].Decisions[1].Quorum);
        Assert.Equal([Decision.DefaultMatter, "budget"], design.Bodies[1].Decisions.Select(d => d.Matter));
        Assert.False(((VetoRule)design.Bodies[1].Rule).AbstentionBlocks);
    }

    [Fact]
    public void A_body_needs_a_rule_for_at_least_one_matter()
    {
        var body = new Body("b", "B", ["a"], Rule.Unanimity);
        Assert.Throws<ArgumentException>(() => body with { Decisions = [] });
    }

    [Fact]
    public void Setting_the_rule_sets_the_default_matter_and_keeps_the_others()
    {
        var body = new Body("b", "B", ["a", "b"], Rule.Unanimity) { Decisions = [new Decision("x", Rule.SimpleMajority)] };
        var withDefault = body with { Rule = Rule.Consensus };
        Assert.Equal([Decision.DefaultMatter, "x"], withDefault.Decisions.Select(d => d.Matter));
        Assert.Equal([Decision.DefaultMatter, "x"], (withDefault with { Rule = Rule.Unanimity }).Decisions.Select(d => d.Matter));
    }

    [Fact]
    public void The_binary_game_counts_everyone_present_so_a_base_changes_nothing()
    {
        var members = VotingGame.Create(Rule.MoreThan(Threshold.Fraction(new Rational(1, 2))), Council).Analyze();
        var voting = VotingGame.Create(Rule.MoreThan(Threshold.Fraction(new Rational(1, 2)), VoteBase.PresentAndVoting), Council).Analyze();
        Assert.Equal(members.WinningCoalitions, voting.WinningCoalitions);
        Assert.Equal(members.Members.Select(m => m.Banzhaf), voting.Members.Select(m => m.Banzhaf));
    }

    [Fact]
    public void A_quorum_the_voters_cannot_meet_makes_the_matter_never_pass_and_one_they_can_meet_changes_nothing()
    {
        var design = DesignJson.Parse(File("""
            "rule": "simpleMajority",
                  "decisions": [ { "matter": "never", "rule": "simpleMajority", "quorum": { "atLeast": 16 } },
                                 { "matter": "met", "rule": "simpleMajority", "quorum": { "atLeast": "2/3" } } ]
            """)).Design;
        var body = design.Bodies[0];
        var never = VotingGame.ForDecision(design, body, body.Decisions[1]);
        var met = VotingGame.ForDecision(design, body, body.Decisions[2]);
        Assert.False(never.IsWinning(Council));
        Assert.Equal(VotingGame.ForBody(design, body).Analyze().WinningCoalitions, met.Analyze().WinningCoalitions);
        var ruleQuorum = VotingGame.Create(new HeadCountRule(Comparison.AtLeast, Threshold.Count(9)) { Quorum = Rule.AtLeast(16) }, Council);
        Assert.False(ruleQuorum.IsWinning(Council));
    }

    [Fact]
    public void The_abstention_practice_is_the_same_binary_game_as_the_veto()
    {
        var practice = VotingGame.Create(Rule.All(Rule.AtLeast(9), Rule.VetoByVotingNo(Permanent)), Council).Analyze();
        var veto = VotingGame.Create(Rule.All(Rule.AtLeast(9), Rule.Veto(Permanent)), Council).Analyze();
        Assert.Equal(veto.WinningCoalitions, practice.WinningCoalitions);
        Assert.Equal(848, (int)practice.WinningCoalitions!.Value);
    }
}
