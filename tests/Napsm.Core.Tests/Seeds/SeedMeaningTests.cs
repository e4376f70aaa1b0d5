using System.Numerics;
using Napsm.Core.Model;
using Napsm.Core.Scheduling;
using Napsm.Core.Treaties;
using Napsm.Core.Voting;
using NodaTime;
using static Napsm.Core.Tests.Seeds.SeedFacts;

namespace Napsm.Core.Tests.Seeds;

/// <summary>
/// The seeds checked by meaning: each test states, in its own words, facts a reader can check against the seed's sources, and asks
/// the library to compute them from the seed. A seed with a wrong weight, member, threshold or date fails a test that says which fact
/// it broke (the golden files only say that the diagnostics changed).
/// </summary>
public sealed class SeedMeaningTests
{
    private static readonly string[] P5 = ["cn", "fr", "ru", "uk", "us"];

    // --- Comparators -------------------------------------------------------------------------------------------------------------

    [Fact]
    [Seed("unsc")]
    public void Security_council_substantive_rule_has_848_winning_coalitions_and_the_five_permanent_members_as_vetoes()
    {
        // Art. 27(3): nine votes including the concurring votes of the five permanent members. With all five in, four of the ten
        // elected members are needed: C(10,4) + … + C(10,10) = 848 coalitions.
        var a = Analyze("unsc", "council-substantive", PowerIndices.ShapleyShubik);
        Assert.True(a.WinningCoalitions == 848, $"Art. 27(3) gives 848 winning coalitions; the seed gives {a.WinningCoalitions}");
        Assert.True(a.VetoPlayers.SequenceEqual(P5), "the five permanent members, and only they, can each block: " + string.Join(", ", a.VetoPlayers));
        Assert.Equal(new Rational(421, 2145), Power(a, "us").ShapleyShubik);
        Assert.Equal(new Rational(4, 2145), Power(a, "elected-01").ShapleyShubik);
    }

    [Fact]
    [Seed("unsc")]
    public void Security_council_procedural_rule_is_any_nine_members_so_the_ten_elected_members_can_pass_it_alone()
    {
        // Art. 27(2): procedural matters by an affirmative vote of nine members, with no veto.
        var procedural = Game("unsc", "council-procedural");
        var substantive = Game("unsc", "council-substantive");
        var elected = AllBut(procedural, P5).ToList();
        Assert.Equal(10, elected.Count);
        Assert.True(procedural.IsWinning(elected), "ten elected members carry a procedural vote");
        Assert.False(procedural.IsWinning(elected.Take(8)), "eight votes are one short of the nine of Art. 27(2)");
        Assert.False(substantive.IsWinning(elected), "on substance the ten elected members cannot decide without the permanent five");
        Assert.Empty(Analyze("unsc", "council-procedural").VetoPlayers);
    }

    [Fact]
    [Seed("unsc-by-matter")]
    public void Security_council_by_matter_gives_the_five_a_veto_on_substance_but_not_on_procedure()
    {
        // Art. 27(3): nine votes including the permanent members' concurrence; with every member voting yes or no, 848 winning
        // coalitions and the five as veto players, as in unsc.json.
        var substantive = MatterGame("unsc-by-matter", "council", "substantive");
        var a = substantive.Analyze(new AnalysisOptions { Indices = PowerIndices.ShapleyShubik, ClauseEffects = false });
        Assert.True(a.WinningCoalitions == 848, $"Art. 27(3) gives 848 winning coalitions; the seed gives {a.WinningCoalitions}");
        Assert.True(a.VetoPlayers.SequenceEqual(P5), "the five permanent members, and only they, block a substantive decision: " + string.Join(", ", a.VetoPlayers));
        Assert.Equal(new Rational(421, 2145), Power(a, "cn").ShapleyShubik);

        // Art. 27(2): any nine members carry a procedural decision; nobody can block it alone.
        var procedural = MatterGame("unsc-by-matter", "council", "procedural");
        var elected = AllBut(procedural, P5).ToList();
        Assert.True(procedural.IsWinning(elected), "the ten elected members carry a procedural vote without the five");
        Assert.False(procedural.IsWinning(elected.Take(8)), "eight votes are one short of nine");
        Assert.False(substantive.IsWinning(elected), "on substance the ten elected members cannot decide without the five");
        Assert.Empty(LoneBlockers(procedural));
    }

    [Fact]
    [Seed("unsc-by-matter")]
    public void Security_council_by_matter_lets_a_permanent_member_abstain_without_blocking()
    {
        // The practice the Court recorded in the Namibia opinion (1971, para. 22): a permanent member blocks only by voting no.
        var body = Body("unsc-by-matter", "council");
        var rule = body.FindDecision("substantive")!.Rule;
        var veto = Assert.IsType<VetoRule>(Assert.IsType<AllRule>(rule).Clauses.Single(c => c is VetoRule));
        Assert.True(veto.Holders.SequenceEqual(P5), "the veto belongs to the five permanent members: " + string.Join(", ", veto.Holders));
        Assert.False(veto.AbstentionBlocks, "an abstaining permanent member does not block a substantive decision");
        var count = Assert.IsType<HeadCountRule>(Assert.IsType<AllRule>(rule).Clauses.Single(c => c is not VetoRule));
        Assert.Equal(VoteBase.Members, count.Base);

        // unsc.json keeps the strict reading (every permanent member must vote yes); with everyone voting yes or no it is the same game.
        var strict = Assert.IsType<VetoRule>(Assert.IsType<AllRule>(Body("unsc", "council-substantive").Rule).Clauses.Single(c => c is VetoRule));
        Assert.True(strict.AbstentionBlocks);
        var strictGame = Game("unsc", "council-substantive");
        var practice = MatterGame("unsc-by-matter", "council", "substantive");
        foreach (var coalition in new[] { AllBut(practice, "cn").ToList(), P5.Concat(practice.Voters.Skip(5).Take(4)).ToList(), P5.ToList() })
        {
            Assert.Equal(strictGame.IsWinning(coalition), practice.IsWinning(coalition));
        }
    }

    [Fact]
    [Seed("unsc-by-matter")]
    public void Security_council_by_matter_in_the_ternary_game_keeps_the_veto_of_a_no_vote_and_lets_abstention_pass()
    {
        // With abstention a third option (#15), 146,796 of the 3^15 profiles pass; a permanent member blocks by voting no, never by abstaining.
        var t = MatterGame("unsc-by-matter", "council", "substantive").AnalyzeTernary();
        Assert.True(t.WinningProfiles == 146796, $"nine yes and no permanent no pass 146,796 profiles; the seed gives {t.WinningProfiles}");
        Assert.True(t.VetoPlayers.SequenceEqual(P5), "the five block by voting no: " + string.Join(", ", t.VetoPlayers));
        Assert.All(t.Members, m => Assert.False(m.BlocksByAbstaining));
        Assert.Equal(new Rational(26557607, 1450833930), t.Members.Single(m => m.Id == "elected-01").ShapleyShubik);
    }

