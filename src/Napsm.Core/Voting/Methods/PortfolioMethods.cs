using System.Numerics;

namespace Napsm.Core.Voting.Methods;

/// <summary>
/// The counting methods of this folder as members of the analysis portfolio (<see cref="PowerMethods.All"/>): a part's cost is the
/// method's <see cref="WorkEstimate"/> for that part alone; when the portfolio runs the method for several parts it counts them in
/// one pass, after checking the pass's memory against the budget.
/// </summary>
internal abstract class CountingMethod : PowerMethod
{
    /// <summary>The estimate for computing <paramref name="request"/>; a refusal means the method does not apply.</summary>
    protected abstract WorkEstimate Estimate(AnalysisRun run, MethodRequest request);

    /// <summary>Counts <paramref name="request"/> (the estimate applies and its memory fits).</summary>
    protected abstract MethodOutcome Count(AnalysisRun run, MethodRequest request);

    /// <summary>Whether the method gives the part at all.</summary>
    protected abstract bool Gives(AnalysisPart part);

    public override double? Cost(AnalysisRun run, AnalysisPart part)
    {
        if (!Gives(part)) return null;
        var estimate = Estimate(run, For([part]));
        return estimate.Applies ? estimate.Operations : null;
    }

    public override TooLargeException? Refusal(AnalysisRun run, AnalysisPart part)
    {
        if (!Gives(part)) return null;
        var estimate = Estimate(run, For([part]));
        return estimate.Applies || estimate.Size is null ? null : estimate.Exception();
    }

    public override void Run(AnalysisRun run, IReadOnlyList<AnalysisPart> parts)
    {
        var request = For(parts);
        var estimate = Estimate(run, request);
        if (!estimate.Applies) throw estimate.Exception();
        run.Budget.CheckTable(estimate.Bytes);
        var o = Count(run, request);
        if (parts.Contains(AnalysisPart.WinningCoalitions) || parts.Contains(AnalysisPart.Swings))
        {
            (run.Winning, run.Swings) = (o.Power.Winning, o.Power.Swings);
            run.Complete(AnalysisPart.WinningCoalitions, Method);
            run.Complete(AnalysisPart.Swings, Method);
        }

        if (parts.Contains(AnalysisPart.ShapleyShubik) && o.Power.ShapleyNumerators is not null)
        {
            (run.ShapleyNumerators, run.ShapleyDenominator) = (o.Power.ShapleyNumerators, o.Power.ShapleyDenominator);
            run.Complete(AnalysisPart.ShapleyShubik, Method);
        }

        if (parts.Contains(AnalysisPart.Structure) && o.IsProper is { } proper)
        {
            (run.Proper, run.Strong) = (proper, o.IsStrong);
            run.Witness = o.BothWin is null ? null : GameAnalyzer.Witness(run.Game, o.BothWin);
            run.Deadlock = o.BothLose is null ? null : GameAnalyzer.Complementary(run.Game, o.BothLose);
            run.Complete(AnalysisPart.Structure, Method);
        }

        Index(run, parts, AnalysisPart.Johnston, o.Johnston, x => run.Johnston = x);
        Index(run, parts, AnalysisPart.DeeganPackel, o.DeeganPackel, x => run.DeeganPackel = x);
        Index(run, parts, AnalysisPart.HollerPackel, o.HollerPackel, x => run.HollerPackel = x);
    }

    private void Index(AnalysisRun run, IReadOnlyList<AnalysisPart> parts, AnalysisPart part, Rational[]? values, Action<Rational[]> store)
    {
        if (!parts.Contains(part) || values is null) return;
        store(values);
        run.Complete(part, Method);
    }

    /// <summary>The request for these parts (winning coalitions and swings come with every pass).</summary>
    protected static MethodRequest For(IReadOnlyList<AnalysisPart> parts) => new(
        parts.Contains(AnalysisPart.ShapleyShubik),
        parts.Contains(AnalysisPart.Johnston),
        parts.Contains(AnalysisPart.DeeganPackel) || parts.Contains(AnalysisPart.HollerPackel),
        parts.Contains(AnalysisPart.Structure));
}

/// <summary>
/// Every part but the clauses' effects by counting over class-count vectors (<see cref="ClassCounting"/>): the method for symmetric
/// games (one class, n + 1 vectors, no table over weights) and for rules with a few distinguished members (the US federal system).
/// </summary>
internal sealed class ClassesMethod : CountingMethod
{
    public override AnalysisMethod Method => AnalysisMethod.Classes;

