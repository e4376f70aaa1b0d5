using Napsm.Core.Model;

namespace Napsm.Core.Scheduling;

/// <summary>
/// An order every schedule keeps: <see cref="Later"/> comes at least <see cref="Days"/> days after <see cref="Earlier"/>, because of
/// <see cref="Chain"/>. The answer of <see cref="TemporalNetwork.ForcedAfter"/>.
/// </summary>
public sealed record ForcedOrder
{
    internal ForcedOrder(EventRef later, EventRef earlier, long days, IEnumerable<TemporalConstraint> chain)
    {
        Later = later;
        Earlier = earlier;
        Days = days;
        Chain = ValueList<TemporalConstraint>.From(chain);
    }

    /// <summary>The event that is forced later.</summary>
    public EventRef Later { get; }

    /// <summary>The event it is forced after.</summary>
    public EventRef Earlier { get; }

    /// <summary>The fewest days between them in any schedule (at least 1).</summary>
    public long Days { get; }

    /// <summary>
    /// The constraints that force it, in the order they chain from <see cref="Later"/> to <see cref="Earlier"/>: their bounds sum to
    /// minus <see cref="Days"/>.
    /// </summary>
    public IReadOnlyList<TemporalConstraint> Chain { get; }
}
