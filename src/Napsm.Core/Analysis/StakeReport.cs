using System.Globalization;
using Napsm.Core.Model;
using Napsm.Core.Kernel;
using Napsm.Core.Scheduling;
using Napsm.Core.Serialization;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>
/// What is at stake for one member in one or several designs, side by side: its voting power in every body (Shapley–Shubik, Banzhaf,
/// veto, dummy) and the change from a baseline design; what it commits to and what others commit to it, by horizon; the treaties it can
/// block or bring into force alone; and the validator's diagnostics that involve it.
/// </summary>
/// <remarks>
/// <para>Every figure comes from the engines: <see cref="VotingGame"/> for power, <see cref="TemporalNetwork"/> for commitment deadlines
/// that are not written as dates, <see cref="TreatyStatus"/> for entry into force, <see cref="DesignValidator"/> for diagnostics.</para>
/// <para>Immutable, deterministic: the same designs and options give an equal report.</para>
/// </remarks>
public sealed record StakeReport
{
    private StakeReport(string member, string memberName, string baseline, IEnumerable<DesignStake> designs, StakeOptions options)
    {
        Member = member;
        MemberName = memberName;
        Baseline = baseline;
        Designs = ValueList<DesignStake>.From(designs);
        Options = options;
    }

    /// <summary>The member's id.</summary>
    public string Member { get; }

    /// <summary>The member's name (from the first design that has it).</summary>
    public string MemberName { get; }

    /// <summary>The id of the baseline design that changes are measured from.</summary>
    public string Baseline { get; }

    /// <summary>One entry per design, in the order given.</summary>
    public IReadOnlyList<DesignStake> Designs { get; }

    /// <summary>The options used.</summary>
    public StakeOptions Options { get; }

    /// <summary>
    /// Writes the report for people or tools: text or Markdown with a summary table across designs, then per design the member's power
    /// in every body, its commitments by horizon, its treaties and the diagnostics that involve it; or JSON with the same content.
    /// </summary>
    /// <param name="format">The format.</param>
    /// <returns>The text, ending with a line end; the same report gives the same text, byte for byte.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public string Format(AnalysisFormat format) => StakeWriter.Format(this, format);

