using Napsm.Core.Analysis;
using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Evolution;

/// <summary>
/// How one design becomes the next (#16): for each step of a sequence, the changes (from <see cref="DesignDiff"/>), each mapped to
/// the procedure of the earlier design that governs it; who must consent (the veto players of every governing rule: all must pass),
/// whether the step can pass at all, the minimal winning coalitions (limited); what each member loses and gains (membership, seats,
/// vetoes, power with the exact figures, commitments by horizon, treaty blocking positions); the consent at risk and whether the step
/// passes without any loser; and for three or more designs, whether skipping a step needs other consents.
/// </summary>
/// <remarks>
/// <para>The governing procedure of a change is the most specific entry of the earlier design's <c>amendments</c> covering the part
/// (<c>bodies/council</c> before <c>bodies</c>), else its <c>amendment</c> rule, else unanimity. A member added is admitted by the
/// accession rule (else as a change of <c>members</c>); a member removed who is a party to a treaty with withdrawal terms withdraws
/// on its own decision. Changes to sources, alignments (scenarios), a description or an asOf date need nobody's decision.</para>
/// <para>Every game is over the earlier design's members. Exact: power is Shapley–Shubik (Banzhaf where it was not computed), as
/// <see cref="Rational"/>. Within the budget of <see cref="AnalysisOptions.Context"/>: a part not computed is absent with its reason
/// (<see cref="EvolutionStep.NotComputed"/>), never a guess. Immutable results; deterministic.</para>
/// </remarks>
public static class Evolution
{
    /// <summary>The amendment id a change governed by the general rule (or the implicit unanimity) carries.</summary>
    public const string Default = "default";

    /// <summary>Analyses a sequence of designs, each step from one to the next.</summary>
    /// <param name="designs">At least two designs, in order.</param>
    /// <param name="options">The options; null for <see cref="EvolutionOptions.Default"/>.</param>
    /// <returns>The steps, the path's feasibility and the skips.</returns>
    /// <exception cref="ArgumentException">Fewer than two designs are given.</exception>
    public static EvolutionResult Analyze(IReadOnlyList<Design> designs, EvolutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(designs);
        if (designs.Count < 2) throw new ArgumentException($"An evolution needs at least two designs; got {designs.Count}.", nameof(designs));
        for (int i = 0; i < designs.Count; i++)
        {
            if (designs[i] is null) throw new ArgumentException($"Design {i} of the sequence is null.", nameof(designs));
        }

        options ??= EvolutionOptions.Default;
        var steps = new List<EvolutionStep>();
        for (int i = 0; i + 1 < designs.Count; i++) steps.Add(Step(designs[i], designs[i + 1], options));
        var skips = new List<EvolutionSkip>();
        if (options.AnalyzeSkips && designs.Count >= 3)
        {
            var stretches = new List<(int From, int To)>();
            for (int i = 0; i + 2 < designs.Count; i++) stretches.Add((i, i + 2));
            if (designs.Count > 3) stretches.Add((0, designs.Count - 1));
            foreach (var (from, to) in stretches) skips.Add(Skip(designs, steps, from, to, options));
        }

        return new EvolutionResult(designs.Select(d => d.Id), steps, skips);
    }

    /// <summary>Analyses one step.</summary>
    /// <param name="from">The earlier design.</param>
    /// <param name="to">The later design.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <returns>The step.</returns>
    public static EvolutionStep AnalyzeStep(Design from, Design to, EvolutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        return Step(from, to, options ?? EvolutionOptions.Default);
    }

    private static EvolutionSkip Skip(IReadOnlyList<Design> designs, List<EvolutionStep> steps, int from, int to, EvolutionOptions options)
    {
        var direct = Step(designs[from], designs[to], options);
        var path = steps.Skip(from).Take(to - from).ToList();
        var along = path.SelectMany(s => s.MustConsent).Distinct(StringComparer.Ordinal).ToList();
        return new EvolutionSkip(direct, designs.Skip(from + 1).Take(to - from - 1).Select(d => d.Id))
        {
            PathCanPass = path.All(s => s.CanPass),
            MustConsentAlongPath = along,
            OnlyDirect = [.. direct.MustConsent.Where(m => !along.Contains(m, StringComparer.Ordinal))],
            OnlyAlongPath = [.. along.Where(m => !direct.MustConsent.Contains(m, StringComparer.Ordinal))],
        };
    }

