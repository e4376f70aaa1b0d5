using Napsm.Core.Model;
using NodaTime;

namespace Napsm.Core.Scheduling;

/// <summary>
/// A commitment whose written due date (or period counted from its phase's written start) falls outside its phase's written window.
/// The answer of <see cref="TemporalNetwork.CommitmentsOutsideWindow"/>; dates are exact, and only dates written in the design count.
/// </summary>
public sealed record CommitmentOutsideWindow
{
    internal CommitmentOutsideWindow(int phase, int commitment, LocalDate due, bool dueByPeriod, LocalDate? windowStart, LocalDate? windowEnd,
        IEnumerable<TemporalConstraint> inPhase)
    {
        Phase = phase;
        Commitment = commitment;
        Due = due;
        DueByPeriod = dueByPeriod;
        WindowStart = windowStart;
        WindowEnd = windowEnd;
        InPhase = ValueList<TemporalConstraint>.From(inPhase);
    }

    /// <summary>The phase's index in <c>Design.Phases</c>.</summary>
    public int Phase { get; }

    /// <summary>The commitment's index in the phase's <c>Commitments</c>.</summary>
    public int Commitment { get; }

    /// <summary>The date it falls due.</summary>
    public LocalDate Due { get; }

    /// <summary>Whether <see cref="Due"/> comes from the commitment's <c>within</c> period counted from the phase's start (not its <c>due</c> date).</summary>
    public bool DueByPeriod { get; }

    /// <summary>The window's start date, or <see langword="null"/> when it has none.</summary>
    public LocalDate? WindowStart { get; }

    /// <summary>The window's end: the earlier of its end date and its start plus its <c>within</c>; <see langword="null"/> when it has neither.</summary>
    public LocalDate? WindowEnd { get; }

    /// <summary>The network's bounds that keep the commitment inside its phase (a chain through them is explained by this finding).</summary>
    public IReadOnlyList<TemporalConstraint> InPhase { get; }
}
