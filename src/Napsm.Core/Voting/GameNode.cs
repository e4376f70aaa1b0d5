using System.Numerics;

namespace Napsm.Core.Voting;

/// <summary>A compiled rule: a tree of weighted thresholds under conjunctions and disjunctions, over voter indices.</summary>
internal abstract class GameNode
{
    protected GameNode(string pointer) => Pointer = pointer;

    /// <summary>The JSON pointer of the rule node this was compiled from, relative to the rule.</summary>
    public string Pointer { get; }

    public abstract bool Evaluate(ReadOnlySpan<ulong> coalition);
}

/// <summary>
/// Passes when the total weight of the voters in favour is at least <see cref="Quota"/> (an integer after exact scaling).
/// Every leaf rule compiles to one: a head count has unit weights, a veto set has unit weights and a quota of its size.
/// Quota ≤ 0 always passes; a quota above <see cref="Total"/> never does.
/// </summary>
internal sealed class ThresholdNode : GameNode
{
    public ThresholdNode(string pointer, int[] voters, BigInteger[] weights, BigInteger quota)
        : base(pointer)
    {
        Voters = voters;
        Weights = weights;
        Quota = quota;
        Total = BigInteger.Zero;
        foreach (var w in weights) Total += w;
        if (Total <= long.MaxValue && quota <= long.MaxValue && quota >= long.MinValue)
        {
            LongWeights = weights.Select(w => (long)w).ToArray();
            LongQuota = (long)quota;
        }
    }

    /// <summary>The voters with a positive weight, in increasing index order.</summary>
    public int[] Voters { get; }

    /// <summary>Their weights, all positive integers.</summary>
    public BigInteger[] Weights { get; }

    public BigInteger Quota { get; }

    /// <summary>The total weight of the voters (non-voters named in the rule count for percentages but are never here).</summary>
    public BigInteger Total { get; }

    public long[]? LongWeights { get; }

    public long LongQuota { get; }

    public bool IsAlwaysTrue => Quota.Sign <= 0;

    public bool IsAlwaysFalse => Quota > Total;

    public bool HasUnitWeights => Weights.All(w => w.IsOne);

    public override bool Evaluate(ReadOnlySpan<ulong> coalition)
    {
        if (LongWeights is { } lw)
        {
            long sum = 0;
            for (int k = 0; k < Voters.Length; k++)
            {
                int v = Voters[k];
                if ((coalition[v >> 6] & (1UL << (v & 63))) != 0) sum += lw[k];
            }

            return sum >= LongQuota;
        }

        var big = BigInteger.Zero;
        for (int k = 0; k < Voters.Length; k++)
        {
            int v = Voters[k];
            if ((coalition[v >> 6] & (1UL << (v & 63))) != 0) big += Weights[k];
        }

        return big >= Quota;
    }
}

/// <summary>A conjunction (<see cref="IsAll"/>) or disjunction of clauses.</summary>
internal sealed class CompositeNode : GameNode
{
    public CompositeNode(string pointer, bool isAll, GameNode[] clauses)
        : base(pointer)
    {
        IsAll = isAll;
        Clauses = clauses;
    }

    public bool IsAll { get; }

    public GameNode[] Clauses { get; }

    public override bool Evaluate(ReadOnlySpan<ulong> coalition)
    {
        foreach (var c in Clauses)
        {
            if (c.Evaluate(coalition) != IsAll) return !IsAll;
        }

        return IsAll;
    }

}
