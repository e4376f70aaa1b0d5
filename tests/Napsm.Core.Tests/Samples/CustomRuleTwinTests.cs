using Napsm.Core.Serialization;
using Napsm.Core.Tests.Validation;
using Napsm.Core.Validation;
using Napsm.Samples.CustomRule;

namespace Napsm.Core.Tests.Samples;

/// <summary>
/// samples/Napsm.Samples.CustomRule re-implements NAPSM0402 and NAPSM0403 with public queries only (#13, item 1): on every seed, flawed
/// seed and time-rule case its diagnostics are the built-in ones, field by field. (The sample's own program checks the same in CI;
/// its project, in the solution, proves the rule compiles against the public API alone.)
/// </summary>
public sealed class CustomRuleTwinTests
{
    private static readonly string[] Twins = ["NAPSM0402", "NAPSM0403"];

    public static TheoryData<string> Designs() => new(Files());

    private static List<string> Files()
    {
        var data = new List<string>();
        foreach (var file in Repo.SeedDesigns()) data.Add(Path.GetRelativePath(Repo.Root, file).Replace('\\', '/'));
        foreach (var file in Directory.GetFiles(Repo.Path("tests", "Napsm.Core.Tests", "Validation", "Cases"), "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith("NAPSM04", StringComparison.Ordinal) || name.StartsWith("NAPSM0504.", StringComparison.Ordinal))
            {
                data.Add(Path.GetRelativePath(Repo.Root, file).Replace('\\', '/'));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Designs))]
    public void The_users_rule_gives_the_built_in_diagnostics(string design)
    {
        var document = DesignJson.Load(Path.Combine(Repo.Root, design));
        var builtIn = new DesignValidator();
        var expected = builtIn.Validate(document).Diagnostics.Where(d => Twins.Contains(d.Id)).ToList();
        var actual = builtIn.WithRule(new InfeasibleTimingRule(builtIn.Descriptors)).Validate(document).Diagnostics
            .Where(d => d.Id.StartsWith("CUSTOM", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.Equal(InfeasibleTimingRule.IdFor(e.Id), a.Id);
            Assert.Equal(e.Severity, a.Severity);
            Assert.Equal(e.Message, a.Message);
            Assert.Equal(e.Location, a.Location);
            Assert.Equal(e.RelatedLocations, a.RelatedLocations);
            Assert.Equal(e.Chain, a.Chain);
        }
    }

    [Fact]
    public void Some_design_gives_a_diagnostic_to_compare_so_agreement_is_not_vacuous()
    {
        var validator = new DesignValidator();
        Assert.Contains(Files(), f => validator.Validate(DesignJson.Load(Path.Combine(Repo.Root, f))).Diagnostics.Any(d => Twins.Contains(d.Id)));
    }
}
