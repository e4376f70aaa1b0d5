using System.Globalization;
using System.Text;

namespace Napsm.Core.Validation;

/// <summary>Text helpers for messages: edit distance for "did you mean", confusable-character analysis.</summary>
internal static class Text
{
    /// <summary>The optimal-string-alignment distance (Levenshtein plus adjacent transpositions), ordinal.</summary>
    public static int Distance(string a, string b) => Distance(a, b, int.MaxValue);

    /// <summary>
    /// The optimal-string-alignment distance, or <paramref name="limit"/> + 1 when it is larger: only the band of cells within
    /// <paramref name="limit"/> of the diagonal is computed, in three rows, so two 100,000-character ids cost a few hundred thousand
    /// steps and a few hundred kilobytes rather than an n×m matrix.
    /// </summary>
    public static int Distance(string a, string b, int limit)
    {
        if (a.Length < b.Length) (a, b) = (b, a);
        int n = a.Length, m = b.Length;
        limit = Math.Min(limit, n);
        int over = limit + 1;
        if (n - m > limit) return over;
        if (m == 0) return n;
        var before = new int[m + 1];
        var previous = new int[m + 1];
        var current = new int[m + 1];
        for (int j = 0; j <= m; j++) previous[j] = j <= limit ? j : over;
        int previousMin = 0;
        for (int i = 1; i <= n; i++)
        {
            int lo = Math.Max(1, i - limit), hi = Math.Min(m, i + limit);
            current[0] = i <= limit ? i : over;
            if (lo > 1) current[lo - 1] = over;
            int rowMin = lo == 1 ? current[0] : over;
            for (int j = lo; j <= hi; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, before[j - 2] + 1);
                current[j] = Math.Min(v, over);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (hi < m) current[hi + 1] = over;

            // A path to the last cell crosses every row, or jumps one by a transposition: two rows past the limit end the search.
            if (rowMin > limit && previousMin > limit) return over;
            previousMin = rowMin;
            (before, previous, current) = (previous, current, before);
        }

        return Math.Min(previous[m], over);
    }

    /// <summary>Ids longer than this get no suggestion: a typo suggestion for a paragraph-long id helps nobody, and costs time.</summary>
    public const int MaxSuggestedLength = 200;

    /// <summary>
    /// The candidate closest to <paramref name="text"/>, if it is close enough to be a likely typo: a case-insensitive match, or an edit
    /// distance of at most a third of the length (at least 1, at most 3). Ties go to the ordinally first candidate.
    /// </summary>
    public static string? Closest(string text, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        int limit = Math.Clamp(text.Length / 3, 1, 3);
        if (text.Length > MaxSuggestedLength) return null;
        foreach (var c in candidates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (string.Equals(c, text, StringComparison.Ordinal)) continue;
            if (Math.Abs(c.Length - text.Length) > limit) continue;
            int d = string.Equals(c, text, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(text, c, limit);
            if (d <= limit && d < bestDistance)
            {
                best = c;
                bestDistance = d;
            }
        }

        return best;
    }

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
