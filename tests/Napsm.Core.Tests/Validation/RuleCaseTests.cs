using Napsm.Core.Evolution;
using Napsm.Core.Reporting;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Validation;

/// <summary>
/// One data-driven test per rule, from the files in Validation/Cases: <c>ID.bad.json</c> triggers rule ID exactly once and its full
/// text report equals <c>ID.bad.expected.txt</c>; <c>ID.good.json</c>, a near-identical design, does not trigger ID at all.
/// To add a rule's case: write the two designs, then run the tests once with NAPSM_UPDATE_GOLDEN=1 to write the expected file,
/// check it by eye, and commit.
/// </summary>
public class RuleCaseTests
{
    private static readonly string CasesDirectory = Repo.Path("tests", "Napsm.Core.Tests", "Validation", "Cases");

    /// <summary>
    /// The rules the validator reports: every descriptor but those of the file itself (category Loading, NAPSM00xx), which only the
    /// report of a file that did not load carries (ValidationReport.Unreadable; tested by the CLI's load-error tests).
    /// </summary>
    private static IEnumerable<DiagnosticDescriptor> Rules => RuleCatalog.All.Where(d => d.Category != "Loading");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var d in Rules) data.Add(d.Id);
        return data;
    }

    internal static ValidationReport Check(string fileName)
    {
        // Parse with the bare file name, so that locations in the golden files do not depend on where the repository is.
        var document = DesignJson.Parse(File.ReadAllText(Path.Combine(CasesDirectory, fileName)), fileName);
        // A case's predecessor (evolvesFrom) is another case file: resolved in the cases' folder, not beside the bare name.
        return new DesignValidator(new ValidationOptions { PredecessorFolder = CasesDirectory }).WithEvolutionRules().Validate(document);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_design_triggers_the_rule_exactly_once_as_the_golden_file_says(string id)
    {
        var report = Check(id + ".bad.json");
        Assert.Single(report.Diagnostics, d => d.Id == id);
        var actual = ReportWriter.Format([report], ReportFormat.Text);
        var golden = Path.Combine(CasesDirectory, id + ".bad.expected.txt");
        if (Environment.GetEnvironmentVariable("NAPSM_UPDATE_GOLDEN") == "1") File.WriteAllText(golden, actual);
        Assert.True(File.Exists(golden), $"{golden} is missing: run the tests with NAPSM_UPDATE_GOLDEN=1 to write it, then check it.");
        Assert.Equal(File.ReadAllText(golden).Replace("\r\n", "\n", StringComparison.Ordinal), actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Good_design_does_not_trigger_the_rule(string id)
    {
        var report = Check(id + ".good.json");
        Assert.DoesNotContain(report.Diagnostics, d => d.Id == id);
    }

    [Fact]
    public void Every_rule_of_the_catalogue_has_a_bad_and_a_good_case()
    {
        var files = Directory.GetFiles(CasesDirectory, "*.json").Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var missing = Rules.Where(d => !files.Contains(d.Id + ".bad.json") || !files.Contains(d.Id + ".good.json")).Select(d => d.Id).ToList();
        Assert.True(missing.Count == 0, "rules without Cases/ID.bad.json and Cases/ID.good.json: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_case_file_belongs_to_a_rule_of_the_catalogue()
    {
        var ids = Rules.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var strays = Directory.GetFiles(CasesDirectory).Select(Path.GetFileName).Where(f => !ids.Contains(f!.Split('.')[0])).ToList();
        Assert.True(strays.Count == 0, "case files for no rule: " + string.Join(", ", strays));
    }
}
