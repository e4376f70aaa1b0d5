using Napsm.Core.Model;

namespace Napsm.Core.Treaties;

/// <summary>
/// Part of a smallest set of parties, described by the parties the rule treats alike: any <see cref="Count"/> of <see cref="From"/>.
/// </summary>
/// <param name="Count">How many of <see cref="From"/> the set takes.</param>
/// <param name="From">The interchangeable parties to choose from, in the order of the treaty's parties.</param>
public sealed record PartyChoice(int Count, IReadOnlyList<string> From)
{
    /// <summary>The interchangeable parties to choose from, in the order of the treaty's parties.</summary>
    public IReadOnlyList<string> From { get; init; } = ValueList<string>.From(From);

    /// <summary>Whether every one of <see cref="From"/> is needed (there is no choice).</summary>
    public bool IsEvery => Count == From.Count;
}
