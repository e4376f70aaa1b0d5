using Napsm.Core.Model;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>
/// What a stake report computes and how it groups commitments by horizon. Horizons are counted from each design's <c>asOf</c>:
/// near is up to <see cref="Near"/> after it, medium up to <see cref="Medium"/>, long beyond.
/// </summary>
public sealed record StakeOptions
{
    /// <summary>The default options: near up to one year, medium up to five years, the first design as the baseline.</summary>
    public static StakeOptions Default { get; } = new();

    /// <summary>The end of the near horizon, counted from the design's <c>asOf</c> (inclusive). The default value is one year.</summary>
    /// <exception cref="ArgumentException">The period has a time component (hours, minutes …) or is negative.</exception>
    public Period Near { get; init => field = DatePeriod(value, nameof(Near)); } = Period.FromYears(1);

    /// <summary>The end of the medium horizon, counted from the design's <c>asOf</c> (inclusive). The default value is five years.</summary>
    /// <exception cref="ArgumentException">The period has a time component (hours, minutes …) or is negative.</exception>
    public Period Medium { get; init => field = DatePeriod(value, nameof(Medium)); } = Period.FromYears(5);

    /// <summary>
    /// The id of the design that changes are measured from; <see langword="null"/> for the first design given. The default value is
    /// <see langword="null"/>.
    /// </summary>
    public string? Baseline { get; init; }

    /// <summary>The limits of the voting analyses. The default value is <see cref="AnalysisOptions.Default"/> (only Shapley–Shubik is added to Banzhaf).</summary>
    public AnalysisOptions Voting { get; init => field = Guard.NotNull(value); } = AnalysisOptions.Default;

    /// <summary>
    /// The id of an alignment (#15: a scenario of blocs voting together and members no one governs with) to weigh the member's power under,
    /// beside the plain figures: in every design that has an alignment of that id, each body's <see cref="BodyStake.Bloc"/> gives the
    /// member's Owen and Banzhaf–Owen values and its bloc's power in the quotient game. <see langword="null"/> for none. The default value
    /// is <see langword="null"/>.
    /// </summary>
    public string? Alignment { get; init; }

    /// <summary>The validator's options (severities, suppressions). The default value is <see cref="ValidationOptions.Default"/>.</summary>
    public ValidationOptions Validation { get; init => field = Guard.NotNull(value); } = ValidationOptions.Default;

    /// <summary>A horizon is counted in days, months and years from a date: a time of day, or a period back in time, means nothing there.</summary>
    private static Period DatePeriod(Period value, string name)
    {
        Guard.NotNull(value);
        if (value.HasTimeComponent) throw new ArgumentException($"{name} must be in years, months, weeks and days; {value} has a time component.", name);
        if (value.Years < 0 || value.Months < 0 || value.Weeks < 0 || value.Days < 0) throw new ArgumentException($"{name} must not be negative; got {value}.", name);
        return value;
    }
}
