using Napsm.Core.Reporting;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Validation;

/// <summary>
/// One data-driven test per rule, from the files in Validation/Cases: <c>ID.bad.json</c> triggers rule ID exactly once and its full
/// text report equals <c>ID.bad.expected.txt</c>; <c>ID.good.json</c>, a near-identical design, does not trigger ID at all.
/// To add a rule's case: write the two designs, then run the tests once with NAPSM_UPDATE_GOLDEN=1 to write the expected file,
/// check it by eye, remove the id from <see cref="PendingRules"/>, and commit.
/// </summary>
public class RuleCaseTests
{
    private static readonly string CasesDirectory = Repo.Path("tests", "Napsm.Core.Tests", "Validation", "Cases");

    // Rules whose engine-backed implementation (and case files) is still to come. Remove an id when its cases are added.
    private static readonly HashSet<string> PendingRules = new(StringComparer.Ordinal)
    {
        "NAPSM0401", "NAPSM0402", "NAPSM0403", "NAPSM0405", "NAPSM0406", "NAPSM0407",
        "NAPSM0501", "NAPSM0502", "NAPSM0503", "NAPSM0504", "NAPSM0505", "NAPSM0506",
    };

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var d in RuleCatalog.All.Where(d => !PendingRules.Contains(d.Id))) data.Add(d.Id);
        return data;
    }

    internal static ValidationReport Check(string fileName)
    {
        // Parse with the bare file name, so that locations in the golden files do not depend on where the repository is.
        var document = DesignJson.Parse(File.ReadAllText(Path.Combine(CasesDirectory, fileName)), fileName);
        return new DesignValidator().Validate(document);
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
    public void Every_rule_has_cases_unless_it_is_pending_and_no_pending_rule_has_any()
    {
        var files = Directory.GetFiles(CasesDirectory, "*.json").Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        foreach (var d in RuleCatalog.All)
        {
            bool has = files.Contains(d.Id + ".bad.json") && files.Contains(d.Id + ".good.json");
            Assert.True(has != PendingRules.Contains(d.Id), PendingRules.Contains(d.Id)
                ? $"{d.Id} has case files now: remove it from RuleCaseTests.PendingRules."
                : $"{d.Id} needs Cases/{d.Id}.bad.json and Cases/{d.Id}.good.json.");
        }
    }
}
