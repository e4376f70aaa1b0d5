using Napsm.Core.Model;
using NodaTime;

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

    /// <summary>The conflict in words: each constraint's sentence, the last introduced by "but".</summary>
    public string Message
    {
        get
        {
            var parts = Chain.Select(c => c.Sentence).ToList();
            var text = parts.Count == 1 ? parts[0] : string.Join("; ", parts.Take(parts.Count - 1)) + "; but " + parts[^1];
            var days = ShortfallDays == 1 ? "1 day" : ShortfallDays.ToString(System.Globalization.CultureInfo.InvariantCulture) + " days";
            return text + " (" + days + " short)";
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Message;
}
