using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace Napsm.Core.Benchmarks;

/// <summary>
/// Issue 17's fast-start targets, as whole processes of the installed tool: loading and checking a small seed in at most 60 ms,
/// and <c>napsm power</c> on the EU-27 Lisbon rule (Banzhaf and Shapley–Shubik) at least ten times faster than the Python peer
/// power_bdd's whole process. Run the README's setup command first (it installs the tool into artifacts/tools); the
/// framework-dependent figures need the fallback package unpacked: <c>unzip artifacts/packages/napsm.any.*.nupkg -d
/// artifacts/tool-any</c>. The repository root is found from the working directory upwards.
/// </summary>
public class StartupBenchmarks
{
    private string _root = null!;

    /// <summary>How the tool is started: the installed native tool, or the framework-dependent fallback under <c>dotnet</c>.</summary>
    [Params("native", "framework-dependent")]
    public string Tool { get; set; } = "native";

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(Environment.CurrentDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Napsm.Core.sln"))) dir = dir.Parent;
        _root = dir?.FullName ?? throw new InvalidOperationException("run the benchmarks from inside the repository");
        var (file, args) = Command([]);
        if (args.Length > 0) file = args[0];
        if (!File.Exists(file)) throw new InvalidOperationException($"{file} is missing: run the README's setup command first (see this class's summary)");
    }

    [Benchmark(Description = "napsm check seeds/six-party-2005-joint-statement.json (whole process; target ≤ 60 ms native)")]
    public int CheckSmallSeed() => Run("check", "seeds/six-party-2005-joint-statement.json");

    [Benchmark(Description = "napsm power seeds/eu-council-lisbon.json --body council-qmv --indices banzhaf,shapleyShubik (whole process)")]
    public int PowerEu27() => Run("power", "seeds/eu-council-lisbon.json", "--body", "council-qmv", "--indices", "banzhaf,shapleyShubik");

    private (string File, string[] Args) Command(string[] args) => Tool == "native"
        ? (Path.Combine(_root, "artifacts", "tools", "napsm"), args)
        : ("dotnet", [Path.Combine(_root, "artifacts", "tool-any", "tools", "net10.0", "any", "napsm.dll"), .. args]);

    private int Run(params string[] args)
    {
        var (file, all) = Command(args);
        var psi = new ProcessStartInfo(file) { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in all) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
