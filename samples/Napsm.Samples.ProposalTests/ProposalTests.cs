using Napsm.Core.Analysis;
using Napsm.Core.Serialization;
using Napsm.Core.Testing;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Samples.ProposalTests;

/// <summary>
/// The checks a team proposing NAPSM alternative C (a treaty-based organisation) would keep in its test suite, so that every
/// edit to the design file is held to what the proposal promises. Failures print the diagnostics as 'napsm check' does.
/// </summary>
public sealed class TreatyOrganisationProposal
{
    private static readonly DesignDocument Proposal = Load("napsm-c-treaty-organisation.json");

    internal static DesignDocument Load(string name) => DesignJson.Load(Path.Combine(AppContext.BaseDirectory, "designs", name));

    [Fact]
    public void The_proposal_has_no_error() => DesignAssert.IsValid(Proposal);

    /// <summary>
    /// The warnings the team has accepted, with the reason: the Korean clause makes the council unequal on purpose (NAPSM0602),
    /// and a proposal's treaties are not ratified yet (NAPSM0503). Any other warning fails the build.
    /// </summary>
    private static readonly HashSet<string> Accepted = ["NAPSM0602", "NAPSM0503"];

    [Fact]
    public void The_only_warnings_are_the_accepted_ones()
    {
        var report = new DesignValidator().Validate(Proposal);
        var warnings = report.Diagnostics.Where(d => d.Severity >= Severity.Warning && !Accepted.Contains(d.Id)).Select(d => d.ToString());
        Assert.Empty(warnings);
    }

    [Fact]
    public void The_four_outside_powers_cannot_decide_over_the_heads_of_both_Koreas()
    {
        var council = Proposal.Design.FindBody("council")!;
        var game = VotingGame.ForBody(Proposal.Design, council);
        Assert.False(game.IsWinning(["cn", "jp", "ru", "us"]));
        Assert.True(game.IsWinning(["cn", "jp", "kr", "us"]));
    }

    [Fact]
    public void The_council_cannot_pass_two_contradictory_decisions()
    {
        var analysis = VotingGame.ForBody(Proposal.Design, Proposal.Design.FindBody("council")!).Analyze();
        Assert.True(analysis.IsProper);
    }

    [Fact]
    public void Every_member_keeps_a_veto_on_the_military_track() =>
        Assert.All(Proposal.Design.Members, m => DesignAssert.HoldsVeto(Proposal.Design, "military-working-group", m.Id));

    [Fact]
    public void Nobody_is_a_dummy_in_the_council()
    {
        var analysis = VotingGame.ForBody(Proposal.Design, Proposal.Design.FindBody("council")!).Analyze();
        Assert.Empty(analysis.DummyPlayers);
    }

    [Fact]
    public void The_founding_treaty_can_still_enter_into_force() =>
        DesignAssert.CanEnterIntoForce(Proposal.Design, "napsm-treaty", new LocalDate(2008, 12, 31));

    [Fact]
    public void The_founding_treaty_waits_for_the_Korean_peace_treaty()
    {
        var status = TreatyStatus.Of(Proposal.Design, Proposal.Design.FindTreaty("napsm-treaty")!, new LocalDate(2008, 12, 31));
        Assert.Contains("treaty:korean-peace-treaty", status.UnmetRequirements);
    }
}

/// <summary>Checks across the alternatives: what the proposal changes for each party compared with the six-party process.</summary>
public sealed class ComparedWithTheSixPartyProcess
{
    private static readonly DesignDocument[] Designs =
    [
        TreatyOrganisationProposal.Load("six-party-phase3.json"),
        TreatyOrganisationProposal.Load("napsm-a-evolved-six-party.json"),
        TreatyOrganisationProposal.Load("napsm-b-osce-like.json"),
        TreatyOrganisationProposal.Load("napsm-c-treaty-organisation.json"),
    ];

    [Theory]
    [InlineData("us")]
    [InlineData("kp")]
    [InlineData("cn")]
    public void No_party_of_the_talks_loses_its_seat_in_any_alternative(string member)
    {
        var stake = StakeReport.For(member, Designs);
        Assert.All(stake.Designs, d => Assert.True(d.IsMember, $"{member} is not a member of {d.Design}"));
        Assert.All(stake.Designs.Skip(1), d => Assert.Contains(d.Bodies, b => b.IsVoter));
    }

    [Fact]
    public void The_treaty_organisation_gives_up_consensus_in_the_council_but_keeps_it_on_the_tracks()
    {
        var stake = StakeReport.For("us", Designs).Designs.Single(d => d.Design == "napsm-c-treaty-organisation");
        Assert.False(stake.Bodies.Single(b => b.Body == "council").IsVeto);
        Assert.True(stake.Bodies.Single(b => b.Body == "economic-working-group").IsVeto);
    }

    [Fact]
    public void Every_alternative_keeps_dismantlement_for_economic_cooperation()
    {
        foreach (var d in Designs.Skip(1))
        {
            var stake = StakeReport.For("kp", [d]).Designs[0];
            var dismantle = stake.Commitments.Single(c => c.Id == "kp-dismantle");
            Assert.Equal(CommitmentSide.Gives, dismantle.Side);
            Assert.Contains(stake.Commitments, c => c.Id == "economic-energy-cooperation" && c.Side == CommitmentSide.Receives);
        }
    }
}