    [Fact]
    [Seed("iaea-board")]
    public void Iaea_board_in_the_ternary_game_lets_abstentions_shrink_the_majority_and_nobody_blocks_alone()
    {
        var game = Game("iaea-board", "board-of-governors");
        var votes = game.Voters.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i switch { < 10 => Vote.Yes, < 19 => Vote.No, _ => Vote.Abstain });
        Assert.True(game.Passes(votes), "10 yes against 9 no, 16 abstaining, pass: a majority of those present and voting");
        var t = game.AnalyzeTernary();
        Assert.Empty(t.NotComputed);
        Assert.Empty(t.VetoPlayers);
        Assert.All(t.Members, m => Assert.Equal(new Rational(1, 35), m.ShapleyShubik));
    }

    [Fact]
    [Seed("eec-1958")]
    public void Eec_1958_qualified_majority_leaves_luxembourg_a_dummy_unless_four_members_are_required()
    {
        // Art. 148(2): weights 4-4-4-2-2-1, 12 of 17 votes. Every total of 11 needs Luxembourg's 1 and is not reachable otherwise.
        var proposal = Analyze("eec-1958", "council-qmv-commission-proposal", PowerIndices.ShapleyShubik);
        Assert.True(proposal.DummyPlayers.SequenceEqual(["lu"]), "Luxembourg, and only Luxembourg, never changes an outcome: " + string.Join(", ", proposal.DummyPlayers));
        Assert.Equal(new Rational(7, 30), Power(proposal, "fr").ShapleyShubik);
        Assert.Equal(new Rational(3, 20), Power(proposal, "be").ShapleyShubik);

        // "12 votes cast by at least four members" gives Luxembourg real power.
        var other = Analyze("eec-1958", "council-qmv-other", PowerIndices.ShapleyShubik);
        Assert.Empty(other.DummyPlayers);
        Assert.Equal(new Rational(1, 60), Power(other, "lu").ShapleyShubik);
    }

    [Fact]
    [Seed("kedo-1997-board")]
    public void Kedo_board_by_majority_vote_needs_three_of_its_four_members_and_nobody_can_block_alone()
    {
        // 1997 Protocol: consensus, else a majority vote of the four members of the Board (the US, the ROK, Japan, EURATOM).
        var game = Game("kedo-1997-board", "executive-board");
        Assert.Equal(["us", "kr", "jp", "euratom"], game.Voters);
        Assert.True(game.IsWinning(["kr", "jp", "euratom"]), "three of four are a majority");
        Assert.False(game.IsWinning(["us", "kr"]), "two of four are not a majority");
        Assert.Empty(Analyze("kedo-1997-board", "executive-board").VetoPlayers);
    }

    [Fact]
    [Seed("kedo-1997-side-agreement")]
    public void Kedo_side_agreement_gives_each_original_member_a_veto_and_makes_euratom_a_dummy()
    {
        // Agreement on Cooperation among the Original Members (19 Sep 1997): no draft decision without the consensus of the three.
        var a = Analyze("kedo-1997-side-agreement", "executive-board", clauses: true);
        Assert.True(a.VetoPlayers.SequenceEqual(["us", "kr", "jp"]), "each original member can block: " + string.Join(", ", a.VetoPlayers));
        Assert.True(a.DummyPlayers.SequenceEqual(["euratom"]), "with the three in accord, the majority is already there: EURATOM never decides");
        var majority = a.Clauses.Single(c => c.At == "/all/0");
        Assert.True(majority.IsRedundant, "the formal majority clause never changes an outcome once the three must agree");
    }

    [Fact]
    [Seed("korean-armistice-1953")]
    public void Korean_armistice_commissions_are_the_two_sides_and_the_four_neutral_nations_reporting_to_the_mac()
    {
        // Armistice ¶¶20, 37, 41: the MAC of the UNC and the KPA/CPV; the NNSC of Sweden, Switzerland (nominated by the UNC), Poland,
        // Czechoslovakia (nominated by the KPA/CPV), reporting to the MAC; ¶61: amendments mutually agreed by the Commanders.
        var mac = Body("korean-armistice-1953", "mac");
        Assert.Equal(["unc", "kpa", "cpv"], mac.Voters);
        var nnsc = Body("korean-armistice-1953", "nnsc");
        Assert.Equal(["ch", "cs", "pl", "se"], nnsc.Voters.Order(StringComparer.Ordinal));
        Assert.Equal("mac", nnsc.ReportsTo);
        var commanders = Analyze("korean-armistice-1953", "commanders");
        Assert.True(commanders.VetoPlayers.Count == 3, "no amendment without every Commander: " + string.Join(", ", commanders.VetoPlayers));
    }

    [Fact]
    [Seed("asean")]
    public void Asean_charter_entered_into_force_thirty_days_after_the_tenth_deposit_and_the_summit_decides_by_consensus()
    {
        // Art. 47(4): in force on the thirtieth day after the tenth instrument; Thailand deposited the tenth on 15 Nov 2008.
        var status = Treaty("asean", "asean-charter", new LocalDate(2009, 1, 1));
        Assert.Equal(TreatyState.InForce, status.State);
        Assert.Equal(new LocalDate(2008, 11, 15), status.ConditionMetOn);
        Assert.Equal(new LocalDate(2008, 12, 15), status.EnteredIntoForce);
        Assert.Equal(TreatyState.Open, Treaty("asean", "asean-charter", new LocalDate(2008, 11, 14)).State);

        // Art. 20(1): consensus; since 26 Oct 2025 Timor-Leste is the eleventh member and can block like any other.
        var summit = Analyze("asean", "asean-summit");
        Assert.Equal(11, summit.VoterCount);
        Assert.Contains("tl", summit.VetoPlayers);
        Assert.Equal(11, summit.VetoPlayers.Count);
    }

    [Fact]
    [Seed("arf")]
    public void Arf_has_27_participants_deciding_by_consensus_through_three_stages_in_order()
    {
        // Concept Paper 1995: confidence building, then preventive diplomacy, then approaches to conflicts; consensus throughout.
        var forum = Analyze("arf", "arf-ministerial");
        Assert.Equal(27, forum.VoterCount);
        Assert.True(forum.WinningCoalitions == 1, "consensus: only the whole forum decides");
        Assert.Equal(27, forum.VetoPlayers.Count);
        var order = PhaseGraph.FromDesign(Design("arf")).TopologicalOrder;
        Assert.Equal(["stage-1-confidence-building", "stage-2-preventive-diplomacy", "stage-3-conflict-resolution"], order);
    }

    [Fact]
    [Seed("sco")]
    public void Sco_decides_by_consensus_but_suspends_a_member_without_its_vote()
    {
        // Charter Art. 16: agreement without a vote; suspension or expulsion by consensus minus the vote of the member concerned.
        var council = Analyze("sco", "heads-of-state-council");
        Assert.Equal(10, council.VoterCount);
        Assert.Contains("by", council.VetoPlayers);
        var suspension = Analyze("sco", "suspension-expulsion");
        Assert.True(suspension.WinningCoalitions == 11, "all ten, or any nine: 1 + 10 coalitions");
        Assert.Empty(suspension.VetoPlayers);
    }

    [Fact]
    [Seed("nato-nac")]
    public void Nato_council_and_accession_need_every_one_of_the_32_allies()
    {
        // nato.int: consensus, no voting; Art. 10: accession by unanimous agreement. Sweden is the 32nd Ally (7 Mar 2024).
        foreach (var body in new[] { "north-atlantic-council", "accession" })
        {
            var a = Analyze("nato-nac", body);
            Assert.Equal(32, a.VoterCount);
            Assert.True(a.VetoPlayers.Count == 32, $"{body}: every Ally can block");
        }

        Assert.Contains("se", Game("nato-nac", "accession").Voters);
        Assert.Contains("fi", Game("nato-nac", "accession").Voters);
    }

    [Fact]
    [Seed("csto")]
    public void Csto_council_and_admission_need_every_one_of_the_six_but_a_member_taking_no_part_does_not_block()
    {
        // Charter of 7 Oct 2002, signed by Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan; Armenia still a member on
        // 23 Feb 2024 although it had "frozen" its participation (no formal step, the Kremlin said).
        var design = Design("csto");
        Assert.Equal(["am", "by", "kz", "kg", "ru", "tj"], design.Members.Select(m => m.Id));
        var council = Game("csto", "collective-security-council");
        Assert.True(council.VetoPlayers.Count == 6, "consensus: with everyone voting yes or no, each of the six can block");

        // Consensus, not unanimity: the Council decided in Minsk (Nov 2023) without Armenia. Absent, Armenia does not block; objecting, it does.
        var fiveYes = council.Voters.Where(v => v != "am").ToDictionary(v => v, _ => Vote.Yes);
        Assert.True(council.Passes(fiveYes), "the five present carry a decision while Armenia stays away");
        Assert.False(council.Passes(new Dictionary<string, Vote>(fiveYes) { ["am"] = Vote.No }), "Armenia blocks by objecting");

        // Admission (Art. 19) by the Council, so by consensus of all the members: any one of them, Armenia included, can keep a State out.
        var accession = Assert.IsType<AccessionProcedure>(design.Accession);
        var admit = VotingGame.Create(accession.Rule, design.Members.Select(m => m.Id));
        Assert.Equal(["am", "by", "kz", "kg", "ru", "tj"], admit.VetoPlayers);
        Assert.False(admit.PassesWithout(["am"]), "without Armenia's consent (voting no) no State is admitted");
    }

    [Fact]
    [Seed("osce")]
    public void Osce_consensus_minus_one_and_minus_two_let_one_or_two_states_be_overruled_and_the_moscow_mechanism_is_not_one_decision()
    {
        var minusOne = Analyze("osce", "consensus-minus-one");
        Assert.Equal(57, minusOne.VoterCount);
        Assert.True(minusOne.WinningCoalitions == 58, "Prague 1992: all 57, or all but the one State concerned");
        Assert.Empty(minusOne.VetoPlayers);
        var minusTwo = Analyze("osce", "directed-conciliation");
        Assert.True(minusTwo.WinningCoalitions == 1 + 57 + 57 * 56 / 2, "Stockholm 1992: all but the two disputing States at most");

        // Moscow Document ¶12: one State with nine others: two disjoint groups of ten can both invoke it.
        var moscow = Game("osce", "moscow-mechanism-rapporteurs");
        Assert.True(moscow.IsWinning(moscow.Voters.Take(10)) && moscow.IsWinning(moscow.Voters.Skip(10).Take(10)));
        Assert.False(moscow.IsWinning(moscow.Voters.Take(9)), "nine States are one short");
    }

    // --- The IMF -----------------------------------------------------------------------------------------------------------------

    [Fact]
    [Seed("imf-executive-board")]
    public void Imf_executive_board_has_24_directors_casting_5001244_votes_and_the_us_director_alone_blocks_85_percent()
    {
        var design = Design("imf-executive-board");
        Assert.Equal(24, design.Members.Count);
        var total = design.Members.Aggregate(Rational.Zero, (s, m) => s + m.Attributes["votes"].Value);
        Assert.True(total == (Rational)5_001_244, $"the Directors cast the published 5,001,244 eligible votes, not {total}");

        // 85% of the Fund's 5,039,930 votes is 4,283,940.5: the others' 4,169,843 fall short without the US Director.
        var g85 = Game("imf-executive-board", "executive-board-85");
        var blockers = g85.Voters.Where(v => !g85.IsWinning(AllBut(g85, v))).ToList();
        Assert.True(blockers.SequenceEqual(["ed-01"]), "only the US Director (ed-01) blocks an 85% decision alone: " + string.Join(", ", blockers));

        // 70% (3,527,951): the US, Japanese and Chinese Directors (1,447,353) cannot block; with the next constituency (275,252) they can.
        var g70 = Game("imf-executive-board", "executive-board-70");
        Assert.True(g70.IsWinning(AllBut(g70, "ed-01", "ed-02", "ed-03")), "the other 21 Directors cast 3,553,891 votes");
        Assert.False(g70.IsWinning(AllBut(g70, "ed-01", "ed-02", "ed-03", "ed-04")), "without ed-04 too they cast 3,278,639");
    }

    // The 24 totals of the IMF's table "IMF Executive Directors and Voting Power" (2 Oct 2022), in its order (ed-01 … ed-24).
    private static readonly long[] ImfPublishedSeatTotals =
    [
        831_401, 309_664, 306_288, 275_252, 267_803, 228_490, 218_467, 207_912, 203_010, 203_010, 190_484, 170_046,
        165_412, 162_296, 155_289, 154_524, 153_638, 145_259, 134_891, 127_998, 127_098, 101_385, 81_506, 80_121,
    ];

    [Fact]
    [Seed("imf-executive-board-constituencies")]
    public void Imf_board_over_constituencies_adds_each_constituencys_members_up_to_the_published_seat_total()
    {
        var design = Design("imf-executive-board-constituencies");
        var votes = design.Members.ToDictionary(m => m.Id, m => m.Attributes["votes"].Value);
        var board = Body("imf-executive-board-constituencies", "executive-board");
        Assert.Equal(Enumerable.Range(1, 24).Select(i => $"body:ed-{i:00}"), board.Voters);
        var weights = Assert.IsType<WeightedRule>(board.FindDecision("ordinary")!.Rule);
        for (var i = 0; i < 24; i++)
        {
            var id = $"ed-{i + 1:00}";
            var constituency = Body("imf-executive-board-constituencies", id);
            var total = constituency.Voters.Aggregate(Rational.Zero, (s, v) => s + votes[v]);
            Assert.True(total == (Rational)ImfPublishedSeatTotals[i], $"{id}: its members hold {total} votes, the IMF's table {ImfPublishedSeatTotals[i]}");
            Assert.True(weights.Weights!["body:" + id] == total, $"{id}: the Board weighs it by the sum of its members' votes");
        }

        // Every member but Venezuela is in exactly one constituency; the 189 cast the published 5,001,244 eligible votes.
        var cast = design.Bodies.Where(b => b.Id != "executive-board").SelectMany(b => b.Voters).ToList();
        Assert.Equal(189, cast.Count);
        Assert.Equal(189, cast.Distinct().Count());
        Assert.DoesNotContain("ve", cast);
        Assert.True(cast.Aggregate(Rational.Zero, (s, v) => s + votes[v]) == (Rational)5_001_244);
    }

    [Fact]
    [Seed("imf-executive-board-constituencies")]
    public void Imf_board_over_constituencies_expanded_to_members_leaves_the_united_states_alone_able_to_block_85_percent()
    {
        var design = Design("imf-executive-board-constituencies");
        var board = Body("imf-executive-board-constituencies", "executive-board");
        var g85 = VotingGame.Expand(design, board, board.FindDecision("eightyFivePercent"));
        Assert.Equal(189, g85.Count);
        Assert.True(LoneBlockers(g85).SequenceEqual(["us"]), "only the United States blocks an 85% decision alone: " + string.Join(", ", LoneBlockers(g85)));

        // 70%: with the US, Japan and China against, the rest (3,553,891 votes) still carry it; with the Netherlands too, the
        // Hilbers constituency (ed-04, 275,252) no longer carries its votes under the majority assumption and 70% fails.
        var g70 = VotingGame.Expand(design, board, board.FindDecision("seventyPercent"));
        Assert.Empty(LoneBlockers(g70));
        Assert.True(g70.IsWinning(AllBut(g70, "us", "jp", "cn")));
        Assert.False(g70.IsWinning(AllBut(g70, "us", "jp", "cn", "nl", "be")), "the Netherlands and Belgium hold 154,390 of ed-04's 275,252");
    }

    [Fact]
    [Seed("imf-executive-board-constituencies")]
    public void Imf_constituency_under_the_majority_assumption_is_decided_by_italy_alone_but_by_no_one_alone_in_spain_and_mexicos()
    {
        // The stated assumption: a constituency decides by more than half of its members' votes. Italy holds 152,159 of ed-08's
        // 207,912 votes: it decides alone, and Albania, Greece, Malta, Portugal and San Marino never change the Director's vote.
        var italian = Game("imf-executive-board-constituencies", "ed-08");
        Assert.True(italian.IsWinning(["it"]));
        Assert.False(italian.IsWinning(AllBut(italian, "it")));
        var dummies = italian.Analyze(AnalysisOptions.Default).DummyPlayers;
        Assert.Equal(["al", "gr", "mt", "pt", "sm"], dummies.Order(StringComparer.Ordinal));

        // ed-06 (228,490): Spain (96,814) and Mexico (90,586) together decide, neither alone, and neither can block alone.
        var iberian = Game("imf-executive-board-constituencies", "ed-06");
        Assert.True(iberian.IsWinning(["es", "mx"]));
        Assert.False(iberian.IsWinning(["es"]));
        Assert.Empty(LoneBlockers(iberian));
    }

    [Fact]
    [Seed("imf-board-of-governors")]
    public void Imf_board_of_governors_has_190_members_casting_5039930_votes_and_only_the_us_blocks_85_percent()
    {
        // IMF Members' Quotas and Voting Power (2 Oct 2022): 190 members, 5,039,930 votes, the United States 831,401 (16.50%).
        var design = Design("imf-board-of-governors");
        Assert.Equal(190, design.Members.Count);
        var total = design.Members.Aggregate(Rational.Zero, (s, m) => s + m.Attributes["votes"].Value);
        Assert.True(total == (Rational)5_039_930, $"the 190 members hold the published 5,039,930 votes, not {total}");
        var us = design.Members.Single(m => m.Id == "us").Attributes["votes"].Value;
        Assert.True(us == (Rational)831_401, $"the United States has 831,401 votes, not {us}");
        Assert.Equal(190, Body("imf-board-of-governors", "board-of-governors").Voters.Count);

        // 85% of the total voting power is 4,283,940.5 votes: the other 189 members hold 4,208,529, so the US alone blocks, and only the US.
        var g85 = MatterGame("imf-board-of-governors", "board-of-governors", "eightyFivePercent");
        Assert.True(LoneBlockers(g85).SequenceEqual(["us"]), "only the United States blocks an 85% decision alone: " + string.Join(", ", LoneBlockers(g85)));

        // 70% is 3,527,951 votes: no member holds the 30% that blocks alone; the US, Japan and China together do not either, but with
        // Germany they do.
        var g70 = MatterGame("imf-board-of-governors", "board-of-governors", "seventyPercent");
        Assert.Empty(LoneBlockers(g70));
        Assert.True(g70.IsWinning(AllBut(g70, "us", "jp", "cn")), "without the three largest the others hold 3,592,577 votes, above 70%");
        Assert.False(g70.IsWinning(AllBut(g70, "us", "jp", "cn", "de")), "without Germany too they hold 3,324,774");

        // Ordinary decisions: a majority of the votes cast; with every Governor voting, more than 2,519,965 votes.
        var ordinary = MatterGame("imf-board-of-governors", "board-of-governors", "ordinary");
        Assert.Empty(LoneBlockers(ordinary));
        Assert.False(ordinary.IsWinning(["us", "jp", "cn", "de", "fr", "uk"]), "the six largest members hold less than half of the votes");
    }

    [Fact]
    [Seed("iaea-board")]
    public void Iaea_board_has_35_members_deciding_by_a_majority_of_those_present_and_voting_and_the_budget_by_two_thirds()
    {
        // Statute Art. VI; the 2024-2025 Board: 35 members, among them the eleven elected on 19 Sep 2024.
        var body = Body("iaea-board", "board-of-governors");
        Assert.Equal(35, body.Voters.Count);
        foreach (var elected in new[] { "ar", "co", "eg", "it", "lu", "ge", "gh", "ma", "pk", "th", "ve" })
        {
            Assert.True(body.Voters.Contains(elected), $"{elected} was elected to the Board for 2024-2025");
        }

        // Art. VI.E: a majority of those present and voting; the quorum two-thirds of all members (24 of 35).
        var ordinary = Assert.IsType<HeadCountRule>(body.Rule);
        Assert.Equal(VoteBase.PresentAndVoting, ordinary.Base);
        Assert.NotNull(ordinary.Quorum);
        var game = Game("iaea-board", "board-of-governors");
        Assert.True(game.IsWinning(game.Voters.Take(18)), "with all 35 present and voting, 18 are a majority");
        Assert.False(game.IsWinning(game.Voters.Take(17)), "17 of 35 are not");
        Assert.Empty(LoneBlockers(game));

        // The amount of the budget: two-thirds of those present and voting: 24 of 35 when all vote.
        var budgetDecision = body.FindDecision("budget");
        Assert.NotNull(budgetDecision);
        Assert.Equal(VoteBase.PresentAndVoting, Assert.IsType<HeadCountRule>(budgetDecision!.Rule).Base);
        Assert.NotNull(budgetDecision.Quorum);
        var budget = MatterGame("iaea-board", "board-of-governors", "budget");
        Assert.True(budget.IsWinning(budget.Voters.Take(24)), "24 of 35 are two-thirds");
        Assert.False(budget.IsWinning(budget.Voters.Take(23)), "23 of 35 are less than two-thirds");
    }

    [Fact]
    [Seed("unga-important-questions")]
    public void General_assembly_decides_important_questions_by_two_thirds_and_others_by_a_majority_of_those_present_and_voting()
    {
        // Charter Art. 18: one vote each; 193 Members.
        var body = Body("unga-important-questions", "general-assembly");
        Assert.Equal(193, body.Voters.Count);

        // Art. 18(3): a majority of those present and voting; with all 193 voting, 97.
        var other = Assert.IsType<HeadCountRule>(body.Rule);
        Assert.Equal(VoteBase.PresentAndVoting, other.Base);
        var game = Game("unga-important-questions", "general-assembly");
        Assert.True(game.IsWinning(game.Voters.Take(97)) && !game.IsWinning(game.Voters.Take(96)), "97 of 193 are a majority, 96 are not");

        // Art. 18(2): two-thirds of those present and voting; with all 193 voting, 129 (two-thirds of 193 is 128 2/3).
        var important = MatterGame("unga-important-questions", "general-assembly", "important");
        Assert.Equal(VoteBase.PresentAndVoting, Assert.IsType<HeadCountRule>(body.FindDecision("important")!.Rule).Base);
        Assert.True(important.IsWinning(important.Voters.Take(129)), "129 of 193 are two-thirds");
        Assert.False(important.IsWinning(important.Voters.Take(128)), "128 of 193 fall short");
        Assert.Empty(LoneBlockers(important));
    }

    // --- The European Union ------------------------------------------------------------------------------------------------------

    [Fact]
    [Seed("eu-council-lisbon")]
    public void Lisbon_qualified_majority_is_55_percent_of_members_with_65_percent_of_people_or_fewer_than_four_against()
    {
        var design = Design("eu-council-lisbon");
        var game = Game("eu-council-lisbon", "council-qmv");
        Assert.Equal(27, game.Count);
        string[] big4 = ["de", "fr", "it", "es"];

        // Germany, France, Italy and Spain (57.8% of the population) are a blocking minority: four members, more than 35%.
        Assert.False(game.IsWinning(AllBut(game, big4)), "the other 23 members hold 42.2% of the population");

        // The three largest (46.9%) are not: a blocking minority needs four members, so the other 24 pass the measure although
        // they hold only 53.1% of the population.
        var without3 = AllBut(game, "de", "fr", "it").ToList();
        Assert.True(game.IsWinning(without3), "fewer than four members oppose, so the qualified majority is deemed attained");
        var population = Rational.Zero;
        foreach (var m in design.Members.Where(m => without3.Contains(m.Id))) population += m.Attributes["population"].Value;
        var total = design.Members.Aggregate(Rational.Zero, (s, m) => s + m.Attributes["population"].Value);
        Assert.True(population < new Rational(65, 100) * total, "the 24 are short of 65% of the population: the clause is what passes it");

        // 55% of 27 members is 15: the 14 most populous members (90.4% of the population) are one member short.
        var largest14 = design.Members.OrderByDescending(m => m.Attributes["population"].Value).Take(14).Select(m => m.Id).ToList();
        Assert.False(game.IsWinning(largest14), "14 members are fewer than 55% of 27");
        Assert.True(game.IsWinning(largest14.Append("bg")), "15 members with the population pass");

        // The blocking-minority clause changes the outcome only for the 23 coalitions of 24 or more members short of 65%.
        var clause = Analyze("eu-council-lisbon", "council-qmv", clauses: true).Clauses.Single(c => c.At == "/any/1");
        Assert.True(clause.ChangedCoalitions == 23, $"the four-member clause decides {clause.ChangedCoalitions} coalitions, expected 23");
    }

    [Fact]
    [Seed("eu-council-lisbon")]
    public void Eu_council_procedural_majority_is_14_of_27()
    {
        var game = Game("eu-council-lisbon", "council-simple-majority");
        Assert.True(game.IsWinning(game.Voters.Skip(13)), "the 14 smallest members carry a procedural vote");
        Assert.False(game.IsWinning(game.Voters.Take(13)), "13 members, even the most populous, do not");
    }

    [Fact]
    [Seed("conference-on-disarmament")]
    public void Conference_on_disarmament_has_65_members_any_one_of_which_can_block()
    {
        // UNODA: 65 members; rules of procedure: work and decisions by consensus.
        var a = Analyze("conference-on-disarmament", "conference");
        Assert.Equal(65, a.VoterCount);
        Assert.True(a.WinningCoalitions == 1, "by consensus only the whole Conference decides");
        Assert.Equal(65, a.VetoPlayers.Count);
        var members = Design("conference-on-disarmament").Members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var state in new[] { "cn", "fr", "ru", "uk", "us", "in", "pk", "il", "kp", "ir", "kz" })
        {
            Assert.True(members.Contains(state), $"{state} is on UNODA's list of the 65");
        }
    }

    [Fact]
    [Seed("au-peace-and-security-council")]
    public void Au_peace_and_security_council_has_15_members_and_decides_procedure_by_8_when_consensus_fails()
    {
        // Protocol Art. 5: fifteen members; Art. 8: consensus first, procedural matters then by a simple majority.
        var consensus = Analyze("au-peace-and-security-council", "council-consensus");
        Assert.Equal(15, consensus.VoterCount);
        Assert.Equal(15, consensus.VetoPlayers.Count);
        var procedural = Game("au-peace-and-security-council", "council-procedural");
        Assert.True(procedural.IsWinning(procedural.Voters.Take(8)), "eight of fifteen are a simple majority");
        Assert.False(procedural.IsWinning(procedural.Voters.Take(7)), "seven of fifteen are not");
        // The 2026 election: ten two-year seats (six new, four re-elected) and the five three-year seats of 2025.
        var members = Design("au-peace-and-security-council").Members.Select(m => m.Id).Order(StringComparer.Ordinal);
        Assert.Equal(["bj", "cd", "ci", "cm", "dz", "et", "ga", "ls", "ma", "ng", "sl", "so", "sz", "ug", "za"], members);
    }

    [Fact]
    [Seed("cica")]
    public void Cica_has_28_members_since_kuwait_joined_in_2022_and_each_can_block()
    {
        var a = Analyze("cica", "heads-of-state");
        Assert.Equal(28, a.VoterCount);
        Assert.Equal(28, a.VetoPlayers.Count);
        var members = Game("cica", "foreign-ministers").Voters;
        Assert.Contains("kw", members);
        Assert.DoesNotContain("us", members);
        Assert.DoesNotContain("jp", members);
    }

    // --- The six-party process ---------------------------------------------------------------------------------------------------

    [Fact]
    [Seed("six-party-2005-joint-statement")]
    public void Joint_statement_exchanges_dprk_abandonment_for_the_us_security_assurance_by_consensus_of_six()
    {
        // Points 1 and 5: abandonment of nuclear programmes ↔ no intention to attack; "commitment for commitment, action for action".
        var exchanges = ReciprocityReport.FromDesign(Design("six-party-2005-joint-statement")).Exchanges;
        Assert.Contains(exchanges, e => e.Commitment == "kp-abandon-nuclear" && e.ExchangedFor == "us-security-assurance");
        Assert.Contains(exchanges, e => e.Commitment == "us-security-assurance" && e.ExchangedFor == "kp-abandon-nuclear");
        Assert.Contains(exchanges, e => e.Commitment == "energy-assistance" && e.ExchangedFor == "kp-abandon-nuclear");
        Assert.Equal(6, Analyze("six-party-2005-joint-statement", "plenary").VetoPlayers.Count);
    }

    [Fact]
    [Seed("six-party-2007-initial-actions")]
    public void Initial_actions_end_within_60_days_and_the_five_working_groups_meet_within_30()
    {
        // Initial Actions ¶¶ II–III: from 13 Feb 2007, within 60 days (by 14 Apr); all working groups meet within 30 days.
        var end = Window("six-party-2007-initial-actions", "initial-actions", EventKind.End);
        Assert.Equal(new LocalDate(2007, 4, 14), end.Latest);
        var meet = Window("six-party-2007-initial-actions", "working-groups-meet", EventKind.Due);
        Assert.Equal(new LocalDate(2007, 3, 15), meet.Latest);
        var groups = Design("six-party-2007-initial-actions").Bodies.Where(b => b.ReportsTo == "heads-of-delegation").Select(b => b.Id);
        Assert.Equal(5, groups.Count());
        Assert.Equal("ru", Body("six-party-2007-initial-actions", "wg-neapsm").Chair);
    }

    [Fact]
    [Seed("six-party-2007-second-phase")]
    public void Second_phase_runs_to_the_end_of_2007_and_the_us_disablement_team_is_due_within_two_weeks()
    {
        // Second-Phase Actions: disablement and declaration by 31 Dec 2007; the US-led group within two weeks of 3 Oct 2007.
        Assert.Equal(new LocalDate(2007, 10, 3), Window("six-party-2007-second-phase", "second-phase", EventKind.Start).Earliest);
        Assert.Equal(new LocalDate(2007, 12, 31), Window("six-party-2007-second-phase", "second-phase", EventKind.End).Latest);
        Assert.Equal(new LocalDate(2007, 10, 17), Window("six-party-2007-second-phase", "us-lead-disablement", EventKind.Due).Latest);
        var exchanges = ReciprocityReport.FromDesign(Design("six-party-2007-second-phase")).Exchanges;
        Assert.Contains(exchanges, e => e.Commitment == "hfo-up-to-1mt" && e.ExchangedFor == "disable-yongbyon");
    }

    [Fact]
    [Seed("six-party-phase3")]
    public void Phase_3_napsm_needs_dismantlement_and_us_dprk_normalisation_while_the_peace_treaty_runs_in_parallel()
    {
        var design = Design("six-party-phase3");
        var asOf = design.AsOf!.Value;
        var napsm = Treaty("six-party-phase3", "napsm-founding-document", asOf);
        Assert.NotEqual(TreatyState.InForce, napsm.State);
        Assert.Contains("treaty:us-kp-normalisation", napsm.UnmetRequirements);
        var peace = design.Treaties.Single(t => t.Id == "korean-peace-treaty");
        Assert.Empty(peace.Requires);
        Assert.Equal(["cn", "kp", "kr", "us"], peace.Parties.Order(StringComparer.Ordinal));
        foreach (var track in new[] { "dismantlement", "normalisation", "peace-regime", "napsm" })
        {
            Assert.Equal(["verification"], design.Phases.Single(p => p.Id == track).After);
        }
    }

    // --- NAPSM alternatives ------------------------------------------------------------------------------------------------------

    [Fact]
    [Seed("napsm-a-evolved-six-party")]
    public void Napsm_a_keeps_the_six_by_consensus_and_the_declaration_follows_within_60_days()
    {
        var ministers = Analyze("napsm-a-evolved-six-party", "ministerial-meeting");
        Assert.Equal(6, ministers.VetoPlayers.Count);
        Assert.Equal("ru", Body("napsm-a-evolved-six-party", "committee-security").Chair);
        Assert.Equal("kr", Body("napsm-a-evolved-six-party", "committee-economy-energy").Chair);
        Assert.Equal(new LocalDate(2011, 3, 2), Window("napsm-a-evolved-six-party", "ministerial-declaration", EventKind.End).Latest);
    }

    [Fact]
    [Seed("napsm-b-osce-like")]
    public void Napsm_b_adds_mongolia_and_a_consensus_minus_one_council_for_gross_violations()
    {
        var council = Analyze("napsm-b-osce-like", "permanent-council");
        Assert.Equal(7, council.VoterCount);
        Assert.Contains("mn", council.VetoPlayers);
        var gross = Analyze("napsm-b-osce-like", "permanent-council-gross-violations");
        Assert.True(gross.WinningCoalitions == 8, "all seven, or all but the State concerned: 1 + 7");
        Assert.Empty(gross.VetoPlayers);
    }

    [Fact]
    [Seed("napsm-c-treaty-organisation")]
    public void Napsm_c_council_needs_two_thirds_including_a_korean_state_and_the_treaty_waits_for_the_peace_treaty()
    {
        var game = Game("napsm-c-treaty-organisation", "council");
        Assert.False(game.IsWinning(["cn", "jp", "ru", "us"]), "four of six without either Korea do not pass");
        Assert.True(game.IsWinning(["cn", "jp", "ru", "kr"]), "four of six with the ROK pass");
        // Shapley–Shubik: the two Koreas 1/5 each, the four others 3/20 each (1/6 each under consensus in A and B).
        var a = Analyze("napsm-c-treaty-organisation", "council", PowerIndices.ShapleyShubik);
        Assert.Equal(new Rational(1, 5), Power(a, "kp").ShapleyShubik);
        Assert.Equal(new Rational(3, 20), Power(a, "us").ShapleyShubik);
        var treaty = Design("napsm-c-treaty-organisation").Treaties.Single(t => t.Id == "napsm-treaty");
        Assert.Contains(treaty.Requires, r => r.ToString() == "treaty:korean-peace-treaty");
    }

    [Fact]
    [Seed("napsm-d-constituency-board")]
    public void Napsm_d_board_of_constituencies_needs_both_koreas_and_one_pair_of_outside_powers_when_expanded()
    {
        // The board over its three constituencies: body:peninsula weighs 2, the others 1, quota 3.
        var board = Game("napsm-d-constituency-board", "board");
        Assert.Equal(["body:peninsula", "body:continental", "body:maritime"], board.Voters);
        Assert.Equal(["body:peninsula"], board.VetoPlayers);
        // Expanded to the six states: a decision needs kp and kr, and cn with ru or jp with us (each constituency by unanimity).
        var design = Design("napsm-d-constituency-board");
        var expanded = VotingGame.Expand(design, design.Bodies.Single(b => b.Id == "board"));
        Assert.Equal(["kp", "kr", "cn", "ru", "jp", "us"], expanded.Voters);
        Assert.True(expanded.IsWinning(["kp", "kr", "jp", "us"]));
        Assert.False(expanded.IsWinning(["kp", "kr", "cn", "jp"]), "one of each outside pair is no constituency's vote");
        // By hand: 7 winning coalitions of 64; kp and kr have 7 swings each (Penrose 7/32) and Shapley–Shubik 1/3; each outside power 3
        // swings (3/32) and 1/12.
        var a = expanded.Analyze(AnalysisOptions.Default with { Indices = PowerIndices.ShapleyShubik });
        Assert.Equal(7, (int)a.WinningCoalitions!.Value);
        Assert.Equal(new Rational(1, 3), Power(a, "kr").ShapleyShubik);
        Assert.Equal(new Rational(7, 32), Power(a, "kp").Penrose);
        Assert.Equal(new Rational(1, 12), Power(a, "us").ShapleyShubik);
        Assert.Equal(new Rational(3, 32), Power(a, "cn").Penrose);
        Assert.Equal(["kp", "kr"], expanded.VetoPlayers);
    }

    [Fact]
    [Seed("napsm-c-treaty-organisation")]
    public void Napsm_c_coordination_scenario_gives_the_trilateral_bloc_a_collective_veto_in_the_council_and_china_and_russia_none()
    {
        // The alignment 'coordination' is a scenario: US, Japan and the ROK vote together, China and Russia vote together, the DPRK alone.
        // Without the three the others have three votes of six, short of two thirds; without China and Russia the four others, with the
        // ROK, pass. No state can block the council alone.
        var design = Design("napsm-c-treaty-organisation");
        var alignment = design.FindAlignment("coordination")!;
        var game = Game("napsm-c-treaty-organisation", "council");
        Assert.Empty(LoneBlockers(game));
        Assert.False(game.IsWinning(["cn", "kp", "ru"]), "without the trilateral bloc the other three cannot pass");
        Assert.True(game.IsWinning(["jp", "kp", "kr", "us"]), "without China and Russia the other four, with a Korean state, pass");

        // In the quotient game the bloc is a veto player that wins with either other union: Shapley–Shubik 2/3, and 1/6 each for
        // China–Russia and the DPRK. Owen values (by hand: the bloc's share split by the internal games after ∅, {cn, ru}, {kp} and both):
        // the ROK, needed inside the bloc when China and Russia join, 5/18; Japan and the US 7/36 each; China and Russia 1/12 each;
        // the DPRK 1/6. Against the plain Shapley–Shubik (the Koreas 1/5, the others 3/20), coordination lifts the three and costs the rest.
        var u = game.AnalyzeUnions(alignment.Blocs, alignment.Excluded);
        Assert.Equal([new Rational(2, 3), new Rational(1, 6), new Rational(1, 6)], u.Unions.Select(x => x.ShapleyShubik!.Value));
        Assert.Equal([true, false, false], u.Unions.Select(x => x.IsVeto));
        var owen = u.Members.ToDictionary(m => m.Id, m => m.Owen!.Value);
        Assert.Equal(new Rational(5, 18), owen["kr"]);
        Assert.Equal(new Rational(7, 36), owen["jp"]);
        Assert.Equal(new Rational(7, 36), owen["us"]);
        Assert.Equal(new Rational(1, 12), owen["cn"]);
        Assert.Equal(new Rational(1, 12), owen["ru"]);
        Assert.Equal(new Rational(1, 6), owen["kp"]);
        Assert.Equal(Rational.One, owen.Values.Aggregate(Rational.Zero, (a, b) => a + b));
    }

    // --- Treaties' entry into force ----------------------------------------------------------------------------------------------

    [Fact]
    [Seed("treaties-ctbt")]
    public void Ctbt_cannot_enter_into_force_without_the_44_annex_2_states_and_nine_are_still_missing()
    {
        var design = Design("treaties-ctbt");
        var game = TreatyGame("treaties-ctbt", "ctbt");
        Assert.Equal(44, game.Count);
        var vetoes = game.Analyze(new AnalysisOptions { Indices = PowerIndices.None, ClauseEffects = false }).VetoPlayers;
        Assert.True(vetoes.Count == 44, "Art. XIV(1): every Annex 2 State must ratify");

        var status = Treaty("treaties-ctbt", "ctbt", design.AsOf!.Value);
        Assert.NotEqual(TreatyState.InForce, status.State);
        string[] missing = ["cn", "eg", "il", "in", "ir", "kp", "pk", "ru", "us"];
        Assert.Equal(missing, status.StillRequired.Order(StringComparer.Ordinal));
        Assert.Contains("ru", status.Revoked);
        Assert.Equal(design.AsOf!.Value.PlusDays(180), status.EarliestEntryIntoForce);
    }

    [Fact]
    [Seed("treaties-npt")]
    public void Npt_entered_into_force_on_5_march_1970_with_the_three_depositaries_each_holding_a_veto()
    {
        var vetoes = TreatyGame("treaties-npt", "npt").Analyze(new AnalysisOptions { Indices = PowerIndices.None, ClauseEffects = false }).VetoPlayers;
        Assert.Equal(["su", "uk", "us"], vetoes.Order(StringComparer.Ordinal));
        Assert.Equal(new LocalDate(1970, 3, 5), Treaty("treaties-npt", "npt", new LocalDate(1971, 1, 1)).EnteredIntoForce);
        Assert.Equal(TreatyState.Open, Treaty("treaties-npt", "npt", new LocalDate(1970, 3, 4)).State);
    }

    [Fact]
    [Seed("treaties-paris")]
    public void Paris_agreement_met_its_double_threshold_on_5_october_2016_and_entered_into_force_30_days_later()
    {
        var status = Treaty("treaties-paris", "paris", new LocalDate(2017, 1, 1));
        Assert.Equal(new LocalDate(2016, 10, 5), status.ConditionMetOn);
        Assert.Equal(new LocalDate(2016, 11, 4), status.EnteredIntoForce);
        Assert.Equal(197, Design("treaties-paris").Treaties.Single().Parties.Count);
    }

    [Fact]
    [Seed("treaties-pelindaba")]
    public void Pelindaba_entered_into_force_on_the_28th_ratification_burundi_15_july_2009()
    {
        Assert.Equal(new LocalDate(2009, 7, 15), Treaty("treaties-pelindaba", "pelindaba", new LocalDate(2010, 1, 1)).EnteredIntoForce);
        var before = Treaty("treaties-pelindaba", "pelindaba", new LocalDate(2009, 7, 14));
        Assert.Equal(27, before.Ratified.Count);
        Assert.Equal(TreatyState.Open, before.State);
    }

    [Fact]
    [Seed("treaties-bangkok")]
    public void Bangkok_treaty_entered_into_force_on_the_seventh_deposit_27_march_1997()
    {
        Assert.Equal(new LocalDate(1997, 3, 27), Treaty("treaties-bangkok", "bangkok", new LocalDate(1998, 1, 1)).EnteredIntoForce);
        var game = TreatyGame("treaties-bangkok", "bangkok");
        Assert.True(game.IsWinning(game.Voters.Take(7)) && !game.IsWinning(game.Voters.Take(6)), "Art. 16(1): seven of the ten");
    }

    [Fact]
    [Seed("treaties-semipalatinsk")]
    public void Semipalatinsk_entered_into_force_30_days_after_kazakhstan_the_fifth_on_19_february_2009()
    {
        var status = Treaty("treaties-semipalatinsk", "semipalatinsk", new LocalDate(2010, 1, 1));
        Assert.Equal(new LocalDate(2009, 2, 19), status.ConditionMetOn);
        Assert.Equal(new LocalDate(2009, 3, 21), status.EnteredIntoForce);
        Assert.Equal(5, status.Ratified.Count);
    }
}

