using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>One voter's power when the voters form a priori unions (blocs that vote together; #15 alignments).</summary>
public sealed record UnionVoterPower
{
    internal UnionVoterPower(string id) => Id = id;

    /// <summary>The voter's id.</summary>
    public string Id { get; }

    /// <summary>The index of its union in <see cref="UnionAnalysis.Unions"/>; −1 for an excluded voter.</summary>
    public int Union { get; init; } = -1;

    /// <summary>Whether the voter is excluded: its support never counts (the restricted game), so every figure of it is zero.</summary>
    public bool IsExcluded => Union < 0;

    /// <summary>
    /// The Owen value (Owen 1977): Shapley–Shubik with a priori unions — the voter's chance of being pivotal when the unions arrive in
    /// random order and, within each, its members do. Null when not computed.
    /// </summary>
    public Rational? Owen { get; init; }

    /// <summary>
    /// The Banzhaf–Owen value (Owen 1981, absolute): the probability that the voter is decisive when every other union, and every other member
    /// of its own union, is in favour independently with probability ½. Null when not computed.
    /// </summary>
    public Rational? BanzhafOwen { get; init; }

    /// <summary><see cref="Owen"/> as a double; NaN when not computed.</summary>
    public double OwenAsDouble => Owen?.ToDouble() ?? double.NaN;

    /// <summary><see cref="BanzhafOwen"/> as a double; NaN when not computed.</summary>
    public double BanzhafOwenAsDouble => BanzhafOwen?.ToDouble() ?? double.NaN;
}
