using FsCheck;
using FsCheck.Fluent;
using Napsm.Core.Model;
using NodaTime;

namespace Napsm.Core.Testing;

/// <summary>
/// FsCheck generators of valid designs and their parts. "Valid" means every reference resolves (voters, rule subsets and weights,
/// chairs, reporting lines, commitments, requirements, events, sources, attributes used by weighted rules) and ids are unique
/// (per kind; commitment ids across the design). Thresholds are reachable: counts within the voters counted (or their total weight), shares
/// of at most the whole, never "more than" all of them;
/// phases and treaty requirements form no cycles, and the design round-trips through the design-file format.
/// </summary>
/// <remarks>
/// Sizes grow with FsCheck's size parameter and stay small enough for exact analyses (at most 8 members). Designs shrink by
/// dropping elements nothing refers to and simplifying rules (<see cref="ShrinkDesign"/>). Use <see cref="DesignArbitraries"/> in
/// <c>[Properties(Arbitrary = new[] { typeof(DesignArbitraries) })]</c>.
/// </remarks>
public static class DesignGenerators
{
    /// <summary>The most members a generated design has.</summary>
    public const int MaxMembers = 8;

    private static readonly string[] Fragments =
        ["fr", "cn", "us", "uk", "ru", "de", "kp", "jp", "nato", "osce", "eu", "council", "ελ", "дом", "中国", "مصر", "हिन्दी", "x", "q7", "1"];

    private static readonly string[] Attributes = ["population", "gdp", "votes", "share"];
    private static readonly string[] IssueAreas = ["peace-and-security", "military", "economic", "humanitarian", "environment"];
    private static readonly string[] Actions = ["use-force", "inspect", "sanction", "deploy", "withdraw-troops"];
    private static readonly string[] Conditions = ["self-defence", "council-authorisation", "armed-attack", "consent", "emergency"];
    private static readonly string[] Names = ["Council", "Côte d’Ivoire", "Ελλάδα", "Assembly \"A\"", "Back\\slash", "Joint Commission", "中国", "Working group"];
    private static readonly LocalDate Epoch = new(1945, 1, 1);

    /// <summary>A well-formed id: letters of several scripts, digits, '-' and '_'.</summary>
    /// <returns>The generator.</returns>
    public static Gen<string> Id() => Seeded(r => NewId(r));

    /// <summary>A date between 1945 and 2027.</summary>
    /// <returns>The generator.</returns>
    public static Gen<LocalDate> Date() => Seeded(NewDate);

    /// <summary>A non-negative period in days, weeks, months or years (<c>P60D</c>, <c>P3M</c>, <c>P1Y6M</c>).</summary>
    /// <returns>The generator.</returns>
    public static Gen<Period> Period() => Seeded(NewPeriod);

    /// <summary>Decision rules over the given voters, nested up to three levels, with no weights taken from attributes.</summary>
    /// <param name="voters">The voters' ids; at least one.</param>
    /// <returns>The generator.</returns>
    public static Gen<DecisionRule> Rule(IReadOnlyList<string> voters) => Rule(voters, []);

    /// <summary>Decision rules over the given voters, possibly weighted by one of the given attributes (which every voter must have).</summary>
    /// <param name="voters">The voters' ids; at least one.</param>
    /// <param name="attributes">Attribute names every voter has, for weighted rules taken from attributes.</param>
    /// <returns>The generator.</returns>
    public static Gen<DecisionRule> Rule(IReadOnlyList<string> voters, IReadOnlyList<string> attributes)
    {
        ArgumentNullException.ThrowIfNull(voters);
        ArgumentNullException.ThrowIfNull(attributes);
        if (voters.Count == 0) throw new ArgumentException("A rule needs at least one voter.", nameof(voters));
        var v = voters.ToArray();
        var a = attributes.ToArray();
        return Seeded(r => NewRule(r, v, a, depth: 0));
    }

    /// <summary>Valid designs of every feature: members with attributes, bodies with nested rules, principles with norms, phases with windows and commitments in exchange for each other, treaties with entry-into-force rules and ratifications, timing constraints and sources.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Design> Design() => Gen.Sized(size => Seeded(r => NewDesign(r, size, singleBody: false)));

