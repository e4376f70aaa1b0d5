using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>
/// The ternary reading of a rule (#15, docs/analyses.md "Abstention, quorum and base"): each leaf is compiled as the binary game compiles
/// it (the same voters, scaled weights and quota, so a rule that reads no abstention means exactly what it meant), then told which votes
/// it counts. Problems are the binary compilation's business; this one ignores them.
/// </summary>
internal sealed partial class GameCompiler
{
    /// <summary>The ternary game of a rule over the voters, with a matter's quorum when it has one.</summary>
    public static TernaryNode CompileTernary(DecisionRule rule, IReadOnlyList<string> voters, Func<string, string, Rational?> attribute, DecisionRule? matterQuorum)
    {
        var compiler = new GameCompiler(voters, attribute);
        var root = compiler.Ternary(rule, "");
        return compiler.WithTernaryQuorum(root, matterQuorum, "/quorum");
    }

    private TernaryNode Ternary(DecisionRule rule, string at) => In(rule, () => TernaryOf(rule, at));

    private TernaryNode TernaryOf(DecisionRule rule, string at) => rule switch
    {
        UnanimityRule => YesAtLeast(Count(at, AllVoters(), N)),
        ConsensusRule => NoAtMost(AllVoters(), 0),
        SimpleMajorityRule => YesAtLeast(Count(at, AllVoters(), (N / 2) + 1)),
        ConsensusMinusRule cm => NoAtMost(AllVoters(), cm.K),
        HeadCountRule hc => WithTernaryQuorum(OfBase(HeadCount(hc, at), hc.Threshold, hc.Comparison, hc.Base), hc.Quorum, Kernel.DesignPointers.Quorum(at)),
        WeightedRule w => WithTernaryQuorum(OfBase(Weighted(w, at), w.Threshold, w.Comparison, w.Base), w.Quorum, Kernel.DesignPointers.WeightedQuorum(at)),
        VetoRule v => v.AbstentionBlocks ? YesAtLeast(Veto(v, at)) : NoAtMost(Veto(v, at).Voters, 0),
        AllRule a => new TernaryComposite(true, a.Clauses.Select((c, i) => Ternary(c, Kernel.DesignPointers.Clause(at, true, i))).ToArray()),
        AnyRule a => new TernaryComposite(false, a.Clauses.Select((c, i) => Ternary(c, Kernel.DesignPointers.Clause(at, false, i))).ToArray()),
        _ => throw new NotSupportedException($"Unknown rule type {rule.GetType().Name}."),
    };

    private static TernaryLeaf YesAtLeast(ThresholdNode node) => new(node.Voters, node.Weights, TernaryTest.YesAtLeast, node.Quota);

    private static TernaryLeaf NoAtMost(int[] voters, int tolerated) =>
        new(voters, voters.Select(_ => BigInteger.One).ToArray(), TernaryTest.NoAtMost, tolerated);

    /// <summary>
    /// A head count or weighted leaf with its base: of every voter counted (the binary quota: votes in favour against a fixed number), or a
    /// share of those present (yes, no and abstaining) or present and voting (yes and no). A count is a number of votes in favour whatever
    /// the base.
    /// </summary>
    private static TernaryLeaf OfBase(ThresholdNode node, Threshold threshold, Comparison comparison, VoteBase @base)
    {
        if (@base == VoteBase.Members || threshold.Kind == ThresholdKind.Count) return YesAtLeast(node);
        var share = threshold.Kind == ThresholdKind.Percentage ? threshold.Value / new Rational(100, 1) : threshold.Value;
        return new TernaryLeaf(node.Voters, node.Weights, TernaryTest.Share, BigInteger.Zero)
        {
            AbstentionsInBase = @base == VoteBase.Present,
            MoreThan = comparison == Comparison.MoreThan,
            ShareNumerator = share.Numerator,
            ShareDenominator = share.Denominator,
        };
    }

    /// <summary>A quorum over who is present, compiled as a simple game whose coalition is the voters present.</summary>
    private TernaryNode WithTernaryQuorum(TernaryNode node, DecisionRule? quorum, string at)
    {
        if (quorum is null) return node;
        var compiled = Compile(quorum, at);
        var everyone = new ulong[Math.Max(1, (N + 63) / 64)];
        for (int v = 0; v < N; v++) everyone[v >> 6] |= 1UL << (v & 63);
        return new TernaryQuorum(compiled, compiled.Evaluate(everyone), node);
    }
}
