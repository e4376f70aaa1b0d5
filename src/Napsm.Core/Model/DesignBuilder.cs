using NodaTime;

namespace Napsm.Core.Model;

/// <summary>
/// Builds a <see cref="Design"/> in code, in the order one would describe the institution. Not thread-safe; the design it builds is immutable.
/// </summary>
/// <example>
/// <code>
/// var design = Design.Create("unsc", "UN Security Council")
///     .Member("cn", "China").Member("fr", "France") /* … */
///     .Body("council", "Security Council", b => b
///         .Voters(all)
///         .Rule(Rule.All(Rule.AtLeast(9), Rule.Veto("cn", "fr", "ru", "uk", "us"))))
///     .Build();
/// </code>
/// </example>
public sealed class DesignBuilder
{
    private Design _design;
    private readonly List<Source> _sources = [];
    private readonly List<string> _issueAreas = [];
    private readonly List<Member> _members = [];
    private readonly List<Body> _bodies = [];
    private readonly List<Principle> _principles = [];
    private readonly List<Phase> _phases = [];
    private readonly List<Treaty> _treaties = [];
    private readonly List<TimingConstraint> _timing = [];
    private readonly List<Suppression> _suppressions = [];
    private readonly List<Alignment> _alignments = [];
    private readonly List<AmendmentEntry> _amendments = [];

    internal DesignBuilder(string id, string name) => _design = new Design(id, name);

    /// <summary>Sets the date the design describes.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder AsOf(LocalDate date)
    {
        _design = _design with { AsOf = date };
        return this;
    }

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder Description(string description)
    {
        _design = _design with { Description = description };
        return this;
    }

    /// <summary>Adds a source.</summary>
    /// <param name="id">The id other elements cite it by.</param>
    /// <param name="title">The document's title.</param>
    /// <param name="url">A link; optional.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder Source(string id, string title, string? url = null) => Source(new Source(id, title) { Url = url });

    /// <summary>Adds a source.</summary>
    /// <param name="source">The source.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder Source(Source source)
    {
        _sources.Add(Guard.NotNull(source));
        return this;
    }

    /// <summary>Declares issue areas the institution must cover.</summary>
    /// <param name="areas">The areas.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder IssueAreas(params IEnumerable<string> areas)
    {
        _issueAreas.AddRange(areas);
        return this;
    }

    /// <summary>Adds a member.</summary>
    /// <param name="id">The member's id.</param>
    /// <param name="name">The member's name.</param>
    /// <param name="configure">Sets its kind and attributes; optional.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder Member(string id, string name, Action<MemberBuilder>? configure = null)
    {
        var builder = new MemberBuilder(id, name);
        configure?.Invoke(builder);
        _members.Add(builder.Build());
        return this;
    }

    /// <summary>Adds a member.</summary>
    /// <param name="member">The member.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder Member(Member member)
    {
        _members.Add(Guard.NotNull(member));
        return this;
    }

