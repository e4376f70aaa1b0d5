using System.Globalization;

namespace Napsm.Core.Voting;

/// <summary>
/// How to approximate the power indices the exact methods could not compute (<see cref="AnalysisOptions.Approximation"/>): Monte Carlo
/// over coalitions (Penrose, Banzhaf) and over orderings (Shapley–Shubik) with a fixed seed, or Owen's multilinear extension for one
/// weighted threshold. Approximation never replaces an exact figure: it fills only the parts listed in
/// <see cref="GameAnalysis.NotComputed"/>, and every figure it gives is an <see cref="ApproximateFigure"/>, apart from the exact ones.
/// </summary>
/// <remarks>
/// The same game with the same options gives the same figures, bit for bit, on any machine and any number of threads (the sampler runs on
/// one thread with its own generator), unless the time limit stops it early: then the figures are those of the samples drawn by then,
/// and <see cref="PartApproximation.Samples"/> says how many. Instances are immutable and thread-safe.
/// </remarks>
public sealed record ApproximationOptions
{
    /// <summary>The least number of samples a Monte Carlo estimate stopped by the time limit is reported with; with fewer it is not computed.</summary>
    public const long MinimumSamples = 1_000;

    /// <summary>The samples drawn when neither <see cref="Samples"/> nor <see cref="TargetWidth"/> is set: 100,000.</summary>
    public const long DefaultSamples = 100_000;

    /// <summary>The default options: 100,000 samples, 99% confidence, seed 1, Monte Carlo only.</summary>
    public static ApproximationOptions Default { get; } = new();

    /// <summary>
    /// The number of Monte Carlo samples (coalitions for Penrose and Banzhaf, orderings for Shapley–Shubik). Null (the default) for
    /// <see cref="DefaultSamples"/>, or, when <see cref="TargetWidth"/> is set, for as many as it takes (at most <see cref="MaxSamples"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public long? Samples
    {
        get;
        init => field = value is < 1
            ? throw new ArgumentOutOfRangeException(nameof(Samples), value, "Samples must be at least 1.")
            : value;
    }

    /// <summary>
    /// Draw samples, in rounds of 10,000, until every member's interval is at most this wide (on Penrose and Shapley–Shubik), or
    /// <see cref="MaxSamples"/> are drawn. Null (the default) for a fixed number of samples. Ignored when <see cref="Samples"/> is set.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not strictly between 0 and 1.</exception>
    public double? TargetWidth
    {
        get;
        init => field = value is { } w && !(w > 0 && w < 1)
            ? throw new ArgumentOutOfRangeException(nameof(TargetWidth), value, "The target width must be strictly between 0 and 1.")
            : value;
    }

    /// <summary>The most samples a <see cref="TargetWidth"/> may draw. The default value is 100,000,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public long MaxSamples
    {
        get;
        init => field = value < 1 ? throw new ArgumentOutOfRangeException(nameof(MaxSamples), value, "MaxSamples must be at least 1.") : value;
    } = 100_000_000;

    /// <summary>
    /// The confidence of every Monte Carlo interval (Clopper–Pearson, per member; simultaneous over the members for normalised Banzhaf).
    /// The default value is 0.99.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not strictly between 0 and 1.</exception>
    public double Confidence
    {
        get;
        init => field = !(value > 0 && value < 1)
            ? throw new ArgumentOutOfRangeException(nameof(Confidence), value, "The confidence must be strictly between 0 and 1.")
            : value;
    } = 0.99;

    /// <summary>The seed of the random generator (xoshiro256**, seeded through SplitMix64). The default value is 1.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>
    /// Whether to use Owen's multilinear extension, with the normal approximation, for a rule that is one weighted threshold (as Leech did
    /// for the IMF): Penrose and Banzhaf with a Berry–Esseen bound as their interval, Shapley–Shubik with no rigorous bound. Other rules
    /// are sampled. The default value is <see langword="false"/>.
    /// </summary>
    public bool Multilinear { get; init; }

    /// <summary>The options in one line, for messages: <c>samples 100000, confidence 0.99, seed 1</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{(Samples is { } s ? "samples " + s : TargetWidth is { } w ? "target width " + w : "samples " + DefaultSamples)}, confidence {Confidence}, seed {Seed}{(Multilinear ? ", multilinear" : "")}");
}

/// <summary>How an approximate figure was found.</summary>
public enum ApproximationMethod
{
    /// <summary>Monte Carlo: random coalitions (each voter in with probability 1/2) or random orderings, from a fixed seed.</summary>
    MonteCarlo,

    /// <summary>Owen's multilinear extension with the normal approximation of the other voters' total weight (one weighted threshold).</summary>
    Multilinear,
}

/// <summary>What the interval of an approximate figure guarantees.</summary>
public enum IntervalKind
{
    /// <summary>No interval: the approximation has no rigorous bound (Shapley–Shubik by the multilinear extension).</summary>
    None,

    /// <summary>An exact (Clopper–Pearson) binomial confidence interval for this member at <see cref="PartApproximation.Confidence"/>.</summary>
    ClopperPearson,

    /// <summary>
    /// A confidence interval derived from Clopper–Pearson intervals for every member's Penrose index at confidence 1 − (1 − c)/n each
    /// (Bonferroni), so that they hold together with confidence c; the ratio's least and greatest values over them.
    /// </summary>
    Bonferroni,

    /// <summary>A sure bound: the normal approximation's error bounded by the Berry–Esseen inequality (Shevtsova's constant 0.56).</summary>
    BerryEsseen,
}

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