    /// <summary>Valid designs with exactly one body, <c>council</c>, and its members (with attributes): for analyses of one body's rule.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Design> SingleBody() => Gen.Sized(size => Seeded(r => NewDesign(r, size, singleBody: true)));

    /// <summary>
    /// Smaller valid designs: without elements nothing refers to (timing constraints, treaties, phases, principles, bodies, members,
    /// sources, optional fields), and with simpler rules.
    /// </summary>
    /// <param name="design">A valid design.</param>
    /// <returns>The candidates, simplest changes first; each is valid.</returns>
    public static IEnumerable<Design> ShrinkDesign(Design design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var used = References.Of(design);
        if (design.Timing.Count > 0) yield return design with { Timing = [] };
        for (int i = 0; i < design.Timing.Count && design.Timing.Count > 1; i++) yield return design with { Timing = Without(design.Timing, i) };
        for (int i = 0; i < design.Treaties.Count; i++)
        {
            if (!used.Contains("treaty:" + design.Treaties[i].Id)) yield return design with { Treaties = Without(design.Treaties, i) };
        }

        for (int i = 0; i < design.Phases.Count; i++)
        {
            var phase = design.Phases[i];
            if (!used.Contains("phase:" + phase.Id) && phase.Commitments.All(c => !used.Contains("commitment:" + c.Id)))
            {
                yield return design with { Phases = Without(design.Phases, i) };
            }
        }

        for (int i = 0; i < design.Principles.Count; i++) yield return design with { Principles = Without(design.Principles, i) };
        for (int i = 0; i < design.Bodies.Count; i++)
        {
            if (!used.Contains("body:" + design.Bodies[i].Id)) yield return design with { Bodies = Without(design.Bodies, i) };
        }

        for (int i = 0; i < design.Bodies.Count; i++)
        {
            foreach (var rule in ShrinkRule(design.Bodies[i].Rule))
            {
                var bodies = design.Bodies.ToArray();
                bodies[i] = bodies[i] with { Rule = rule };
                yield return design with { Bodies = bodies };
            }
        }

        for (int i = 0; i < design.Members.Count; i++)
        {
            if (!used.Contains("member:" + design.Members[i].Id)) yield return design with { Members = Without(design.Members, i) };
        }

        for (int i = 0; i < design.Sources.Count; i++)
        {
            if (!used.Contains("source:" + design.Sources[i].Id)) yield return design with { Sources = Without(design.Sources, i) };
        }

        if (design.Description is not null || design.AsOf is not null) yield return design with { Description = null, AsOf = null };
    }

    /// <summary>Simpler rules over the same voters: each clause of a conjunction or disjunction, the rule with a clause fewer, unanimity.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The candidates.</returns>
    public static IEnumerable<DecisionRule> ShrinkRule(DecisionRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        IReadOnlyList<DecisionRule>? clauses = rule switch { AllRule all => all.Clauses, AnyRule any => any.Clauses, _ => null };
        if (rule is not UnanimityRule) yield return Model.Rule.Unanimity;
        if (clauses is null)
        {
            if (rule is HeadCountRule { Of: not null } h) yield return h with { Of = null };
            yield break;
        }

        foreach (var clause in clauses) yield return clause;
        for (int i = 0; i < clauses.Count && clauses.Count > 1; i++)
        {
            var fewer = Without(clauses, i);
            yield return rule is AllRule ? Model.Rule.All(fewer) : Model.Rule.Any(fewer);
        }
    }

    private static Gen<T> Seeded<T>(Func<Random, T> build) =>
        Gen.Choose(int.MinValue, int.MaxValue).Select(seed => build(new Random(seed)));

    private static T[] Without<T>(IReadOnlyList<T> items, int index) => items.Where((_, i) => i != index).ToArray();

    private static string NewId(Random r)
    {
        int parts = r.Next(1, 3);
        var id = Fragments[r.Next(Fragments.Length)];
        for (int i = 1; i < parts; i++) id += (r.Next(3) switch { 0 => "", 1 => "-", _ => "_" }) + Fragments[r.Next(Fragments.Length)];
        return id;
    }

    private static List<string> UniqueIds(Random r, int count, HashSet<string>? taken = null)
    {
        taken ??= new HashSet<string>(StringComparer.Ordinal);
        var ids = new List<string>();
        while (ids.Count < count)
        {
            var id = NewId(r);
            for (int n = 2; taken.Contains(id); n++) id = NewId(r) + "-" + n;
            taken.Add(id);
            ids.Add(id);
        }

        return ids;
    }

