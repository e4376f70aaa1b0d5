using System.Text;
using Napsm.Core.Analysis;
using Napsm.Core.Serialization;
using Napsm.Core.Tests.Validation;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Analysis;

/// <summary>
/// Pins which diagnostics involve which member, and why (the "Diagnostics involving" section of <c>napsm stake</c>), over every seed
/// and every rule's bad case: one line per (design, member, diagnostic). Regenerate with
/// <c>NAPSM_UPDATE_GOLDEN=1 dotnet test tests/Napsm.Core.Tests --filter FullyQualifiedName~StakeInvolvementGolden</c>.
/// </summary>
public sealed class StakeInvolvementGoldenTests
{
    private static readonly string GoldenPath = Repo.Path("tests", "Napsm.Core.Tests", "Analysis", "stake-involvement.golden.txt");

    private static bool Update => Environment.GetEnvironmentVariable("NAPSM_UPDATE_GOLDEN") is "1" or "true";

    private static IEnumerable<string> Files() =>
        Repo.SeedDesigns().Concat(Directory.EnumerateFiles(Repo.Path("tests", "Napsm.Core.Tests", "Validation", "Cases"), "*.bad.json").Order(StringComparer.Ordinal));

    private static string Involvement()
    {
        var sb = new StringBuilder();
        var validator = new DesignValidator();
        foreach (var file in Files())
        {
            var name = Path.GetRelativePath(Repo.Root, file).Replace('\\', '/');
            if (!DesignJson.TryParse(File.ReadAllText(file), out var doc, out _, name)) continue;
            var validation = validator.Validate(doc!);
            foreach (var member in doc!.Design.Members.Select(m => m.Id).Distinct(StringComparer.Ordinal))
            {
                foreach (var x in StakeReport.Involving(doc.Design, member, validation))
                {
                    sb.Append(name).Append('\t').Append(member).Append('\t').Append(x.Diagnostic.Id).Append('\t')
                        .Append(x.Diagnostic.Location.JsonPointer).Append('\t').Append(x.Because).Append('\n');
                }
            }
        }

        return sb.ToString();
    }

    [Fact]
    public void The_diagnostics_involving_each_member_of_every_seed_and_case_are_the_golden_ones()
    {
        var actual = Involvement();
        if (Update || !File.Exists(GoldenPath))
        {
            File.WriteAllText(GoldenPath, actual);
            Assert.True(Update, $"wrote {GoldenPath}; check it in");
            return;
        }

        var expected = File.ReadAllText(GoldenPath).ReplaceLineEndings("\n");
        var a = actual.Split('\n');
        var e = expected.Split('\n');
        var missing = e.Except(a, StringComparer.Ordinal).Take(10).ToList();
        var extra = a.Except(e, StringComparer.Ordinal).Take(10).ToList();
        Assert.True(string.Equals(expected, actual, StringComparison.Ordinal),
            $"stake involvement differs from {GoldenPath}.\nmissing:\n{string.Join("\n", missing)}\nextra:\n{string.Join("\n", extra)}");
    }
}