/// <summary>Every cited seed (outside <c>seeds/flawed/</c>) has at least one meaning test.</summary>
public sealed class SeedMeaningCoverageTests
{
    [Fact]
    public void Every_cited_seed_has_a_meaning_test()
    {
        var seeds = Directory.EnumerateFiles(Validation.Repo.Path("seeds"), "*.json", SearchOption.TopDirectoryOnly)
            .Select(f => Path.GetFileName(f)[..^".json".Length]).Order(StringComparer.Ordinal).ToList();
        var covered = Covered();
        var missing = seeds.Where(s => !covered.Contains(s)).ToList();
        Assert.True(missing.Count == 0, "seeds without a meaning test in tests/Napsm.Core.Tests/Seeds/ (mark it [Seed(\"name\")]): " + string.Join(", ", missing));
        var unknown = covered.Where(c => !seeds.Contains(c)).ToList();
        Assert.True(unknown.Count == 0, "meaning tests name seeds that do not exist: " + string.Join(", ", unknown));
    }
}

/// <summary>The evolution facts of the seeds (#16): amendment rules from the founding texts, and the memo's path.</summary>
public sealed class SeedEvolutionMeaningTests
{
    [Fact]
    [Seed("napsm-a-evolved-six-party")]
    [Seed("napsm-b-osce-like")]
    public void Turning_the_evolved_six_party_mechanism_into_the_osce_like_forum_needs_all_six_and_admits_mongolia_by_their_consensus()
    {
        // napsm-a changes itself by consensus (the process's own practice), so every one of the six must agree to step b; Mongolia,
        // not yet a member, has no say, and gains membership.
        var step = Napsm.Core.Evolution.Evolution.AnalyzeStep(Design("napsm-a-evolved-six-party"), Design("napsm-b-osce-like"));
        Assert.True(step.MustConsent.SequenceEqual(["cn", "kp", "jp", "kr", "ru", "us"]), "who must consent: " + string.Join(", ", step.MustConsent));
        Assert.True(step.CanPass);
        Assert.Contains(step.GainsOf("mn"), g => g.Kind == Napsm.Core.Evolution.StakeChangeKind.Membership);
    }

