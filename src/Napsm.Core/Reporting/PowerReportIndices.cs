namespace Napsm.Core.Reporting;

/// <summary>The power indices a <see cref="PowerReport"/> shows (a figure not shown is still computed if the analysis computed it).</summary>
[Flags]
public enum PowerReportIndices
{
    /// <summary>No index: the report keeps the swings, veto and dummy players.</summary>
    None = 0,

    /// <summary>Normalised Banzhaf: a voter's share of all swings.</summary>
    Banzhaf = 1,

    /// <summary>Penrose (absolute Banzhaf): swings / 2^(n−1).</summary>
    Penrose = 2,

    /// <summary>Shapley–Shubik: the share of voter orderings in which the voter is pivotal.</summary>
    ShapleyShubik = 4,

    /// <summary>Johnston.</summary>
    Johnston = 8,

    /// <summary>Deegan–Packel.</summary>
    DeeganPackel = 16,

    /// <summary>Holler–Packel (public good index).</summary>
    HollerPackel = 32,

    /// <summary>Every index.</summary>
    All = Banzhaf | Penrose | ShapleyShubik | Johnston | DeeganPackel | HollerPackel,
}
