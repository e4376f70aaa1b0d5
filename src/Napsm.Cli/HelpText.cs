namespace Napsm.Cli;

/// <summary>
/// The prose of a command's help laid out for the help's width. A description is written in the source as lines of any length;
/// the help writer would wrap each of them again at its own width, leaving short ragged lines, so the lines of a sentence are
/// joined first and the text is wrapped here, once: a line that ends a sentence ends its line, and an indented item (a term, two
/// or more spaces, its text) keeps its text in one column.
/// </summary>
internal static class HelpText
{
    /// <summary>The description as lines of at most <paramref name="width"/> characters (a longer word has a line of its own).</summary>
    /// <param name="description">The description as written in the source.</param>
    /// <param name="width">The width of a line.</param>
    /// <returns>The wrapped text, lines separated by <c>\n</c>, without a final newline.</returns>
    public static string Reflow(string description, int width)
    {
        var logical = new List<string>();
        foreach (var raw in description.ReplaceLineEndings("\n").Trim('\n').Split('\n'))
        {
            var line = raw.TrimEnd();
            if (logical.Count > 0 && Continues(logical[^1], line))
            {
                logical[^1] += " " + line.TrimStart();
            }
            else
            {
                logical.Add(line);
            }
        }

        return string.Join('\n', logical.Select(l => Wrap(l, width)));
    }

    /// <summary>Whether <paramref name="line"/> goes on the logical line <paramref name="previous"/> (the same sentence or item).</summary>
    private static bool Continues(string previous, string line)
    {
        if (previous.Length == 0 || line.Length == 0 || previous.EndsWith('.') || previous.EndsWith(".)", StringComparison.Ordinal)) return false;
        int indent = Indent(line), previousIndent = Indent(previous);
        return indent == 0 ? previousIndent == 0 : previousIndent > 0 && indent > previousIndent;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    /// <summary>
    /// One logical line wrapped; the continuation lines of an indented item start at its text's column (after the term and the
    /// run of two or more spaces), those of plain prose at the line's own indent.
    /// </summary>
    private static string Wrap(string line, int width)
    {
        int indent = Indent(line);
        int hanging = indent;
        if (indent > 0)
        {
            int gap = line.IndexOf("  ", indent, StringComparison.Ordinal);
            if (gap > 0)
            {
                int text = gap;
                while (text < line.Length && line[text] == ' ') text++;
                if (text < width / 2) hanging = text;
            }
        }

        var sb = new System.Text.StringBuilder(line[..hanging]);
        int column = hanging;
        foreach (var word in line[hanging..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (column > hanging && column + 1 + word.Length > width)
            {
                sb.Append('\n').Append(' ', hanging);
                column = hanging;
            }
            else if (column > hanging)
            {
                sb.Append(' ');
                column++;
            }

            sb.Append(word);
            column += word.Length;
        }

        return sb.ToString();
    }
}
