using NodaTime;

namespace Napsm.Core.Model;

/// <summary>
/// The root of the model: a multilateral security institution described as data — its members, bodies, principles, phases,
/// treaties and timing constraints. Immutable, with structural equality; build one with <see cref="Create"/> or load one from a file.
/// </summary>
/// <remarks>
/// A design may be inconsistent (dangling references, duplicate ids, cycles): the model holds what it was given, and the validator
/// reports what is wrong. Instances are immutable and safe to share between threads.
/// </remarks>
public sealed record Design
{
    /// <summary>The design-file format version this library reads and writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>
    /// Every reference in the design, in file order: each id an element names (voters, chairs, rule members and weight attributes,
    /// norm subjects, predecessors, requirements, commitments' members and exchanges, parties, ratifications, timing events, bloc
    /// members, cited sources), with what it points at, its role, its pointer and the element that holds it. References that dangle
    /// are yielded too: this is what the design says, not what it resolves to.
    /// </summary>
    /// <returns>The references, lazily.</returns>
    public IEnumerable<DesignReference> References() => DesignReferences.Of(this);

    /// <summary>Creates a design with no elements.</summary>
    /// <param name="id">The design's id.</param>
    /// <param name="name">The design's name.</param>
    public Design(string id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>Starts building a design in code.</summary>
    /// <param name="id">The design's id.</param>
    /// <param name="name">The design's name.</param>
    /// <returns>A builder; call <see cref="DesignBuilder.Build"/> at the end.</returns>
    public static DesignBuilder Create(string id, string name) => new(id, name);

    /// <summary>The design's id.</summary>
    public string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>The design's name.</summary>
    public string Name { get; init => field = Guard.NotNull(value); }

    /// <summary>A short description; optional.</summary>
    public string? Description { get; init; }

    /// <summary>The date the design describes; horizons and treaty status are counted from it. Optional.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>The documents the design's facts come from.</summary>
    public IReadOnlyList<Source> Sources { get; init => field = ValueList<Source>.From(value); } = ValueList<Source>.Empty;

    /// <summary>The issue areas the institution must cover (<c>military</c>, <c>economic</c>, …).</summary>
    public IReadOnlyList<string> IssueAreas { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The members.</summary>
    public IReadOnlyList<Member> Members { get; init => field = ValueList<Member>.From(value); } = ValueList<Member>.Empty;

    /// <summary>The bodies.</summary>
    public IReadOnlyList<Body> Bodies { get; init => field = ValueList<Body>.From(value); } = ValueList<Body>.Empty;

    /// <summary>The guiding principles.</summary>
    public IReadOnlyList<Principle> Principles { get; init => field = ValueList<Principle>.From(value); } = ValueList<Principle>.Empty;

    /// <summary>The phases of implementation.</summary>
    public IReadOnlyList<Phase> Phases { get; init => field = ValueList<Phase>.From(value); } = ValueList<Phase>.Empty;

    /// <summary>The treaties.</summary>
    public IReadOnlyList<Treaty> Treaties { get; init => field = ValueList<Treaty>.From(value); } = ValueList<Treaty>.Empty;

    /// <summary>Explicit timing constraints between events.</summary>
    public IReadOnlyList<TimingConstraint> Timing { get; init => field = ValueList<TimingConstraint>.From(value); } = ValueList<TimingConstraint>.Empty;

    /// <summary>Alignment scenarios: blocs that vote together and members no one governs with (#15).</summary>
    public IReadOnlyList<Alignment> Alignments { get; init => field = ValueList<Alignment>.From(value); } = ValueList<Alignment>.Empty;

    /// <summary>The alignment with the given id, or <see langword="null"/> (the first one, if the id is duplicated).</summary>
    /// <param name="id">The alignment's id.</param>
    /// <returns>The alignment, or null.</returns>
    public Alignment? FindAlignment(string id) => Alignments.FirstOrDefault(a => a.Id == id);

    /// <summary>How the design changes itself (#16); <see langword="null"/>: only every member together can change it.</summary>
    public AmendmentProcedure? Amendment { get; init; }

    /// <summary>Stricter amendment procedures for parts of the design (#16); the most specific covering entry governs a change.</summary>
    public IReadOnlyList<AmendmentEntry> Amendments { get; init => field = ValueList<AmendmentEntry>.From(value); } = ValueList<AmendmentEntry>.Empty;

    /// <summary>Who admits new members (#16); <see langword="null"/>: the amendment procedure's rule.</summary>
    public AccessionProcedure? Accession { get; init; }

    /// <summary>The design this one evolves from (#16): a file path (relative to this design's file) or a design id; optional.</summary>
    public string? EvolvesFrom { get; init; }

    /// <summary>Diagnostics the authors accept, with their reasons.</summary>
    public IReadOnlyList<Suppression> Suppressions { get; init => field = ValueList<Suppression>.From(value); } = ValueList<Suppression>.Empty;

    /// <summary>Every commitment of every phase, in order.</summary>
    public IEnumerable<Commitment> AllCommitments => Phases.SelectMany(p => p.Commitments);

    /// <summary>The member with the given id, or <see langword="null"/> (the first one, if the id is duplicated).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The member or <see langword="null"/>.</returns>
    public Member? FindMember(string id) => Members.FirstOrDefault(m => m.Id == id);

    /// <summary>The body with the given id, or <see langword="null"/> (the first one, if the id is duplicated).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The body or <see langword="null"/>.</returns>
    public Body? FindBody(string id) => Bodies.FirstOrDefault(b => b.Id == id);

    /// <summary>The treaty with the given id, or <see langword="null"/> (the first one, if the id is duplicated).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The treaty or <see langword="null"/>.</returns>
    public Treaty? FindTreaty(string id) => Treaties.FirstOrDefault(t => t.Id == id);

    /// <summary>The phase with the given id, or <see langword="null"/> (the first one, if the id is duplicated).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The phase or <see langword="null"/>.</returns>
    public Phase? FindPhase(string id) => Phases.FirstOrDefault(p => p.Id == id);

    /// <summary>The date that stands for "no date given": 2000-01-01, so that no result depends on the clock.</summary>
    public static readonly LocalDate DefaultDate = new(2000, 1, 1);

    /// <summary>
    /// The one rule for the date the design's treaties are analysed on when no date is given: <see cref="AsOf"/>; else the latest
    /// ratification event or opening for signature of any of its treaties; else <see cref="DefaultDate"/>. The validator's treaty rules
    /// use it.
    /// </summary>
    /// <returns>The date.</returns>
    public LocalDate TreatyDate() => AsOf ?? LatestEvent(Treaties) ?? DefaultDate;

    /// <summary>
    /// The same rule for one treaty (the stake report, <c>napsm treaty</c> and the test assertions use it): <see cref="AsOf"/>; else the
    /// treaty's latest ratification event or its opening for signature, whichever is later; else <see cref="DefaultDate"/>.
    /// </summary>
    /// <param name="treaty">The treaty (of this design or a variant of it).</param>
    /// <returns>The date.</returns>
    public LocalDate TreatyDate(Treaty treaty)
    {
        ArgumentNullException.ThrowIfNull(treaty);
        return AsOf ?? LatestEvent([treaty]) ?? DefaultDate;
    }

    private static LocalDate? LatestEvent(IEnumerable<Treaty> treaties)
    {
        LocalDate? latest = null;
        foreach (var t in treaties)
        {
            foreach (var r in t.Ratifications)
            {
                if (latest is null || r.Date > latest) latest = r.Date;
            }

            if (t.OpenedForSignature is { } o && (latest is null || o > latest)) latest = o;
        }

        return latest;
    }
}
