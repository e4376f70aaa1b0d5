using Napsm.Core.Model;

namespace Napsm.Core.Scheduling;

/// <summary>A chain of constraints that cannot all hold: a negative cycle of the network, with the fewest constraints found.</summary>
public sealed record TemporalConflict
{
    internal TemporalConflict(IEnumerable<TemporalConstraint> chain, long shortfallDays)
    {
        Chain = ValueList<TemporalConstraint>.From(chain);
        ShortfallDays = shortfallDays;
    }

    /// <summary>The constraints, in the order they chain (each one's <see cref="TemporalConstraint.To"/> is the next one's <see cref="TemporalConstraint.From"/>).</summary>
    public IReadOnlyList<TemporalConstraint> Chain { get; }

    /// <summary>By how many days the chain fails: the bounds around the cycle sum to minus this.</summary>
    public long ShortfallDays { get; }
}
