using System.Text;

namespace Napsm.Cli.Tests;

/// <summary>
/// Golden files of command outputs, in tests/Napsm.Cli.Tests/goldens/ (read from the repository, not the build output). Regenerate with
/// <c>NAPSM_UPDATE_GOLDEN=1 dotnet test tests/Napsm.Cli.Tests --filter "FullyQualifiedName~Markdown"</c>, then read the diff.
/// </summary>
internal static class Golden
{
    private static bool Update => Environment.GetEnvironmentVariable("NAPSM_UPDATE_GOLDEN") is "1" or "true";

    /// <summary>Asserts that <paramref name="actual"/> is the golden <paramref name="name"/> byte for byte (or writes it when updating).</summary>
    public static void Matches(string name, string actual)
    {
        var path = RepoPaths.Of("tests", "Napsm.Cli.Tests", "goldens", name);
        if (Update) File.WriteAllText(path, actual, new UTF8Encoding(false));
        Assert.True(File.Exists(path), $"no golden {name}; create it with NAPSM_UPDATE_GOLDEN=1 and review it");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }
}
