using System.Globalization;
using System.Text;

namespace Napsm.Core.Reporting;

/// <summary>
/// The one place that makes free text from a design (names, actions, notes, the suppression <c>at</c>, file names) safe to print:
/// every writer of text, Markdown and diagrams passes such text through <see cref="Escape"/>, so that no name can move the cursor,
/// recolour a terminal, reorder what is displayed or forge a line of output (a fake diagnostic, a CI command such as
/// <c>::error file=x::…</c>).
/// </summary>
/// <remarks>
/// Escaped are the control characters (C0 with tab, line feed and carriage return, DEL, C1 with NEL U+0085 and CSI U+009B), the
/// invisible format characters (bidirectional controls such as U+202E, zero-width characters, the byte-order mark), the line and
/// paragraph separators U+2028 and U+2029, and unpaired surrogates: each is written as <c>\uXXXX</c> (<c>\uXXXXX</c> above U+FFFF),
/// visible and unambiguous to a reader. Every other character, in any script, is kept as it is. JSON and SARIF outputs need no
/// such step: their writers escape control characters as JSON requires.
/// </remarks>
public static class FreeText
{
    /// <summary>The text with every control, invisible-format and line-separator character written as <c>\uXXXX</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text itself when nothing needs escaping (the common case: no copy is made).</returns>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = FirstUnsafe(text);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                int value = char.ConvertToUtf32(c, text[i + 1]);
                if (IsUnsafe(value)) sb.Append(CultureInfo.InvariantCulture, $"\\u{value:X4}");
                else sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c) || IsUnsafe(c))
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Whether <see cref="Escape"/> would change the text.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text holds a character that is not safe to print raw.</returns>
    public static bool NeedsEscaping(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FirstUnsafe(text) >= 0;
    }

    private static int FirstUnsafe(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is >= ' ' and < '\u007F') continue; // printable ASCII: the common case
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsUnsafe(char.ConvertToUtf32(c, text[i + 1]))) return i;
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || IsUnsafe(c)) return i;
        }

        return -1;
    }

    private static bool IsUnsafe(int value) => CharUnicodeInfo.GetUnicodeCategory(value) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
