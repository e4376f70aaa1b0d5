using System.Globalization;
using Napsm.Core.Serialization;
using Napsm.Core.Tests.Hostile;
using Napsm.Core.Tests.Validation;

namespace Napsm.Core.Tests.Robustness;

/// <summary>
/// The same design gives the same bytes from the canonical writer, every report format and every engine, whatever the current culture
/// and however often it is run.
/// </summary>
public class DeterminismTests
{
    private static readonly string[] Cultures = ["", "tr-TR", "ar-SA", "de-DE"];

    public static TheoryData<string> Designs()
    {
        var data = new TheoryData<string> { "everything" };
        foreach (var file in Repo.SeedDesigns())
        {
            data.Add(Path.GetRelativePath(Repo.Root, file).Replace('\\', '/'));
        }

        return data;
    }

    private static DesignDocument Load(string name) =>
        name == "everything" ? DesignJson.Parse(HostileCorpus.Everything, "everything.json") : DesignJson.Load(Repo.Path(name.Split('/')));

    /// <summary>Everything the library writes about a design: canonical JSON and the pipeline's description (reports in every format, engines).</summary>
    private static string Output(string name)
    {
        var document = Load(name);
        return DesignJson.Serialize(document) + "\n" + Pipeline.Run(document).Description;
    }

    internal static T InCulture<T>(string culture, Func<T> action) => Napsm.Tests.Shared.CultureScope.Run(culture, action);

    [Theory]
    [MemberData(nameof(Designs))]
    public void Output_is_byte_identical_in_every_culture(string design)
    {
        var invariant = InCulture("", () => Output(design));

        foreach (var culture in Cultures.Skip(1))
        {
            var other = InCulture(culture, () => Output(design));
            Assert.True(invariant == other, $"{design}: output differs under {culture} at character {FirstDifference(invariant, other)}");
        }
    }

    [Theory]
    [MemberData(nameof(Designs))]
    public void Output_is_byte_identical_across_runs(string design)
    {
        var first = Output(design);
        var second = Output(design);

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_output_under_test_is_not_trivially_empty()
    {
        var output = Output("everything");

        Assert.Contains("\"id\": \"council\"", output, StringComparison.Ordinal);
        Assert.Contains("council", output, StringComparison.Ordinal);
        Assert.True(output.Length > 2_000, "length " + output.Length);
    }

    internal static int FirstDifference(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            if (a[i] != b[i]) return i;
        }

        return n;
    }
}