    [Fact]
    [Seed("napsm-b-osce-like")]
    [Seed("napsm-c-treaty-organisation")]
    public void Leaving_the_forum_for_the_treaty_organisation_needs_mongolias_consent_to_its_own_exclusion()
    {
        // napsm-c is a treaty organisation of the six: Mongolia loses its membership, and under the forum's consensus it must consent.
        var step = Napsm.Core.Evolution.Evolution.AnalyzeStep(Design("napsm-b-osce-like"), Design("napsm-c-treaty-organisation"));
        Assert.Contains("mn", step.MustConsent);
        Assert.Contains("mn", step.ConsentAtRisk);
        Assert.Contains(step.LossesOf("mn"), l => l.Kind == Napsm.Core.Evolution.StakeChangeKind.Membership);
        Assert.False(step.PassableWithoutLosers);
    }

    [Fact]
    [Seed("unsc")]
    public void Amending_the_charter_needs_the_ratification_of_the_five_permanent_members()
    {
        // Art. 108: two thirds, ratified by two thirds including all the permanent members of the Security Council.
        var unsc = Design("unsc");
        var changed = unsc with { Name = unsc.Name + " (enlarged)" };
        var step = Napsm.Core.Evolution.Evolution.AnalyzeStep(unsc, changed);
        Assert.True(step.MustConsent.SequenceEqual(["cn", "fr", "ru", "uk", "us"]), "who must consent: " + string.Join(", ", step.MustConsent));
        Assert.Equal(2, step.GovernedBy.Count);
    }

