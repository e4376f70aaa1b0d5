using System.Globalization;
using System.Text;

namespace Napsm.Core.Validation;

/// <summary>Text helpers for messages: edit distance for "did you mean", confusable-character analysis.</summary>
internal static class Text
{
    /// <summary>The optimal-string-alignment distance (Levenshtein plus adjacent transpositions), ordinal.</summary>
    public static int Distance(string a, string b) => Kernel.Names.Distance(a, b);

    /// <summary>The optimal-string-alignment distance, or <paramref name="limit"/> + 1 when it is larger (see <see cref="Kernel.Names.Distance(string, string, int)"/>).</summary>
    public static int Distance(string a, string b, int limit) => Kernel.Names.Distance(a, b, limit);

    /// <summary>Ids longer than this get no suggestion.</summary>
    public const int MaxSuggestedLength = Kernel.Names.MaxSuggestedLength;

    /// <summary>The candidate closest to <paramref name="text"/>, if it is close enough to be a likely typo (see <see cref="Kernel.Names.Closest"/>).</summary>
    public static string? Closest(string text, IEnumerable<string> candidates) => Kernel.Names.Closest(text, candidates);

    /// <summary>
    /// The items joined with commas, at most <paramref name="max"/> of them, the rest counted ("a, b, c and 17 more"): a message that
    /// lists every one of dozens of states is not read.
    /// </summary>
    public static string Listed(IReadOnlyCollection<string> items, int max = 10) =>
        items.Count <= max
            ? string.Join(", ", items)
            : string.Join(", ", items.Take(max)) + " and " + (items.Count - max).ToString(CultureInfo.InvariantCulture) + " more";

    /// <summary>How many steps of a cycle a diagnostic lists: the whole cycle up to this length, its first steps beyond it.</summary>
    public const int MaxCycleSteps = 20;

    /// <summary>
    /// A cycle of <paramref name="count"/> elements in words, back to its first ("a → b → c → a"). A cycle longer than
    /// <see cref="MaxCycleSteps"/> shows its first steps and counts the rest ("a → b → … → t → … 80 more → a"): removing any one
    /// step breaks it, and a message of thousands of steps is not read.
    /// </summary>
    public static string Cycle(int count, Func<int, string> name)
    {
        int shown = Math.Min(count, MaxCycleSteps);
        var parts = new List<string>(shown + 2);
        for (int k = 0; k < shown; k++) parts.Add(name(k));
        if (count > shown) parts.Add("… " + (count - shown).ToString(CultureInfo.InvariantCulture) + " more");
        parts.Add(name(0));
        return string.Join(" → ", parts);
    }

    public static bool IsBidiControl(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>The id with case and diacritics folded away: two ids with the same skeleton are easily confused.</summary>
    public static string Fold(string id)
    {
        // ASCII has no marks to strip and nothing to compose: folding is lower-casing (the common case, and much cheaper).
        if (System.Text.Ascii.IsValid(id)) return id.ToLowerInvariant();
        var decomposed = id.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        }

        return sb.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    /// <summary>The script of a letter, coarsely (enough to spot Latin/Greek/Cyrillic look-alikes); <see langword="null"/> for a non-letter.</summary>
    public static string? ScriptOf(Rune r)
    {
        if (!Rune.IsLetter(r)) return null;
        int v = r.Value;
        return v switch
        {
            < 0x0250 => "Latin",
            >= 0x1E00 and < 0x1F00 => "Latin",
            >= 0x0370 and < 0x0400 => "Greek",
            >= 0x1F00 and < 0x2000 => "Greek",
            >= 0x0400 and < 0x0530 => "Cyrillic",
            >= 0x0530 and < 0x0590 => "Armenian",
            >= 0x0590 and < 0x0600 => "Hebrew",
            >= 0x0600 and < 0x0700 => "Arabic",
            >= 0x1100 and < 0x1200 => "Hangul",
            >= 0x3130 and < 0x3190 => "Hangul",
            >= 0xAC00 and < 0xD7B0 => "Hangul",
            >= 0x3040 and < 0x30A0 => "Hiragana",
            >= 0x30A0 and < 0x3100 => "Katakana",
            >= 0x4E00 and < 0xA000 => "Han",
            >= 0x3400 and < 0x4DC0 => "Han",
            >= 0x20000 and < 0x2FA20 => "Han",
            >= 0xFF21 and < 0xFF5B => "Latin",
            _ => "Other",
        };
    }

    /// <summary>
    /// The scripts mixed within one word of <paramref name="text"/> (a run without white space), or <see langword="null"/> when every
    /// word is in one script. Han mixed with kana (Japanese) or with Hangul (Korean) is ordinary writing and not reported.
    /// </summary>
    public static string? MixedScripts(string text)
    {
        if (System.Text.Ascii.IsValid(text)) return null; // every ASCII letter is Latin
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var scripts = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var r in word.EnumerateRunes())
            {
                if (ScriptOf(r) is { } s) scripts.Add(s);
            }

            scripts.Remove("Other");
            if (scripts.Count <= 1) continue;
            var cjk = new[] { "Han", "Hiragana", "Katakana", "Hangul" };
            if (scripts.All(s => cjk.Contains(s))) continue;
            return string.Join(" and ", scripts);
        }

        return null;
    }

    public static string Plural(int n, string one, string many) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
