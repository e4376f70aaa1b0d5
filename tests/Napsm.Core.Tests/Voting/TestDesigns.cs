namespace Napsm.Core.Tests.Voting;

/// <summary>Test support: where the test data lives.</summary>
internal static class TestDesigns
{
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Napsm.Core.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Napsm.Core.sln not found above " + AppContext.BaseDirectory);
    }

    public static string ConformanceDirectory => Path.Combine(RepoRoot(), "tests", "Napsm.Core.Tests", "Conformance");
}
