using Napsm.Core.Reporting;
using Napsm.Core.Serialization;
using Napsm.Core.Tests.Validation;

namespace Napsm.Core.Tests.Reporting;

/// <summary>
/// Pins the DOT and Mermaid drawings of every seed in every view. After a deliberate change to a seed or to the drawing,
/// regenerate with <c>NAPSM_UPDATE_GOLDEN=1 dotnet test tests/Napsm.Core.Tests --filter DesignGraphGoldenTests</c> and review the diff.
/// </summary>
public class DesignGraphGoldenTests
{
    private static readonly string GoldenDir = Repo.Path("tests", "Napsm.Core.Tests", "Reporting", "Graphs");

    /// <summary>The seeds: seeds/*.json (their golden diagnostics live in seeds/expected/).</summary>
    private static IEnumerable<string> Seeds() =>
        Directory.GetFiles(Repo.Path("seeds"), "*.json")
            .Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal);

    public static TheoryData<string, GraphView, GraphFormat> Cases()
    {
        var data = new TheoryData<string, GraphView, GraphFormat>();
        foreach (var seed in Seeds())
        {
            foreach (var view in Enum.GetValues<GraphView>())
            {
                foreach (var format in Enum.GetValues<GraphFormat>()) data.Add(seed, view, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Drawing_of_a_seed_matches_its_golden_file(string seed, GraphView view, GraphFormat format)
    {
        var design = DesignJson.Load(Repo.Path("seeds", seed + ".json")).Design;
        var actual = DesignGraph.Write(design, view, format);
        var golden = Path.Combine(GoldenDir, $"{seed}.{view.ToString().ToLowerInvariant()}.{(format == GraphFormat.Dot ? "dot" : "mmd")}");
        if (Environment.GetEnvironmentVariable("NAPSM_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(GoldenDir);
            File.WriteAllText(golden, actual);
        }

        Assert.True(File.Exists(golden), $"No golden file {golden}; run with NAPSM_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(golden), actual);
    }

    [Fact]
    public void Every_golden_file_belongs_to_a_seed()
    {
        var seeds = Seeds().ToHashSet(StringComparer.Ordinal);
        var orphans = Directory.GetFiles(GoldenDir).Select(Path.GetFileName).Where(f => !seeds.Contains(f!.Split('.')[0])).ToList();
        Assert.Empty(orphans);
    }
}
