using System.Text;
using System.Text.RegularExpressions;
using Napsm.Core.Evolution;
using Napsm.Core.Reporting;
using Napsm.Core.Serialization;
using Napsm.Core.Tests.Validation;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Seeds;

/// <summary>
/// Golden tests over every design file in the repository's <c>seeds/</c> folder (found by walking up to Napsm.Core.sln, so a clean
/// clone works): each loads, is canonical (<c>napsm format</c> leaves it unchanged), and validates with exactly the diagnostics stored
/// in the <c>expected/</c> folder beside it: <c>seeds/expected/&lt;name&gt;.expected.json</c>, <c>seeds/flawed/expected/&lt;name&gt;.expected.json</c>
/// (the JSON report of <c>napsm check</c>, see seeds/README.md), so that <c>napsm check seeds/*.json</c> sees only designs. The list of seeds is read from
/// disk on every run, so a new seed without a golden fails with a message saying how to create it:
/// <c>NAPSM_UPDATE_GOLDEN=1 dotnet test tests/Napsm.Core.Tests --filter FullyQualifiedName~Seeds</c>.
/// </summary>
public sealed partial class SeedGoldenTests
{
    private static readonly string SeedsDir = Repo.Path("seeds");
    private static bool Update => Environment.GetEnvironmentVariable("NAPSM_UPDATE_GOLDEN") is "1" or "true";

