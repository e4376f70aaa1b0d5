using System.Text;
using System.Text.RegularExpressions;
using Napsm.Cli;

namespace Napsm.Cli.Tests;

/// <summary>
/// The README's tour works as written (#17): every <c>napsm …</c> line of its shell blocks runs and succeeds, and every output the
/// tour shows (a <c>text</c> block after a shell block) is the real output of that block's last command, with the README's elisions
/// allowed explicitly: a line that is only <c>…</c> stands for any number of lines, and a <c>…</c> inside a line for any text.
/// </summary>
public class ReadmeTourTests
{
    private const string Prefix = "napsm ";

    /// <summary>The tour: the README from "## A five-minute tour" to the next section.</summary>
    private static List<string> Tour()
    {
        var lines = File.ReadAllLines(RepoPaths.Of("README.md")).ToList();
        int start = lines.FindIndex(l => l.StartsWith("## A five-minute tour", StringComparison.Ordinal));
        Assert.True(start >= 0, "README.md has no '## A five-minute tour' section");
        int end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        return lines.GetRange(start, (end < 0 ? lines.Count : end) - start);
    }

    /// <summary>Each fenced block of the tour: its language and its lines.</summary>
    private static List<(string Language, List<string> Lines)> Blocks()
    {
        var blocks = new List<(string, List<string>)>();
        List<string>? current = null;
        string language = "";
        foreach (var line in Tour())
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (current is null)
                {
                    language = line[3..].Trim();
                    current = [];
                }
                else
                {
                    blocks.Add((language, current));
                    current = null;
                }
            }
            else
            {
                current?.Add(line);
            }
        }

        return blocks;
    }

    private static List<string> Lines() =>
        Blocks().Where(b => b.Language == "sh").SelectMany(b => b.Lines).Where(l => l.StartsWith(Prefix, StringComparison.Ordinal)).ToList();

    public static TheoryData<string> TourCommands()
    {
        var data = new TheoryData<string>();
        foreach (var line in Lines()) data.Add(line);
        return data;
    }

    /// <summary>Each shown output: the command (the last napsm line of the shell block before it) and the block's text.</summary>
    public static TheoryData<string, string> ShownOutputs()
    {
        var data = new TheoryData<string, string>();
        var blocks = Blocks();
        for (int i = 1; i < blocks.Count; i++)
        {
            if (blocks[i].Language != "text" || blocks[i - 1].Language != "sh") continue;
            var command = blocks[i - 1].Lines.Last(l => l.StartsWith(Prefix, StringComparison.Ordinal));
            data.Add(command, string.Join('\n', blocks[i].Lines) + "\n");
        }

        return data;
    }

    /// <summary>Shell-like words: spaces separate, double quotes group; stops at a pipe, a redirection or a comment.</summary>
    internal static List<string> Words(string command)
    {
        var words = new List<string>();
        var current = new StringBuilder();
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
    public void README_has_a_tour_of_the_commands_and_shows_outputs()
    {
        var commands = Lines().Select(line => Words(line[Prefix.Length..])[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var c in new[] { "check", "explain", "power", "schedule", "treaty", "stake", "graph", "new" }) Assert.Contains(c, commands);
        Assert.NotEmpty(ShownOutputs());
    }

    [Fact]
    public void README_starts_with_the_sample_and_the_test_command_and_sets_the_tool_up_in_one_command()
    {
        var lines = File.ReadAllLines(RepoPaths.Of("README.md"));
        Assert.StartsWith("dotnet run --project samples/Napsm.Samples.WhatsAtStake", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("dotnet test Napsm.Core.sln", lines[4], StringComparison.Ordinal);
        var setup = Blocks().First(b => b.Language == "sh").Lines;
        Assert.Contains(setup, l => l.Contains("dotnet tool install", StringComparison.Ordinal) || l.Contains("dotnet tool update", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TourCommands))]
    public void Tour_command_succeeds(string line)
    {
        var (code, output, error) = RunTour(line);
        Assert.True(code == 0, $"{line}\nexit {code}\n{error}");
        Assert.NotEmpty(output);
    }

    [Theory]
    [MemberData(nameof(ShownOutputs))]
    public void Shown_output_is_the_real_output(string line, string shown)
    {
        var (_, output, _) = RunTour(line);
        Assert.True(Pattern(shown).IsMatch(output), $"README shows for '{line}':\n{shown}\nbut the tool prints:\n{output}");
    }

    [Fact]
    public void Elisions_match_lines_and_parts_of_lines_but_nothing_else()
    {
        var pattern = Pattern("a(…)b\n  …\nz: 1 info\n");
        Assert.Matches(pattern, "a(xyz)b\nline\nline\nz: 1 info\n");
        Assert.Matches(pattern, "a()b\nz: 1 info\n");
        Assert.DoesNotMatch(pattern, "a(xyz)b\nline\nz: 0 info\n");
        Assert.DoesNotMatch(pattern, "a(xyz)c\nz: 1 info\n");
    }

    [Fact]
    public void Words_splits_like_a_shell_for_the_tour()
    {
        Assert.Equal(["new", "My Forum"], Words("new \"My Forum\""));
        Assert.Equal(["graph", "f.json", "--view", "bodies"], Words("graph f.json --view bodies | dot -Tsvg > x.svg"));
    }

    /// <summary>The shown text as a pattern of the whole output: a line "…" is any lines, a "…" in a line any text.</summary>
    internal static Regex Pattern(string shown)
    {
        var sb = new StringBuilder("^");
        foreach (var line in shown.TrimEnd('\n').Split('\n'))
        {
            if (line.Trim() == "…") sb.Append(@"(?:[^\n]*\n)*?");
            else sb.Append(string.Join("[^\\n]*?", line.Split('…').Select(Regex.Escape))).Append(@"\n");
        }

        return new Regex(sb.Append(@"\z").ToString(), RegexOptions.None, TimeSpan.FromSeconds(10));
    }

    private static (int Code, string Out, string Err) RunTour(string line)
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

            using var stdout = new StringWriter { NewLine = "\n" };
            using var stderr = new StringWriter { NewLine = "\n" };
            int code = CliApp.Run(resolved, stdout, stderr);
            return (code, FromRoot(stdout.ToString()), FromRoot(stderr.ToString()));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// Paths as the README shows them, relative to the repository root: the tests run elsewhere, and reports name a file relative to
    /// the working directory.
    /// </summary>
    private static string FromRoot(string text)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, RepoPaths.Root).Replace('\\', '/') + "/";
        return text.Replace(relative, "", StringComparison.Ordinal).Replace(RepoPaths.Root.Replace('\\', '/') + "/", "", StringComparison.Ordinal);
    }
}
