using System.Globalization;
using System.Text;

namespace Napsm.Core.Kernel;

/// <summary>
/// Columns as a terminal shows text: East Asian wide and fullwidth characters count 2, combining marks and format characters 0,
/// everything else 1. The one measure of the text tables (Reporting) and of the canonical layout of design files (Serialization).
/// </summary>
internal static class TextColumns
{
    /// <summary>The width of <paramref name="text"/> in terminal cells.</summary>
    public static int Of(string text)
    {
        var w = 0;
        foreach (var r in text.EnumerateRunes()) w += Of(r);
        return w;
    }

    /// <summary>The width of one character in terminal cells.</summary>
    public static int Of(Rune r)
    {
        var cat = Rune.GetUnicodeCategory(r);
        if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format) return 0;
        var v = r.Value;
        return v switch
        {
            >= 0x1100 and <= 0x115F => 2,
            >= 0x2E80 and <= 0x303E => 2,
            >= 0x3041 and <= 0x33FF => 2,
            >= 0x3400 and <= 0x4DBF => 2,
            >= 0x4E00 and <= 0x9FFF => 2,
            >= 0xA000 and <= 0xA4CF => 2,
            >= 0xAC00 and <= 0xD7A3 => 2,
            >= 0xF900 and <= 0xFAFF => 2,
            >= 0xFE30 and <= 0xFE4F => 2,
            >= 0xFF00 and <= 0xFF60 => 2,
            >= 0xFFE0 and <= 0xFFE6 => 2,
            >= 0x1F300 and <= 0x1F64F => 2,
            >= 0x1F900 and <= 0x1F9FF => 2,
            >= 0x20000 and <= 0x3FFFD => 2,
            _ => 1,
        };
    }
}