    /// <summary>Every seed, as a path relative to seeds/ with forward slashes (such as <c>flawed/improper-rule.json</c>).</summary>
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var s in SeedFiles()) data.Add(s);
        return data;
    }

    private static IEnumerable<string> SeedFiles() =>
        Repo.SeedDesigns().Select(f => Path.GetRelativePath(SeedsDir, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

    /// <summary>The golden file of a seed with the given suffix: <c>flawed/x.json</c> → <c>seeds/flawed/expected/x.expected.json</c>.</summary>
    private static string ExpectedPath(string seed, string suffix)
    {
        var slash = seed.LastIndexOf('/');
        var folder = slash < 0 ? "" : seed[..slash];
        var name = seed[(slash + 1)..^".json".Length];
        return Path.Combine(SeedsDir, folder, "expected", name + suffix);
    }

    private static DesignDocument Load(string seed)
    {
        var text = File.ReadAllText(Path.Combine(SeedsDir, seed));
        return DesignJson.Parse(text, "seeds/" + seed);
    }

    private static string GoldenPath(string seed) => ExpectedPath(seed, ".expected.json");

    private static string Report(DesignDocument doc) =>
        ReportWriter.Format([Validator(doc).Validate(doc)], ReportFormat.Json);

    /// <summary>The validator of a seed: its predecessor (evolvesFrom) is looked for in the seed's own folder, as napsm check does (the
    /// document's file is the repository-relative name, which does not resolve from the test's working folder).</summary>
    internal static DesignValidator Validator(DesignDocument doc) =>
        new DesignValidator(new ValidationOptions { PredecessorFolder = Path.GetDirectoryName(Path.Combine(Path.GetDirectoryName(SeedsDir)!, doc.File!)) }).WithEvolutionRules();

    [Fact]
    public void The_seeds_folder_has_seeds()
    {
        Assert.True(SeedFiles().Count() >= 10, $"expected the curated seeds under {SeedsDir}");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_loads(string seed)
    {
        var ok = DesignJson.TryParse(File.ReadAllText(Path.Combine(SeedsDir, seed)), out var doc, out var error, "seeds/" + seed);
        Assert.True(ok, $"seeds/{seed} does not load: {error?.Message}");
        Assert.False(string.IsNullOrEmpty(doc!.Design.Id));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_is_canonical(string seed)
    {
        var text = File.ReadAllText(Path.Combine(SeedsDir, seed)).ReplaceLineEndings("\n");
        var formatted = DesignJson.Serialize(Load(seed));
        Assert.True(string.Equals(text, formatted, StringComparison.Ordinal),
            $"seeds/{seed} is not in canonical form; run 'napsm format --in-place seeds/{seed}'. First difference at line {FirstDifferentLine(text, formatted)}.");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_validates_with_exactly_its_golden_diagnostics(string seed)
    {
        var actual = Report(Load(seed));
        var golden = GoldenPath(seed);
        if (Update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, actual, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(golden),
            $"seeds/{seed} has no golden diagnostics ({Path.GetRelativePath(Repo.Root, golden).Replace('\\', '/')}). Review 'napsm check seeds/{seed}', then create it with "
            + "NAPSM_UPDATE_GOLDEN=1 dotnet test tests/Napsm.Core.Tests --filter FullyQualifiedName~Seeds");
        var expected = File.ReadAllText(golden).ReplaceLineEndings("\n");
        Assert.True(string.Equals(expected, actual, StringComparison.Ordinal),
            $"seeds/{seed} no longer validates with its golden diagnostics (first difference at line {FirstDifferentLine(expected, actual)}).\n"
            + $"Actual report:\n{actual}\nIf the change is intended, regenerate with NAPSM_UPDATE_GOLDEN=1.");
    }

    [Fact]
    public void Every_golden_file_belongs_to_a_seed()
    {
        var seeds = SeedFiles().ToHashSet(StringComparer.Ordinal);
        var goldens = SeedFiles().Select(GoldenPath).ToHashSet(StringComparer.Ordinal);
        var orphans = Directory.EnumerateFiles(SeedsDir, "*", SearchOption.AllDirectories)
            .Where(f => string.Equals(Path.GetFileName(Path.GetDirectoryName(f)), "expected", StringComparison.Ordinal))
            .Where(f => f.EndsWith(".expected.json", StringComparison.Ordinal) ? !goldens.Contains(f) : !IsWrittenExpectation(f, seeds))
            .Select(f => Path.GetRelativePath(SeedsDir, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.True(orphans.Count == 0, "files in an expected/ folder without a seed (delete or rename them): " + string.Join(", ", orphans));
    }

    /// <summary>True for <c>flawed/expected/x.expected.md</c> when <c>flawed/x.json</c> is a seed.</summary>
    private static bool IsWrittenExpectation(string file, HashSet<string> seeds)
    {
        if (!file.EndsWith(".expected.md", StringComparison.Ordinal)) return false;
        var folder = Path.GetRelativePath(SeedsDir, Path.GetDirectoryName(Path.GetDirectoryName(file)!)!).Replace('\\', '/');
        var name = Path.GetFileName(file)[..^".expected.md".Length] + ".json";
        return seeds.Contains(folder == "." ? name : folder + "/" + name);
    }

    /// <summary>The flawed designs whose expectations are written in words beside their goldens (<c>seeds/flawed/expected/*.expected.md</c>).</summary>
    public static TheoryData<string> FlawedWithExpectations()
    {
        var data = new TheoryData<string>();
        foreach (var md in Directory.EnumerateFiles(Path.Combine(SeedsDir, "flawed", "expected"), "*.expected.md").Order(StringComparer.Ordinal))
        {
            data.Add("flawed/" + Path.GetFileName(md)[..^".expected.md".Length] + ".json");
        }

        return data;
    }

    /// <summary>
    /// The written expectations and the validator agree: every id in bold under "Must produce" is reported ("exactly one" means once),
    /// and every id reported is mentioned somewhere in the expectations (as must, acceptable or may). An id whose rule the validator
    /// does not implement yet is not required (rules land one family at a time); it becomes required as soon as a rule declares it.
    /// </summary>
    [Theory]
    [MemberData(nameof(FlawedWithExpectations))]
    public void Flawed_seed_produces_what_its_expectations_say(string seed)
    {
        var md = File.ReadAllText(ExpectedPath(seed, ".expected.md"));
        var document = Load(seed);
        var validator = Validator(document);
        var implemented = validator.Rules.SelectMany(r => r.Descriptors).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var diagnostics = validator.Validate(document).Diagnostics;
        var mustSection = md[md.IndexOf("Must produce", StringComparison.Ordinal)..];
        var end = Regex.Match(mustSection, @"\n\s*\n");
        if (end.Success) mustSection = mustSection[..end.Index];
        var must = BoldId().Matches(mustSection).Select(m => m.Groups[1].Value).Distinct().ToList();
        var mentioned = AnyId().Matches(md).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(must);
        foreach (var id in must.Where(implemented.Contains))
        {
            var count = diagnostics.Count(d => d.Id == id);
            Assert.True(count > 0, $"seeds/{seed}: expected {id}, got {string.Join(", ", diagnostics.Select(d => d.Id))}");
            if (mustSection.Contains("exactly one", StringComparison.Ordinal)) Assert.True(count == 1, $"seeds/{seed}: expected exactly one {id}, got {count}");
        }

        var unexpected = diagnostics.Where(d => !mentioned.Contains(d.Id)).Select(d => d.ToString()).ToList();
        Assert.True(unexpected.Count == 0, $"seeds/{seed}: diagnostics its expectations do not mention:\n" + string.Join("\n", unexpected));
    }

    private static int FirstDifferentLine(string a, string b)
    {
        var la = a.Split('\n');
        var lb = b.Split('\n');
        for (int i = 0; i < Math.Min(la.Length, lb.Length); i++)
        {
            if (!string.Equals(la[i], lb[i], StringComparison.Ordinal)) return i + 1;
        }

        return Math.Min(la.Length, lb.Length) + 1;
    }

    [GeneratedRegex(@"\*\*(NAPSM\d{4})\*\*")]
    private static partial Regex BoldId();

    [GeneratedRegex(@"NAPSM\d{4}")]
    private static partial Regex AnyId();
}
