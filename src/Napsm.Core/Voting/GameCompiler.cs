using System.Globalization;
using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>Turns a <see cref="DecisionRule"/> over an ordered voter list into a <see cref="GameNode"/> tree, collecting problems instead of throwing.</summary>
internal sealed partial class GameCompiler
{
    private readonly IReadOnlyList<string> _voters;
    private readonly Dictionary<string, int> _index;
    private readonly Func<string, string, Rational?> _attribute;
    private readonly List<RuleProblem> _problems = [];

    private GameCompiler(IReadOnlyList<string> voters, Func<string, string, Rational?> attribute)
    {
        _voters = voters;
        _attribute = attribute;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < voters.Count; i++) _index[voters[i]] = i;
    }

    public static (GameNode Root, IReadOnlyList<RuleProblem> Problems) Compile(DecisionRule rule, IReadOnlyList<string> voters, Func<string, string, Rational?> attribute)
    {
        var compiler = new GameCompiler(voters, attribute);
        var root = compiler.Compile(rule, "");
        return (root, compiler._problems);
    }

    private int N => _voters.Count;

    /// <summary>The clause being compiled: the one a problem found now is in (<see cref="RuleProblem.Clause"/>).</summary>
    private DecisionRule? _clause;

    /// <summary>Compiles with <paramref name="clause"/> as the clause problems are in, then restores the enclosing one.</summary>
    private T In<T>(DecisionRule clause, Func<T> compile)
    {
        var outer = _clause;
        _clause = clause;
        try
        {
            return compile();
        }
        finally
        {
            _clause = outer;
        }
    }

    private GameNode Compile(DecisionRule rule, string at) => In(rule, () => Compiled(rule, at));

    private GameNode Compiled(DecisionRule rule, string at) => rule switch
    {
        UnanimityRule or ConsensusRule => Count(at, AllVoters(), N),
        SimpleMajorityRule => Count(at, AllVoters(), (N / 2) + 1),
        ConsensusMinusRule cm => ConsensusMinus(cm, at),
        HeadCountRule hc => WithQuorum(HeadCount(hc, at), hc.Quorum, Kernel.DesignPointers.Quorum(at)),
        WeightedRule w => WithQuorum(Weighted(w, at), w.Quorum, Kernel.DesignPointers.WeightedQuorum(at)),
        VetoRule v => Veto(v, at),
        AllRule a => new CompositeNode(at, true, a.Clauses.Select((c, i) => Compile(c, Kernel.DesignPointers.Clause(at, true, i))).ToArray()),
        AnyRule a => new CompositeNode(at, false, a.Clauses.Select((c, i) => Compile(c, Kernel.DesignPointers.Clause(at, false, i))).ToArray()),
        _ => throw new NotSupportedException($"Unknown rule type {rule.GetType().Name}."),
    };

    /// <summary>
    /// The binary game counts every voter present (abstention counted as no; see docs/analyses.md), so a quorum is met or not whatever
    /// the coalition: the rule as compiled when it is, a rule that never passes when it is not.
    /// </summary>
    private ThresholdNode WithQuorum(ThresholdNode node, DecisionRule? quorum, string quorumAt)
    {
        if (quorum is null) return node;
        var compiled = Compile(quorum, quorumAt);
        var everyone = new ulong[Math.Max(1, (N + 63) / 64)];
        for (int v = 0; v < N; v++) everyone[v >> 6] |= 1UL << (v & 63);
        return compiled.Evaluate(everyone) ? node : new ThresholdNode(node.Pointer, node.Voters, node.Weights, node.Total + 1);
    }

    /// <summary>Whether a quorum rule over these voters is met when every voter is present.</summary>
    internal static bool QuorumMetByAll(DecisionRule quorum, IReadOnlyList<string> voters, Func<string, string, Rational?> attribute)
    {
        var (root, _) = Compile(quorum, voters, attribute);
        var everyone = new ulong[Math.Max(1, (voters.Count + 63) / 64)];
        for (int v = 0; v < voters.Count; v++) everyone[v >> 6] |= 1UL << (v & 63);
        return root.Evaluate(everyone);
    }

    private int[] AllVoters() => Enumerable.Range(0, N).ToArray();

    private static ThresholdNode Count(string at, int[] voters, BigInteger quota) =>
        new(at, voters, voters.Select(_ => BigInteger.One).ToArray(), quota);

    private ThresholdNode ConsensusMinus(ConsensusMinusRule rule, string at)
    {
        if (rule.K >= N && N > 0)
        {
            Problem(new RuleProblem(RuleProblemKind.ThresholdOutOfRange, RuleRole.Threshold, [], at + "/consensusMinus", Clause)
            {
                Fault = ThresholdFault.ToleratesEveryone,
                Total = N,
            });
        }

        return Count(at, AllVoters(), N - rule.K);
    }

    private ThresholdNode HeadCount(HeadCountRule rule, string at)
    {
        var key = rule.Comparison == Comparison.AtLeast ? "/atLeast" : "/moreThan";
        int total;
        var counted = new List<int>();
        if (rule.Of is null)
        {
            total = N;
            counted.AddRange(AllVoters());
        }
        else
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < rule.Of.Count; i++)
            {
                var id = rule.Of[i];
                if (!seen.Add(id)) continue;
                if (_index.TryGetValue(id, out var v)) counted.Add(v);
                else NotAVoter(id, $"{at}/of/{i}", RuleRole.HeadCount);
            }

            total = seen.Count;
            counted.Sort();
        }

        var resolved = rule.Threshold.Resolve(total);
        var quota = rule.Comparison == Comparison.AtLeast ? resolved.Ceiling() : resolved.Floor() + 1;
        CheckRange(rule.Threshold, rule.Comparison, resolved, total, at + key, ThresholdFault.AboveVotersCounted);
        return Count(at, counted.ToArray(), quota);
    }

    private ThresholdNode Veto(VetoRule rule, string at)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var holders = new List<int>();
        for (int i = 0; i < rule.Holders.Count; i++)
        {
            var id = rule.Holders[i];
            if (!seen.Add(id)) continue;
            if (_index.TryGetValue(id, out var v)) holders.Add(v);
            else NotAVoter(id, $"{at}/veto/{i}", RuleRole.VetoHolder);
        }

        holders.Sort();

        // A holder who is not a voter is never in favour, so the quota (every holder) cannot be met.
        return Count(at, holders.ToArray(), seen.Count);
    }

    private ThresholdNode Weighted(WeightedRule rule, string at)
    {
        var raw = new Rational[N];
        var total = Rational.Zero;
        if (rule.Weights is { } map)
        {
            foreach (var (id, weight) in map)
            {
                total += weight;
                if (!_index.ContainsKey(id)) NotAVoter(id, $"{at}/weighted/weights/{Kernel.JsonPointers.Escape(id)}", RuleRole.WeightedVoter);
            }

            var missing = new List<string>();
            for (int v = 0; v < N; v++)
            {
                if (map.TryGetValue(_voters[v], out var w)) raw[v] = w;
                else missing.Add(_voters[v]);
            }

            foreach (var id in missing)
            {
                Problem(new RuleProblem(RuleProblemKind.MissingWeight, RuleRole.WeightedVoter, [id], at + "/weighted/weights", Clause));
            }
        }
        else
        {
            var attribute = rule.Attribute!;
            for (int v = 0; v < N; v++)
            {
                var value = _attribute(_voters[v], attribute);
                if (value is { Sign: >= 0 } w)
                {
                    raw[v] = w;
                    total += w;
                }
                else
                {
                    Problem(new RuleProblem(RuleProblemKind.MissingAttribute, RuleRole.WeightedVoter, [_voters[v]], at + "/weighted/by", Clause)
                    {
                        Attribute = attribute,
                        Value = value,
                    });
                }
            }
        }

        var key = rule.Comparison == Comparison.AtLeast ? "/weighted/atLeast" : "/weighted/moreThan";
        var resolved = rule.Threshold.Resolve(total);
        CheckRange(rule.Threshold, rule.Comparison, resolved, total, at + key, ThresholdFault.AboveTotalWeight);

        // Scale weights and quota by the LCM of their denominators: an exact integer game.
        var lcm = resolved.Denominator;
        foreach (var w in raw) lcm = Lcm(lcm, w.Denominator);
        var voters = new List<int>();
        var weights = new List<BigInteger>();
        for (int v = 0; v < N; v++)
        {
            var scaled = raw[v].Numerator * (lcm / raw[v].Denominator);
            if (scaled.Sign > 0)
            {
                voters.Add(v);
                weights.Add(scaled);
            }
        }

        var q = resolved.Numerator * (lcm / resolved.Denominator);
        if (rule.Comparison == Comparison.MoreThan) q += 1;

        // Then divide out the weights' common factor (a percentage of a total scales every weight by up to 100): every coalition's
        // weight is a multiple of g, so weight ≥ q exactly when weight/g ≥ ⌈q/g⌉. The same game, with tables up to g times smaller.
        var g = BigInteger.Zero;
        foreach (var w in weights) g = BigInteger.GreatestCommonDivisor(g, w);
        if (g > BigInteger.One)
        {
            for (int k = 0; k < weights.Count; k++) weights[k] /= g;
            q = q.Sign > 0 ? BigInteger.Divide(q + g - 1, g) : -BigInteger.Divide(-q, g);
        }

        return new ThresholdNode(at, voters.ToArray(), weights.ToArray(), q);
    }

    private static BigInteger Lcm(BigInteger a, BigInteger b) => a / BigInteger.GreatestCommonDivisor(a, b) * b;

    private void CheckRange(Threshold threshold, Comparison comparison, Rational resolved, Rational total, string pointer, ThresholdFault above)
    {
        ThresholdFault? fault = null;
        if (threshold.Kind == ThresholdKind.Percentage && threshold.Value > 100) fault = ThresholdFault.PercentageAbove100;
        else if (threshold.Kind == ThresholdKind.Fraction && threshold.Value > Rational.One) fault = ThresholdFault.FractionAboveOne;
        else if (comparison == Comparison.AtLeast ? resolved > total : resolved >= total && total.Sign > 0) fault = above;

        if (fault is not null)
        {
            Problem(new RuleProblem(RuleProblemKind.ThresholdOutOfRange, RuleRole.Threshold, [], pointer, Clause)
            {
                Fault = fault,
                Threshold = threshold,
                Comparison = comparison,
                Total = fault == above ? total : null,
            });
        }
    }

    private void NotAVoter(string id, string pointer, RuleRole role) => Problem(new RuleProblem(RuleProblemKind.NotAVoter, role, [id], pointer, Clause));

    /// <summary>The clause being compiled, which a problem found now is in.</summary>
    private DecisionRule Clause => _clause ?? throw new InvalidOperationException("A problem outside any clause.");

    private void Problem(RuleProblem problem) => _problems.Add(problem);
}