    private static NotComputedReason StopReason(AnalysisContext? context) =>
        context is not null && context.CancellationToken.IsCancellationRequested ? NotComputedReason.Cancelled : NotComputedReason.TimeLimit;

    private static EvolutionStep Step(Design a, Design b, EvolutionOptions options)
    {
        var context = options.Voting.Context;
        var voters = a.Members.Select(m => m.Id).Distinct(StringComparer.Ordinal).ToList();
        if (context is { IsStopped: true })
        {
            return new EvolutionStep(a.Id, b.Id)
            {
                Voters = voters,
                CanPass = false,
                PassableWithoutLosers = null,
                NotComputed = [new EvolutionNotComputed(EvolutionPart.Step, null, StopReason(context))],
            };
        }

        var (elementChanges, shifts) = options.PowerFigures
            ? DesignDiff.Structure(a, b, options.Voting)
            : (DesignDiff.ElementChanges(a, b), VetoShifts(a, b));
        var changes = new List<EvolutionChange>();
        foreach (var c in elementChanges) changes.Add(Govern(a, c));

        var governing = GoverningRules(a, changes, voters, context);
        var must = voters.Where(v => governing.Any(g => g.Game.VetoPlayers.Contains(v, StringComparer.Ordinal))).ToList();
        bool canPass = governing.All(g => g.Rule.CanPass);
        var notComputed = new List<EvolutionNotComputed>();

        CoalitionListing? coalitions = null;
        if (canPass && governing.Count > 0)
        {
            if (context is { IsStopped: true }) notComputed.Add(new EvolutionNotComputed(EvolutionPart.MinimalWinningCoalitions, null, StopReason(context)));
            else
            {
                try
                {
                    var joint = governing.Count == 1
                        ? governing[0].Game
                        : VotingGame.ForRule(a, Rule.All(governing.Select(g => g.Rule.Rule)), voters, context);
                    coalitions = joint.MinimalWinningCoalitions(options.CoalitionLimit, context?.Token ?? default);
                }
                catch (OperationCanceledException)
                {
                    notComputed.Add(new EvolutionNotComputed(EvolutionPart.MinimalWinningCoalitions, null, StopReason(context)));
                }
            }
        }

        var successions = Successions(a, b);
        var stakes = Stakes(a, b, shifts, successions, options, notComputed);
        var losers = stakes.Where(s => s.Losses.Count > 0).ToList();
        var gainers = stakes.Where(s => s.Gains.Count > 0).ToList();
        var atRisk = must.Where(m => losers.Exists(l => string.Equals(l.Member, m, StringComparison.Ordinal)
            && l.Losses.Any(x => x.Kind != StakeChangeKind.Commitment))).ToList();
        bool complete = !notComputed.Exists(n => n.Part == EvolutionPart.Power);
        var loserIds = losers.Select(l => l.Member).ToList();
        bool withoutKnownLosers = canPass && governing.All(g => g.Game.PassesWithout(loserIds));
        return new EvolutionStep(a.Id, b.Id)
        {
            GovernedBy = [.. governing.Select(g => g.Rule)],
            Voters = voters,
            MustConsent = must,
            CanPass = canPass,
            MinimalWinningCoalitions = coalitions,
            Successions = successions,
            Losers = losers,
            Gainers = gainers,
            ConsentAtRisk = atRisk,
            PassableWithoutLosers = withoutKnownLosers && !complete ? null : withoutKnownLosers,
            Changes = changes,
            NotComputed = notComputed,
        };
    }

    // ---- changes and what governs them ----

