using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>How one voter votes on a decision: in favour, abstaining (present, not voting), against, or absent.</summary>
public enum Vote
{
    /// <summary>In favour.</summary>
    Yes,

    /// <summary>Present and abstaining: counted as present, not as voting.</summary>
    Abstain,

    /// <summary>Against.</summary>
    No,

    /// <summary>Not present: counted neither as present nor as voting.</summary>
    Absent,
}

/// <summary>
/// A compiled rule over yes/abstain/no/absent profiles (#15): leaves that test the weight voting yes, the weight voting no, or a share of
/// those present (or present and voting), under conjunctions, disjunctions and quorums. Evaluated on a profile of single voters (the
/// public query and the tests' oracle) or on class-count vectors (the counting method, every voter present).
/// </summary>
internal abstract class TernaryNode
{
    /// <summary>Whether the rule passes on a profile: <paramref name="votes"/>[i] is voter i's vote; <paramref name="present"/> its presence bits.</summary>
    public abstract bool Evaluate(Vote[] votes, ReadOnlySpan<ulong> present);

    /// <summary>Whether the rule passes on a class-count vector with every voter present (the leaves' class weights must be set).</summary>
    public abstract bool Evaluate(int[] yes, int[] abstain, int[] no);

    /// <summary>The leaves, in order.</summary>
    public abstract IEnumerable<TernaryLeaf> Leaves();
}

/// <summary>What a ternary leaf tests.</summary>
internal enum TernaryTest
{
    /// <summary>The weight voting yes is at least <see cref="TernaryLeaf.Quota"/> (every head count and weighted rule of base members, unanimity, a veto that abstention blocks).</summary>
    YesAtLeast,

    /// <summary>The weight voting no is at most <see cref="TernaryLeaf.Quota"/> (consensus, consensus minus k, a veto that only a no vote exercises).</summary>
    NoAtMost,

    /// <summary>The weight voting yes is at least (or more than) a share of the weight present, or present and voting; a share of nobody is not met.</summary>
    Share,
}

/// <summary>One leaf of a ternary rule: weighted sums over its voters compared as <see cref="Test"/> says.</summary>
internal sealed class TernaryLeaf : TernaryNode
{
    public TernaryLeaf(int[] voters, BigInteger[] weights, TernaryTest test, BigInteger quota)
    {
        Voters = voters;
        Weights = weights;
        Test = test;
        Quota = quota;
        ShareNumerator = BigInteger.Zero;
        ShareDenominator = BigInteger.One;
    }

    /// <summary>The voters with a positive weight, in increasing index order.</summary>
    public int[] Voters { get; }

    /// <summary>Their weights, positive integers.</summary>
    public BigInteger[] Weights { get; }

    public TernaryTest Test { get; }

    /// <summary>The quota of <see cref="TernaryTest.YesAtLeast"/> and the tolerance of <see cref="TernaryTest.NoAtMost"/>.</summary>
    public BigInteger Quota { get; }

    /// <summary>For <see cref="TernaryTest.Share"/>: whether abstentions count in the base (<see cref="VoteBase.Present"/>).</summary>
    public bool AbstentionsInBase { get; init; }

    /// <summary>For <see cref="TernaryTest.Share"/>: more than the share (else at least).</summary>
    public bool MoreThan { get; init; }

    public BigInteger ShareNumerator { get; init; }

    public BigInteger ShareDenominator { get; init; }

    /// <summary>The weight of each class in this leaf (zero for a class none of whose voters it counts); set by the counting method.</summary>
    public long[]? ClassWeights { get; set; }

    /// <summary><see cref="Quota"/> clamped to [−1, total + 1], which keeps its meaning, in 64 bits; set by the counting method.</summary>
    public long ClampedQuota { get; set; }

    /// <summary>The share numerator and denominator as 64-bit integers, for the counting method (checked to fit before it runs).</summary>
    public long ShareNumerator64 => (long)ShareNumerator;

    public long ShareDenominator64 => (long)ShareDenominator;