    /// <summary>Adds a body. Its voters default to every member added so far and its rule to consensus.</summary>
    /// <param name="id">The body's id.</param>
    /// <param name="name">The body's name.</param>
    /// <param name="configure">Sets voters, rule, mandate, chair and reporting line.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder Body(string id, string name, Action<BodyBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new BodyBuilder(id, name, _members.Select(m => m.Id));
        configure(builder);
        _bodies.Add(builder.Build());
        return this;
    }

    /// <summary>Adds a principle.</summary>
    /// <param name="principle">The principle.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder Principle(Principle principle)
    {
        _principles.Add(Guard.NotNull(principle));
        return this;
    }

    /// <summary>Adds a principle.</summary>
    /// <param name="id">The principle's id.</param>
    /// <param name="title">Its title.</param>
    /// <param name="source">The id of its source; optional.</param>
    /// <param name="tags">Tags from <see cref="PrincipleTags"/>.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder Principle(string id, string title, string? source = null, params IEnumerable<string> tags) =>
        Principle(new Principle(id, title) { Source = source, Tags = ValueList<string>.From(tags) });

    /// <summary>Adds a principle with its source, tags and norms.</summary>
    /// <param name="id">The principle's id.</param>
    /// <param name="title">Its title.</param>
    /// <param name="configure">Sets the source, the tags and the norms.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder Principle(string id, string title, Action<PrincipleBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new PrincipleBuilder(id, title);
        configure(builder);
        return Principle(builder.Build());
    }

    /// <summary>Adds a treaty.</summary>
    /// <param name="id">The treaty's id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="configure">Sets the parties, entry into force, requirements, ratifications, withdrawal terms and source.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder Treaty(string id, string name, Action<TreatyBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new TreatyBuilder(id, name);
        configure(builder);
        return Treaty(builder.Build());
    }

    /// <summary>Adds a phase.</summary>
    /// <param name="id">The phase's id.</param>
    /// <param name="name">The phase's name.</param>
    /// <param name="configure">Sets predecessors, window and commitments; optional.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder Phase(string id, string name, Action<PhaseBuilder>? configure = null)
    {
        var builder = new PhaseBuilder(id, name);
        configure?.Invoke(builder);
        _phases.Add(builder.Build());
        return this;
    }

    /// <summary>Adds a treaty.</summary>
    /// <param name="treaty">The treaty.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder Treaty(Treaty treaty)
    {
        _treaties.Add(Guard.NotNull(treaty));
        return this;
    }

    /// <summary>Adds a timing constraint: <paramref name="to"/> happens between <paramref name="atLeast"/> and <paramref name="atMost"/> after <paramref name="from"/>.</summary>
    /// <param name="from">The earlier event, such as <c>initial-actions.end</c>.</param>
    /// <param name="to">The later event.</param>
    /// <param name="atLeast">The least time between them; optional.</param>
    /// <param name="atMost">The most time between them; optional.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="FormatException">An event is not written as <c>ID.start</c>, <c>ID.end</c>, <c>ID.due</c> or <c>ID.inForce</c>.</exception>
    public DesignBuilder Timing(string from, string to, Period? atLeast = null, Period? atMost = null) =>
        Timing(new TimingConstraint(ParseEvent(from), ParseEvent(to)) { AtLeast = atLeast, AtMost = atMost });

    /// <summary>Adds a timing constraint.</summary>
    /// <param name="constraint">The constraint.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder Timing(TimingConstraint constraint)
    {
        _timing.Add(Guard.NotNull(constraint));
        return this;
    }

    /// <summary>Accepts a diagnostic.</summary>
    /// <param name="diagnosticId">The diagnostic id.</param>
    /// <param name="at">A JSON pointer it is limited to; optional.</param>
    /// <param name="why">The reason.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder Suppress(string diagnosticId, string? at, string why)
    {
        _suppressions.Add(new Suppression(diagnosticId) { At = at, Why = why });
        return this;
    }

    /// <summary>Builds the design. The builder may be used again afterwards.</summary>
    /// <returns>The immutable design.</returns>
    public Design Build() => _design with
    {
        Sources = _sources,
        IssueAreas = _issueAreas,
        Members = _members,
        Bodies = _bodies,
        Principles = _principles,
        Phases = _phases,
        Treaties = _treaties,
        Timing = _timing,
        Alignments = _alignments,
        Amendments = _amendments,
        Suppressions = _suppressions,
    };

    /// <summary>Sets how the design changes itself (#16).</summary>
    /// <param name="procedure">The amendment procedure.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder Amendment(AmendmentProcedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        _design = _design with { Amendment = procedure };
        return this;
    }

    /// <summary>Sets how the design changes itself (#16): the rule over all members that adopts an amendment.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder Amendment(DecisionRule rule) => Amendment(new AmendmentProcedure(rule));

    /// <summary>Adds a stricter amendment procedure for parts of the design (#16).</summary>
    /// <param name="id">The entry's id.</param>
    /// <param name="covers">The parts it covers (<c>principles</c>, <c>bodies/council</c>, <c>amendment</c>, …).</param>
    /// <param name="rule">The rule over all members that adopts a change to them.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder AmendmentEntry(string id, IEnumerable<string> covers, DecisionRule rule)
    {
        _amendments.Add(new AmendmentEntry(id, covers, rule));
        return this;
    }

    /// <summary>Sets who admits new members (#16).</summary>
    /// <param name="rule">The rule over all members that admits a new member.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder Accession(DecisionRule rule)
    {
        _design = _design with { Accession = new AccessionProcedure(rule) };
        return this;
    }

    /// <summary>Names the design this one evolves from (#16): a file path or a design id.</summary>
    /// <param name="predecessor">The path or id.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder EvolvesFrom(string predecessor)
    {
        ArgumentNullException.ThrowIfNull(predecessor);
        _design = _design with { EvolvesFrom = predecessor };
        return this;
    }

    /// <summary>Adds an alignment scenario (#15): blocs that vote together, members no one governs with.</summary>
    /// <param name="alignment">The alignment.</param>
    /// <returns>This builder.</returns>
    public DesignBuilder Alignment(Alignment alignment)
    {
        ArgumentNullException.ThrowIfNull(alignment);
        _alignments.Add(alignment);
        return this;
    }

    private static EventRef ParseEvent(string text) =>
        EventRef.TryParse(text, out var e) ? e : throw new FormatException($"\"{text}\" is not an event: expected ID.start, ID.end, ID.due or ID.inForce.");
}
