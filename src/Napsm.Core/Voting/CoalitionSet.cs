namespace Napsm.Core.Voting;

/// <summary>
/// A coalition of a game's voters as a bit set: bit <c>i % 64</c> of word <c>i / 64</c> is voter <c>i</c>. The one place the word
/// arithmetic is written for the game's queries, the validator's questions and the treaty replay. The innermost loops of enumeration
/// and counting keep raw <see cref="ulong"/> spans (with the static helpers here): a wrapper per bit would cost there.
/// </summary>
internal readonly struct CoalitionSet
{
    private readonly ulong[] _words;

    private CoalitionSet(ulong[] words) => _words = words;

    /// <summary>The words a coalition of <paramref name="voters"/> voters takes (at least one, so an empty game has a word too).</summary>
    public static int WordCount(int voters) => Math.Max(1, (voters + 63) / 64);

    /// <summary>No voter.</summary>
    public static CoalitionSet Empty(int voters) => new(new ulong[WordCount(voters)]);

    /// <summary>Every voter of a game of <paramref name="voters"/> voters.</summary>
    public static CoalitionSet Everyone(int voters)
    {
        var set = Empty(voters);
        for (int w = 0; w < voters >> 6; w++) set._words[w] = ulong.MaxValue;
        if ((voters & 63) != 0) set._words[voters >> 6] = (1UL << (voters & 63)) - 1;
        return set;
    }

    /// <summary>The words, for the game's evaluation.</summary>
    public ReadOnlySpan<ulong> Words => _words;

    /// <summary>The words, to hand to code that fills them.</summary>
    public ulong[] Array => _words;

    public void Add(int voter) => Add(_words, voter);

    public void Remove(int voter) => Remove(_words, voter);

    public bool Contains(int voter) => Contains(_words, voter);

    public CoalitionSet Clone() => new((ulong[])_words.Clone());

    public static void Add(Span<ulong> words, int voter) => words[voter >> 6] |= 1UL << (voter & 63);

    public static void Remove(Span<ulong> words, int voter) => words[voter >> 6] &= ~(1UL << (voter & 63));

    public static bool Contains(ReadOnlySpan<ulong> words, int voter) => (words[voter >> 6] & (1UL << (voter & 63))) != 0;
}