    /// <summary>The game of a seed's amendment rule (or, with <paramref name="ratification"/>, its ratification rule) over all its members.</summary>
    private static Napsm.Core.Voting.VotingGame AmendmentGame(string seed, bool ratification = false)
    {
        var design = Design(seed);
        var amendment = design.Amendment;
        Assert.True(amendment is not null, $"seeds/{seed}.json has no amendment rule");
        var rule = ratification ? amendment!.Ratification?.Rule : amendment!.Rule;
        Assert.True(rule is not null, $"seeds/{seed}.json: the amendment has no ratification rule");
        return Napsm.Core.Voting.VotingGame.ForRule(design, rule!, design.Members.Select(m => m.Id));
    }

    [Fact]
    [Seed("treaties-npt")]
    public void Amending_the_npt_needs_a_majority_that_includes_every_nuclear_weapon_state_party()
    {
        // Art. VIII(2): a majority of all the Parties including all nuclear-weapon States Party (and the Board members of the day, not
        // encoded); in this design the nuclear-weapon States Party are the three depositaries, the UK, the US and the USSR.
        foreach (var game in new[] { AmendmentGame("treaties-npt"), AmendmentGame("treaties-npt", ratification: true) })
        {
            Assert.True(LoneBlockers(game).SequenceEqual(["uk", "us", "su"]), "who can block an amendment alone: " + string.Join(", ", LoneBlockers(game)));
            var others = AllBut(game, "uk", "us", "su").ToList();
            Assert.False(game.IsWinning(others), "all 58 other signatories cannot amend the Treaty without the nuclear-weapon States");
            Assert.True(game.IsWinning(["uk", "us", "su", .. others.Take(28)]), "the three with 28 others are 31 of 61, a majority");
            Assert.False(game.IsWinning(["uk", "us", "su", .. others.Take(27)]), "the three with 27 others are 30 of 61, not a majority");
        }
    }

