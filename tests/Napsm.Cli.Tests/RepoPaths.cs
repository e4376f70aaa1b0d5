namespace Napsm.Cli.Tests;

/// <summary>Paths in the repository (seeds, README), found by walking up to the folder that holds Napsm.Core.sln.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>seeds/*.json: the designs (their golden diagnostics live in seeds/expected/).</summary>
    public static IReadOnlyList<string> Seeds() => Designs(Of("seeds"));

    /// <summary>seeds/flawed/*.json: the flawed designs (goldens in seeds/flawed/expected/).</summary>
    public static IReadOnlyList<string> FlawedSeeds() => Designs(Of("seeds", "flawed"));

    private static List<string> Designs(string dir) =>
        Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal).ToList();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Napsm.Core.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Napsm.Core.sln not found above " + AppContext.BaseDirectory);
    }
}
