using System.Globalization;

namespace Napsm.Core.Voting;

/// <summary>
/// One approximate figure: an estimate and, where one is known, its interval. Never an exact figure: exact values are in the
/// <see cref="Rational"/> properties of <see cref="VoterPower"/>, which stay null for a part that was approximated.
/// </summary>
public sealed record ApproximateFigure
{
    internal ApproximateFigure(double value, double? lower, double? upper, PartApproximation how)
    {
        Value = value;
        Lower = lower;
        Upper = upper;
        Method = how.Method;
        Samples = how.Samples;
        Seed = how.Seed;
        Interval = how.Interval;
        Confidence = how.Confidence;
    }

    /// <summary>Always <see langword="true"/>: the figure is approximate.</summary>
    public bool Approximate { get; } = true;

    /// <summary>The estimate, in [0, 1].</summary>
    public double Value { get; }

    /// <summary>The lower end of the interval, in [0, <see cref="Value"/>]; null when there is no rigorous interval.</summary>
    public double? Lower { get; }

    /// <summary>The upper end of the interval, in [<see cref="Value"/>, 1]; null when there is no rigorous interval.</summary>
    public double? Upper { get; }

    /// <summary>What the interval guarantees.</summary>
    public IntervalKind Interval { get; }

    /// <summary>How the figure was found.</summary>
    public ApproximationMethod Method { get; }

    /// <summary>The number of samples (Monte Carlo); null for the multilinear extension.</summary>
    public long? Samples { get; }

    /// <summary>The seed (Monte Carlo); null for the multilinear extension.</summary>
    public long? Seed { get; }

    /// <summary>The confidence of the interval (Monte Carlo); null for a sure bound or no interval.</summary>
    public double? Confidence { get; }
}