    /// <summary>Writes the report as <see cref="Format(AnalysisFormat)"/> does, its text fitted to <paramref name="width"/> terminal cells.</summary>
    /// <param name="format">The format.</param>
    /// <param name="width">
    /// For <see cref="AnalysisFormat.Text"/>, the most cells a line may take (at least 40; a terminal's width, say): tables shorten
    /// names with "…" (given in full in a legend below) and wrap free text; only an unbreakable id makes a line longer. The other
    /// formats ignore it. <see cref="Format(AnalysisFormat)"/> uses 100.
    /// </param>
    /// <returns>The text, ending with a line end; the same report and width give the same text, byte for byte.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format, or <paramref name="width"/> is below 40.</exception>
    public string Format(AnalysisFormat format, int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 40);
        return StakeWriter.Format(this, format, width);
    }

    /// <summary>The stake report of a member in designs built in code.</summary>
    /// <param name="member">The member's id.</param>
    /// <param name="designs">The designs, at least one; the first is the baseline unless <see cref="StakeOptions.Baseline"/> names another.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="StakeOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">No design is given, no design has the member (the message lists the members), or the baseline is not among the designs.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their second parameter (designs or documents), so calls are never ambiguous.")]
    public static StakeReport For(string member, IEnumerable<Design> designs, StakeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(designs);
        return For(member, designs.Select(d => new DesignDocument(d)), options);
    }

    /// <summary>The stake report of a member in designs loaded from files (diagnostics then carry file positions).</summary>
    /// <param name="member">The member's id.</param>
    /// <param name="documents">The designs, at least one; the first is the baseline unless <see cref="StakeOptions.Baseline"/> names another.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="StakeOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">No design is given, no design has the member (the message lists the members), or the baseline is not among the designs.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their second parameter (designs or documents), so calls are never ambiguous.")]
    public static StakeReport For(string member, IEnumerable<DesignDocument> documents, StakeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(documents);
        options ??= StakeOptions.Default;
        var docs = documents.ToList();
        if (docs.Count == 0) throw new ArgumentException("A stake report needs at least one design.", nameof(documents));
        var found = docs.Select(d => d.Design.FindMember(member)).FirstOrDefault(m => m is not null);
        if (found is null)
        {
            var known = docs.SelectMany(d => d.Design.Members).DistinctBy(m => m.Id).Select(m => $"{m.Id} ({m.Name})");
            throw new ArgumentException(
                $"No design has a member '{member}'. Members: {string.Join(", ", known)}.", nameof(member));
        }

        int baselineIndex = 0;
        if (options.Baseline is { } wanted)
        {
            baselineIndex = docs.FindIndex(d => string.Equals(d.Design.Id, wanted, StringComparison.Ordinal));
            if (baselineIndex < 0)
            {
                throw new ArgumentException(
                    $"The baseline '{wanted}' is not among the designs ({string.Join(", ", docs.Select(d => d.Design.Id))}).", nameof(options));
            }
        }

        // The diagnostics share the power analyses' context, so that the whole report keeps one budget.
        var validator = new DesignValidator(options.Validation.Context is null && options.Voting.Context is { } shared
            ? options.Validation with { Context = shared }
            : options.Validation);
        var power = new PowerCache(options.Voting);
        var baseline = docs[baselineIndex].Design;
        var designs = docs.Select((doc, i) => Stake(member, doc, i == baselineIndex, baseline, validator, power, options)).ToList();
        return new StakeReport(member, found.Name, baseline.Id, designs, options);
    }

    private static DesignStake Stake(string member, DesignDocument doc, bool isBaseline, Design baseline, DesignValidator validator, PowerCache power, StakeOptions options)
    {
        var design = doc.Design;
        var alignment = options.Alignment is { } wanted ? design.FindAlignment(wanted) : null;
        var bodies = design.Bodies.Select(b =>
        {
            var stake = BodyStakeOf(design, b, member, power, alignment);
            if (isBaseline || baseline.FindBody(b.Id) is not { } before) return stake;
            return stake with { Change = Change(BodyStakeOf(baseline, before, member, power), stake) };
        }).ToList();
        var removed = isBaseline
            ? []
            : baseline.Bodies.Where(b => design.FindBody(b.Id) is null).Select(b => BodyStakeOf(baseline, b, member, power)).ToList();
        var validation = validator.Validate(doc);
        return new DesignStake(design.Id, design.Name)
        {
            File = doc.File,
            AsOf = design.AsOf,
            IsMember = design.FindMember(member) is not null,
            IsBaseline = isBaseline,
            Alignment = alignment?.Id,
            Bodies = bodies,
            BodiesRemoved = removed,
            Commitments = Commitments(design, member, options),
            Treaties = TreatyStakes(design, member),
            Validation = validation,
            Diagnostics = Involving(design, member, validation),
        };
    }

    internal static BodyStake BodyStakeOf(Design design, Body body, string member, PowerCache power, Alignment? alignment = null)
    {
        var analysis = power.Of(design, body);
        var voter = analysis.Members.FirstOrDefault(m => string.Equals(m.Id, member, StringComparison.Ordinal));
        var ternary = power.TernaryOf(design, body);
        var ternaryVoter = ternary?.Members.FirstOrDefault(m => string.Equals(m.Id, member, StringComparison.Ordinal));
        return new BodyStake(body.Id, body.Name)
        {
            Ternary = ternary is null ? null : new TernaryStake
            {
                ShapleyShubik = ternaryVoter is null ? Rational.Zero : ternaryVoter.ShapleyShubik,
                Banzhaf = ternaryVoter is null ? Rational.Zero : ternaryVoter.Banzhaf,
                BlocksByVotingNo = ternaryVoter is null ? false : ternaryVoter.BlocksByVotingNo,
                BlocksByAbstaining = ternaryVoter is null ? false : ternaryVoter.BlocksByAbstaining,
                NotComputed = ternary.NotComputed,
            },
            Rule = body.Rule.ToString(),
            Voters = analysis.VoterCount,
            IsVoter = voter is not null,
            ShapleyShubik = voter is null ? Rational.Zero : voter.ShapleyShubik,
            Banzhaf = voter is null ? Rational.Zero : voter.Banzhaf,
            IsVeto = voter is null ? false : voter.IsVeto,
            IsDummy = voter is null ? false : voter.IsDummy,
            NotComputed = analysis.NotComputed,
            Bloc = alignment is null || voter is null ? null : BlocOf(power.UnionsOf(design, body, alignment), member, alignment.Id),
        };
    }

    /// <summary>The member's figures in a body's analysis with unions; the member is a voter of the body.</summary>
    private static BlocStake BlocOf(UnionAnalysis unions, string member, string alignment)
    {
        var voter = unions.Members.First(m => string.Equals(m.Id, member, StringComparison.Ordinal));
        var union = voter.IsExcluded ? null : unions.Unions[voter.Union];
        return new BlocStake(alignment)
        {
            IsExcluded = voter.IsExcluded,
            InBloc = union?.IsBloc ?? false,
            Union = union?.Members ?? [],
            Owen = voter.Owen,
            BanzhafOwen = voter.BanzhafOwen,
            UnionShapleyShubik = union?.ShapleyShubik,
            UnionBanzhaf = union?.Banzhaf,
            UnionIsVeto = union?.IsVeto ?? false,
            NotComputed = unions.NotComputed,
        };
    }

    private static PowerChange Change(BodyStake before, BodyStake after) => new()
    {
        ShapleyShubikBefore = before.ShapleyShubik,
        BanzhafBefore = before.Banzhaf,
        WasVeto = before.IsVeto,
        WasDummy = before.IsDummy,
        WasVoter = before.IsVoter,
        ShapleyShubikDelta = after.ShapleyShubik - before.ShapleyShubik,
        BanzhafDelta = after.Banzhaf - before.Banzhaf,
    };

    private static List<CommitmentStake> Commitments(Design design, string member, StakeOptions options)
    {
        var all = design.Phases.SelectMany(p => p.Commitments.Select(c => (Phase: p, Commitment: c))).ToList();
        var given = all.Where(x => x.Commitment.By.Contains(member, StringComparer.Ordinal)).Select(x => x.Commitment.Id).ToHashSet(StringComparer.Ordinal);
        Dictionary<string, EventWindow>? schedule = null;
        var result = new List<CommitmentStake>();
        foreach (var (phase, c) in all)
        {
            bool by = c.By.Contains(member, StringComparer.Ordinal);
            bool to = c.To.Contains(member, StringComparer.Ordinal);

            // A commitment is exchanged with the member's when either names the other in inExchangeFor.
            var exchanged = by
                ? []
                : all.Where(x => given.Contains(x.Commitment.Id)
                        && (c.InExchangeFor.Contains(x.Commitment.Id, StringComparer.Ordinal) || x.Commitment.InExchangeFor.Contains(c.Id, StringComparer.Ordinal)))
                    .Select(x => x.Commitment.Id).Distinct(StringComparer.Ordinal).ToList();
            if (!by && !to && exchanged.Count == 0) continue;

            var side = by ? (to ? CommitmentSide.Mutual : CommitmentSide.Gives) : CommitmentSide.Receives;
            var (date, basis) = (c.Due, c.Due is null ? DateBasis.None : DateBasis.Due);
            if (date is null)
            {
                schedule ??= Schedule(design);
                if (schedule.TryGetValue(c.Id, out var window) && window.Latest is { } latest) (date, basis) = (latest, DateBasis.Scheduled);
            }

            var (horizon, why) = HorizonOf(design.AsOf, date, options);
            if (date is null)
            {
                why = schedule is not null && schedule.TryGetValue(c.Id, out var w) && w.Earliest is { } earliest
                    ? $"no due date; the schedule allows it no earlier than {Kernel.IsoDate.Format(earliest)} but sets no deadline"
                    : "no due date, and the schedule sets no deadline";
            }

            result.Add(new CommitmentStake(c.Id, phase.Id)
            {
                PhaseName = phase.Name,
                Action = c.Action,
                By = c.By,
                To = c.To,
                Side = side,
                ExchangedFor = exchanged,
                Date = date,
                DateBasis = basis,
                Horizon = horizon,
                UndatedBecause = why,
            });
        }

        return result;
    }

    internal static (Horizon Horizon, string? Why) HorizonOf(LocalDate? asOf, LocalDate? date, StakeOptions options)
    {
        if (date is not { } d) return (Horizon.Undated, null);
        if (asOf is not { } a) return (Horizon.Undated, $"due {Kernel.IsoDate.Format(d)}, but the design has no asOf to count horizons from");
        if (d < a) return (Horizon.Past, null);
        if (HorizonEnd(a, options.Near) is not { } near || d <= near) return (Horizon.Near, null);
        if (HorizonEnd(a, options.Medium) is not { } medium || d <= medium) return (Horizon.Medium, null);
        return (Horizon.Long, null);
    }

    /// <summary>The last day of a horizon, or <see langword="null"/> when it runs past the calendar (9999-12-31): every later date is in it.</summary>
    internal static LocalDate? HorizonEnd(LocalDate asOf, Period horizon) => PeriodDays.TryAdd(asOf, horizon);

    private static Dictionary<string, EventWindow> Schedule(Design design)
    {
        var map = new Dictionary<string, EventWindow>(StringComparer.Ordinal);
        ScheduleResult result;
        try
        {
            result = TemporalNetwork.FromDesign(design).Analyze(1);
        }
        catch (ArgumentException)
        {
            return map;
        }

        foreach (var e in result.Events)
        {
            if (e.Event.Kind == EventKind.Due) map.TryAdd(e.Event.Id, e);
        }

        return map;
    }

    private static List<TreatyStake> TreatyStakes(Design design, string member)
    {
        var result = new List<TreatyStake>();
        // One context for the design's treaties, asked one by one (each on its own date): the evaluator's table is built once.
        using var cache = new AnalysisContext();
        foreach (var treaty in design.Treaties)
        {
            if (!treaty.Parties.Contains(member, StringComparer.Ordinal)) continue;
            var asOf = design.TreatyDate(treaty);
            var status = TreatyStatus.Of(design, treaty, asOf, context: cache);
            var game = VotingGame.ForTreaty(design, treaty);

            // A veto player of the entry-into-force game: the others together, without the member, never meet the rule.
            bool veto = game.IsVetoPlayer(member);
            bool open = status.State is TreatyState.Open or TreatyState.Pending;
            result.Add(new TreatyStake(treaty.Id, treaty.Name)
            {
                IsParty = true,
                HasRatified = status.Ratified.Contains(member, StringComparer.Ordinal),
                Status = status,
                CanBlockAlone = open && veto && !status.Withdrawn.Contains(member, StringComparer.Ordinal),
                CanBringIntoForceAlone = status.State == TreatyState.Open && status.Pivotal.Contains(member, StringComparer.Ordinal),
            });
        }

        return result;
    }

    /// <summary>
    /// The diagnostics that involve the member: those that name it (<see cref="Diagnostic.Involves"/>), and those with a location in
    /// an element it takes part in (<see cref="DiagnosticLocation.Element"/>) — its own entry, a body it votes in or chairs, a
    /// commitment it gives or receives, a treaty it is a party to. Nothing here reads a message or takes a pointer apart.
    /// </summary>
    internal static List<StakeDiagnostic> Involving(Design design, string member, ValidationReport validation)
    {
        var self = new ElementRef(ElementKind.Member, member);
        var elements = new List<(ElementRef Element, StakeInvolvement How)>();
        if (design.FindMember(member) is not null) elements.Add((self, StakeInvolvement.OwnEntry));
        foreach (var b in design.Bodies)
        {
            if (b.Voters.Contains(member, StringComparer.Ordinal)
                || (CompoundVoters.SubBodies(b).Count > 0 && PowerCache.GameOf(design, b).IndexOf(member) >= 0))
            {
                elements.Add((new ElementRef(ElementKind.Body, b.Id), StakeInvolvement.Voter));
            }
            else if (b.Chair == member) elements.Add((new ElementRef(ElementKind.Body, b.Id), StakeInvolvement.Chair));
        }

        foreach (var k in design.Phases.SelectMany(p => p.Commitments))
        {
            if (k.By.Contains(member, StringComparer.Ordinal) || k.To.Contains(member, StringComparer.Ordinal))
            {
                elements.Add((new ElementRef(ElementKind.Commitment, k.Id), StakeInvolvement.GiverOrRecipient));
            }
        }

        foreach (var t in design.Treaties)
        {
            if (t.Parties.Contains(member, StringComparer.Ordinal)) elements.Add((new ElementRef(ElementKind.Treaty, t.Id), StakeInvolvement.Party));
        }

        var result = new List<StakeDiagnostic>();
        foreach (var d in validation.Diagnostics)
        {
            if (d.Involves.Contains(self))
            {
                result.Add(new StakeDiagnostic(d, StakeInvolvement.NamesMember, null));
                continue;
            }

            var at = new[] { d.Location }.Concat(d.RelatedLocations).Select(l => l.Element).OfType<ElementRef>().ToHashSet();
            var hit = elements.FindIndex(e => at.Contains(e.Element));
            if (hit >= 0) result.Add(new StakeDiagnostic(d, elements[hit].How, elements[hit].Element));
        }

        return result;
    }

}

