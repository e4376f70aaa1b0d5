using NodaTime;

namespace Napsm.Core.Model;

/// <summary>A document that facts in the design come from: a treaty article, a joint statement, a data release.</summary>
public sealed record Source
{
    /// <summary>Creates a source.</summary>
    /// <param name="id">The id other elements cite it by.</param>
    /// <param name="title">The document's title.</param>
    public Source(string id, string title)
    {
        Id = id;
        Title = title;
    }

    /// <summary>The id other elements cite it by.</summary>
    public string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>The document's title.</summary>
    public string Title { get; init => field = Guard.NotNull(value); }

    /// <summary>Where in the document: an article, paragraph or table (<c>"Art. 27(3)"</c>); optional.</summary>
    public string? Locator { get; init; }

    /// <summary>The document's date; optional.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>A link to the document; optional.</summary>
    public string? Url { get; init; }

    /// <summary>A note on the source, such as what could not be checked against it; optional.</summary>
    public string? Note { get; init; }
}

/// <summary>A named numeric attribute of a member (population, votes, emission share): an exact number, optionally dated and sourced.</summary>
public sealed record AttributeValue
{
    /// <summary>Creates an attribute value.</summary>
    /// <param name="value">The exact value; it must have a finite decimal expansion so that it can be written in a design file.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> has no finite decimal expansion (such as 1/3).</exception>
    public AttributeValue(Rational value) => Value = value;

    /// <summary>The exact value.</summary>
    public Rational Value
    {
        get;
        init => field = value.IsDecimal ? value : throw new ArgumentException($"An attribute value must be a finite decimal; {value} is not.", nameof(value));
    }

    /// <summary>The date the value refers to; optional.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>The id of the source the value comes from; optional.</summary>
    public string? Source { get; init; }

    /// <summary>A value with no date or source.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator AttributeValue(long value) => new((Rational)value);

    /// <summary>A value with no date or source.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue FromInt64(long value) => new((Rational)value);
}

/// <summary>A state or organisation that takes part in the institution.</summary>
public sealed record Member
{
    /// <summary>Creates a member.</summary>
    /// <param name="id">The member's id, unique among members.</param>
    /// <param name="name">The member's name.</param>
    public Member(string id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The member's id, unique among members.</summary>
    public string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>The member's name.</summary>
    public string Name { get; init => field = Guard.NotNull(value); }

    /// <summary>What kind of member: <c>state</c>, <c>organisation</c>, …; optional.</summary>
    public string? Kind { get; init; }

    /// <summary>Named numeric attributes, in the order they were given; compared without regard to order.</summary>
    public IReadOnlyDictionary<string, AttributeValue> Attributes { get; init => field = ValueMap<AttributeValue>.From(value); } = ValueMap<AttributeValue>.Empty;

    /// <summary>The id of the source for the member's participation; optional.</summary>
    public string? Source { get; init; }
}

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

/// <summary>What a norm does to its subject.</summary>
public enum Deontic
{
    /// <summary>The subject is obliged to do the action.</summary>
    Must,

    /// <summary>The subject is forbidden to do the action.</summary>
    MustNot,

    /// <summary>The subject is permitted to do the action.</summary>
    May,
}

/// <summary>
/// A machine-checkable norm of a principle: who must, must not or may do what, when which conditions hold and unless which do.
/// Two norms apply together exactly when no condition is both required (<see cref="When"/>) and excluded (<see cref="Unless"/>).
/// </summary>
public sealed record Norm
{
    /// <summary>Creates a norm.</summary>
    /// <param name="subject">Who it binds: a member id, or <c>*</c> for every member.</param>
    /// <param name="deontic">Must, must not, or may.</param>
    /// <param name="action">The action, as a short identifier such as <c>use-force</c>.</param>
    public Norm(string subject, Deontic deontic, string action)
    {
        Subject = subject;
        Deontic = deontic;
        Action = action;
    }

    /// <summary>Who it binds: a member id, or <c>*</c> for every member.</summary>
    public string Subject { get; init => field = Guard.NotNull(value); }

    /// <summary>Must, must not, or may.</summary>
    public Deontic Deontic { get; init; }

    /// <summary>The action, as a short identifier such as <c>use-force</c>.</summary>
    public string Action { get; init => field = Guard.NotNull(value); }

    /// <summary>Conditions that must all hold for the norm to apply; empty means always.</summary>
    public IReadOnlyList<string> When { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Conditions any one of which suspends the norm (such as <c>self-defence</c>).</summary>
    public IReadOnlyList<string> Unless { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;
}

/// <summary>A guiding principle with its source, tags from a known vocabulary, and optional machine-checkable norms.</summary>
public sealed record Principle
{
    /// <summary>Creates a principle.</summary>
    /// <param name="id">The principle's id, unique among principles.</param>
    /// <param name="title">The principle's title.</param>
    public Principle(string id, string title)
    {
        Id = id;
        Title = title;
    }

    /// <summary>The principle's id, unique among principles.</summary>
    public string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>The principle's title.</summary>
    public string Title { get; init => field = Guard.NotNull(value); }

    /// <summary>The id of the source it comes from; optional, but a principle without one is reported.</summary>
    public string? Source { get; init; }

    /// <summary>Tags from the known vocabulary (<see cref="PrincipleTags"/>) that switch on checks against the rest of the design.</summary>
    public IReadOnlyList<string> Tags { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Machine-checkable norms.</summary>
    public IReadOnlyList<Norm> Norms { get; init => field = ValueList<Norm>.From(value); } = ValueList<Norm>.Empty;
}

/// <summary>The principle tags the validator understands.</summary>
public static class PrincipleTags
{
    /// <summary>Members are sovereign equals: bodies should give them equal voting power.</summary>
    public const string SovereignEquality = "sovereign-equality";

    /// <summary>Decisions by consensus: no body should pass a decision over an objection.</summary>
    public const string Consensus = "consensus";

    /// <summary>Non-intervention in internal affairs: monitoring or enforcement needs the consent of the member concerned.</summary>
    public const string NonIntervention = "non-intervention";

    /// <summary>"Commitment for commitment, action for action": phases should be reciprocal.</summary>
    public const string ActionForAction = "action-for-action";

    /// <summary>Refraining from the threat or use of force.</summary>
    public const string NonUseOfForce = "non-use-of-force";

    /// <summary>Peaceful settlement of disputes.</summary>
    public const string PeacefulSettlement = "peaceful-settlement";

    /// <summary>Every tag the validator understands, in order.</summary>
    public static IReadOnlyList<string> All { get; } = ValueList<string>.From([SovereignEquality, Consensus, NonIntervention, ActionForAction, NonUseOfForce, PeacefulSettlement]);
}
