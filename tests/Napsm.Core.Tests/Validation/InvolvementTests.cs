using Napsm.Core.Analysis;
using Napsm.Core.Model;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Validation;

/// <summary>
/// What a diagnostic involves, as data: the elements its locations are in (<see cref="DiagnosticLocation.Element"/>, filled in by the
/// validator from the pointer) and the members it names (<see cref="Diagnostic.Involves"/>, filled in by the rules). The stake report
/// reads only these, never the message.
/// </summary>
public class InvolvementTests
{
    private static Design Trio() => Design.Create("trio", "Trio")
        .Member("a", "Alpha").Member("b", "Beta").Member("c", "Gamma")
        .Body("council", "Council", x => x.Voters("a", "b", "c").Rule(Rule.AtLeast(2)))
        .Body("board", "Board", x => x.Voters("a", "b").Rule(Rule.Consensus))
        .Build();

    [Theory]
    [InlineData("", null)]
    [InlineData("/members", null)]
    [InlineData("/members/2", "member:c")]
    [InlineData("/members/2/attributes/population/source", "member:c")]
    [InlineData("/members/3", null)]
    [InlineData("/members/01", null)]
    [InlineData("/bodies/1/rule", "body:board")]
    [InlineData("/phases/0", "phase:p1")]
    [InlineData("/phases/0/after/0", "phase:p1")]
    [InlineData("/phases/0/commitments/0/by/0", "commitment:k1")]
    [InlineData("/phases/0/commitments/7", "phase:p1")]
    [InlineData("/treaties/0/ratifications/0", "treaty:t")]
    [InlineData("/timing/0", null)]
    [InlineData("/issueAreas/0", null)]
    public void The_element_of_a_pointer_is_the_entry_that_holds_it(string at, string? expected)
    {
        var design = Trio() with
        {
            Phases = [new Phase("p1", "Phase one") { Commitments = [new Commitment("k1", ["a"], "act")] }],
            Treaties = [new Treaty("t", "Treaty", ["a", "b"])],
        };
        Assert.Equal(expected, Pointers.ElementOf(design, at)?.ToString());
    }

    [Fact]
    public void The_validator_fills_in_the_element_of_every_location()
    {
        // c chairs the board without voting in it: NAPSM0204 at /bodies/1/chair, related /bodies/1/voters.
        var design = Trio() with { Bodies = [Trio().Bodies[0], Trio().Bodies[1] with { Chair = "c" }] };
        var d = new DesignValidator().Validate(design).Diagnostics.Single(x => x.Id == "NAPSM0204");
        Assert.Equal(new ElementRef(ElementKind.Body, "board"), d.Location.Element);
        Assert.All(d.RelatedLocations, l => Assert.Equal(new ElementRef(ElementKind.Body, "board"), l.Element));
    }

    [Fact]
    public void A_built_in_rule_lists_the_members_its_message_names()
    {
        var design = Trio() with { Bodies = [Trio().Bodies[0], Trio().Bodies[1] with { Chair = "c" }] };
        var d = new DesignValidator().Validate(design).Diagnostics.Single(x => x.Id == "NAPSM0204");
        Assert.Equal([new ElementRef(ElementKind.Member, "c")], d.Involves);
    }

    [Fact]
    public void The_two_sides_of_an_improper_rule_are_named()
    {
        var design = Design.Create("w", "W").Member("a", "A").Member("b", "B").Member("c", "C").Member("d", "D")
            .Body("g", "Group", x => x.Voters("a", "b", "c", "d").Rule(Rule.AtLeast(2))).Build();
        var d = new DesignValidator().Validate(design).Diagnostics.Single(x => x.Id == "NAPSM0303");
        Assert.Equal(4, d.Involves.Count);
        Assert.All(d.Involves, e => Assert.Equal(ElementKind.Member, e.Kind));
    }

    [Fact]
    public void A_diagnostic_with_no_location_in_an_element_and_naming_nobody_involves_nobody()
    {
        var d = Diagnostic.Create(BuiltIn.NAPSM0901, "", "the options suppress X, which is not a rule id");
        Assert.Empty(d.Involves);
        Assert.Null(d.Location.Element);
    }

    [Fact]
    public void The_stake_report_finds_a_member_by_involvement_not_by_the_words_of_the_message()
    {
        var design = Trio();
        var quotedOnly = Diagnostic.Create(BuiltIn.NAPSM0203, "/issueAreas/0", "'c'");
        var namedOnly = Diagnostic.Create(BuiltIn.NAPSM0203, "/issueAreas/1", "x") with { Involves = [new ElementRef(ElementKind.Member, "c")] };
        var report = new ValidationReport(design.Id, null, [quotedOnly, namedOnly], Severity.Error);
        var found = StakeReport.Involving(design, "c", report);
        Assert.Equal([namedOnly], found.Select(x => x.Diagnostic));
        Assert.Equal("names it", found[0].Because);
    }

    [Fact]
    public void The_stake_report_finds_a_diagnostic_located_in_a_body_the_member_votes_in()
    {
        var design = Trio();
        var inBoard = Diagnostic.Create(BuiltIn.NAPSM0203, "/bodies/1/rule", "x") with
        {
            Location = new DiagnosticLocation("/bodies/1/rule") { Element = new ElementRef(ElementKind.Body, "board") },
        };
        var report = new ValidationReport(design.Id, null, [inBoard], Severity.Error);
        Assert.Equal("is about body 'board', where it votes", StakeReport.Involving(design, "a", report).Single().Because);
        Assert.Empty(StakeReport.Involving(design, "c", report));
    }
}
