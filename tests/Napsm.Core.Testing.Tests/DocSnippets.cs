// The C# code blocks of README.md and docs/testing.md, compiled here; DocSnippetTests checks that each region below appears in
// the documents verbatim and that every C# block of the documents is one of them. Edit a snippet here, then paste it there.
using FsCheck.Xunit;
using Napsm.Core.Analysis;
using Napsm.Core.Model;
using Napsm.Core.Reporting;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;
using Napsm.Core.Voting;

namespace Napsm.Core.Testing.Tests.Snippets;

internal static class ReadmeSnippets
{
    public static void DesignFiles()
    {
        // snippet: README.md
        var document = DesignJson.Load("my-design.json");            // throws DesignLoadException: file(line,col): message at $.path
        var design = document.Design;                                // immutable model (Napsm.Core.Model)
        var where = document.Locate("/bodies/0/voters/5");           // line and column of any value
        File.WriteAllText("copy.json", DesignJson.Serialize(design)); // deterministic, canonical
        // end snippet
        _ = where;
    }

    public static void Library()
    {
        // snippet: README.md
        var document = DesignJson.Load("seeds/napsm-c-treaty-organisation.json");
        var report = new DesignValidator().Validate(document);
        Console.Write(ReportWriter.Format([report], ReportFormat.Text));      // what napsm check prints

        var council = document.Design.FindBody("council")!;
        var power = VotingGame.ForBody(document.Design, council).Analyze();
        foreach (var m in power.Members) Console.WriteLine($"{m.Id}: Banzhaf {m.Banzhaf}, Shapley-Shubik {m.ShapleyShubik}");

        Console.Write(DesignGraph.Write(document.Design, GraphView.Bodies, GraphFormat.Mermaid));
        // end snippet
    }

    public static void Stake()
    {
        // snippet: README.md
        var documents = new[] { "seeds/six-party-phase3.json", "seeds/napsm-c-treaty-organisation.json" }.Select(f => DesignJson.Load(f)).ToList();
        var stake = StakeReport.For("us", documents);                // Napsm.Core.Analysis; the first design is the baseline
        Console.Write(stake.Format(AnalysisFormat.Markdown));        // or Text, Json
        var diff = DesignDiff.Compare(documents[0], documents[1]);   // diff.Changes, diff.PowerShifts, diff.DiagnosticsAppeared
        // end snippet
    }

    public static void Assertions()
    {
        // snippet: README.md
        var proposal = DesignJson.Load("seeds/napsm-c-treaty-organisation.json");
        DesignAssert.IsValid(proposal);
        DesignAssert.HasNoDiagnostic(proposal, "NAPSM0603");
        DesignAssert.HoldsNoVeto(proposal.Design, "council", "us");
        DesignAssert.CanEnterIntoForce(proposal.Design, "napsm-treaty");
        // end snippet
    }

    public static void FailingDesign()
    {
        // snippet: docs/testing.md
        var design = Design.Create("d", "D")
            .Source("un", "Charter of the United Nations")
            .IssueAreas("military")
            .Member("a", "Alpha").Member("b", "Beta").Member("c", "Gamma")
            .Body("council", "Council", b => b.Voters("a", "b", "c").Rule(Rule.Consensus).Mandate("military"))
            .Body("assembly", "Assembly", b => b.Voters("a", "b", "c").Rule(Rule.SimpleMajority).Mandate("military"))
            .Principle("p", "Peaceful settlement", "un")
            .Amendment(Rule.Consensus)
            .Body("wg", "Working group", b => b.Voters("a", "x").Rule(Rule.Consensus).Mandate("military"))
            .Build();
        DesignAssert.IsValid(design);
        // end snippet
    }
}

// snippet: docs/testing.md
public class ProposalC
{
    private static readonly DesignDocument Proposal = DesignJson.Load("seeds/napsm-c-treaty-organisation.json");

    [Fact]
    public void Has_no_error() => DesignAssert.IsValid(Proposal);

    [Fact]
    public void No_great_power_can_block_the_council_alone()
    {
        foreach (var member in new[] { "us", "cn", "ru", "jp" }) DesignAssert.HoldsNoVeto(Proposal.Design, "council", member);
    }

    [Fact]
    public void The_founding_treaty_can_still_enter_into_force() => DesignAssert.CanEnterIntoForce(Proposal.Design, "napsm-treaty");

    [Fact]
    public void The_council_is_flagged_for_its_Korean_clause() =>
        DesignAssert.HasDiagnostic(Proposal, "NAPSM0602", at: "/bodies/0/rule");
}
// end snippet

// snippet: docs/testing.md
[Properties(Arbitrary = new[] { typeof(DesignArbitraries) })]
public class MyExporterProperties
{
    [Property]
    public bool Every_body_is_exported(Design design) =>
        DesignGraph.Write(design, GraphView.Bodies, GraphFormat.Dot).Split('\n').Count(l => l.Contains("\"body:", StringComparison.Ordinal) && l.Contains("[label=", StringComparison.Ordinal)) >= design.Bodies.Count;
}
// end snippet
