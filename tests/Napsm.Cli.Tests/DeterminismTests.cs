using System.Diagnostics;
using System.Globalization;
using Napsm.Cli;
using Napsm.Core.Serialization;

namespace Napsm.Cli.Tests;

/// <summary>Every command and output format gives byte-identical output across runs and cultures, in-process and as a separate process.</summary>
public class DeterminismTests
{
    private static readonly string[] Cultures = ["", "tr-TR", "ar-SA", "de-DE"];

    private static readonly string[] Seeds = ["napsm-c-treaty-organisation.json", "asean.json", "six-party-2007-initial-actions.json", "unsc.json"];

    private static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Napsm.Core.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Napsm.Core.sln not found");
    }

    public static TheoryData<string> SeedFiles() => [.. Seeds];

    /// <summary>Every command line the CLI has for a design: each command in each of its formats and views, each body and treaty.</summary>
    private static List<string[]> CommandLines(string file)
    {
        var design = DesignJson.Load(file).Design;
        var lines = new List<string[]> { new[] { "format", file } };
        foreach (var f in new[] { "text", "json", "sarif", "markdown" }) lines.Add(["check", file, "--format", f]);
        foreach (var f in new[] { "dot", "mermaid" })
        {
            foreach (var v in new[] { "phases", "treaties", "bodies" }) lines.Add(["graph", file, "--format", f, "--view", v]);
        }

        foreach (var f in new[] { "text", "json" })
        {
            lines.Add(["schedule", file, "--format", f]);
            foreach (var b in design.Bodies) lines.Add(["power", file, "--body", b.Id, "--format", f]);
            foreach (var t in design.Treaties)
            {
                lines.Add(["power", file, "--treaty", t.Id, "--format", f]);
                lines.Add(["treaty", file, "--treaty", t.Id, "--as-of", "2030-01-01", "--format", f]);
            }
        }

        return lines;
    }

    private static string RunAll(string file) =>
        string.Concat(CommandLines(file).Select(args =>
        {
            var (exit, stdout, stderr) = CliRunner.Run(args);
            return $"$ napsm {string.Join(' ', args)}\nexit {exit}\n{stdout}\n{stderr}\n";
        }));

    private static T InCulture<T>(string culture, Func<T> action) => Napsm.Tests.Shared.CultureScope.Run(culture, action);

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Every_command_gives_the_same_bytes_in_every_culture_and_on_every_run(string seed)
    {
        var file = Path.Combine(Root, "seeds", seed);
        var invariant = InCulture("", () => RunAll(file));

        Assert.Equal(invariant, InCulture("", () => RunAll(file)));
        foreach (var culture in Cultures.Skip(1))
        {
            var other = InCulture(culture, () => RunAll(file));
            Assert.True(invariant == other, $"{seed}: output under {culture} differs from the invariant culture at character {FirstDifference(invariant, other)}");
        }
    }

    [Fact]
    public void The_commands_under_test_produce_output()
    {
        var all = RunAll(Path.Combine(Root, "seeds", "napsm-c-treaty-organisation.json"));

        Assert.Contains("$ napsm power", all, StringComparison.Ordinal);
        Assert.Contains("$ napsm treaty", all, StringComparison.Ordinal);
        Assert.Contains("\"version\": \"2.1.0\"", all, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tr_TR.UTF-8")]
    [InlineData("de_DE.UTF-8")]
    public void A_separate_process_with_a_culture_from_the_environment_gives_the_same_bytes(string locale)
    {
        var file = Path.Combine(Root, "seeds", "napsm-c-treaty-organisation.json");
        string[] args = ["check", file, "--format", "sarif"];
        var (_, expected, _) = InCulture("", () => CliRunner.Run(args));
        Assert.Equal(expected, RunInProcess(args, locale));
    }

    private static string SeedPath(string name) => Path.Combine(Root, "seeds", name);

    /// <summary>
    /// The commands that compare several designs (<c>stake</c>, <c>diff</c>), in every format, on the NAPSM alternatives and
    /// on pairs of seeds that differ in members, bodies, rules and treaties.
    /// </summary>
    private static List<string[]> ComparisonCommandLines()
    {
        string[] alternatives = [SeedPath("napsm-a-evolved-six-party.json"), SeedPath("napsm-b-osce-like.json"), SeedPath("napsm-c-treaty-organisation.json")];
        (string A, string B)[] pairs =
        [
            (SeedPath("six-party-phase3.json"), SeedPath("napsm-c-treaty-organisation.json")),
            (SeedPath("kedo-1997-board.json"), SeedPath("kedo-1997-side-agreement.json")),
            (SeedPath("napsm-a-evolved-six-party.json"), SeedPath("napsm-b-osce-like.json")),
        ];
        var lines = new List<string[]>();
        foreach (var f in ComparisonFormats)
        {
            foreach (var member in new[] { "us", "kp", "cn" }) lines.Add(["stake", .. alternatives, "--member", member, "--format", f]);
            lines.Add(["stake", .. alternatives, "--member", "kp", "--baseline", SeedPath("six-party-phase3.json"), "--format", f]);
            foreach (var (a, b) in pairs) lines.Add(["diff", a, b, "--format", f]);
        }

        return lines;
    }

    private static readonly string[] ComparisonFormats = ["text", "json", "markdown"];

    private static string RunComparisons() =>
        string.Concat(ComparisonCommandLines().Select(args =>
        {
            var (exit, stdout, stderr) = CliRunner.Run(args);
            return $"$ napsm {string.Join(' ', args)}\nexit {exit}\n{stdout}\n{stderr}\n";
        }));

    [Fact]
    public void Stake_and_diff_give_the_same_bytes_in_every_culture_and_on_every_run()
    {
        var invariant = InCulture("", RunComparisons);

        Assert.Equal(invariant, InCulture("", RunComparisons));
        foreach (var culture in Cultures.Skip(1))
        {
            var other = InCulture(culture, RunComparisons);
            Assert.True(invariant == other, $"stake/diff: output under {culture} differs from the invariant culture at character {FirstDifference(invariant, other)}");
        }
    }

    [Fact]
    public void The_stake_and_diff_runs_under_test_succeed_with_output_in_every_format()
    {
        foreach (var args in ComparisonCommandLines())
        {
            var (exit, stdout, stderr) = CliRunner.Run(args);
            Assert.True(exit == 0, $"napsm {string.Join(' ', args)} exited {exit}: {stderr}");
            Assert.True(stdout.Length > 100, $"napsm {string.Join(' ', args)} wrote only {stdout.Length} characters");
        }
    }

    public static TheoryData<string, string> ComparisonCommandsByLocale()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in new[] { "stake", "diff" })
        {
            foreach (var locale in new[] { "tr_TR.UTF-8", "ar_SA.UTF-8", "de_DE.UTF-8" }) data.Add(command, locale);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ComparisonCommandsByLocale))]
    public void Stake_and_diff_in_a_separate_process_with_a_culture_from_the_environment_give_the_same_bytes_in_every_format(string command, string locale)
    {
        // One command line per format (the first of each command's lines in that format) keeps the number of processes small.
        var perFormat = ComparisonCommandLines().Where(a => a[0] == command).GroupBy(a => a[^1], StringComparer.Ordinal).Select(g => g.First()).ToList();
        Assert.Equal(ComparisonFormats, perFormat.Select(a => a[^1]));
        foreach (var args in perFormat)
        {
            var (_, expected, _) = InCulture("", () => CliRunner.Run(args));

            Assert.Equal(expected, RunInProcess(args, locale));
        }
    }

    /// <summary>Runs the CLI as a separate <c>dotnet</c> process whose culture comes from LANG/LC_ALL.</summary>
    private static string RunInProcess(string[] args, string locale)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(typeof(CliApp).Assembly.Location);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["LANG"] = locale;
        psi.Environment["LC_ALL"] = locale;
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"napsm {string.Join(' ', args)} under {locale} exited {process.ExitCode}: {stderr.Result}");
        return stdout;
    }

    private static int FirstDifference(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            if (a[i] != b[i]) return i;
        }

        return n;
    }
}