    private static LocalDate NewDate(Random r) => Epoch.PlusDays(r.Next(0, 30000));

    private static Period NewPeriod(Random r) => r.Next(5) switch
    {
        0 => NodaTime.Period.FromDays(r.Next(1, 366)),
        1 => NodaTime.Period.FromWeeks(r.Next(1, 11)),
        2 => NodaTime.Period.FromMonths(r.Next(1, 25)),
        3 => NodaTime.Period.FromYears(r.Next(1, 6)),
        _ => NodaTime.Period.FromYears(r.Next(1, 3)) + NodaTime.Period.FromMonths(r.Next(1, 12)),
    };

    private static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    private static T? Maybe<T>(Random r, Func<T> make, int percent = 50) where T : class => r.Next(100) < percent ? make() : null;

    private static List<T> Subset<T>(Random r, IReadOnlyList<T> items, bool nonEmpty)
    {
        var chosen = items.Where(_ => r.Next(2) == 0).ToList();
        if (nonEmpty && chosen.Count == 0 && items.Count > 0) chosen.Add(Pick(r, items));
        return chosen;
    }

    private static Rational NewDecimal(Random r, int max) =>
        r.Next(3) == 0 ? new Rational(r.Next(1, max * 100 + 1), 100) : (Rational)r.Next(1, max + 1);

    private static Threshold NewShare(Random r) => r.Next(2) == 0
        ? Threshold.Percentage(r.Next(4) == 0 ? new Rational(r.Next(1, 2000), 20) : r.Next(1, 101))
        : NewFraction(r);

    private static Threshold NewFraction(Random r)
    {
        int q = r.Next(1, 7);
        return Threshold.Fraction(new Rational(r.Next(1, q + 1), q));
    }

    /// <summary>"More than the whole" can never pass; such a share is asked for as "at least" instead.</summary>
    private static Comparison Reachable(Comparison comparison, Threshold threshold) =>
        comparison == Comparison.MoreThan && threshold.Share is { } share && share >= 1 ? Comparison.AtLeast : comparison;

    private static DecisionRule NewRule(Random r, string[] voters, string[] attributes, int depth)
    {
        int n = voters.Length;
        int kind = r.Next(depth >= 2 ? 8 : 10);
        switch (kind)
        {
            case 0: return Model.Rule.Unanimity;
            case 1: return Model.Rule.Consensus;
            case 2: return Model.Rule.SimpleMajority;
            case 3: return Model.Rule.ConsensusMinus(r.Next(0, n));
            case 4:
            case 5:
            {
                var of = r.Next(3) == 0 ? Subset(r, voters, nonEmpty: true) : null;
                int counted = of?.Count ?? n;
                var comparison = r.Next(2) == 0 ? Comparison.AtLeast : Comparison.MoreThan;
                var threshold = r.Next(2) == 0
                    ? Threshold.Count(comparison == Comparison.AtLeast ? r.Next(1, counted + 1) : r.Next(0, counted))
                    : NewShare(r);
                return new HeadCountRule(Reachable(comparison, threshold), threshold, of);
            }

            case 6:
            {
                var comparison = r.Next(3) == 0 ? Comparison.MoreThan : Comparison.AtLeast;
                if (attributes.Length > 0 && r.Next(2) == 0) return WeightedRule.ByAttribute(Pick(r, attributes), comparison, NewShare(r));
                var weights = voters.Select(v => new KeyValuePair<string, Rational>(v, r.Next(6) == 0 ? Rational.Zero : NewDecimal(r, 10))).ToList();
                if (weights.All(w => w.Value.Sign == 0)) weights[0] = new(weights[0].Key, 1);
                var total = weights.Aggregate(Rational.Zero, (s, w) => s + w.Value);
                var quota = r.Next(2) == 0 ? NewShare(r) : Threshold.Count(total <= 1 ? total : new Rational(r.Next(1, (int)total.Floor() + 1), 1));
                if (quota.Kind == ThresholdKind.Count && quota.Value >= total) comparison = Comparison.AtLeast;
                return WeightedRule.WithWeights(weights, Reachable(comparison, quota), quota);
            }

            case 7: return Model.Rule.Veto(Subset(r, voters, nonEmpty: true));
            default:
            {
                var clauses = Enumerable.Range(0, r.Next(1, 4)).Select(_ => NewRule(r, voters, attributes, depth + 1)).ToList();
                return kind == 8 ? Model.Rule.All(clauses) : Model.Rule.Any(clauses);
            }
        }
    }

