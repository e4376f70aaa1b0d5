using System.Globalization;
using System.Text;

namespace Napsm.Core.Reporting.Html;

/// <summary>
/// The one owner of escaping for HTML and SVG output. Every user string (ids, names, notes, file names) goes through
/// <see cref="Content"/> or <see cref="Attribute"/>: markup characters become character references, and code points that could
/// hide, reorder or forge text (C0 and C1 controls, line and paragraph separators, bidi overrides and isolates, zero-width
/// characters, lone surrogates, noncharacters) are shown as a visible <c>⟨U+XXXX⟩</c> instead, so that a name cannot end an
/// element, open a comment, start a script, or make one line look like two.
/// </summary>
internal static class HtmlText
{
    /// <summary>Text for an element's content.</summary>
    public static string Content(string text) => Escape(text, attribute: false);

    /// <summary>Text for a double-quoted attribute value.</summary>
    public static string Attribute(string text) => Escape(text, attribute: true);

    /// <summary>The text with every unsafe code point replaced by its visible <c>⟨U+XXXX⟩</c> form; nothing else changed.</summary>
    public static string Visible(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsWork(text, markupToo: false)) return text;
        var sb = new StringBuilder(text.Length + 16);
        AppendVisible(sb, text, attribute: false, markup: false);
        return sb.ToString();
    }

    /// <summary>Whether a code point is shown as <c>⟨U+XXXX⟩</c> rather than written.</summary>
    public static bool IsUnsafe(int codePoint) => codePoint switch
    {
        < 0x20 or (>= 0x7F and <= 0x9F) => true,                     // C0, DEL, C1 (U+0085 NEL, U+009B CSI …)
        0x00AD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x180E => true, // soft hyphen, combining grapheme joiner, ALM, fillers
        >= 0x200B and <= 0x200F => true,                              // zero-width space/joiners, LRM, RLM
        >= 0x2028 and <= 0x202E => true,                              // line/paragraph separators, bidi embeddings and overrides
        >= 0x2060 and <= 0x206F => true,                              // word joiner, invisible operators, bidi isolates
        0x3164 or 0xFEFF or 0xFFA0 => true,                           // Hangul filler, BOM, halfwidth filler
        >= 0xFFF9 and <= 0xFFFB => true,                              // interlinear annotation controls
        >= 0xD800 and <= 0xDFFF => true,                              // lone surrogates
        >= 0xFDD0 and <= 0xFDEF => true,                              // noncharacters
        _ => (codePoint & 0xFFFE) == 0xFFFE,                          // U+xFFFE, U+xFFFF
    };

    private static string Escape(string text, bool attribute)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsWork(text, markupToo: true)) return text;
        var sb = new StringBuilder(text.Length + 16);
        AppendVisible(sb, text, attribute, markup: true);
        return sb.ToString();
    }

    private static bool NeedsWork(string text, bool markupToo)
    {
        foreach (var c in text)
        {
            if (markupToo && c is '&' or '<' or '>' or '"' or '\'') return true;
            if (c < 0x20 || c >= 0x7F) return true; // anything beyond ASCII is checked properly by the slow path
        }

        return false;
    }

    private static void AppendVisible(StringBuilder sb, string text, bool attribute, bool markup)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(c, text[i + 1]);
                if (IsUnsafe(cp)) Mark(sb, cp);
                else sb.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (IsUnsafe(cp))
            {
                Mark(sb, cp);
                continue;
            }

            if (!markup)
            {
                sb.Append(c);
                continue;
            }

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
    }

    private static void Mark(StringBuilder sb, int codePoint) =>
        sb.Append("⟨U+").Append(codePoint.ToString(codePoint > 0xFFFF ? "X5" : "X4", CultureInfo.InvariantCulture)).Append('⟩');
}