/// <summary>
/// Analyses each body's game once per (design, body) object and options: a stake report over several designs asks for the baseline's
/// often. The analyses are kept in the <see cref="AnalysisContext"/> of the options (typed slots), or in one of the cache's own when
/// the options have none; thread-safe, as the context is.
/// </summary>
internal sealed class PowerCache
{
    private static readonly CacheSlot<CacheKey, GameAnalysis> Analyses = new(EqualityComparer<CacheKey>.Default);
    private static readonly CacheSlot<CacheKey, UnionAnalysis> Unions = new(EqualityComparer<CacheKey>.Default);
    private static readonly CacheSlot<CacheKey, TernaryAnalysis?> Ternaries = new(EqualityComparer<CacheKey>.Default);
    private readonly AnalysisContext _context;

    public PowerCache(AnalysisOptions options)
    {
        Options = options with { Indices = PowerIndices.ShapleyShubik, ClauseEffects = false };
        // Without a context of the caller's, one for the caches only: it has no limits, and the analyses keep the options' own.
        _context = options.Context ?? new AnalysisContext();
    }

    public AnalysisOptions Options { get; }

    public GameAnalysis Of(Design design, Body body) =>
        _context.Cached(Analyses, new CacheKey(design, body, options: Options), _ => GameOf(design, body).Analyze(Options));

