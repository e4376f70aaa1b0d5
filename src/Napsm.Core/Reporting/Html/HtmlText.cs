using System.Globalization;
using System.Text;

namespace Napsm.Core.Reporting.Html;

/// <summary>
/// Escaping for HTML and SVG output. Every user string (ids, names, notes, file names) goes through <see cref="Content"/> or
/// <see cref="Attribute"/>: markup characters become character references, and characters that could hide, reorder or forge text
/// are first written visibly by <see cref="FreeText.Escape"/> (the one owner of that form, <c>\uXXXX</c>, shared with the text,
/// Markdown and CSV writers); the noncharacters XML forbids (U+FFFE, U+FFFF, U+FDD0–U+FDEF) are written the same way. So a name
/// cannot end an element, open a comment, start a script, or make one line look like two.
/// </summary>
internal static class HtmlText
{
    /// <summary>Text for an element's content.</summary>
    public static string Content(string text) => Escape(Visible(text), attribute: false);

    /// <summary>Text for a double-quoted attribute value.</summary>
    public static string Attribute(string text) => Escape(Visible(text), attribute: true);

    /// <summary>The text with every unsafe character written as <c>\uXXXX</c>; nothing else changed.</summary>
    public static string Visible(string text)
    {
        var escaped = FreeText.Escape(text);
        foreach (var c in escaped)
        {
            if (IsNoncharacter(c)) return Noncharacters(escaped);
        }

        return escaped;
    }

    private static bool IsNoncharacter(char c) => c is '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF');

    private static string Noncharacters(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsNoncharacter(c)) sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else sb.Append(c);
        }

        return sb.ToString();
    }

    private static string Escape(string text, bool attribute)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append(attribute ? "&quot;" : "\""); break;
                case '\'': sb.Append(attribute ? "&#39;" : "'"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }
}
