using System.Numerics;
using System.Collections;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>
/// A decision rule over an ordered list of voters, as a monotone simple game: it answers whether any coalition wins, for any number
/// of voters, and is the starting point of every exact analysis.
/// </summary>
/// <remarks>
/// <para>Construction never throws on a malformed rule. Problems are listed in <see cref="Problems"/> and the game gives the rule a
/// definite meaning: anyone the rule names who is not a voter (a veto holder, a member of an <c>of</c> list, a key of inline weights)
/// is never in favour — so a non-voter veto holder blocks forever — and still counts in the total a percentage is taken of; a voter
/// without a weight weighs zero; a threshold out of range is applied as written.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class VotingGame
{
    private readonly Dictionary<string, int> _index;

    private readonly Func<string, string, Rational?> _attribute = (_, _) => null;
    private readonly DecisionRule? _matterQuorum;
    private TernaryNode? _ternary;

    private VotingGame(DecisionRule rule, IReadOnlyList<string> voters, Func<string, string, Rational?> attribute, DecisionRule? quorum = null)
    {
        _attribute = attribute;
        _matterQuorum = quorum;
        Rule = rule;
        Voters = ValueList<string>.From(voters.Distinct(StringComparer.Ordinal));
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Voters.Count; i++) _index[Voters[i]] = i;
        (Root, Problems) = GameCompiler.Compile(rule, Voters, attribute);
        // A matter's quorum (#15): with every voter present it is met or not for every coalition alike.
        if (quorum is not null && !GameCompiler.QuorumMetByAll(quorum, Voters, attribute)) Root = new ThresholdNode("", [], [], BigInteger.One);
    }

    private VotingGame(IReadOnlyList<string> voters, GameNode root, DecisionRule rule, IReadOnlyList<RuleProblem>? problems = null, bool expanded = false)
    {
        Rule = rule;
        Voters = ValueList<string>.From(voters);
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Voters.Count; i++) _index[Voters[i]] = i;
        Root = root;
        Problems = ValueList<RuleProblem>.From(problems);
        IsExpanded = expanded;
    }

    /// <summary>
    /// Whether this is the member-level game of a compound body (<see cref="Expand(Design, Body, Decision?, AnalysisContext?)"/>): its
    /// voters are the members reached through the body's sub-bodies, and it is binary only (every voter present, abstention as no).
    /// </summary>
    public bool IsExpanded { get; }

    /// <summary>The dual game: a coalition wins in it exactly when its complement loses here.</summary>
    internal VotingGame Dual() => new(Voters, DualOf(Root), Rule, Problems, IsExpanded);

    private static GameNode DualOf(GameNode node) => node switch
    {
        ThresholdNode t => new ThresholdNode(t.Pointer, t.Voters, t.Weights, t.Total - t.Quota + 1),
        CompositeNode c => new CompositeNode(c.Pointer, !c.IsAll, c.Clauses.Select(DualOf).ToArray()),
        ComposedNode c => new ComposedNode(c.Pointer, c.Direct, c.Clauses.Select(DualOf).ToArray(), c.ClauseWeights, c.Total - c.Quota + 1),
        _ => throw new NotSupportedException(),
    };

    /// <summary>The voters, in order; voter <c>i</c> is bit <c>i</c> of a coalition bit set. Duplicates in the input are dropped.</summary>
    public IReadOnlyList<string> Voters { get; }

    /// <summary>The number of voters.</summary>
    public int Count => Voters.Count;

    /// <summary>The rule the game was built from.</summary>
    public DecisionRule Rule { get; }

    /// <summary>What is wrong with the rule as a game over these voters; empty for a well-formed rule.</summary>
    public IReadOnlyList<RuleProblem> Problems { get; }

    internal GameNode Root { get; }

    /// <summary>
    /// The game of a body's rule (<see cref="Body.Rule"/>: its default matter, or its first matter) over its voters, with weights by
    /// attribute read from the design's members; see <see cref="ForDecision"/> for the other matters.
    /// </summary>
    /// <param name="design">The design the body belongs to (for member attributes).</param>
    /// <param name="body">The body.</param>
    /// <param name="context">The analysis context whose caches to use (the design's member table is built once per context); optional.</param>
    /// <returns>The game.</returns>
    public static VotingGame ForBody(Design design, Body body, AnalysisContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(body);
        return new VotingGame(body.Rule, body.Voters, AttributeLookup(design, context), body.Decisions[0].Quorum);
    }

    /// <summary>
    /// The game of one matter of a body: the matter's rule over the body's voters, every voter present and voting (abstention counted
    /// as no; docs/analyses.md). A quorum the voters cannot meet even all present makes the game one that never passes.
    /// </summary>
    /// <param name="design">The design the body belongs to (for member attributes).</param>
    /// <param name="body">The body.</param>
    /// <param name="decision">The matter, one of <see cref="Body.Decisions"/>.</param>
    /// <param name="context">The analysis context whose caches to use; optional.</param>
    /// <returns>The game.</returns>
    public static VotingGame ForDecision(Design design, Body body, Decision decision, AnalysisContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(decision);
        return new VotingGame(decision.Rule, body.Voters, AttributeLookup(design, context), decision.Quorum);
    }

    /// <summary>
    /// The game of a treaty's entry-into-force rule over its parties: a coalition of ratifying parties wins when it brings the treaty
    /// into force. A treaty without an entry-into-force condition is treated as needing every party (unanimity).
    /// </summary>
    /// <param name="design">The design the treaty belongs to (for member attributes).</param>
    /// <param name="treaty">The treaty.</param>
    /// <param name="context">The analysis context whose caches to use (the design's member table is built once per context); optional.</param>
    /// <returns>The game.</returns>
    public static VotingGame ForTreaty(Design design, Treaty treaty, AnalysisContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(treaty);
        return new VotingGame(treaty.EntryIntoForce?.Rule ?? Model.Rule.Unanimity, treaty.Parties, AttributeLookup(design, context));
    }

    /// <summary>
    /// The game of a rule of the design that belongs to no body or treaty — an amendment, ratification or accession rule — over the
    /// given voters (usually every member), with weights by attribute read from the design's members.
    /// </summary>
    /// <param name="design">The design the rule belongs to (for member attributes).</param>
    /// <param name="rule">The rule.</param>
    /// <param name="voters">The voters, in order; duplicates are dropped.</param>
    /// <param name="context">The analysis context whose caches to use (the design's member table is built once per context); optional.</param>
    /// <returns>The game.</returns>
    public static VotingGame ForRule(Design design, DecisionRule rule, IEnumerable<string> voters, AnalysisContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(voters);
        return new VotingGame(rule, voters.ToList(), AttributeLookup(design, context));
    }

    /// <summary>
    /// The member-level game of a compound body on one matter (#15; Shapley 1962, compound simple games): each voter <c>body:ID</c> is
    /// replaced by the game of body <c>ID</c> over its own voters, recursively, so a coalition of members wins when the voters it carries
    /// (its members who vote directly, and the sub-bodies whose game it wins) win the body's rule. The voters are the members reached, in
    /// order of first appearance (depth first, in voter order); a member reached twice (directly and through a sub-body, or through two
    /// sub-bodies) is one voter whose one vote counts in each place. A sub-body decides by its decision on the same matter when it has one,
    /// else by its default rule. The game is binary (every voter present, abstention counted as no; quorums as in
    /// <see cref="ForDecision"/>): <see cref="ReadsAbstention"/> is false and the ternary analyses are not supported.
    /// </summary>
    /// <remarks>
    /// A voter <c>body:ID</c> naming no body of the design (<see cref="RuleProblemKind.UnknownBody"/>) or closing a cycle of bodies
    /// (<see cref="RuleProblemKind.CompoundCycle"/>) stays one opaque voter and is listed in <see cref="Problems"/>, beside the problems of
    /// every body's rule; so such a game gives no figures (the validator reports NAPSM0340 and NAPSM0341). A body without body voters
    /// expands to its own game.
    /// </remarks>
    /// <param name="design">The design the body belongs to (for its other bodies and member attributes).</param>
    /// <param name="body">The body.</param>
    /// <param name="decision">The matter, one of <see cref="Body.Decisions"/>; the body's rule (<see cref="Body.Rule"/>) when null.</param>
    /// <param name="context">The analysis context whose caches to use; optional.</param>
    /// <returns>The expanded game; <see cref="IsExpanded"/> is true.</returns>
    public static VotingGame Expand(Design design, Body body, Decision? decision = null, AnalysisContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(body);
        decision ??= body.Decisions[0];
        var expander = new CompoundExpander(design, AttributeLookup(design, context));
        var root = expander.Node(body, decision);
        return new VotingGame(expander.Members, root, decision.Rule, expander.Problems, expanded: true);
    }

    /// <summary>Builds the member-level tree of a compound body: each body voter's game over the same member indices.</summary>
    private sealed class CompoundExpander(Design design, Func<string, string, Rational?> attribute)
    {
        private readonly Dictionary<string, Body> _bodies = Bodies(design);
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly HashSet<string> _path = new(StringComparer.Ordinal);

        public List<string> Members { get; } = [];

        public List<RuleProblem> Problems { get; } = [];

        private static Dictionary<string, Body> Bodies(Design design)
        {
            var bodies = new Dictionary<string, Body>(StringComparer.Ordinal);
            foreach (var b in design.Bodies) bodies.TryAdd(b.Id, b);
            return bodies;
        }

        private int Member(string id)
        {
            if (!_index.TryGetValue(id, out var i))
            {
                i = Members.Count;
                _index.Add(id, i);
                Members.Add(id);
            }

            return i;
        }

        public GameNode Node(Body body, Decision decision)
        {
            _path.Add(body.Id);
            var game = new VotingGame(decision.Rule, body.Voters, attribute, decision.Quorum);
            Problems.AddRange(game.Problems);
            var members = new int[game.Count];
            var subs = new GameNode?[game.Count];
            for (int i = 0; i < game.Count; i++)
            {
                var voter = game.Voters[i];
                members[i] = -1;
                if (CompoundVoters.TryGetBody(voter, out var id))
                {
                    if (!_bodies.TryGetValue(id, out var sub))
                    {
                        Problems.Add(new RuleProblem(RuleProblemKind.UnknownBody, RuleRole.Voter, [voter], "", decision.Rule) { Body = body.Id });
                    }
                    else if (_path.Contains(id))
                    {
                        Problems.Add(new RuleProblem(RuleProblemKind.CompoundCycle, RuleRole.Voter, [voter], "", decision.Rule) { Body = body.Id });
                    }
                    else
                    {
                        var matter = sub.Decisions.FirstOrDefault(d => d.Matter == decision.Matter) ?? sub.Decisions[0];
                        subs[i] = Node(sub, matter);
                        continue;
                    }
                }

                members[i] = Member(voter);
            }

            _path.Remove(body.Id);
            return Substitute(game.Root, members, subs);
        }

        private static GameNode Substitute(GameNode node, int[] members, GameNode?[] subs) => node switch
        {
            ThresholdNode t => Substitute(t, members, subs),
            CompositeNode c => new CompositeNode(c.Pointer, c.IsAll, c.Clauses.Select(x => Substitute(x, members, subs)).ToArray()),
            _ => throw new NotSupportedException(),
        };

        private static GameNode Substitute(ThresholdNode t, int[] members, GameNode?[] subs)
        {
            var direct = new List<(int Voter, BigInteger Weight)>();
            var clauses = new List<GameNode>();
            var clauseWeights = new List<BigInteger>();
            for (int k = 0; k < t.Voters.Length; k++)
            {
                int v = t.Voters[k];
                if (subs[v] is { } sub)
                {
                    clauses.Add(sub);
                    clauseWeights.Add(t.Weights[k]);
                }
                else
                {
                    direct.Add((members[v], t.Weights[k]));
                }
            }

            direct.Sort((a, b) => a.Voter.CompareTo(b.Voter));
            var leaf = new ThresholdNode(t.Pointer, direct.Select(d => d.Voter).ToArray(), direct.Select(d => d.Weight).ToArray(), t.Quota);
            return clauses.Count == 0 ? leaf : new ComposedNode(t.Pointer, leaf, clauses.ToArray(), clauseWeights.ToArray(), t.Quota);
        }
    }

    /// <summary>The game of a rule over the given voters.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="voters">The voters, in order.</param>
    /// <param name="attribute">
    /// Looks up a voter's attribute for weights by attribute: (voter id, attribute name) → value, or <see langword="null"/> when missing.
    /// Optional: without it every attribute is missing.
    /// </param>
    /// <returns>The game.</returns>
    public static VotingGame Create(DecisionRule rule, IEnumerable<string> voters, Func<string, string, Rational?>? attribute = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(voters);
        return new VotingGame(rule, voters.ToArray(), attribute ?? ((_, _) => null));
    }

    /// <summary>Whether the coalition of the given voters wins.</summary>
    /// <param name="coalition">The ids of the voters in favour; every other voter is against.</param>
    /// <returns>Whether the rule passes.</returns>
    /// <exception cref="ArgumentException">An id is not one of <see cref="Voters"/>.</exception>
    public bool IsWinning(IEnumerable<string> coalition)
    {
        ArgumentNullException.ThrowIfNull(coalition);
        var bits = CoalitionSet.Empty(Count);
        foreach (var id in coalition)
        {
            if (!_index.TryGetValue(id, out var i)) throw new ArgumentException($"\"{id}\" is not a voter of this game (voters: {string.Join(", ", Voters)}).", nameof(coalition));
            bits.Add(i);
        }

        return Root.Evaluate(bits.Words);
    }

    /// <summary>Whether the coalition given as a bit set wins: bit <c>i</c> set means voter <c>i</c> of <see cref="Voters"/> is in favour.</summary>
    /// <param name="coalition">The bit set; bits beyond <see cref="Count"/> are ignored.</param>
    /// <returns>Whether the rule passes.</returns>
    public bool IsWinning(BitArray coalition)
    {
        ArgumentNullException.ThrowIfNull(coalition);
        var bits = CoalitionSet.Empty(Count);
        for (int i = 0; i < Math.Min(coalition.Length, Count); i++)
        {
            if (coalition[i]) bits.Add(i);
        }

        return Root.Evaluate(bits.Words);
    }

    /// <summary>Whether the rule passes with every voter in favour. A rule that does not never passes (NAPSM0301).</summary>
    public bool PassesWithEveryone
    {
        get
        {
            // 0: not known yet, 1: no, 2: yes. An int is written at once; threads that race compute the same answer.
            if (_passesWithEveryone == 0) _passesWithEveryone = Root.Evaluate(CoalitionSet.Everyone(Count).Words) ? 2 : 1;
            return _passesWithEveryone == 2;
        }
    }

    private int _passesWithEveryone;

    /// <summary>Whether the rule passes with no voter in favour (NAPSM0302: it passes against everyone's will).</summary>
    public bool PassesWithNobody => Root.Evaluate(CoalitionSet.Empty(Count).Words);

    /// <summary>Whether the rule passes with every voter in favour except the given ones, who vote against.</summary>
    /// <param name="against">The voters against; an id that is not a voter is ignored (it has no vote to withhold).</param>
    /// <returns>Whether the rule passes.</returns>
    public bool PassesWithout(IEnumerable<string> against)
    {
        ArgumentNullException.ThrowIfNull(against);
        var bits = CoalitionSet.Everyone(Count);
        foreach (var id in against)
        {
            if (_index.TryGetValue(id, out var i)) bits.Remove(i);
        }

        return Root.Evaluate(bits.Words);
    }

    /// <summary>
    /// The voters a decision can pass over, in voter order: those without whom everyone else together still wins. In a rule that passes
    /// with everyone, exactly the voters who are not <see cref="VetoPlayers"/>; in a rule that never passes, nobody (nothing passes over
    /// anyone). Consensus and non-intervention (NAPSM0603, NAPSM0604) ask it.
    /// </summary>
    public IReadOnlyList<string> OutvotableVoters => _outvotable ??= PassesWithEveryone
        ? ValueList<string>.From(Voters.Where((_, i) => !ComputeVetoes().Contains(i)))
        : ValueList<string>.Empty;

    private ValueList<string>? _outvotable;

    /// <summary>The position of a voter in <see cref="Voters"/>, or -1 for an id that is not a voter.</summary>
    /// <param name="voter">The voter's id.</param>
    /// <returns>The position or -1.</returns>
    public int IndexOf(string voter)
    {
        ArgumentNullException.ThrowIfNull(voter);
        return _index.TryGetValue(voter, out var i) ? i : -1;
    }

    /// <summary>
    /// Analyses the game exactly: counts of winning coalitions, power to act, proper/strong/decisive (with a witness when improper),
    /// veto, dummy and dictator players, the effect of every clause of an <c>all</c>/<c>any</c>, and the power indices asked for.
    /// Each part comes from the cheapest applicable method; parts that would exceed a limit, or are not done when the time limit is
    /// reached or the token is cancelled, are listed in <see cref="GameAnalysis.NotComputed"/> with a typed reason (and their figures
    /// are null) instead of running on; the parts done are kept. A rule with <see cref="Problems"/> gives no figures at all.
    /// </summary>
    /// <param name="options">What to compute and the limits; <see cref="AnalysisOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops a long analysis: the parts not done are "not computed: cancelled".</param>
    /// <returns>The analysis; never throws for a limit, a time-out or a cancellation.</returns>
    public GameAnalysis Analyze(AnalysisOptions? options = null, CancellationToken cancellationToken = default) =>
        GameAnalyzer.Analyze(this, options ?? AnalysisOptions.Default, cancellationToken);

    /// <summary>
    /// Whether the rule reads abstention or absence (#15): a base other than members, a quorum (its own or its matter's), or a veto that
    /// abstention does not block. Then the binary game (<see cref="Analyze"/>: every voter present, abstention counted as no) and the ternary
    /// game (<see cref="AnalyzeTernary()"/>) can differ, and outputs give both.
    /// </summary>
    public bool ReadsAbstention => !IsExpanded && (_matterQuorum is not null || AbstentionOptions.Used(Rule));

    /// <summary>The rule over yes/abstain/no/absent profiles, compiled once.</summary>
    internal TernaryNode TernaryRoot => IsExpanded
        ? throw new NotSupportedException("An expanded compound game is binary only (every voter present, abstention counted as no); analyse the bodies' own games for abstention.")
        : _ternary ??= GameCompiler.CompileTernary(Rule, Voters, _attribute, _matterQuorum);

    /// <summary>
    /// Whether the rule passes when the voters vote as given (docs/analyses.md, "Abstention, quorum and base"): each voter votes yes,
    /// abstains, votes no or is absent; a voter not in <paramref name="votes"/> is absent.
    /// </summary>
    /// <param name="votes">Each voter's vote, by id.</param>
    /// <returns>Whether the rule passes.</returns>
    /// <exception cref="ArgumentException">An id is not one of <see cref="Voters"/>, or a vote is not one of <see cref="Vote"/>.</exception>
    public bool Passes(IReadOnlyDictionary<string, Vote> votes)
    {
        ArgumentNullException.ThrowIfNull(votes);
        var profile = new Vote[Count];
        Array.Fill(profile, Vote.Absent);
        foreach (var (id, vote) in votes)
        {
            if (!_index.TryGetValue(id, out var i)) throw new ArgumentException($"\"{id}\" is not a voter of this game (voters: {string.Join(", ", Voters)}).", nameof(votes));
            if (!Enum.IsDefined(vote)) throw new ArgumentException($"The vote of \"{id}\" ({(int)vote}) is not yes, abstain, no or absent.", nameof(votes));
            profile[i] = vote;
        }

        return Evaluate(profile);
    }

    /// <summary>
    /// Whether the rule passes on a profile given in voter order (<paramref name="profile"/>[i] is the vote of <see cref="Voters"/>[i]),
    /// as <see cref="Passes(IReadOnlyDictionary{string, Vote})"/> but without naming the voters.
    /// </summary>
    /// <param name="profile">One vote per voter, in the order of <see cref="Voters"/>.</param>
    /// <returns>Whether the rule passes.</returns>
    /// <exception cref="ArgumentException">The profile's length is not <see cref="Count"/>, or a vote is not one of <see cref="Vote"/>.</exception>
    public bool Passes(IReadOnlyList<Vote> profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Count != Count)
        {
            throw new ArgumentException($"The profile has {profile.Count} votes; the game has {Count} voters.", nameof(profile));
        }

        var votes = new Vote[Count];
        for (int i = 0; i < Count; i++)
        {
            if (!Enum.IsDefined(profile[i])) throw new ArgumentException($"Vote {i} ({(int)profile[i]}) is not yes, abstain, no or absent.", nameof(profile));
            votes[i] = profile[i];
        }

        return Evaluate(votes);
    }

    // Whether the rule passes on a checked profile in voter order.
    private bool Evaluate(Vote[] profile)
    {
        var present = CoalitionSet.Empty(Count);
        for (int i = 0; i < Count; i++)
        {
            if (profile[i] != Vote.Absent) present.Add(i);
        }

        return TernaryRoot.Evaluate(profile, present.Array);
    }

    /// <summary>
    /// Analyses the ternary game exactly (#15): every voter present and voting yes, abstaining or voting no, with the winning profiles, each
    /// voter's ways to block (by voting no: the veto in the abstention-aware sense; by abstaining; by absence) and Felsenthal &amp; Machover's
    /// (1997) Banzhaf and Shapley–Shubik indices of ternary voting games, with the default options.
    /// </summary>
    /// <returns>The analysis; never throws for a limit.</returns>
    public TernaryAnalysis AnalyzeTernary() => AnalyzeTernary(AnalysisOptions.Default, CancellationToken.None);

    /// <summary>Analyses the ternary game exactly with the given options (indices: Shapley–Shubik or not; the limits, time and memory budget).</summary>
    /// <param name="options">What to compute and the limits.</param>
    /// <returns>The analysis; never throws for a limit.</returns>
    public TernaryAnalysis AnalyzeTernary(AnalysisOptions options) => AnalyzeTernary(options, CancellationToken.None);

    /// <summary>
    /// Analyses the ternary game exactly. Parts that would exceed a limit, or are not done when the time limit is reached or the token is
    /// cancelled, are listed in <see cref="TernaryAnalysis.NotComputed"/> with a typed reason and their figures are null; a rule with
    /// <see cref="Problems"/> gives no figures at all.
    /// </summary>
    /// <param name="options">What to compute and the limits.</param>
    /// <param name="cancellationToken">Stops a long analysis: the parts not done are "not computed: cancelled".</param>
    /// <returns>The analysis; never throws for a limit, a time-out or a cancellation.</returns>
    public TernaryAnalysis AnalyzeTernary(AnalysisOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TernaryCounting.Analyze(this, options, cancellationToken);
    }

    /// <summary>
    /// Analyses the game with a priori unions (#15 alignments; docs/analyses.md "Blocs"): the voters of each bloc vote together, the others
    /// are unions of one, and the excluded voters' support never counts (the restricted game). Gives the Owen and Banzhaf–Owen values per
    /// voter and the quotient game's Shapley–Shubik and Banzhaf indices per union, with the default options.
    /// </summary>
    /// <param name="blocs">The blocs, each as voter ids; ids that are not voters, or are excluded, or already in an earlier bloc, are ignored.</param>
    /// <param name="excluded">The voters whose support never counts.</param>
    /// <returns>The analysis; never throws for a limit.</returns>
    public UnionAnalysis AnalyzeUnions(IEnumerable<IEnumerable<string>> blocs, IEnumerable<string> excluded) =>
        AnalyzeUnions(blocs, excluded, AnalysisOptions.Default, CancellationToken.None);

    /// <summary>Analyses the game with a priori unions under the given limits and budget; see <see cref="AnalyzeUnions(IEnumerable{IEnumerable{string}}, IEnumerable{string})"/>.</summary>
    /// <param name="blocs">The blocs, each as voter ids.</param>
    /// <param name="excluded">The voters whose support never counts.</param>
    /// <param name="options">The limits (<see cref="AnalysisOptions.MaxEnumeratedVoters"/> bounds the vectors), time and memory budget.</param>
    /// <param name="cancellationToken">Stops a long analysis: the parts not done are "not computed: cancelled".</param>
    /// <returns>The analysis; never throws for a limit, a time-out or a cancellation.</returns>
    public UnionAnalysis AnalyzeUnions(IEnumerable<IEnumerable<string>> blocs, IEnumerable<string> excluded, AnalysisOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blocs);
        ArgumentNullException.ThrowIfNull(excluded);
        ArgumentNullException.ThrowIfNull(options);
        return UnionCounting.Analyze(this, blocs, excluded, options, cancellationToken);
    }

    /// <summary>
    /// The veto players, in voter order: the voters without whom the rule cannot pass (everyone else together loses), in a game that can
    /// pass at all. This is the one definition every part of Napsm uses (the analysis, the validator, the stake report, the graph and
    /// <c>DesignAssert</c>).
    /// </summary>
    /// <remarks>
    /// When no coalition wins (not even every voter together), the game has no veto players: "every winning coalition contains the voter"
    /// would hold vacuously for everyone, but nobody's opposition matters in a rule that never passes — that rule's problem is that it never
    /// passes (NAPSM0301), not that each voter could block it.
    /// </remarks>
    public IReadOnlyList<string> VetoPlayers => _vetoPlayers ??= ValueList<string>.From(ComputeVetoes().Select(i => Voters[i]));

    private ValueList<string>? _vetoPlayers;

    /// <summary>Whether a voter is one of <see cref="VetoPlayers"/>.</summary>
    /// <param name="voter">The voter's id.</param>
    /// <returns>Whether the voter is a veto player; false for an id that is not a voter.</returns>
    public bool IsVetoPlayer(string voter)
    {
        ArgumentNullException.ThrowIfNull(voter);
        int i = IndexOf(voter);
        return i >= 0 && IsVetoPlayer(i);
    }

    internal bool IsVetoPlayer(int voter)
    {
        if (!PassesWithEveryone) return false;
        var bits = CoalitionSet.Everyone(Count);
        bits.Remove(voter);
        return !Root.Evaluate(bits.Words);
    }

    private List<int> ComputeVetoes() => _vetoIndices ??= VetoIndices();

    private List<int>? _vetoIndices;

    private List<int> VetoIndices()
    {
        var result = new List<int>();
        if (!PassesWithEveryone) return result;
        var bits = CoalitionSet.Everyone(Count);
        for (int i = 0; i < Count; i++)
        {
            bits.Remove(i);
            if (!Root.Evaluate(bits.Words)) result.Add(i);
            bits.Add(i);
        }

        return result;
    }

    /// <summary>The minimal winning coalitions, lazily, in lexicographic order of voter positions (earlier voters first).</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>Each coalition as voter ids in voter order.</returns>
    public IEnumerable<IReadOnlyList<string>> EnumerateMinimalWinningCoalitions(CancellationToken cancellationToken = default) =>
        Coalitions.Minimal(Count, bits => Root.Evaluate(bits), cancellationToken).Select(Ids);

    /// <summary>
    /// The minimal blocking coalitions (minimal sets whose opposition makes the rule fail: their complement loses), lazily.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>Each coalition as voter ids in voter order.</returns>
    public IEnumerable<IReadOnlyList<string>> EnumerateMinimalBlockingCoalitions(CancellationToken cancellationToken = default)
    {
        var complement = NewBits();
        return Coalitions.Minimal(Count, bits =>
        {
            for (int w = 0; w < complement.Length; w++) complement[w] = ~bits[w];
            return !Root.Evaluate(complement);
        }, cancellationToken).Select(Ids);
    }

    /// <summary>The minimal winning coalitions up to <paramref name="limit"/>; <see cref="CoalitionListing.IsComplete"/> says whether there are more.</summary>
    /// <param name="limit">The most coalitions to list; not negative.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The listing.</returns>
    public CoalitionListing MinimalWinningCoalitions(int limit, CancellationToken cancellationToken = default) =>
        Take(EnumerateMinimalWinningCoalitions(cancellationToken), limit);

    /// <summary>The minimal blocking coalitions up to <paramref name="limit"/>; <see cref="CoalitionListing.IsComplete"/> says whether there are more.</summary>
    /// <param name="limit">The most coalitions to list; not negative.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The listing.</returns>
    public CoalitionListing MinimalBlockingCoalitions(int limit, CancellationToken cancellationToken = default) =>
        Take(EnumerateMinimalBlockingCoalitions(cancellationToken), limit);

    private static CoalitionListing Take(IEnumerable<IReadOnlyList<string>> source, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var list = new List<IReadOnlyList<string>>();
        foreach (var c in source)
        {
            if (list.Count == limit) return new CoalitionListing(list, false);
            list.Add(c);
        }

        return new CoalitionListing(list, true);
    }

    private ValueList<string> Ids(int[] members) => ValueList<string>.From(members.Select(i => Voters[i]));

    /// <summary>Whether the coalition given as a bit set of 64-bit words wins (bit <c>i % 64</c> of word <c>i / 64</c> is voter <c>i</c>).</summary>
    internal bool IsWinning(ReadOnlySpan<ulong> coalition) => Root.Evaluate(coalition);

    internal ulong[] NewBits() => new ulong[CoalitionSet.WordCount(Count)];

    // One member table per design and context (designs are immutable): games are made for thousands of bodies and treaties of one
    // design, and building the table for each of them cost a dictionary of every member per game.
    private static readonly CacheSlot<Design, Dictionary<string, Member>> MemberTables = new(ReferenceEqualityComparer.Instance);

    private static Dictionary<string, Member> MemberTable(Design d)
    {
        var table = new Dictionary<string, Member>(StringComparer.Ordinal);
        foreach (var m in d.Members) table.TryAdd(m.Id, m);
        return table;
    }

    /// <summary>Member attributes of a design, for weights by attribute.</summary>
    private static Func<string, string, Rational?> AttributeLookup(Design design, AnalysisContext? context)
    {
        var members = context is null ? MemberTable(design) : context.Cached(MemberTables, design, MemberTable);
        // Two lookups in two statements, not one `&&`: a pattern variable inside a boolean chain makes mutation testing drop the method.
        return (voter, attribute) =>
        {
            if (!members.TryGetValue(voter, out var m)) return null;
            return m.Attributes.TryGetValue(attribute, out var value) ? value.Value : null;
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"{Rule} over [{string.Join(", ", Voters)}]";
}