    [Fact]
    [Seed("iaea-board")]
    public void Amending_the_iaea_statute_needs_two_thirds_and_nobody_can_block_it_alone()
    {
        // Art. XVIII.C: two-thirds of the General Conference present and voting, then acceptance by two-thirds of all the members; counted
        // here over the 35 Board members, 24 of them carry both, and no member can stop an amendment alone.
        var adoption = AmendmentGame("iaea-board");
        var acceptance = AmendmentGame("iaea-board", ratification: true);
        Assert.Equal(35, acceptance.Voters.Count);
        Assert.True(acceptance.IsWinning(acceptance.Voters.Take(24)), "24 of 35 acceptances are two-thirds");
        Assert.False(acceptance.IsWinning(acceptance.Voters.Take(23)), "23 of 35 are short of two-thirds");
        Assert.True(adoption.IsWinning(adoption.Voters.Take(24)));
        Assert.False(adoption.IsWinning(adoption.Voters.Take(23)), "with all 35 present and voting, 23 yes against 12 no is short of two-thirds");
        Assert.Empty(LoneBlockers(acceptance));
    }

    [Fact]
    [Seed("imf-board-of-governors")]
    public void Amending_the_imf_articles_needs_the_united_states_and_three_fifths_of_the_members()
    {
        // Art. XXVIII(a): acceptance by three-fifths of the members having 85% of the total voting power; the United States holds 16.50%
        // (831,401 of 5,039,930 votes), so it alone can block an amendment, and 114 of the 190 members are needed in any case.
        var acceptance = AmendmentGame("imf-board-of-governors", ratification: true);
        Assert.True(LoneBlockers(acceptance).SequenceEqual(["us"]), "who can block an amendment alone: " + string.Join(", ", LoneBlockers(acceptance)));
        Assert.True(acceptance.IsWinning(acceptance.Voters), "all 190 members accept");
        var design = Design("imf-board-of-governors");
        var byVotes = design.Members.OrderByDescending(m => m.Attributes["votes"].Value).Select(m => m.Id).ToList();
        Assert.False(acceptance.IsWinning(byVotes.Take(113)), "113 members are fewer than three-fifths of 190, whatever their votes");
        Assert.Equal(Period.FromMonths(3), design.Amendment!.Ratification!.Delay);
    }

