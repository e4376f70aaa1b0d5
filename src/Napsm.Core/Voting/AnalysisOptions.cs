namespace Napsm.Core.Voting;

/// <summary>
/// What an analysis computes and the limits that keep it from exploding. A part that would exceed a limit, or is not done when the time
/// is up, is listed in <see cref="GameAnalysis.NotComputed"/> with its reason instead of running on; the parts done are kept.
/// </summary>
public sealed record AnalysisOptions
{
    /// <summary>The default options: every index, default limits.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>The indices to compute. The default value is <see cref="PowerIndices.All"/>.</summary>
    public PowerIndices Indices { get; init; } = PowerIndices.All;

    /// <summary>The most decision-diagram nodes any single diagram may have. The default value is 4,000,000.</summary>
    public int MaxDiagramNodes { get; init; } = 4_000_000;

    /// <summary>The most memory, in bytes, a dynamic-programming table may take. The default value is 1,500,000,000 (1.5 GB).</summary>
    public long MaxTableBytes { get; init; } = 1_500_000_000;

    /// <summary>
    /// Bounds the methods that enumerate: bit-parallel enumeration of all coalitions runs for games of at most this many voters, and
    /// counting over classes of interchangeable voters (equal weight in every clause) for at most 2^<see cref="MaxEnumeratedVoters"/>
    /// class-count vectors — so for many more voters when voters are alike. Johnston's index has no other method: beyond both bounds it
    /// is not computed. The default value is 30.
    /// </summary>
    public int MaxEnumeratedVoters { get; init; } = 30;

    /// <summary>
    /// No longer used by <see cref="VotingGame.Analyze"/>: Deegan–Packel and Holler–Packel are counted on a diagram of the minimal winning
    /// coalitions, bounded by <see cref="MaxDiagramNodes"/> and <see cref="MaxTableBytes"/>, without listing them. Kept so that existing
    /// callers compile. The default value is 10,000.
    /// </summary>
    public int MaxMinimalWinningCoalitions { get; init; } = 10_000;

    /// <summary>
    /// The most time the analysis may take; the parts not done by then are "not computed: time limit". Null (the default) for no limit
    /// beyond the <see cref="Context"/>'s.
    /// </summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>
    /// When <see cref="TimeLimit"/> is a part of a larger limit (the exact methods' half when approximation is asked): that limit, so
    /// that a part stopped by it says "its part, 4.8 s, of the limit of 10 s"; else null.
    /// </summary>
    internal TimeSpan? WholeTimeLimit { get; init; }

    /// <summary>
    /// The most memory, in bytes, the analysis may allocate for its tables and diagrams; a part that would need more is "not computed:
    /// memory limit". Null (the default) for no limit beyond <see cref="MaxTableBytes"/> per table and the context's.
    /// </summary>
    public long? MemoryLimit { get; init; }

    /// <summary>
    /// The analysis context this analysis belongs to: its shared deadline and cancellation apply too, and its memory limit when this
    /// analysis sets none. Null (the default) for a stand-alone analysis.
    /// </summary>
    public AnalysisContext? Context { get; init; }

    /// <summary>
    /// Whether to analyse a rule with <see cref="VotingGame.Problems"/> under the meaning <see cref="VotingGame"/> gives it (a non-voter
    /// veto holder never in favour, a missing weight zero, …), so that its structure can still be checked, as the validator does. False
    /// (the default): such a rule gives no figures, because they would describe a rule other than the one written.
    /// </summary>
    public bool AnalyseDespiteProblems { get; init; }

    /// <summary>
    /// How to approximate the Penrose, Banzhaf and Shapley–Shubik indices when the exact methods did not compute them (too large, time
    /// limit, memory limit, weights out of range); null (the default) never approximates. Exact parts stay exact; approximate figures are
    /// separate (<see cref="VoterPower.ApproximateBanzhaf"/> …, <see cref="GameAnalysis.Approximations"/>). With a
    /// <see cref="TimeLimit"/>, the exact methods get the first half of it and the approximation the rest.
    /// </summary>
    public ApproximationOptions? Approximation { get; init; }

    /// <summary>Whether to measure how many coalitions each clause of an <c>all</c>/<c>any</c> changes. The default value is <see langword="true"/>.</summary>
    public bool ClauseEffects { get; init; } = true;
}
