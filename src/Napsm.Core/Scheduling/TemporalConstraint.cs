using Napsm.Core.Model;
using NodaTime;

namespace Napsm.Core.Scheduling;

/// <summary>
/// One bound of a Simple Temporal Network: t(<see cref="To"/>) − t(<see cref="From"/>) ≤ <see cref="MaxDays"/>, in days, where a
/// <see langword="null"/> event is the calendar itself (day 0 is 2000-01-01, so a bound against it is a date). A design's constraint
/// gives one or two such bounds (a lower bound is an upper bound the other way round), each keeping its origin in the design.
/// </summary>
public sealed record TemporalConstraint
{
    internal TemporalConstraint(EventRef? from, EventRef? to, long maxDays, ConstraintKind kind, string pointer, string[] ids, string sentence, string? approximation)
    {
        From = from;
        To = to;
        MaxDays = maxDays;
        Kind = kind;
        At = pointer;
        Ids = ValueList<string>.Own(ids); // the network builder's own array (see TemporalNetwork.Builder.Edge)
        Sentence = sentence;
        Approximation = approximation;
    }

    /// <summary>The event the bound counts from; <see langword="null"/> for the calendar.</summary>
    public EventRef? From { get; }

    /// <summary>The event the bound limits; <see langword="null"/> for the calendar.</summary>
    public EventRef? To { get; }

    /// <summary>The greatest number of days <see cref="To"/> may come after <see cref="From"/> (negative: it must come before).</summary>
    public long MaxDays { get; }

    /// <summary>What in the design the bound comes from.</summary>
    public ConstraintKind Kind { get; }

    /// <summary>The JSON pointer of its origin in the design, such as <c>/phases/0/window/within</c> or <c>/timing/4</c>.</summary>
    public string At { get; }

    /// <summary>The ids of the elements involved (phases, commitments, treaties), in the order the sentence names them.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>The bound in words, such as "initial-actions starts on 2007-02-13".</summary>
    public string Sentence { get; }

    /// <summary>
    /// When the bound comes from a month or year period that no date anchors, how it was approximated (the widest safe length for its
    /// direction, such as "P2M is 59 to 62 days; 62 used"); otherwise <see langword="null"/>.
    /// </summary>
    public string? Approximation { get; }

    /// <summary>
    /// The unanchored month or year period this bound approximates, with the least and greatest number of days it can last;
    /// <see langword="null"/> when the bound is exact (<see cref="IsApproximated"/> is false).
    /// </summary>
    public UnanchoredPeriod? Unanchored { get; internal init; }

    /// <summary>The bound's edge in its network's graph (its index in <see cref="TemporalNetwork.Constraints"/>).</summary>
    internal int Edge { get; init; } = -1;

    /// <summary>Whether the bound is an approximation of an unanchored month or year period.</summary>
    public bool IsApproximated => Approximation is not null;

    /// <inheritdoc/>
    public override string ToString() => Sentence + " (" + At + ")";
}
