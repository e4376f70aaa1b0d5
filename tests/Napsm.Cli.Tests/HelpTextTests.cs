using Napsm.Cli;

namespace Napsm.Cli.Tests;

/// <summary>
/// The help's prose is wrapped once, by <see cref="HelpText"/>: no ragged short lines where a source line break fell inside a
/// sentence, every word kept in order, items of an indented list in their column.
/// </summary>
public sealed class HelpTextTests
{
    [Fact]
    public void The_lines_of_a_sentence_are_joined_and_wrapped_at_the_width()
    {
        var text = HelpText.Reflow("one two three\nfour five six seven eight\nnine.\nA new sentence.", 14);
        Assert.Equal("one two three\nfour five six\nseven eight\nnine.\nA new\nsentence.", text);
    }

    [Fact]
    public void An_indented_item_keeps_its_text_in_one_column()
    {
        var text = HelpText.Reflow("Views:\n  phases   the phases in order, each with\n           its commitments\n  bodies   the bodies", 41);
        Assert.Equal("Views:\n  phases   the phases in order, each with\n           its commitments\n  bodies   the bodies", text);
        var narrow = HelpText.Reflow("  phases   the phases in order, each with its commitments", 31);
        Assert.Equal("  phases   the phases in order,\n           each with its\n           commitments", narrow);
    }

    [Fact]
    public void A_word_longer_than_the_width_has_a_line_of_its_own()
    {
        Assert.Equal("a\nabcdefghijklmnop\nb", HelpText.Reflow("a abcdefghijklmnop b", 5));
    }

    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (var c in CliApp.Commands) data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_description_fits_100_columns_keeps_its_words_and_has_no_ragged_line(string name)
    {
        var command = CliApp.Commands.Single(c => c.Name == name);
        var help = command.Help.Split('\n');
        int start = Array.IndexOf(help, "Description:") + 1, end = Array.IndexOf(help, "Usage:") - 1;
        var lines = help[start..end];
        Assert.All(lines, l => Assert.True(l.Length <= 100, $"{name}: a line of {l.Length} columns: {l}"));
        var words = string.Join(' ', command.Definition.Description!.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(words, string.Join(' ', lines.SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
        for (int i = 0; i + 1 < lines.Length; i++)
        {
            // A line that ends inside a sentence is full: the next line's first word would not have fitted on it.
            var line = lines[i].TrimEnd();
            // The next line starts another item of an indented list, or goes back from an item to the prose.
            if (Indent(lines[i + 1]) != Indent(line)) continue;
            if (line.EndsWith('.') || line.EndsWith(':') || line.EndsWith(".)", StringComparison.Ordinal)) continue;
            var next = lines[i + 1].TrimStart().Split(' ')[0];
            Assert.True(line.Length + 1 + next.Length > 100, $"{name}: a ragged line ({line.Length} columns, '{next}' would fit): {line}");
        }
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;
}
