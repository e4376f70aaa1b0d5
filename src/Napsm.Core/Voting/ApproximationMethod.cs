using System.Globalization;

namespace Napsm.Core.Voting;

/// <summary>How an approximate figure was found.</summary>
public enum ApproximationMethod
{
    /// <summary>Monte Carlo: random coalitions (each voter in with probability 1/2) or random orderings, from a fixed seed.</summary>
    MonteCarlo,

    /// <summary>Owen's multilinear extension with the normal approximation of the other voters' total weight (one weighted threshold).</summary>
    Multilinear,
}
