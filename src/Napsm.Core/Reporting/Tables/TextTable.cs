using System.Text;
using Napsm.Core.Reporting.Html;

namespace Napsm.Core.Reporting.Tables;

/// <summary>
/// Writes a <see cref="ReportTable"/> as plain text that fits a width: columns two spaces apart, numbers right-aligned, "What"
/// columns (<see cref="ColumnKind.Wrap"/>) wrapped first, then names (<see cref="ColumnKind.Name"/>) shortened with "…" and given
/// in full once in a legend under the table. Ids are never cut, so only a table whose ids alone are wider than the width can have a
/// longer line; a table too wide even so continues below, its remaining columns led by the first one again. Control characters are shown as <c>\uXXXX</c> (<see cref="FreeText.Escape"/>); trailing spaces are trimmed; lines end with <c>\n</c>.
/// </summary>
internal static class TextTable
{
    private const int Gap = 2;
    private const int MinName = 16;
    private const int MinWrap = 16;

    public static string Write(ReportTable table, int width)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (width < 20) width = 20;
        var cols = table.Columns;
        var cells = table.Rows.Select(r => r.Select(c => HtmlText.Visible(c.Text)).ToArray()).ToArray();
        var headers = cols.Select(c => HtmlText.Visible(c.Header)).ToArray();
        var widths = new int[cols.Count];
        for (var i = 0; i < cols.Count; i++)
        {
            widths[i] = Width(headers[i]);
            foreach (var row in cells) widths[i] = Math.Max(widths[i], cols[i].Kind == ColumnKind.Wrap ? LongestWordOrAll(row[i]) : Width(row[i]));
            if (cols[i].Kind == ColumnKind.Wrap) widths[i] = Math.Max(widths[i], cells.Length == 0 ? 0 : cells.Max(r => Width(r[i])));
        }

        Shrink(widths, cols, headers, width, ColumnKind.Wrap, MinWrap);
        Shrink(widths, cols, headers, width, ColumnKind.Name, MinName);
        NarrowHeaders(widths, cells, headers, width);

        // Still too wide with everything shortened: the columns that fit, then the others under them, each part led by the first
        // column again (so that every row keeps its key).
        var fitting = 1;
        for (var used = widths[0]; fitting < widths.Length && used + Gap + widths[fitting] <= width; fitting++) used += Gap + widths[fitting];
        if (fitting < widths.Length && fitting >= 2)
        {
            ReportTable Part(IEnumerable<int> columns)
            {
                var keep = columns.ToArray();
                return new ReportTable(table.Name, table.Caption, [.. keep.Select(i => cols[i])],
                    [.. table.Rows.Select(r => (IReadOnlyList<TableCell>)[.. keep.Select(i => r[i])])]);
            }

            return Write(Part(Enumerable.Range(0, fitting)), width) + "\n"
                + Write(Part(Enumerable.Range(fitting, cols.Count - fitting).Prepend(0)), width);
        }

        var legend = new List<(string Short, string Full)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sb = new StringBuilder();
        WriteRow(sb, headers.Select((h, i) => HeaderLines(h, widths[i]).ToArray()).ToArray(), widths, cols, bottom: true);
        sb.Append(string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd()).Append('\n');
        foreach (var row in cells)
        {
            var lines = new string[cols.Count][];
            for (var i = 0; i < cols.Count; i++)
            {
                var text = row[i];
                switch (cols[i].Kind)
                {
                    case ColumnKind.Wrap:
                        lines[i] = WrapText(text, widths[i]).ToArray();
                        break;
                    case ColumnKind.Name when Width(text) > widths[i]:
                        var shortened = Shorten(text, widths[i]);

                        // Keyed by the row's id when the first column holds one: two names may shorten alike, ids never do.
                        var key = i > 0 && cols[0].Kind == ColumnKind.Id ? row[0] : shortened;
                        if (seen.Add(key + "\u0000" + text)) legend.Add((key, text));
                        lines[i] = [shortened];
                        break;
                    default:
                        lines[i] = [text];
                        break;
                }
            }

            WriteRow(sb, lines, widths, cols);
        }

