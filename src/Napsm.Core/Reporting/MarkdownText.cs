using System.Text;
using Napsm.Core.Reporting.Tables;

namespace Napsm.Core.Reporting;

/// <summary>
/// The one place that makes text safe in GitHub-flavoured Markdown (every Markdown writer: check, stake, diff, power, schedule, treaty):
/// table cells, code spans, paragraphs, pipe tables and fenced blocks.
/// </summary>
/// <remarks>
/// <para>Free text first goes through <see cref="FreeText.Escape"/>, so a line feed, a carriage return or any other control
/// character is written as <c>\u000A</c> and can neither end a table row nor start a new block.</para>
/// <para>In text (<see cref="Cell"/>) a backslash is doubled before anything else, so that it stays a backslash and cannot escape
/// the character after it: without that, a name ending in <c>\</c> followed by the escaped pipe <c>\|</c> gave <c>\\|</c>, a
/// backslash and a bare pipe that ends the cell. Then <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> become entities (no HTML gets
/// through) and <c>|</c> becomes <c>\|</c>.</para>
/// <para>In a code span (<see cref="Code"/>) backslashes are literal and entities are not read, so only a pipe is escaped: GFM's
/// table parser (cmark-gfm, <c>extensions/table.c</c>, <c>unescape_pipes</c>) removes the backslash of <c>\|</c> before the span
/// is read, inside code too. A backslash right before a pipe, or a backtick, cannot be written faithfully in one code span of a
/// table cell, so such text is written as escaped text instead.</para>
/// </remarks>
internal static class MarkdownText
{
    /// <summary>Free text safe in a table cell or a paragraph.</summary>
    public static string Cell(string text) => FreeText.Escape(text)
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Free text in a Markdown paragraph or list item (not a table cell): backslashes doubled first, then <c>*</c> and
    /// <c>_</c> escaped so that no name turns into emphasis, and <c>&lt;</c> written as an entity so that no HTML gets through.</summary>
    public static string Prose(string text) => FreeText.Escape(text)
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal);

    /// <summary>Text as a code span (<c>`text`</c>) that is safe in a table cell; escaped text when no code span can hold it.</summary>
    public static string Code(string text)
    {
        var safe = FreeText.Escape(text);
        if (safe.Length == 0) return "";
        if (safe.Contains('`', StringComparison.Ordinal) || safe.Contains("\\|", StringComparison.Ordinal) || safe[0] == ' ' || safe[^1] == ' ')
        {
            return Cell(text);
        }

        return "`" + safe.Replace("|", "\\|", StringComparison.Ordinal) + "`";
    }

    /// <summary>A pipe table: the header row, the delimiter row (figures right-aligned) and a row per row, every cell escaped.</summary>
    /// <param name="sb">Where to write.</param>
    /// <param name="table">The table; its cells are free text (written with <see cref="Cell"/>), its id column as code.</param>
    public static void Table(StringBuilder sb, ReportTable table)
    {
        sb.Append('|');
        foreach (var c in table.Columns) sb.Append(' ').Append(Cell(c.Header)).Append(" |");
        sb.Append("\n|");
        foreach (var c in table.Columns) sb.Append(c.Kind == ColumnKind.Figure ? "---:|" : "---|");
        sb.Append('\n');
        foreach (var row in table.Rows)
        {
            sb.Append('|');
            for (int i = 0; i < row.Count; i++)
            {
                var text = row[i].Text;
                sb.Append(' ').Append(table.Columns[i].Kind == ColumnKind.Id && text.Length > 0 ? Code(text) : Cell(text)).Append(" |");
            }

            sb.Append('\n');
        }
    }

    /// <summary>A fenced block of the output of a text writer (whose free text is already escaped by <see cref="FreeText"/>), with a
    /// fence longer than any run of backticks in it, so no line can close it.</summary>
    public static void Fenced(StringBuilder sb, string text)
    {
        var safe = text.TrimEnd('\n');
        int longest = 0, run = 0;
        foreach (var ch in safe)
        {
            run = ch == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        sb.Append(fence).Append("text\n").Append(safe).Append('\n').Append(fence).Append('\n');
    }
}
