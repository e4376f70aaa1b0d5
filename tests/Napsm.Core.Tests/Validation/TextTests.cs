using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Validation;

/// <summary>The text helpers behind "did you mean", look-alike ids and mixed-script warnings.</summary>
public class TextTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "abd", 1)]
    [InlineData("abc", "abcd", 1)]
    [InlineData("abcd", "abc", 1)]
    [InlineData("abc", "bac", 1)]
    [InlineData("abcd", "acbd", 1)]
    [InlineData("ca", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("council", "cuoncil", 1)]
    public void Distance_counts_insertions_deletions_substitutions_and_adjacent_swaps(string a, string b, int expected)
    {
        Assert.Equal(expected, Text.Distance(a, b));
        Assert.Equal(expected, Text.Distance(b, a));
    }

    [Fact]
    public void Closest_suggests_the_nearest_candidate_within_the_limit()
    {
        Assert.Equal("council", Text.Closest("counsil", ["assembly", "council", "court"]));
        Assert.Equal("us", Text.Closest("usa", ["ussr", "us"]));
    }

    [Fact]
    public void Closest_never_suggests_the_text_itself_and_prefers_a_case_only_difference()
    {
        Assert.Null(Text.Closest("us", ["us"]));
        Assert.Equal("US", Text.Closest("us", ["ut", "US"]));
    }

    [Fact]
    public void Closest_takes_the_ordinally_first_of_equally_near_candidates_whatever_their_order() =>
        Assert.Equal("uk", Text.Closest("ux", ["uz", "us", "uk"]));

    [Theory]
    [InlineData("ab", "xy")]
    [InlineData("abcdef", "abcxyz")]
    [InlineData("abcdefghijkl", "abcdefgh")]
    [InlineData("abcdefghijkl", "abcdefghizzzz")]
    public void Closest_suggests_nothing_beyond_a_third_of_the_length_capped_at_three(string text, string candidate) =>
        Assert.Null(Text.Closest(text, [candidate]));

    [Theory]
    [InlineData("abcdefghi", "abcdefxyz")]
    [InlineData("abcdefghijkl", "abcdefghi")]
    [InlineData("abcdef", "abcdxy")]
    [InlineData("a", "b")]
    public void Closest_suggests_a_candidate_at_exactly_the_limit(string text, string candidate) =>
        Assert.Equal(candidate, Text.Closest(text, [candidate]));

    [Theory]
    [InlineData('\u061C', true)]
    [InlineData('\u200E', true)]
    [InlineData('\u200F', true)]
    [InlineData('\u202A', true)]
    [InlineData('\u202E', true)]
    [InlineData('\u2066', true)]
    [InlineData('\u2069', true)]
    [InlineData('\u2029', false)]
    [InlineData('\u202F', false)]
    [InlineData('\u2065', false)]
    [InlineData('\u206A', false)]
    [InlineData('\u200D', false)]
    [InlineData('a', false)]
    public void Only_the_bidirectional_formatting_characters_are_bidi_controls(char c, bool expected) =>
        Assert.Equal(expected, Text.IsBidiControl(c));

    [Theory]
    [InlineData("Côte", "cote")]
    [InlineData("ÉTÉ", "ete")]
    [InlineData("ab", "ab")]
    [InlineData("İ", "i")]
    public void Folding_removes_accents_and_case(string id, string expected) =>
        Assert.Equal(expected.Normalize(NormalizationForm.FormC), Text.Fold(id));

    [Theory]
    [InlineData(0x0041, "Latin")]
    [InlineData(0x024F, "Latin")]
    [InlineData(0x1E00, "Latin")]
    [InlineData(0x1EFF, "Latin")]
    [InlineData(0x03B1, "Greek")]
    [InlineData(0x1F00, "Greek")]
    [InlineData(0x0430, "Cyrillic")]
    [InlineData(0x0531, "Armenian")]
    [InlineData(0x05D0, "Hebrew")]
    [InlineData(0x0628, "Arabic")]
    [InlineData(0x1100, "Hangul")]
    [InlineData(0x3131, "Hangul")]
    [InlineData(0xAC00, "Hangul")]
    [InlineData(0xD7A3, "Hangul")]
    [InlineData(0x3042, "Hiragana")]
    [InlineData(0x30A2, "Katakana")]
    [InlineData(0x4E00, "Han")]
    [InlineData(0x9FA5, "Han")]
    [InlineData(0x3400, "Han")]
    [InlineData(0x20000, "Han")]
    [InlineData(0xFF21, "Latin")]
    [InlineData(0xFF5A, "Latin")]
    [InlineData(0x0E01, "Other")]
    public void A_letter_is_assigned_its_script(int codePoint, string script) =>
        Assert.Equal(script, Text.ScriptOf(new Rune(codePoint)));

    [Theory]
    [InlineData('1')]
    [InlineData('-')]
    [InlineData(' ')]
    public void A_character_that_is_no_letter_has_no_script(char c) => Assert.Null(Text.ScriptOf(new Rune(c)));

    [Theory]
    [InlineData("p\u0430ris", "Cyrillic and Latin")]
    [InlineData("ok p\u0430ris", "Cyrillic and Latin")]
    [InlineData("\u03b1b", "Greek and Latin")]
    public void A_word_mixing_scripts_names_them_in_order(string text, string expected) => Assert.Equal(expected, Text.MixedScripts(text));

    [Theory]
    [InlineData("paris")]
    [InlineData("paris \u043c\u043e\u0441\u043a\u0432\u0430")]
    [InlineData("\u6771\u4eac\u3068\u30c8\u30a6\u30ad\u30e7\u30a6")]
    [InlineData("\ud55c\u5b57")]
    [InlineData("a1-b2")]
    [InlineData("p\u0e01aris")]
    [InlineData("")]
    public void Single_script_words_and_japanese_or_korean_mixes_are_not_mixed(string text) => Assert.Null(Text.MixedScripts(text));

    [Theory]
    [InlineData(0, "0 members")]
    [InlineData(1, "1 member")]
    [InlineData(2, "2 members")]
    public void Plural_chooses_the_form_by_count(int n, string expected) => Assert.Equal(expected, Text.Plural(n, "member", "members"));

    /// <summary>The textbook optimal-string-alignment recurrence over the whole matrix: the oracle for the banded, three-row version.</summary>
    private static int FullMatrixDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }

        return d[a.Length, b.Length];
    }

    [Property(MaxTest = 500)]
    public Property Banded_distance_is_the_full_distance_capped_at_limit_plus_one() =>
        Prop.ForAll(Arb.From(from a in Word() from b in Word() from limit in Gen.Choose(0, 5) select (a, b, limit)), t =>
        {
            var (a, b, limit) = t;
            int full = FullMatrixDistance(a, b);
            int banded = Text.Distance(a, b, limit);
            return (banded == Math.Min(full, limit + 1) && Text.Distance(a, b) == full).Label($"'{a}' '{b}' limit {limit}: full {full}, banded {banded}");
        });

    /// <summary>Short words over three letters, so that edits, swaps and near-misses are common.</summary>
    private static Gen<string> Word() => Gen.ArrayOf(Gen.Elements('a', 'b', 'c')).Select(cs => new string(cs));

    [Fact]
    public void Distance_of_two_100000_character_ids_within_a_limit_needs_no_matrix()
    {
        var a = new string('a', 100_000) + "xy";
        var b = new string('a', 100_000) + "yx";

        Assert.Equal(1, Text.Distance(a, b, 3));
        Assert.Equal(4, Text.Distance(a, new string('b', 100_002), 3));
    }

    [Fact]
    public void Closest_gives_no_suggestion_for_an_id_longer_than_the_bound()
    {
        var id = new string('a', Text.MaxSuggestedLength + 1);

        Assert.Null(Text.Closest(id, [id + "b"]));
        Assert.Equal(id[1..] + "b", Text.Closest(id[1..], [id[1..] + "b"]));
    }
}