        if (legend.Count > 0)
        {
            sb.Append('\n').Append("Names shortened above:\n");
            foreach (var (shortName, full) in legend)
            {
                var first = true;
                foreach (var line in WrapText(shortName + " = " + full, width - 4))
                {
                    sb.Append(first ? "  " : "    ").Append(line).Append('\n');
                    first = false;
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>The width in terminal cells: East Asian wide and fullwidth characters count 2, combining marks 0.</summary>
    public static int Width(string text) => Kernel.TextColumns.Of(text);

    /// <summary>The text cut to at most <paramref name="width"/> cells, ending with "…".</summary>
    public static string Shorten(string text, int width)
    {
        if (Width(text) <= width) return text;
        var sb = new StringBuilder();
        var w = 0;
        foreach (var r in text.EnumerateRunes())
        {
            var rw = Kernel.TextColumns.Of(r);
            if (w + rw > width - 1) break;
            sb.Append(r.ToString());
            w += rw;
        }

        return sb.ToString().TrimEnd() + "…";
    }

    /// <summary>Words onto lines of at most <paramref name="width"/> cells; a word longer than the width is cut.</summary>
    public static IEnumerable<string> WrapText(string text, int width)
    {
        if (width < 1) width = 1;
        var line = new StringBuilder();
        var lineWidth = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (Width(rest) > width)
            {
                if (lineWidth > 0)
                {
                    yield return line.ToString();
                    line.Clear();
                    lineWidth = 0;
                }

                var (head, tail) = Split(rest, width);
                yield return head;
                rest = tail;
            }

            var ww = Width(rest);
            if (lineWidth > 0 && lineWidth + 1 + ww > width)
            {
                yield return line.ToString();
                line.Clear();
                lineWidth = 0;
            }

            if (lineWidth > 0)
            {
                line.Append(' ');
                lineWidth++;
            }

            line.Append(rest);
            lineWidth += ww;
        }

        if (lineWidth > 0 || line.Length > 0) yield return line.ToString();
    }

    private static void Shrink(int[] widths, IReadOnlyList<TableColumn> cols, string[] headers, int width, ColumnKind kind, int min)
    {
        int Total() => widths.Sum() + Gap * (widths.Length - 1);
        while (Total() > width)
        {
            var widest = -1;
            for (var i = 0; i < widths.Length; i++)
            {
                if (cols[i].Kind != kind) continue;
                var floor = Math.Max(min, Math.Min(Width(headers[i]), 24));
                if (widths[i] <= floor) continue;
                if (widest < 0 || widths[i] > widths[widest]) widest = i;
            }

            if (widest < 0) return;
            widths[widest]--;
        }
    }

    /// <summary>
    /// When the table is still too wide, a column whose header is wider than its cells takes two or more header lines (split at
    /// spaces and after hyphens): "Shapley-" over "Shubik".
    /// </summary>
    private static void NarrowHeaders(int[] widths, string[][] cells, string[] headers, int width)
    {
        int Total() => widths.Sum() + Gap * (widths.Length - 1);
        for (var i = 0; i < widths.Length && Total() > width; i++)
        {
            var cellWidth = cells.Length == 0 ? 0 : cells.Max(r => Width(r[i]));
            var floor = Math.Max(cellWidth, HeaderPieces(headers[i]).Select(Width).DefaultIfEmpty(0).Max());
            if (widths[i] > floor) widths[i] = Math.Max(floor, widths[i] - (Total() - width));
        }
    }

    /// <summary>A header's words, a hyphen kept at the end of the piece before it.</summary>
    private static List<string> HeaderPieces(string header)
    {
        var pieces = new List<string>();
        foreach (var word in header.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            for (var k = 0; k < word.Length - 1; k++)
            {
                if (word[k] is not ('-' or '–') || k == 0) continue;
                pieces.Add(word[start..(k + 1)]);
                start = k + 1;
            }

            pieces.Add(word[start..]);
        }

        return pieces;
    }

    /// <summary>The header on lines of at most <paramref name="width"/> cells (one line when it fits).</summary>
    private static List<string> HeaderLines(string header, int width)
    {
        if (Width(header) <= width) return [header];
        var lines = new List<string>();
        var line = "";
        foreach (var piece in HeaderPieces(header))
        {
            var joined = line.Length == 0 ? piece : line.EndsWith('-') || line.EndsWith('–') ? line + piece : line + " " + piece;
            if (line.Length > 0 && Width(joined) > width)
            {
                lines.Add(line);
                line = piece;
            }
            else line = joined;
        }

        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    /// <summary>
    /// A paragraph wrapped to <paramref name="width"/> cells: the first line starts with <paramref name="first"/>, the others with
    /// <paramref name="rest"/>; a word longer than a line stays whole (ids are never cut). Ends with a newline.
    /// </summary>
    public static string Paragraph(string text, int width, string first = "", string rest = "")
    {
        // A line that fits stays as written (runs of spaces included).
        if (Width(first) + Width(text) <= width) return (first + text).TrimEnd() + "\n";
        var sb = new StringBuilder();
        var line = new StringBuilder(first);
        var lineWidth = Width(first);
        var empty = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = Width(word);
            if (!empty && lineWidth + 1 + w > width)
            {
                sb.Append(line.ToString().TrimEnd()).Append('\n');
                line.Clear().Append(rest);
                lineWidth = Width(rest);
                empty = true;
            }

            if (!empty)
            {
                line.Append(' ');
                lineWidth++;
            }

            line.Append(word);
            lineWidth += w;
            empty = false;
        }

        return sb.Append(line.ToString().TrimEnd()).Append('\n').ToString();
    }

    private static void WriteRow(StringBuilder sb, string[][] lines, int[] widths, IReadOnlyList<TableColumn> cols, bool bottom = false)
    {
        var height = lines.Max(l => Math.Max(1, l.Length));
        for (var k = 0; k < height; k++)
        {
            var line = new StringBuilder();
            for (var i = 0; i < lines.Length; i++)
            {
                // Headers on several lines sit on the rule below them.
                var index = bottom ? k - (height - lines[i].Length) : k;
                var text = index >= 0 && index < lines[i].Length ? lines[i][index] : "";
                var pad = Math.Max(0, widths[i] - Width(text));
                if (i > 0) line.Append(' ', Gap);
                if (cols[i].Kind == ColumnKind.Figure) line.Append(' ', pad).Append(text);
                else line.Append(text).Append(' ', pad);
            }

            sb.Append(line.ToString().TrimEnd()).Append('\n');
        }
    }

    private static int LongestWordOrAll(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Width).DefaultIfEmpty(0).Max();

    private static (string Head, string Tail) Split(string word, int width)
    {
        var w = 0;
        var i = 0;
        foreach (var r in word.EnumerateRunes())
        {
            var rw = Kernel.TextColumns.Of(r);
            if (w + rw > width && i > 0) break;
            w += rw;
            i += r.Utf16SequenceLength;
        }

        return (word[..i], word[i..]);
    }
}