    private static EvolutionChange Govern(Design a, ElementChange c)
    {
        var section = c.Section;
        var part = section switch
        {
            DiffSection.Design => "design",
            DiffSection.Sources => "sources/" + c.Id,
            DiffSection.Members => "members/" + c.Id,
            DiffSection.Bodies => "bodies/" + c.Id,
            DiffSection.Principles => "principles/" + c.Id,
            DiffSection.Phases => "phases/" + c.Id,
            DiffSection.Commitments => "phases/" + PhaseOf(a, c),
            DiffSection.Treaties => "treaties/" + c.Id,
            DiffSection.Amendment => "amendment",
            _ => "alignments/" + c.Id,
        };
        var change = new EvolutionChange(c) { Part = part };
        switch (section)
        {
            case DiffSection.Sources or DiffSection.Alignments:
                return change;
            case DiffSection.Design when c.Fields.All(f => f.Field is "description" or "asOf" or "evolvesFrom"):
                return change;
            case DiffSection.Design:
                return change with { GovernedBy = Default };
            case DiffSection.Members when c.Kind == ChangeKind.Added && a.Accession is not null:
                return change with { GovernedBy = "accession" };
            case DiffSection.Members when c.Kind == ChangeKind.Removed && WithdrawalTreaty(a, c.Id) >= 0:
                return change with { GovernedBy = "withdrawal" };
            default:
                var (entry, covered) = AmendmentCoverage.MostSpecific(a, part);
                return change with { GovernedBy = entry?.Id ?? Default, CoveredAs = covered };
        }
    }

    /// <summary>The phase a changed commitment belongs to: in the earlier design when it has it, else in the later (from the diff's fields).</summary>
    private static string PhaseOf(Design a, ElementChange c)
    {
        foreach (var p in a.Phases)
        {
            if (p.Commitments.Any(k => string.Equals(k.Id, c.Id, StringComparison.Ordinal))) return p.Id;
        }

        return c.Fields.FirstOrDefault(f => f.Field == "phase")?.After ?? "";
    }

    /// <summary>The index of the first treaty of <paramref name="a"/> with withdrawal terms that <paramref name="member"/> is a party to; -1 when none.</summary>
    private static int WithdrawalTreaty(Design a, string member)
    {
        for (int k = 0; k < a.Treaties.Count; k++)
        {
            if (a.Treaties[k].Withdrawal is not null && a.Treaties[k].Parties.Contains(member, StringComparer.Ordinal)) return k;
        }

        return -1;
    }

    private sealed record Governing(GoverningRule Rule, VotingGame Game);

    private static List<Governing> GoverningRules(Design a, List<EvolutionChange> changes, List<string> voters, AnalysisContext? context)
    {
        var result = new List<Governing>();

        void Add(string id, GoverningKind kind, GoverningStage stage, DecisionRule rule, string pointer, IEnumerable<int> governs, bool implicitRule = false, string? member = null)
        {
            var game = VotingGame.ForRule(a, rule, voters, context);
            bool canPass = game.Problems.Count == 0 && game.PassesWithEveryone;
            var vetoes = canPass ? game.VetoPlayers : ValueList<string>.Empty;
            result.Add(new Governing(new GoverningRule(id, kind, stage, rule)
            {
                IsImplicit = implicitRule,
                Member = member,
                At = pointer,
                VetoPlayers = vetoes,
                CanPass = canPass,
                Problems = game.Problems,
                IsEntrenching = canPass && voters.Count >= 2 && vetoes.Count == voters.Count,
                Governs = [.. governs],
            }, game));
        }

        List<int> Indices(Func<EvolutionChange, bool> which) =>
            [.. changes.Select((c, i) => (c, i)).Where(x => which(x.c)).Select(x => x.i)];

        var byDefault = Indices(c => c.GovernedBy == Default);
        if (byDefault.Count > 0)
        {
            if (a.Amendment is { } procedure)
            {
                Add(Default, GoverningKind.Amendment, GoverningStage.Adoption, procedure.Rule, "/amendment/rule", byDefault);
                if (procedure.Ratification is { } r) Add(Default, GoverningKind.Amendment, GoverningStage.Ratification, r.Rule, "/amendment/ratification/rule", byDefault);
            }
            else Add(Default, GoverningKind.Amendment, GoverningStage.Adoption, Rule.Unanimity, "", byDefault, implicitRule: true);
        }

        for (int i = 0; i < a.Amendments.Count; i++)
        {
            var e = a.Amendments[i];
            var governs = Indices(c => string.Equals(c.GovernedBy, e.Id, StringComparison.Ordinal));
            if (governs.Count == 0 || result.Exists(g => g.Rule.Kind == GoverningKind.Entry && g.Rule.Amendment == e.Id)) continue;
            var p = "/amendments/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Add(e.Id, GoverningKind.Entry, GoverningStage.Adoption, e.Rule, p + "/rule", governs);
            if (e.Ratification is { } r) Add(e.Id, GoverningKind.Entry, GoverningStage.Ratification, r.Rule, p + "/ratification/rule", governs);
        }

        var admitted = Indices(c => c.GovernedBy == "accession");
        if (admitted.Count > 0 && a.Accession is { } accession) Add("accession", GoverningKind.Accession, GoverningStage.Adoption, accession.Rule, "/accession/rule", admitted);

        foreach (var i in Indices(c => c.GovernedBy == "withdrawal"))
        {
            var member = changes[i].Change.Id;
            Add("withdrawal", GoverningKind.Withdrawal, GoverningStage.Adoption, Rule.Veto(member),
                "/treaties/" + WithdrawalTreaty(a, member).ToString(System.Globalization.CultureInfo.InvariantCulture) + "/withdrawal", [i], member: member);
        }

        return result;
    }

