namespace Napsm.Core.Voting;

/// <summary>Which power indices to compute beyond the swing counts, Penrose and normalised Banzhaf (which are always computed).</summary>
[Flags]
public enum PowerIndices
{
    /// <summary>Only swings, Penrose and Banzhaf.</summary>
    None = 0,

    /// <summary>Shapley–Shubik: the share of voter orderings in which the voter is pivotal.</summary>
    ShapleyShubik = 1,

    /// <summary>Johnston: each winning coalition's unit of power split equally among its critical members, normalised.</summary>
    Johnston = 2,

    /// <summary>Deegan–Packel: each minimal winning coalition equally likely, its unit split equally among its members.</summary>
    DeeganPackel = 4,

    /// <summary>Holler–Packel (public good index): the number of minimal winning coalitions a voter belongs to, normalised.</summary>
    HollerPackel = 8,

    /// <summary>Every index.</summary>
    All = ShapleyShubik | Johnston | DeeganPackel | HollerPackel,
}
