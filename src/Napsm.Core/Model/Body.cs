using NodaTime;

namespace Napsm.Core.Model;

/// <summary>An organ that decides: a council, a working group, a commission, a secretariat.</summary>
public sealed record Body
{
    /// <summary>Creates a body.</summary>
    /// <param name="id">The body's id, unique among bodies.</param>
    /// <param name="name">The body's name.</param>
    /// <param name="voters">The ids of the members who vote in it.</param>
    /// <param name="rule">Which coalitions of its voters can pass a decision.</param>
    public Body(string id, string name, IEnumerable<string> voters, DecisionRule rule)
    {
        Id = id;
        Name = name;
        Voters = ValueList<string>.From(voters);
        Rule = rule;
    }

    /// <summary>The body's id, unique among bodies.</summary>
    public string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>The body's name.</summary>
    public string Name { get; init => field = Guard.NotNull(value); }

    /// <summary>What kind of body: <c>council</c>, <c>working-group</c>, <c>commission</c>, <c>secretariat</c>, …; optional.</summary>
    public string? Kind { get; init; }

    /// <summary>The ids of the members who vote in it, in order.</summary>
    public IReadOnlyList<string> Voters { get; init => field = ValueList<string>.From(value); }

    /// <summary>
    /// Which coalitions of its voters can pass a decision: the rule of the matter <see cref="Decision.DefaultMatter"/> or, for a body
    /// that has only named matters, of its first matter (the rule every single-rule analysis of the body uses). Setting it sets the rule
    /// of the default matter, adding that matter first if the body has none.
    /// </summary>
    public DecisionRule Rule
    {
        get => Decisions[0].Rule;
        init
        {
            var rule = Guard.NotNull(value);
            var current = _decisions ?? ValueList<Decision>.Empty;
            Decisions = current.Count > 0 && current[0].IsDefault
                ? [current[0] with { Rule = rule }, .. current.Skip(1)]
                : [new Decision(Decision.DefaultMatter, rule), .. current];
        }
    }

    private ValueList<Decision>? _decisions;

    /// <summary>
    /// Every matter the body decides, each with its rule and optional quorum; never empty. The default matter (the file's <c>rule</c>)
    /// comes first when there is one; the others keep their order. Setting the list replaces every matter, the constructor's rule
    /// included.
    /// </summary>
    /// <exception cref="ArgumentException">The list is empty: a body decides at least one matter.</exception>
    public IReadOnlyList<Decision> Decisions
    {
        get => _decisions!;
        init
        {
            var list = ValueList<Decision>.From(value);
            if (list.Count == 0) throw new ArgumentException("A body needs at least one decision rule.", nameof(value));
            // The default matter first (stable), so that the file's "rule" and "decisions" round-trip to the same list.
            _decisions = list[0].IsDefault || !list.Any(d => d.IsDefault) ? list : ValueList<Decision>.From(list.Where(d => d.IsDefault).Concat(list.Where(d => !d.IsDefault)));
        }
    }

    /// <summary>The decision of the given matter, or <see langword="null"/> (the first one, if the matter is duplicated).</summary>
    /// <param name="matter">The matter's id.</param>
    /// <returns>The decision or <see langword="null"/>.</returns>
    public Decision? FindDecision(string matter) => Decisions.FirstOrDefault(d => d.Matter == matter);

    /// <summary>The issue areas it may decide on.</summary>
    public IReadOnlyList<string> Mandate { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The id of the member who chairs it; optional.</summary>
    public string? Chair { get; init; }

    /// <summary>The id of the body it reports to; optional.</summary>
    public string? ReportsTo { get; init; }

    /// <summary>The id of the source for the body; optional.</summary>
    public string? Source { get; init; }
}