    [Fact]
    [Seed("imf-executive-board-constituencies")]
    public void Amending_the_imf_articles_from_the_constituency_seed_gives_the_same_lone_blocker()
    {
        // The same Art. XXVIII over the same 190 members and votes: the United States alone blocks. Japan and China together hold 12.2% of
        // the votes and cannot; with Germany they hold 17.5% and can.
        var acceptance = AmendmentGame("imf-executive-board-constituencies", ratification: true);
        Assert.True(LoneBlockers(acceptance).SequenceEqual(["us"]), "who can block an amendment alone: " + string.Join(", ", LoneBlockers(acceptance)));
        Assert.True(acceptance.IsWinning(AllBut(acceptance, "jp", "cn")), "the rest accept without Japan and China (87.8% of the votes)");
        Assert.False(acceptance.IsWinning(AllBut(acceptance, "jp", "cn", "de")), "without Japan, China and Germany the rest hold 82.5%, short of 85%");
    }

    [Fact]
    [Seed("eu-council-lisbon")]
    public void Revising_the_eu_treaties_needs_all_27_although_the_council_decides_by_qualified_majority()
    {
        // Art. 48(4) TEU: common accord of the governments and ratification by all the Member States; the Council's qualified majority gives
        // no member a veto.
        var revision = AmendmentGame("eu-council-lisbon");
        Assert.Equal(27, LoneBlockers(revision).Count);
        Assert.Equal(27, LoneBlockers(AmendmentGame("eu-council-lisbon", ratification: true)).Count);
        Assert.Empty(LoneBlockers(Game("eu-council-lisbon", "council-qmv")));
    }

