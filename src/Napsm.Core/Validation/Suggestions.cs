namespace Napsm.Core.Validation;

/// <summary>
/// "Did you mean" for names a user typed: the same choice of near names that the validator and the loader make, for rules and
/// tools of your own.
/// </summary>
public static class Suggestions
{
    /// <summary>
    /// The candidate closest to <paramref name="text"/> when it is close enough to be a likely typo: one that differs only in case, or
    /// else one within an edit distance (optimal string alignment: insertions, deletions, substitutions and adjacent transpositions,
    /// ordinal) of a third of the text's length, at least 1 and at most 3. A case-only difference wins over any edit; ties go to the
    /// ordinally first candidate. The text itself is never suggested.
    /// </summary>
    /// <param name="text">What was typed.</param>
    /// <param name="candidates">The names that exist.</param>
    /// <returns>The suggestion, or <see langword="null"/> when no candidate is close (or the text is longer than 200 characters).</returns>
    public static string? Closest(string text, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(candidates);
        return Text.Closest(text, candidates);
    }
}
