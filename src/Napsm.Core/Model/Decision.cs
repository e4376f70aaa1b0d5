namespace Napsm.Core.Model;

/// <summary>
/// One kind of decision a body takes — a matter, such as <c>procedural</c>, <c>substantive</c> or <c>budget</c> — with its own rule
/// and optional quorum. A body's <see cref="Body.Rule"/> is the matter <see cref="DefaultMatter"/>.
/// </summary>
public sealed record Decision
{
    /// <summary>The matter the body's plain <c>rule</c> stands for.</summary>
    public const string DefaultMatter = "default";

    /// <summary>Creates a decision rule for a matter.</summary>
    /// <param name="matter">The matter's id, unique within the body.</param>
    /// <param name="rule">Which coalitions of the body's voters can pass a decision on the matter.</param>
    public Decision(string matter, DecisionRule rule)
    {
        Matter = matter;
        Rule = rule;
    }

    /// <summary>The matter's id, unique within the body (<see cref="DefaultMatter"/> for the body's plain rule).</summary>
    public string Matter { get; init => field = Guard.NotNull(value); }

    /// <summary>Which coalitions of the body's voters can pass a decision on the matter.</summary>
    public DecisionRule Rule { get; init => field = Guard.NotNull(value); }

    /// <summary>
    /// A rule over who is present (yes, no or abstaining): unless the present voters pass it, nothing passes; optional. It is read as a
    /// simple game over the body's voters, the present ones being "in favour".
    /// </summary>
    public DecisionRule? Quorum { get; init; }

    /// <summary>The id of the source for the matter's rule (a charter article); optional.</summary>
    public string? Source { get; init; }

    /// <summary>Whether this is the body's plain rule, the matter <see cref="DefaultMatter"/>.</summary>
    public bool IsDefault => Matter == DefaultMatter;
}
