using System.Globalization;
using System.Text;

namespace Napsm.Core.Serialization;

/// <summary>The id grammar: one or more letters (any script, with their combining marks), decimal digits, '-' and '_'.</summary>
internal static class Ids
{
    public const string Grammar = "an id is made of letters (any script), digits, '-' and '_'";

    /// <summary>What is wrong with an id, or <see langword="null"/> when it is well formed.</summary>
    public static string? Problem(string id)
    {
        if (id.Length == 0) return "id is empty; " + Grammar;
        bool first = true;
        foreach (var rune in id.EnumerateRunes())
        {
            if (IsHangulFiller(rune))
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"id {Quote(id)} contains a Hangul filler (U+{rune.Value:X4}), a letter that prints as a blank; {Grammar}");
            }

            if (first && Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"id {Quote(id)} starts with a combining mark (U+{rune.Value:X4}) that has no letter to combine with; {Grammar}");
            }

            first = false;
            if (IsIdRune(rune)) continue;
            var code = string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}");
            var what = rune.Value switch
            {
                '.' => "'.', which separates an id from an event name (ID.start)",
                ':' => "':', which separates a kind from an id (treaty:ID)",
                _ when Rune.IsControl(rune) => $"a control character ({code})",
                _ when Rune.IsWhiteSpace(rune) => $"whitespace ({code})",
                _ when Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format => $"an invisible formatting or bidirectional control character ({code})",
                _ => $"'{rune}' ({code})",
            };
            return $"id {Quote(id)} contains {what}; {Grammar}";
        }

        return null;
    }

    public static bool IsValid(string id) => Problem(id) is null;

    /// <summary>
    /// What is wrong with a voter (#15): a member id, or <c>body:ID</c> for a body that votes as that body decides (a compound body);
    /// <see langword="null"/> when it is well formed.
    /// </summary>
    public static string? VoterProblem(string voter)
    {
        if (Model.CompoundVoters.TryGetBody(voter, out var body))
        {
            return Problem(body) is { } inner ? $"the body in voter {Quote(voter)}: {inner}" : null;
        }

        return voter == Model.CompoundVoters.Prefix
            ? $"voter {Quote(voter)} names no body; write \"body:ID\" for a body that votes as that body decides, or a member id"
            : Problem(voter) is { } problem && voter.Contains(':', StringComparison.Ordinal)
                ? problem + "; a voter is a member id or \"body:ID\" (a body that votes as that body decides)"
                : Problem(voter);
    }

    /// <summary>
    /// The Hangul fillers (U+115F, U+1160, U+3164, U+FFA0) are letters to Unicode but print as blanks, so an id made of them looks
    /// empty and two ids that differ only by them look the same; Korean text written in syllables never needs them.
    /// </summary>
    private static bool IsHangulFiller(Rune rune) => rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0;

    private static bool IsIdRune(Rune rune)
    {
        if (rune.Value is '-' or '_') return true;
        var category = Rune.GetUnicodeCategory(rune);
        return Rune.IsLetter(rune) || category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>A string in double quotes for messages, with control and invisible characters escaped so the message stays readable.</summary>
    public static string Quote(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var rune in text.Length > 80 ? (text[..77] + "…").EnumerateRunes() : text.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}");
            }
            else if (rune.Value is '"' or '\\')
            {
                sb.Append('\\').Append((char)rune.Value);
            }
            else
            {
                sb.Append(rune.ToString());
            }
        }

        return sb.Append('"').ToString();
    }
}
