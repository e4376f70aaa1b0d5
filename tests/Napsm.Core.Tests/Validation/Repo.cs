namespace Napsm.Core.Tests.Validation;

/// <summary>Paths in the repository, found by walking up from the test assembly to the folder that holds Napsm.Core.sln.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>
    /// Every design file under seeds/ (seeds/*.json, seeds/flawed/*.json …), in ordinal order. Golden files live in folders named
    /// <c>expected</c> (seeds/expected/, seeds/flawed/expected/) and are not designs.
    /// </summary>
    public static IEnumerable<string> SeedDesigns() =>
        Directory.EnumerateFiles(Path("seeds"), "*.json", SearchOption.AllDirectories)
            .Where(f => !string.Equals(System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(f)), "expected", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Napsm.Core.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Napsm.Core.sln not found above " + AppContext.BaseDirectory);
    }
}
