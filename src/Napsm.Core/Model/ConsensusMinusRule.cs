namespace Napsm.Core.Model;

/// <summary>Consensus minus k: passes unless more than <see cref="K"/> voters object (at least n − k in favour).</summary>
public sealed record ConsensusMinusRule : DecisionRule
{
    private protected override void CloseHierarchy()
    {
    }

    /// <summary>Creates the rule.</summary>
    /// <param name="k">How many objections the rule tolerates; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is negative.</exception>
    public ConsensusMinusRule(int k) => K = k;

    /// <summary>How many objections the rule tolerates.</summary>
    public int K
    {
        get;
        init => field = value < 0 ? throw new ArgumentOutOfRangeException(nameof(value), value, "Consensus minus k needs k ≥ 0.") : value;
    }

    /// <inheritdoc />
    public override string ToString() => $"consensusMinus {K}";
}
