namespace Napsm.Cli.Tests;

/// <summary>
/// The examples in every command's <c>--help</c> are what a newcomer types first, so each one that reads only the repository's seeds is
/// run: it must be a valid command line (exit 0, or 1 when the design has problems) and say nothing on stderr. Examples that write files
/// (<c>--in-place</c>, <c>new</c>) or read a placeholder file are only parsed for the command name.
/// </summary>
public class HelpExampleTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var command in CliApp.Commands)
        {
            var lines = command.Help.Split('\n').Select(l => l.Trim()).ToList();
            int start = lines.FindIndex(l => l.StartsWith("Example", StringComparison.Ordinal));
            Assert.True(start >= 0, $"napsm {command.Name} --help has no example.");
            foreach (var line in lines.Skip(start + 1).TakeWhile(l => l.Length > 0)) data.Add(line);
        }

        return data;
    }

    /// <summary>The words of the command before any pipe or redirection, double quotes removed, globs expanded against the repository.</summary>
    private static List<string> Words(string example)
    {
        var command = example.Split('|', '>')[0];
        var words = new List<string>();
        foreach (var part in System.Text.RegularExpressions.Regex.Matches(command, "\"[^\"]*\"|\\S+").Select(m => m.Value.Trim('"')))
        {
            if (part.StartsWith("seeds/", StringComparison.Ordinal) && part.Contains('*', StringComparison.Ordinal))
            {
                var dir = RepoPaths.Of(Path.GetDirectoryName(part)!.Split('/'));
                var found = Directory.GetFiles(dir, Path.GetFileName(part)).Order(StringComparer.Ordinal).ToList();
                Assert.True(found.Count > 0, $"'{part}' matches no file");
                words.AddRange(found);
            }
            else
            {
                words.Add(part.StartsWith("seeds/", StringComparison.Ordinal) ? RepoPaths.Of(part.Split('/')) : part);
            }
        }

        return words;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_help_example_names_a_command_and_runs_when_it_reads_the_seeds(string example)
    {
        var words = Words(example);
        Assert.Equal("napsm", words[0]);
        Assert.Contains(CliApp.Commands, c => c.Name == words[1]);
        bool writes = words[1] == "new" || words.Contains("--in-place");
        bool placeholder = words.Any(w => w.EndsWith(".json", StringComparison.Ordinal) && !File.Exists(w));
        if (writes || placeholder) return;

        var (exit, output, error) = CliRunner.Run([.. words.Skip(1)]);
        Assert.True(exit is 0 or 1, $"{example}: exit {exit}\n{error}");
        Assert.Equal("", error);
        Assert.NotEqual("", output);
    }
}
