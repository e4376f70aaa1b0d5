using System.Numerics;
using Napsm.Core.Voting.Methods;

namespace Napsm.Core.Voting;

/// <summary>
/// The portfolio of exact methods, in order of preference when their estimated costs tie. To add a method: derive from
/// <see cref="PowerMethod"/> and list it here (see /work/wt/HANDOFF-voting-core.md).
/// </summary>
internal static class PowerMethods
{
    public static IReadOnlyList<PowerMethod> All { get; } =
    [
        new GeneratingFunctionMethod(), new SubsetSumsMethod(), new ClassesMethod(), new BitParallelMethod(), new MeetInTheMiddleMethod(),
        new ModularShapleyMethod(), new DecisionDiagramMethod(),
    ];

    /// <summary>The single non-trivial weighted threshold the rule is, with weights that fit a long; else null.</summary>
    internal static ThresholdNode? SmallThreshold(VotingGame game) =>
        game.Root is ThresholdNode { IsAlwaysTrue: false, IsAlwaysFalse: false, LongWeights: not null } t ? t : null;

    /// <summary>
    /// An estimate (upper bound, ignoring sharing between clauses) of the nodes of the rule's decision diagram: per threshold, at most
    /// min(2^l, quota + 1, 2^(m−l) + 1) distinct nodes at level l of its m voters — a node is its remaining quota, which matters only up
    /// to the subset sums of the m − l voters below it (so large weights, as populations, do not make the estimate 2^m); clauses add up.
    /// </summary>
    internal static double DiagramNodes(GameNode node) => node switch
    {
        ThresholdNode t => ThresholdNodes(t),
        CompositeNode c => 2 + c.Clauses.Sum(DiagramNodes),
        ComposedNode c => 2 + ThresholdNodes(c.Direct) + (c.Clauses.Length * c.Clauses.Sum(DiagramNodes)),
        _ => 2,
    };

    private static double ThresholdNodes(ThresholdNode t)
    {
        double q = (double)BigInteger.Min(BigInteger.Max(t.Quota, BigInteger.Zero), t.Total - t.Quota + 1);
        int m = t.Voters.Length;
        double nodes = 2;
        for (int l = 0; l < m; l++) nodes += Math.Min(Math.Min(Math.Pow(2, l), q + 1), Math.Pow(2, m - l) + 1);

        return nodes;
    }
}

/// <summary>Generating functions over integer weights for one weighted threshold: winning coalitions, swings, Shapley–Shubik.</summary>
internal sealed class GeneratingFunctionMethod : PowerMethod
{
    public override AnalysisMethod Method => AnalysisMethod.GeneratingFunction;

    public override double? Cost(AnalysisRun run, AnalysisPart part)
    {
        if (PowerMethods.SmallThreshold(run.Game) is not { } t) return null;
        double m = t.Voters.Length, words = CountWidth.Words(t.Voters.Length);
        return part switch
        {
            AnalysisPart.WinningCoalitions or AnalysisPart.Swings => m * BanzhafCells(t) * words,
            AnalysisPart.ShapleyShubik => ShapleyTable(t).Operations * words,
            _ => null,
        };
    }

    // The Banzhaf table has a cell per weight below the quota, or per complement weight up to Σw − q when that side is smaller.
    private static double BanzhafCells(ThresholdNode t) => Math.Min((double)t.LongQuota, (double)(t.Total - t.LongQuota + 1));

    // The Shapley–Shubik table keeps, per coalition size, only the weights that size can reach on the smaller side of the quota.
    private static (double Cells, double Operations) ShapleyTable(ThresholdNode t) => ModularShapley.TableSize(t.LongWeights!, t.LongQuota);

