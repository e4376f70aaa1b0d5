namespace Napsm.Core.Model;

/// <summary>
/// An alignment (#15): a scenario, not a fact — blocs of members that vote together (a priori unions) and members whose support no one
/// counts on (no one governs with them). Analysed per body with <c>VotingGame.AnalyzeUnions</c> (Owen and Banzhaf–Owen values, the quotient
/// game per bloc, the restricted game without the excluded members).
/// </summary>
public sealed record Alignment
{
    /// <summary>Creates an alignment.</summary>
    /// <param name="id">Its id, unique among alignments.</param>
    /// <param name="blocs">The blocs, each a list of member ids.</param>
    public Alignment(string id, IEnumerable<IEnumerable<string>> blocs)
    {
        Id = id;
        Blocs = ValueList<IReadOnlyList<string>>.From(Guard.NotNull(blocs).Select(b => (IReadOnlyList<string>)ValueList<string>.From(b)));
    }

    /// <summary>The alignment's id, unique among alignments.</summary>
    public string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>A name for the scenario; optional.</summary>
    public string? Name { get; init; }

    /// <summary>The blocs, each a list of member ids; a member in no bloc votes alone.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Blocs
    {
        get;
        init => field = ValueList<IReadOnlyList<string>>.From(Guard.NotNull(value).Select(b => (IReadOnlyList<string>)ValueList<string>.From(b)));
    }

    /// <summary>The members whose support never counts (no one governs with them); empty by default.</summary>
    public IReadOnlyList<string> Excluded { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The id of the source for the scenario; optional.</summary>
    public string? Source { get; init; }

    /// <summary>A note on the scenario; optional.</summary>
    public string? Note { get; init; }
}