    /// <summary>
    /// The game a member's stake in a body is read from: the body's own game, or for a compound body (#15, voters <c>body:ID</c>) its
    /// member-level game (<see cref="VotingGame.Expand(Design, Body, Decision?, AnalysisContext?)"/>), so that a member's power through
    /// its sub-bodies is its power in the body. The expanded game is binary (no ternary figures).
    /// </summary>
    internal static VotingGame GameOf(Design design, Body body) =>
        CompoundVoters.SubBodies(body).Count > 0 ? VotingGame.Expand(design, body) : VotingGame.ForBody(design, body);

    /// <summary>The analysis of the body's game with the alignment's blocs as a priori unions (#15); once per (design, body, alignment).</summary>
    public UnionAnalysis UnionsOf(Design design, Body body, Alignment alignment) =>
        _context.Cached(Unions, new CacheKey(design, body, options: Options, third: alignment),
            _ => GameOf(design, body).AnalyzeUnions(alignment.Blocs, alignment.Excluded, Options, default));

    /// <summary>The ternary analysis of the body's game when its rule reads abstention (#15), else null; once per (design, body).</summary>
    public TernaryAnalysis? TernaryOf(Design design, Body body) =>
        _context.Cached(Ternaries, new CacheKey(design, body, options: Options), _ =>
        {
            var game = GameOf(design, body);
            return game.ReadsAbstention ? game.AnalyzeTernary(Options) : null;
        });
}