    public override void Run(AnalysisRun run, IReadOnlyList<AnalysisPart> parts)
    {
        var t = PowerMethods.SmallThreshold(run.Game)!;
        int n = run.Game.Count, m = t.Voters.Length;
        long q = t.LongQuota;
        var w = t.LongWeights!;
        double bytes = GameAnalyzer.CellBytes(m);
        var scale = BigInteger.One << (n - m);
        if (parts.Contains(AnalysisPart.WinningCoalitions) || parts.Contains(AnalysisPart.Swings))
        {
            run.Budget.CheckTable(BanzhafCells(t) * bytes);
            var (winning, swings) = GameAnalyzer.Dispatch(m, new GameAnalyzer.BanzhafRun(w, q, run.Cancel));
            var all = new BigInteger[n];
            for (int k = 0; k < m; k++) all[t.Voters[k]] = swings[k] * scale;
            (run.Winning, run.Swings) = (winning * scale, all);
            run.Complete(AnalysisPart.WinningCoalitions, Method);
            run.Complete(AnalysisPart.Swings, Method);
        }

        if (!parts.Contains(AnalysisPart.ShapleyShubik)) return;
        try
        {
            run.Budget.CheckTable(ShapleyTable(t).Cells * bytes);
        }
        catch (TooLargeException e)
        {
            run.Fail(AnalysisPart.ShapleyShubik, e);
            return;
        }

        // Voters outside the weighted leaf are null players: they change nobody's Shapley value, so it is computed over the m others.
        var partial = GameAnalyzer.Dispatch(m, new GameAnalyzer.ShapleyRun(w, q, run.Cancel));
        var ss = new BigInteger[n];
        for (int k = 0; k < m; k++) ss[t.Voters[k]] = partial[k];
        (run.ShapleyNumerators, run.ShapleyDenominator) = (ss, RawPower.Factorials(m)[m]);
        run.Complete(AnalysisPart.ShapleyShubik, Method);
    }
}

/// <summary>Proper and strong for one weighted threshold from the reachable coalition weights.</summary>
internal sealed class SubsetSumsMethod : PowerMethod
{
    public override AnalysisMethod Method => AnalysisMethod.SubsetSums;

    public override double? Cost(AnalysisRun run, AnalysisPart part) =>
        part == AnalysisPart.Structure && PowerMethods.SmallThreshold(run.Game) is { } t && t.Total <= (1L << 27)
            ? (double)t.Voters.Length * ((double)t.Total / 64 + 1)
            : null;

    public override void Run(AnalysisRun run, IReadOnlyList<AnalysisPart> parts)
    {
        var t = PowerMethods.SmallThreshold(run.Game)!;
        (run.Proper, run.Strong, run.Witness, run.Deadlock) = SubsetSums.ProperStrong(run.Game, t, t.LongWeights!, run.Budget, run.Cancel);
        run.Complete(AnalysisPart.Structure, Method);
    }
}

/// <summary>
/// A decision diagram of the rule (Bolus 2011): every part but Johnston. Counting is linear in the diagram for Banzhaf, O(size·n²) for
/// Shapley–Shubik; the structure is a search over the diagram and its dual; Deegan–Packel and Holler–Packel count on the diagram of
/// the minimal winning coalitions.
/// </summary>
internal sealed class DecisionDiagramMethod : PowerMethod
{
    public override AnalysisMethod Method => AnalysisMethod.DecisionDiagram;

    public override double? Cost(AnalysisRun run, AnalysisPart part)
    {
        double nodes = PowerMethods.DiagramNodes(run.Game.Root), n = run.Game.Count, words = CountWidth.Words(run.Game.Count);
        return part switch
        {
            AnalysisPart.WinningCoalitions or AnalysisPart.Swings => 4 * nodes * words,
            AnalysisPart.ShapleyShubik => nodes * n * n / 4 * words,
            AnalysisPart.Structure or AnalysisPart.DeeganPackel or AnalysisPart.HollerPackel => nodes * Math.Max(1, n),
            AnalysisPart.Clauses => nodes * Math.Max(1, GameAnalyzer.Composites(run.Game.Root, run.Game.Rule).Sum(c => c.Node.Clauses.Length)),
            _ => null,
        };
    }

    public override void Run(AnalysisRun run, IReadOnlyList<AnalysisPart> parts)
    {
        var (bdd, root) = run.Diagram();
        int n = run.Game.Count;
        if (parts.Contains(AnalysisPart.WinningCoalitions) || parts.Contains(AnalysisPart.Swings) || parts.Contains(AnalysisPart.ShapleyShubik))
        {
            Count(run, parts, bdd, root);
        }

        if (parts.Contains(AnalysisPart.Structure)) Part(run, AnalysisPart.Structure, () => Structure(run, bdd, root));
        if (parts.Contains(AnalysisPart.DeeganPackel) || parts.Contains(AnalysisPart.HollerPackel)) Minimal(run, parts, bdd, root);
        if (parts.Contains(AnalysisPart.Clauses))
        {
            Part(run, AnalysisPart.Clauses, () =>
            {
                var winning = run.Winning ?? GameAnalyzer.Dispatch(n, new GameAnalyzer.WinningRun(bdd, root, run.Cancel));
                run.Clauses = GameAnalyzer.ClauseEffects(run.Game, bdd, winning, run.Cancel);
                run.Complete(AnalysisPart.Clauses, Method);
            });
        }
    }

