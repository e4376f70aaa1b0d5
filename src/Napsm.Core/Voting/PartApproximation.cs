using System.Globalization;

namespace Napsm.Core.Voting;

/// <summary>One part of an analysis that was approximated because the exact methods did not compute it, and how.</summary>
public sealed record PartApproximation
{
    internal PartApproximation(AnalysisPart part, ApproximationMethod method, long? samples, long? seed, IntervalKind interval, double? confidence)
    {
        Part = part;
        Method = method;
        Samples = samples;
        Seed = seed;
        Interval = interval;
        Confidence = confidence;
    }

    /// <summary>The part: <see cref="AnalysisPart.Swings"/> (Penrose and Banzhaf; not the swing counts) or <see cref="AnalysisPart.ShapleyShubik"/>.</summary>
    public AnalysisPart Part { get; }

    /// <summary>The method.</summary>
    public ApproximationMethod Method { get; }

    /// <summary>The samples drawn (Monte Carlo; fewer than asked when the time limit stopped it); null for the multilinear extension.</summary>
    public long? Samples { get; }

    /// <summary>The seed (Monte Carlo); null for the multilinear extension.</summary>
    public long? Seed { get; }

    /// <summary>
    /// What the intervals guarantee. For <see cref="AnalysisPart.Swings"/> this is the Penrose intervals' kind; normalised Banzhaf's are
    /// <see cref="IntervalKind.Bonferroni"/> under Monte Carlo and <see cref="IntervalKind.BerryEsseen"/> under the multilinear extension.
    /// </summary>
    public IntervalKind Interval { get; }

    /// <summary>The confidence of the intervals (Monte Carlo); null for sure bounds or none.</summary>
    public double? Confidence { get; }
}