    /// <summary>The most class-count vectors: 2^<see cref="AnalysisOptions.MaxEnumeratedVoters"/>, and what the table can index.</summary>
    internal static double MaxVectors(AnalysisOptions options) => Math.Min(Math.Pow(2, options.MaxEnumeratedVoters), ClassCounting.MaxVectors);

    protected override bool Gives(AnalysisPart part) => part != AnalysisPart.Clauses;

    protected override WorkEstimate Estimate(AnalysisRun run, MethodRequest request)
    {
        var classes = run.Classes;
        double vectors = JohnstonCounting.Vectors(classes), max = MaxVectors(run.Options);
        if (vectors > max)
        {
            return WorkEstimate.Refused("too many class-count vectors", new AnalysisSize(SizeUnit.Vectors, vectors, max));
        }

        return ClassCounting.Estimate(classes, run.Game.Count, request);
    }

    protected override MethodOutcome Count(AnalysisRun run, MethodRequest request) =>
        ClassCounting.Count(run.Classes, run.Game.Count, request, run.Cancel);
}

/// <summary>Every part but the clauses' effects by enumerating all 2^n coalitions in machine words (<see cref="BitParallel"/>).</summary>
internal sealed class BitParallelMethod : CountingMethod
{
    public override AnalysisMethod Method => AnalysisMethod.BitParallel;

    protected override bool Gives(AnalysisPart part) => part != AnalysisPart.Clauses;

    protected override WorkEstimate Estimate(AnalysisRun run, MethodRequest request)
    {
        // Enumerating 2^n coalitions is the work MaxEnumeratedVoters bounds; beyond it the method does not apply (the class method
        // reports the size that was too large).
        if (run.Game.Count > run.Options.MaxEnumeratedVoters) return WorkEstimate.Refused("more voters than MaxEnumeratedVoters");
        return BitParallel.Estimate(run.Game, request);
    }

    protected override MethodOutcome Count(AnalysisRun run, MethodRequest request) => BitParallel.Count(run.Game, request, run.Cancel);
}

/// <summary>
/// Winning coalitions, swings, Shapley–Shubik and the structure of one weighted threshold by meet in the middle
/// (<see cref="MeetInTheMiddle"/>): for weights too large for a table and up to about 50 voters.
/// </summary>
internal sealed class MeetInTheMiddleMethod : CountingMethod
{
    public override AnalysisMethod Method => AnalysisMethod.MeetInTheMiddle;

    protected override bool Gives(AnalysisPart part) =>
        part is AnalysisPart.WinningCoalitions or AnalysisPart.Swings or AnalysisPart.ShapleyShubik or AnalysisPart.Structure;

    protected override WorkEstimate Estimate(AnalysisRun run, MethodRequest request) => MeetInTheMiddle.Estimate(run.Game, request);

    protected override MethodOutcome Count(AnalysisRun run, MethodRequest request) => MeetInTheMiddle.Count(run.Game, request, run.Cancel);
}

/// <summary>
/// Shapley–Shubik of one weighted threshold by the generating-function table modulo several moduli (<see cref="ModularShapley"/>):
/// a quarter to an eighth of the exact table's memory, for the games whose exact table does not fit.
/// </summary>
internal sealed class ModularShapleyMethod : PowerMethod
{
    public override AnalysisMethod Method => AnalysisMethod.ModularGeneratingFunction;

    private static WorkEstimate? Estimate(AnalysisRun run, AnalysisPart part) =>
        part == AnalysisPart.ShapleyShubik && PowerMethods.SmallThreshold(run.Game) is { } t ? ModularShapley.Estimate(t) : null;

    // Residue arithmetic takes a 128-bit product and a division where the exact table adds words: a few times the word operations.
    public override double? Cost(AnalysisRun run, AnalysisPart part) =>
        Estimate(run, part) is { Applies: true } e ? e.Operations * 4 : null;

    public override void Run(AnalysisRun run, IReadOnlyList<AnalysisPart> parts)
    {
        var t = PowerMethods.SmallThreshold(run.Game)!;
        var estimate = ModularShapley.Estimate(t);
        if (!estimate.Applies) throw estimate.Exception();
        run.Budget.CheckTable(estimate.Bytes);
        int n = run.Game.Count, m = t.Voters.Length;
        var partial = ModularShapley.Numerators(t.LongWeights!, t.LongQuota, run.Cancel);
        var ss = new BigInteger[n];
        for (int k = 0; k < m; k++) ss[t.Voters[k]] = partial[k];
        (run.ShapleyNumerators, run.ShapleyDenominator) = (ss, RawPower.Factorials(m)[m]);
        run.Complete(AnalysisPart.ShapleyShubik, Method);
    }
}