    private static void Part(AnalysisRun run, AnalysisPart part, Action compute)
    {
        try
        {
            compute();
        }
        catch (TooLargeException e)
        {
            run.Fail(part, e);
        }
    }

    private void Count(AnalysisRun run, IReadOnlyList<AnalysisPart> parts, Bdd bdd, int root)
    {
        int n = run.Game.Count;
        bool ss = parts.Contains(AnalysisPart.ShapleyShubik);
        double size = bdd.ReachableCount(root);

        // Up and down counts per node, each up to n bits: the counts fail together when these do not fit.
        run.Budget.CheckTable(size * 2 * GameAnalyzer.CellBytes(n));
        if (ss)
        {
            double work = size * n * n / 4;
            double memory = size * (n + 1) * 2 * GameAnalyzer.CellBytes(n);
            try
            {
                if (work > GameAnalyzer.MaxOperations)
                {
                    throw new TooLargeException(NotComputedReason.TooLarge, new AnalysisSize(SizeUnit.Operations, work, GameAnalyzer.MaxOperations));
                }

                run.Budget.CheckTable(memory);
            }
            catch (TooLargeException e)
            {
                run.Fail(AnalysisPart.ShapleyShubik, e);
                ss = false;
            }
        }

        if (!ss && !parts.Contains(AnalysisPart.WinningCoalitions) && !parts.Contains(AnalysisPart.Swings)) return;
        var raw = GameAnalyzer.Dispatch(n, new GameAnalyzer.DiagramRun(bdd, root, ss, run.Cancel));
        if (parts.Contains(AnalysisPart.WinningCoalitions) || parts.Contains(AnalysisPart.Swings))
        {
            (run.Winning, run.Swings) = (raw.Winning, raw.Swings);
            run.Complete(AnalysisPart.WinningCoalitions, Method);
            run.Complete(AnalysisPart.Swings, Method);
        }

        if (ss)
        {
            (run.ShapleyNumerators, run.ShapleyDenominator) = (raw.ShapleyNumerators, raw.ShapleyDenominator);
            run.Complete(AnalysisPart.ShapleyShubik, Method);
        }
    }

    private void Structure(AnalysisRun run, Bdd bdd, int root)
    {
        var bothWin = bdd.FindSelfDualPair(root, true);
        var bothLose = bdd.FindSelfDualPair(root, false);
        (run.Proper, run.Strong) = (bothWin is null, bothLose is null);
        if (bothWin is not null) run.Witness = GameAnalyzer.Witness(run.Game, bothWin);
        if (bothLose is not null) run.Deadlock = GameAnalyzer.Complementary(run.Game, bothLose);
        run.Complete(AnalysisPart.Structure, Method);
    }

    private void Minimal(AnalysisRun run, IReadOnlyList<AnalysisPart> parts, Bdd bdd, int root)
    {
        bool wantDp = parts.Contains(AnalysisPart.DeeganPackel), wantHp = parts.Contains(AnalysisPart.HollerPackel);
        try
        {
            var family = run.Owned.Add(new MinimalFamily(bdd, run.Options.MaxDiagramNodes, run.Cancel));
            int minimal = family.Minimal(root);
            var (dp, hp, sizesTooLarge) = GameAnalyzer.Dispatch(run.Game.Count,
                new MinimalRun(family, minimal, bdd, wantDp, (long)run.Budget.TableLimit, run.Cancel));
            if (wantHp)
            {
                run.HollerPackel = hp;
                run.Complete(AnalysisPart.HollerPackel, Method);
            }

            if (!wantDp) return;
            if (sizesTooLarge is not null)
            {
                run.Fail(AnalysisPart.DeeganPackel, sizesTooLarge);
                return;
            }

            run.DeeganPackel = dp;
            run.Complete(AnalysisPart.DeeganPackel, Method);
        }
        catch (TooLargeException e)
        {
            if (wantDp) run.Fail(AnalysisPart.DeeganPackel, e);
            if (wantHp) run.Fail(AnalysisPart.HollerPackel, e);
        }
    }

    private sealed class MinimalRun(MinimalFamily family, int root, Bdd bdd, bool bySize, long maxTableBytes, CancellationToken cancel)
        : GameAnalyzer.IRun<(Rational[]?, Rational[], TooLargeException?)>
    {
        public (Rational[]?, Rational[], TooLargeException?) Run<T>()
            where T : struct, ICount<T> => MinimalCounting<T>.Count(family, root, bdd, bySize, maxTableBytes, cancel);
    }
}
