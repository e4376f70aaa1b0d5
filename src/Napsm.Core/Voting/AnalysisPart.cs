using System.Globalization;

namespace Napsm.Core.Voting;

/// <summary>A part of a <see cref="GameAnalysis"/> that is computed (or not) as a whole.</summary>
public enum AnalysisPart
{
    /// <summary>The number of winning coalitions and the power to act (<see cref="GameAnalysis.WinningCoalitions"/>, <see cref="GameAnalysis.PowerToAct"/>).</summary>
    WinningCoalitions,

    /// <summary>Whether the game is proper, strong and decisive, with the witnesses (<see cref="GameAnalysis.IsProper"/>, <see cref="GameAnalysis.IsStrong"/>).</summary>
    Structure,

    /// <summary>Swing counts and what follows from them: Penrose, normalised Banzhaf, total swings and dummy players.</summary>
    Swings,

    /// <summary>The Shapley–Shubik index.</summary>
    ShapleyShubik,

    /// <summary>Johnston's index.</summary>
    Johnston,

    /// <summary>The Deegan–Packel index.</summary>
    DeeganPackel,

    /// <summary>The Holler–Packel (public good) index.</summary>
    HollerPackel,

    /// <summary>How many coalitions each clause of an <c>all</c>/<c>any</c> changes (<see cref="GameAnalysis.Clauses"/>).</summary>
    Clauses,
}