    [Fact]
    [Seed("eec-1958")]
    public void Luxembourg_is_a_dummy_in_the_councils_qualified_majority_but_can_block_any_amendment_of_the_treaty()
    {
        // Art. 148: weights 4-4-4-2-2-1, quota 12, Luxembourg never pivotal; Art. 236: amendments by common accord, ratified by all six.
        var amendment = AmendmentGame("eec-1958");
        Assert.Contains("lu", LoneBlockers(amendment));
        Assert.Equal(6, LoneBlockers(amendment).Count);
        var qmv = Analyze("eec-1958", "council-qmv-commission-proposal", PowerIndices.ShapleyShubik);
        Assert.Equal(Rational.Zero, Power(qmv, "lu").ShapleyShubik);
    }

    [Fact]
    [Seed("treaties-paris")]
    public void Amending_the_paris_agreement_needs_three_fourths_and_no_party_can_block_it_alone()
    {
        // UNFCCC Art. 15(3)-(4), applied to the Agreement: consensus, else three-fourths of the Parties present and voting; in force after
        // acceptance by three fourths of the Parties, here 148 of 197, on the ninetieth day. No Party, however large its emissions, blocks it.
        var adoption = AmendmentGame("treaties-paris");
        var acceptance = AmendmentGame("treaties-paris", ratification: true);
        Assert.Equal(197, acceptance.Voters.Count);
        Assert.True(acceptance.IsWinning(acceptance.Voters.Take(148)), "148 of 197 acceptances are three fourths");
        Assert.False(acceptance.IsWinning(acceptance.Voters.Take(147)), "147 of 197 are short of three fourths");
        Assert.True(adoption.IsWinning(AllBut(adoption, "cn", "us")), "195 of 197 voting yes adopt it over China's and the United States' no");
        Assert.Empty(LoneBlockers(acceptance));
        Assert.Empty(LoneBlockers(adoption));
    }

    [Fact]
    [Seed("sco")]
    public void Amending_the_sco_charter_needs_all_ten_although_a_member_can_be_suspended_over_its_objection()
    {
        // The 2003 protocol amended the Charter on a decision of the heads of State, who decide by consensus (Art. 16): each of the ten
        // can block an amendment, while the suspension or expulsion of one member is decided without its vote.
        var amendment = AmendmentGame("sco");
        Assert.Equal(10, LoneBlockers(amendment).Count);
        var suspension = Game("sco", "suspension-expulsion");
        Assert.True(suspension.IsWinning(AllBut(suspension, "by")), "the other nine suspend Belarus over its objection");
        Assert.False(amendment.IsWinning(AllBut(amendment, "by")), "the other nine cannot amend the Charter without Belarus");
    }

    [Fact]
    [Seed("korean-armistice-1953")]
    public void Amending_the_armistice_needs_the_three_commanders_and_not_the_neutral_nations()
    {
        // Para. 61: amendments mutually agreed by the Commanders of the opposing sides (UNC; KPA and CPV); the NNSC's four have no say.
        var amendment = AmendmentGame("korean-armistice-1953");
        Assert.True(LoneBlockers(amendment).SequenceEqual(["unc", "kpa", "cpv"]), "who can block an amendment: " + string.Join(", ", LoneBlockers(amendment)));
        Assert.True(amendment.IsWinning(["unc", "kpa", "cpv"]), "the three Commanders amend the Agreement without Sweden, Switzerland, Poland and Czechoslovakia");
    }

    [Fact]
    [Seed("treaties-ctbt")]
    public void Amending_the_ctbt_takes_a_majority_in_favour_and_no_vote_against_so_one_no_stops_it_and_abstaining_does_not()
    {
        // Art. VII(5): a positive vote of a majority of the States Parties with no State Party casting a negative vote; VII(6): in force
        // for all 30 days after every State that voted yes has ratified. Over the 44 Annex 2 States: 23 in favour and 21 abstaining adopt
        // an amendment, 22 do not, one vote against stops it; when every State votes yes or no, each of the 44 can block it alone.
        var adoption = AmendmentGame("treaties-ctbt");
        Dictionary<string, Vote> Votes(int yes, int no) => adoption.Voters.Select((v, i) => (v, i))
            .ToDictionary(x => x.v, x => x.i < yes ? Vote.Yes : x.i < yes + no ? Vote.No : Vote.Abstain);
        Assert.True(adoption.Passes(Votes(23, 0)), "23 of 44 in favour and the rest abstaining: a majority, and no negative vote");
        Assert.False(adoption.Passes(Votes(22, 0)), "22 of 44 are not a majority of the States");
        Assert.False(adoption.Passes(Votes(43, 1)), "one negative vote stops it, however many vote yes");
        Assert.Equal(44, LoneBlockers(adoption).Count);
        Assert.Equal(Period.FromDays(30), Design("treaties-ctbt").Amendment!.Ratification!.Delay);
    }

    [Fact]
    [Seed("treaties-pelindaba")]
    public void Amending_the_pelindaba_treaty_takes_19_of_its_28_parties_and_15_ratifications_and_the_other_signatories_have_no_say()
    {
        // Art. 19(2)-(3): adopted by two-thirds of the Parties, in force for all once a majority of the Parties have ratified. On 15 July
        // 2009 the Parties are the 28 States that had deposited: 19 adopt (18 2/3 is two-thirds of 28), 15 ratifications suffice, and
        // Egypt, a signatory that had not ratified, counts for nothing.
        var adoption = AmendmentGame("treaties-pelindaba");
        var ratification = AmendmentGame("treaties-pelindaba", ratification: true);
        var parties = Design("treaties-pelindaba").Treaties.Single().Ratifications.Select(r => r.Member).ToList();
        Assert.Equal(28, parties.Count);
        Assert.True(adoption.IsWinning(parties.Take(19)), "19 of the 28 Parties adopt an amendment");
        Assert.False(adoption.IsWinning(parties.Take(18)), "18 of 28 are short of two-thirds");
        Assert.False(adoption.IsWinning(AllBut(adoption, [.. parties.Take(10)])), "10 Parties against stop it, all 26 others in favour");
        Assert.True(ratification.IsWinning(parties.Take(15)), "a majority of 28 is 15 ratifications");
        Assert.False(ratification.IsWinning(parties.Take(14)), "14 of 28 ratifications are not a majority");
        Assert.Empty(LoneBlockers(adoption));
        var power = adoption.Analyze(new AnalysisOptions { Indices = PowerIndices.ShapleyShubik, ClauseEffects = false });
        Assert.Equal(Rational.Zero, Power(power, "eg").ShapleyShubik);
    }

    [Fact]
    [Seed("nato-nac")]
    public void Changing_the_north_atlantic_treaty_needs_the_acceptance_of_every_one_of_the_32_allies()
    {
        // The Treaty has no amendment article; the 1951 protocol that amended it entered into force only when each Party had notified its
        // acceptance (Art. III). A change to the design therefore needs all 32, at adoption and at acceptance, by the seed's own rule.
        var nato = Design("nato-nac");
        var step = Napsm.Core.Evolution.Evolution.AnalyzeStep(nato, nato with { Name = nato.Name + " (amended)" });
        Assert.Equal(32, step.MustConsent.Count);
        Assert.Equal(2, step.GovernedBy.Count);
        Assert.All(step.GovernedBy, g => Assert.False(g.IsImplicit, "the amendment rule is the seed's, not the format's default"));
        var acceptance = AmendmentGame("nato-nac", ratification: true);
        Assert.False(acceptance.IsWinning(AllBut(acceptance, "tr")), "31 acceptances without Türkiye's leave a change out of force");
    }

    [Fact]
    [Seed("nato-nac")]
    public void Nato_admits_a_new_ally_only_by_unanimous_invitation()
    {
        // Art. 10: the Parties may, by unanimous agreement, invite any other European State to accede.
        var nato = Design("nato-nac");
        var enlarged = nato with { Members = [.. nato.Members, new Member("xx", "Applicant")] };
        var step = Napsm.Core.Evolution.Evolution.AnalyzeStep(nato, enlarged);
        Assert.Equal("accession", Assert.Single(step.GovernedBy).Amendment);
        Assert.Equal(32, step.MustConsent.Count);
    }
}