    public override bool Evaluate(Vote[] votes, ReadOnlySpan<ulong> present)
    {
        BigInteger yes = BigInteger.Zero, no = BigInteger.Zero, abstain = BigInteger.Zero;
        for (int k = 0; k < Voters.Length; k++)
        {
            switch (votes[Voters[k]])
            {
                case Vote.Yes: yes += Weights[k]; break;
                case Vote.No: no += Weights[k]; break;
                case Vote.Abstain: abstain += Weights[k]; break;
            }
        }

        return Passes(yes, abstain, no);
    }

    private bool Passes(BigInteger yes, BigInteger abstain, BigInteger no)
    {
        switch (Test)
        {
            case TernaryTest.YesAtLeast: return yes >= Quota;
            case TernaryTest.NoAtMost: return no <= Quota;
            default:
                var @base = yes + no + (AbstentionsInBase ? abstain : BigInteger.Zero);
                if (@base.IsZero) return false;
                var left = yes * ShareDenominator;
                var right = ShareNumerator * @base;
                return MoreThan ? left > right : left >= right;
        }
    }

    public override bool Evaluate(int[] yes, int[] abstain, int[] no)
    {
        var w = ClassWeights!;
        Int128 y = 0, a = 0, n = 0;
        for (int c = 0; c < w.Length; c++)
        {
            long wc = w[c];
            if (wc == 0) continue;
            y += (Int128)wc * yes[c];
            a += (Int128)wc * abstain[c];
            n += (Int128)wc * no[c];
        }

        switch (Test)
        {
            case TernaryTest.YesAtLeast: return y >= ClampedQuota;
            case TernaryTest.NoAtMost: return n <= ClampedQuota;
            default:
                var @base = y + n + (AbstentionsInBase ? a : 0);
                if (@base == 0) return false;
                // Sums below 2^62 and shares below 2^62 (checked before counting): the products fit in 128 bits.
                var left = y * ShareDenominator64;
                var right = @base * ShareNumerator64;
                return MoreThan ? left > right : left >= right;
        }
    }

    public override IEnumerable<TernaryLeaf> Leaves() => [this];
}

/// <summary>A conjunction or disjunction of ternary clauses.</summary>
internal sealed class TernaryComposite(bool isAll, TernaryNode[] clauses) : TernaryNode
{
    public bool IsAll { get; } = isAll;

    public TernaryNode[] Clauses { get; } = clauses;

    public override bool Evaluate(Vote[] votes, ReadOnlySpan<ulong> present)
    {
        foreach (var c in Clauses)
        {
            if (c.Evaluate(votes, present) != IsAll) return !IsAll;
        }

        return IsAll;
    }

    public override bool Evaluate(int[] yes, int[] abstain, int[] no)
    {
        foreach (var c in Clauses)
        {
            if (c.Evaluate(yes, abstain, no) != IsAll) return !IsAll;
        }

        return IsAll;
    }

    public override IEnumerable<TernaryLeaf> Leaves() => Clauses.SelectMany(c => c.Leaves());
}

/// <summary>
/// A rule with a quorum: it passes only when the voters present (yes, no or abstaining) pass the quorum, a simple game over presence.
/// With every voter present (the counting method) the quorum is met or not for every profile alike.
/// </summary>
internal sealed class TernaryQuorum(GameNode quorum, bool metByAll, TernaryNode inner) : TernaryNode
{
    public GameNode Quorum { get; } = quorum;

    public bool MetByAll { get; } = metByAll;

    public TernaryNode Inner { get; } = inner;

    public override bool Evaluate(Vote[] votes, ReadOnlySpan<ulong> present) => Quorum.Evaluate(present) && Inner.Evaluate(votes, present);

    public override bool Evaluate(int[] yes, int[] abstain, int[] no) => MetByAll && Inner.Evaluate(yes, abstain, no);

    public override IEnumerable<TernaryLeaf> Leaves() => Inner.Leaves();
}
