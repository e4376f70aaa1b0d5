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
