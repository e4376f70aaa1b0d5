namespace Napsm.Cli.Tests;

/// <summary>Paths in the repository (seeds, README), found by walking up to the folder that holds Napsm.Core.sln.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    public static IReadOnlyList<string> Seeds() => Directory.GetFiles(Of("seeds"), "*.json").Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> FlawedSeeds() =>
        Directory.Exists(Of("seeds", "flawed")) ? Directory.GetFiles(Of("seeds", "flawed"), "*.json").Order(StringComparer.Ordinal).ToList() : [];

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Napsm.Core.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Napsm.Core.sln not found above " + AppContext.BaseDirectory);
    }
}
