namespace Napsm.Core.Kernel;

/// <summary>Edit distance and "did you mean" over names, shared by the loader and the validator.</summary>
internal static class Names
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

}
