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

/// <summary>
/// A threshold over members and sub-games (#15, compound bodies; Shapley 1962): passes when the weight of the members of
/// <see cref="Direct"/> in favour plus the weights of the <see cref="Clauses"/> that pass is at least <see cref="Quota"/>. It is what a
/// weighted or head-count leaf of a body's rule becomes when some of its voters are bodies (<c>body:ID</c>) and the game is expanded to
/// the members: each such voter is replaced by the root of its body's game over the same member indices.
/// </summary>
internal sealed class ComposedNode : GameNode
{
    public ComposedNode(string pointer, ThresholdNode direct, GameNode[] clauses, BigInteger[] clauseWeights, BigInteger quota)
        : base(pointer)
    {
        Direct = direct;
        Clauses = clauses;
        ClauseWeights = clauseWeights;
        Quota = quota;
        Total = direct.Total;
        foreach (var w in clauseWeights) Total += w;
    }

    /// <summary>Whether a tree holds a composed node anywhere.</summary>
    public static bool In(GameNode node) => node switch
    {
        ComposedNode => true,
        CompositeNode c => c.Clauses.Any(In),
        _ => false,
    };

    /// <summary>The members voting directly, with their weights (its own quota is not used).</summary>
    public ThresholdNode Direct { get; }

    /// <summary>The sub-games, one per body voter.</summary>
    public GameNode[] Clauses { get; }

    /// <summary>The weight each sub-game carries when it passes.</summary>
    public BigInteger[] ClauseWeights { get; }

    public BigInteger Quota { get; }

    /// <summary>The total weight of direct members and sub-games.</summary>
    public BigInteger Total { get; }

    public override bool Evaluate(ReadOnlySpan<ulong> coalition)
    {
        var sum = BigInteger.Zero;
        for (int k = 0; k < Direct.Voters.Length; k++)
        {
            int v = Direct.Voters[k];
            if ((coalition[v >> 6] & (1UL << (v & 63))) != 0) sum += Direct.Weights[k];
        }

        for (int k = 0; k < Clauses.Length; k++)
        {
            if (sum >= Quota) return true;
            if (Clauses[k].Evaluate(coalition)) sum += ClauseWeights[k];
        }

        return sum >= Quota;
    }

    /// <summary>Whether the node passes given the direct members' weight in favour and which sub-games pass.</summary>
    public bool Passes(BigInteger direct, bool[] passed)
    {
        var sum = direct;
        for (int k = 0; k < Clauses.Length; k++)
        {
            if (passed[k]) sum += ClauseWeights[k];
        }

        return sum >= Quota;
    }
}
