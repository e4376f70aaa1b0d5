using Napsm.Cli;

namespace Napsm.Cli.Tests;

/// <summary>The README's tour works as written: every <c>dotnet run --project src/Napsm.Cli -- …</c> line runs and succeeds.</summary>
public class ReadmeTourTests
{
    private const string Prefix = "dotnet run --project src/Napsm.Cli -- ";

    private static List<string> Lines() =>
        File.ReadAllLines(RepoPaths.Of("README.md")).Where(l => l.StartsWith(Prefix, StringComparison.Ordinal)).ToList();

    public static TheoryData<string> TourCommands()
    {
        var data = new TheoryData<string>();
        foreach (var line in Lines()) data.Add(line);
        return data;
    }

    /// <summary>Shell-like words: spaces separate, double quotes group; stops at a pipe, a redirection or a comment.</summary>
    internal static List<string> Words(string command)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false, any = false;
        foreach (var ch in command)
        {
            if (ch == '"') { quoted = !quoted; any = true; continue; }
            if (!quoted && ch is '|' or '>' or '#') break;
            if (!quoted && ch == ' ')
            {
                if (any) words.Add(current.ToString());
                current.Clear();
                any = false;
                continue;
            }

            current.Append(ch);
            any = true;
        }

        if (any) words.Add(current.ToString());
        return words;
    }

    [Fact]
    public void README_has_a_tour_of_the_commands()
    {
        var commands = Lines().Select(line => Words(line[Prefix.Length..])[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var c in new[] { "check", "explain", "power", "schedule", "treaty", "stake", "graph", "new" }) Assert.Contains(c, commands);
    }

    [Theory]
    [MemberData(nameof(TourCommands))]
    public void Tour_command_succeeds(string line)
    {
        var args = Words(line[Prefix.Length..]);
        // Paths are relative to the repository root; 'new' writes its file into a temporary folder instead.
        var dir = Path.Combine(Path.GetTempPath(), "napsm-tour-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var resolved = args.Select(a => a.StartsWith("seeds/", StringComparison.Ordinal) ? RepoPaths.Of(a) : a).ToList();
            if (resolved[0] == "new") resolved.AddRange(["--output", Path.Combine(dir, "design.json")]);
            if (resolved[0] == "check" && resolved.Count > 1 && !File.Exists(resolved[1]))
            {
                // 'check my-forum.json' follows 'new "My Forum"': check a fresh starter.
                Assert.Equal(0, CliApp.Run(["new", "My Forum", "--output", Path.Combine(dir, resolved[1])], TextWriter.Null, TextWriter.Null));
                resolved[1] = Path.Combine(dir, resolved[1]);
            }

            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            int code = CliApp.Run(resolved, stdout, stderr);
            Assert.True(code == 0, $"{line}\nexit {code}\n{stderr}");
            Assert.NotEmpty(stdout.ToString());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Words_splits_like_a_shell_for_the_tour()
    {
        Assert.Equal(["new", "My Forum"], Words("new \"My Forum\""));
        Assert.Equal(["graph", "f.json", "--view", "bodies"], Words("graph f.json --view bodies | dot -Tsvg > x.svg"));
    }
}