    // ---- what each member loses and gains ----

    /// <summary>
    /// Each body only the earlier design has, paired with the first body only the later has (in its order) with the same voters, the
    /// same mandate (both as sets) and the same decisions; each later body continues at most one.
    /// </summary>
    private static List<BodySuccession> Successions(Design a, Design b)
    {
        var removed = a.Bodies.Where(x => b.FindBody(x.Id) is null).ToList();
        var added = b.Bodies.Where(y => a.FindBody(y.Id) is null).ToList();
        var result = new List<BodySuccession>();
        foreach (var x in removed)
        {
            var y = added.FirstOrDefault(y => y.Voters.ToHashSet(StringComparer.Ordinal).SetEquals(x.Voters)
                && y.Mandate.ToHashSet(StringComparer.Ordinal).SetEquals(x.Mandate) && y.Decisions.SequenceEqual(x.Decisions));
            if (y is null) continue;
            added.Remove(y);
            result.Add(new BodySuccession(x.Id, y.Id));
        }

        return result;
    }

    private static List<MemberStakeChanges> Stakes(Design a, Design b, List<PowerShift> shifts, List<BodySuccession> successions, EvolutionOptions options,
        List<EvolutionNotComputed> notComputed)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in a.Members.Concat(b.Members)) names.TryAdd(m.Id, m.Name);
        var horizons = new StakeOptions { Near = options.Near, Medium = options.Medium };
        var losses = names.Keys.ToDictionary(k => k, _ => new List<StakeChange>(), StringComparer.Ordinal);
        var gains = names.Keys.ToDictionary(k => k, _ => new List<StakeChange>(), StringComparer.Ordinal);

        foreach (var id in names.Keys)
        {
            bool before = a.FindMember(id) is not null, after = b.FindMember(id) is not null;
            if (before && !after) losses[id].Add(new StakeChange(StakeChangeKind.Membership, null));
            if (!before && after) gains[id].Add(new StakeChange(StakeChangeKind.Membership, null));
        }

        // Bodies in the later design's order, then those only the earlier has.
        var bodies = b.Bodies.Select(x => x.Id).Concat(a.Bodies.Select(x => x.Id)).Distinct(StringComparer.Ordinal).ToList();
        var missing = new HashSet<string>(StringComparer.Ordinal);
        // A continued body is compared with its successor, under the successor's id: the earlier id is not looked at on its own.
        var continued = successions.ToDictionary(s => s.To, s => s.From, StringComparer.Ordinal);
        bodies.RemoveAll(id => successions.Exists(s => string.Equals(s.From, id, StringComparison.Ordinal)));
        foreach (var body in bodies)
        {
            var earlier = continued.GetValueOrDefault(body) ?? body;
            var seatsBefore = a.FindBody(earlier)?.Voters ?? [];
            var seatsAfter = b.FindBody(body)?.Voters ?? [];
            foreach (var id in names.Keys)
            {
                bool s0 = seatsBefore.Contains(id, StringComparer.Ordinal), s1 = seatsAfter.Contains(id, StringComparer.Ordinal);
                if (s0 && !s1) losses[id].Add(new StakeChange(StakeChangeKind.Seat, body));
                if (!s0 && s1) gains[id].Add(new StakeChange(StakeChangeKind.Seat, body));
            }

            foreach (var shift in ShiftsOf(shifts, earlier, body))
            {
                if (!losses.ContainsKey(shift.Member)) continue;
                if (shift.VetoBefore == true && shift.VetoAfter == false) losses[shift.Member].Add(new StakeChange(StakeChangeKind.Veto, body));
                if (shift.VetoBefore == false && shift.VetoAfter == true) gains[shift.Member].Add(new StakeChange(StakeChangeKind.Veto, body));
                if (!options.PowerFigures) continue;
                var (x0, x1) = shift.ShapleyShubikBefore is not null && shift.ShapleyShubikAfter is not null
                    ? (shift.ShapleyShubikBefore, shift.ShapleyShubikAfter)
                    : (shift.BanzhafBefore, shift.BanzhafAfter);
                if (x0 is not { } v0 || x1 is not { } v1)
                {
                    if (missing.Add(body)) notComputed.Add(new EvolutionNotComputed(EvolutionPart.Power, body, PowerReason(options.Voting.Context)));
                    continue;
                }

                if (v0 == v1) continue;
                var change = new StakeChange(StakeChangeKind.Power, body)
                {
                    ShapleyShubikBefore = shift.ShapleyShubikBefore,
                    ShapleyShubikAfter = shift.ShapleyShubikAfter,
                    BanzhafBefore = shift.BanzhafBefore,
                    BanzhafAfter = shift.BanzhafAfter,
                };
                (v1 < v0 ? losses : gains)[shift.Member].Add(change);
            }
        }

        // Commitments others give a member: lost when the later design no longer gives them, gained when it newly does.
        var receivedBefore = Received(a);
        var receivedAfter = Received(b);
        foreach (var (key, due) in receivedBefore)
        {
            if (receivedAfter.ContainsKey(key) || !losses.ContainsKey(key.Member)) continue;
            losses[key.Member].Add(new StakeChange(StakeChangeKind.Commitment, key.Commitment) { Horizon = StakeReport.HorizonOf(a.AsOf, due, horizons).Horizon });
        }

        foreach (var (key, due) in receivedAfter)
        {
            if (receivedBefore.ContainsKey(key) || !gains.ContainsKey(key.Member)) continue;
            gains[key.Member].Add(new StakeChange(StakeChangeKind.Commitment, key.Commitment) { Horizon = StakeReport.HorizonOf(b.AsOf, due, horizons).Horizon });
        }

        var blockBefore = Blocking(a, options.Voting.Context);
        var blockAfter = Blocking(b, options.Voting.Context);
        foreach (var key in blockBefore.Where(k => !blockAfter.Contains(k) && losses.ContainsKey(k.Member))) losses[key.Member].Add(new StakeChange(StakeChangeKind.TreatyBlocking, key.Treaty));
        foreach (var key in blockAfter.Where(k => !blockBefore.Contains(k) && gains.ContainsKey(k.Member))) gains[key.Member].Add(new StakeChange(StakeChangeKind.TreatyBlocking, key.Treaty));

        return [.. names.Select(n => new MemberStakeChanges(n.Key, n.Value, losses[n.Key], gains[n.Key]))];
    }

    /// <summary>
    /// The shifts of a body both designs have; for a continued body, one per voter joining the earlier body's "before" with the
    /// successor's "after".
    /// </summary>
    private static IEnumerable<PowerShift> ShiftsOf(List<PowerShift> shifts, string earlier, string body)
    {
        if (string.Equals(earlier, body, StringComparison.Ordinal)) return shifts.Where(s => string.Equals(s.Body, body, StringComparison.Ordinal));
        var before = shifts.Where(s => string.Equals(s.Body, earlier, StringComparison.Ordinal)).ToDictionary(s => s.Member, StringComparer.Ordinal);
        var after = shifts.Where(s => string.Equals(s.Body, body, StringComparison.Ordinal)).ToDictionary(s => s.Member, StringComparer.Ordinal);
        return after.Keys.Concat(before.Keys).Distinct(StringComparer.Ordinal).Select(m =>
        {
            var x = before.GetValueOrDefault(m);
            var y = after.GetValueOrDefault(m);
            return new PowerShift(body, m)
            {
                BodyName = y?.BodyName ?? body,
                MemberName = y?.MemberName ?? x?.MemberName ?? m,
                BodyChange = ChangeKind.Changed,
                VetoBefore = x is null ? false : x.VetoBefore,
                VetoAfter = y is null ? false : y.VetoAfter,
                ShapleyShubikBefore = x is null ? Rational.Zero : x.ShapleyShubikBefore,
                ShapleyShubikAfter = y is null ? Rational.Zero : y.ShapleyShubikAfter,
                BanzhafBefore = x is null ? Rational.Zero : x.BanzhafBefore,
                BanzhafAfter = y is null ? Rational.Zero : y.BanzhafAfter,
            };
        });
    }

    /// <summary>Vetoes only, from each body's game (no power analysis): a shift per voter of every body in either design.</summary>
    private static List<PowerShift> VetoShifts(Design a, Design b)
    {
        var result = new List<PowerShift>();
        foreach (var id in b.Bodies.Select(x => x.Id).Concat(a.Bodies.Select(x => x.Id)).Distinct(StringComparer.Ordinal))
        {
            var before = a.FindBody(id) is { } x ? PowerCache.GameOf(a, x) : null;
            var after = b.FindBody(id) is { } y ? PowerCache.GameOf(b, y) : null;
            foreach (var voter in (after?.Voters ?? []).Concat(before?.Voters ?? []).Distinct(StringComparer.Ordinal))
            {
                result.Add(new PowerShift(id, voter)
                {
                    BodyName = id,
                    MemberName = voter,
                    BodyChange = ChangeKind.Changed,
                    VetoBefore = Veto(before, voter),
                    VetoAfter = Veto(after, voter),
                });
            }
        }

        return result;
    }

    private static bool? Veto(VotingGame? game, string voter) =>
        game is null || game.IndexOf(voter) < 0 ? false : game.Problems.Count > 0 ? null : game.IsVetoPlayer(voter);

    private static NotComputedReason PowerReason(AnalysisContext? context) =>
        context is { IsStopped: true } ? StopReason(context) : NotComputedReason.TooLarge;

    /// <summary>(member, commitment) → due date, for every commitment given to a member, in the design's order.</summary>
    private static Dictionary<(string Member, string Commitment), NodaTime.LocalDate?> Received(Design d)
    {
        var result = new Dictionary<(string, string), NodaTime.LocalDate?>();
        foreach (var k in d.Phases.SelectMany(p => p.Commitments))
        {
            foreach (var m in k.To) result.TryAdd((m, k.Id), k.Due);
        }

        return result;
    }

    /// <summary>(member, treaty) for every party that can block the treaty's entry into force alone, whatever its status.</summary>
    private static List<(string Member, string Treaty)> Blocking(Design d, AnalysisContext? context)
    {
        var result = new List<(string, string)>();
        foreach (var t in d.Treaties)
        {
            var game = VotingGame.ForTreaty(d, t, context);
            if (game.Problems.Count > 0) continue;
            foreach (var party in t.Parties.Distinct(StringComparer.Ordinal))
            {
                if (game.IndexOf(party) >= 0 && game.IsVetoPlayer(party)) result.Add((party, t.Id));
            }
        }

        return result;
    }
}