    private static Design NewDesign(Random r, int size, bool singleBody)
    {
        int scale = Math.Clamp(size / 10 + 1, 1, 4);
        var sources = UniqueIds(r, r.Next(0, scale + 1)).Select(id => new Source(id, Pick(r, Names))
        {
            Locator = Maybe(r, () => "Art. " + r.Next(1, 100)),
            Date = r.Next(2) == 0 ? NewDate(r) : null,
            Url = Maybe(r, () => "https://example.org/" + r.Next(1000)),
            Note = Maybe(r, () => "checked", 20),
        }).ToList();
        string? SourceRef() => sources.Count > 0 && r.Next(3) == 0 ? Pick(r, sources).Id : null;

        var attributeNames = Subset(r, Attributes, nonEmpty: false).Take(2).ToArray();
        var memberIds = UniqueIds(r, r.Next(1, Math.Min(MaxMembers, 2 + 2 * scale) + 1));
        var members = memberIds.Select(id => new Member(id, Pick(r, Names))
        {
            Kind = Maybe(r, () => r.Next(4) == 0 ? "organisation" : "state"),
            Source = SourceRef(),
            Attributes = attributeNames.ToDictionary(a => a, a =>
                r.Next(3) == 0 ? new AttributeValue(NewDecimal(r, 1000)) { AsOf = NewDate(r), Source = SourceRef() } : new AttributeValue(NewDecimal(r, 1000))),
        }).ToList();

        var issueAreas = Subset(r, IssueAreas, nonEmpty: false);
        var bodies = new List<Body>();
        var bodyIds = singleBody ? ["council"] : UniqueIds(r, r.Next(singleBody ? 1 : 0, scale + 1));
        foreach (var id in bodyIds)
        {
            var voters = singleBody ? memberIds : Subset(r, memberIds, nonEmpty: true);
            bodies.Add(new Body(id, Pick(r, Names), voters, NewRule(r, [.. voters], attributeNames, 0))
            {
                Kind = Maybe(r, () => Pick(r, ["council", "commission", "working-group", "secretariat"])),
                Mandate = Subset(r, issueAreas, nonEmpty: false),
                Chair = r.Next(3) == 0 ? Pick(r, voters) : null,
                ReportsTo = bodies.Count > 0 && r.Next(2) == 0 ? Pick(r, bodies).Id : null,
                Source = SourceRef(),
            });
        }

        if (singleBody)
        {
            return new Design(NewId(r), Pick(r, Names)) { Members = members, Bodies = bodies, Sources = sources, AsOf = r.Next(2) == 0 ? NewDate(r) : null };
        }

        var principles = UniqueIds(r, r.Next(0, scale + 1)).Select(id => new Principle(id, Pick(r, Names))
        {
            Source = SourceRef(),
            Tags = Subset(r, PrincipleTags.All, nonEmpty: false).Take(2).ToList(),
            Norms = Enumerable.Range(0, r.Next(0, 3)).Select(_ => new Norm(r.Next(2) == 0 ? "*" : Pick(r, memberIds), (Deontic)r.Next(3), Pick(r, Actions))
            {
                When = Subset(r, Conditions[..2], nonEmpty: false),
                Unless = Subset(r, Conditions[2..], nonEmpty: false),
            }).ToList(),
        }).ToList();

        var treaties = new List<Treaty>();
        foreach (var id in UniqueIds(r, r.Next(0, scale)))
        {
            var parties = Subset(r, memberIds, nonEmpty: true);
            treaties.Add(new Treaty(id, Pick(r, Names), parties)
            {
                OpenedForSignature = r.Next(2) == 0 ? NewDate(r) : null,
                Requires = Subset(r, treaties.Select(t => new ElementRef(ElementKind.Treaty, t.Id)).ToList(), nonEmpty: false),
                EntryIntoForce = Maybe(r, () => new EntryIntoForce(NewRule(r, [.. parties], attributeNames, 1))
                {
                    Delay = r.Next(2) == 0 ? NewPeriod(r) : null,
                    NotBefore = r.Next(3) == 0 ? NewDate(r) : null,
                }, 70),
                Ratifications = Enumerable.Range(0, r.Next(0, parties.Count + 2)).Select(_ => new Ratification(Pick(r, parties), NewDate(r),
                    r.Next(6) switch { 0 => RatificationKind.Revoked, 1 => RatificationKind.Withdrawn, _ => RatificationKind.Ratified }) { Source = SourceRef() }).ToList(),
                Withdrawal = Maybe(r, () => new WithdrawalTerms { Notice = r.Next(4) > 0 ? NewPeriod(r) : null, NotBefore = r.Next(3) == 0 ? NewPeriod(r) : null }),
                Source = SourceRef(),
            });
        }

        var phases = new List<Phase>();
        var commitmentIds = new HashSet<string>(StringComparer.Ordinal);
        var commitments = new List<string>();
        foreach (var id in UniqueIds(r, r.Next(0, scale + 1)))
        {
            var requirements = phases.Select(p => new ElementRef(ElementKind.Phase, p.Id))
                .Concat(commitments.Select(c => new ElementRef(ElementKind.Commitment, c)))
                .Concat(treaties.Select(t => new ElementRef(ElementKind.Treaty, t.Id))).ToList();
            var own = new List<Commitment>();
            foreach (var cid in UniqueIds(r, r.Next(0, 4), commitmentIds))
            {
                var exchangeable = commitments.Concat(own.Select(c => c.Id)).ToList();
                own.Add(new Commitment(cid, Subset(r, memberIds, nonEmpty: true), Pick(r, Actions))
                {
                    To = Subset(r, memberIds, nonEmpty: false),
                    Due = r.Next(2) == 0 ? NewDate(r) : null,
                    Within = r.Next(3) == 0 ? NewPeriod(r) : null,
                    InExchangeFor = Subset(r, exchangeable, nonEmpty: false).Take(2).ToList(),
                    Source = SourceRef(),
                });
            }

            LocalDate? start = r.Next(2) == 0 ? NewDate(r) : null;
            phases.Add(new Phase(id, Pick(r, Names))
            {
                After = Subset(r, phases.Select(p => p.Id).ToList(), nonEmpty: false),
                Window = Maybe(r, () => new PhaseWindow
                {
                    Start = start,
                    End = start is { } s && r.Next(2) == 0 ? s.PlusDays(r.Next(0, 400)) : null,
                    Within = r.Next(2) == 0 ? NewPeriod(r) : null,
                }),
                Requires = Subset(r, requirements, nonEmpty: false).Take(3).ToList(),
                Source = SourceRef(),
                Commitments = own,
            });
            commitments.AddRange(own.Select(c => c.Id));
        }

        var events = phases.SelectMany(p => new[] { new EventRef(p.Id, EventKind.Start), new EventRef(p.Id, EventKind.End) })
            .Concat(commitments.Select(c => new EventRef(c, EventKind.Due)))
            .Concat(treaties.Select(t => new EventRef(t.Id, EventKind.InForce))).ToList();
        var timing = new List<TimingConstraint>();
        for (int i = r.Next(0, scale + 1); i > 0 && events.Count >= 2; i--)
        {
            var from = Pick(r, events);
            var to = Pick(r, events.Where(e => e != from).ToList());
            int least = r.Next(0, 60);
            timing.Add(new TimingConstraint(from, to)
            {
                AtLeast = r.Next(2) == 0 ? NodaTime.Period.FromDays(least) : null,
                AtMost = r.Next(2) == 0 ? NodaTime.Period.FromDays(least + r.Next(0, 400)) : null,
                Source = SourceRef(),
                Note = Maybe(r, () => Pick(r, Names), 20),
            });
        }

        return new Design(NewId(r), Pick(r, Names))
        {
            Description = Maybe(r, () => Pick(r, Names) + " — " + Pick(r, Names), 30),
            AsOf = r.Next(2) == 0 ? NewDate(r) : null,
            Sources = sources,
            IssueAreas = issueAreas,
            Members = members,
            Bodies = bodies,
            Principles = principles,
            Phases = phases,
            Treaties = treaties,
            Timing = timing,
        };
    }
}
