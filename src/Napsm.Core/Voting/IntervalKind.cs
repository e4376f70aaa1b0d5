using System.Globalization;

namespace Napsm.Core.Voting;

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
