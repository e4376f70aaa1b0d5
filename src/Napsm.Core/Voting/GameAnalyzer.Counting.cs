using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

// The diagram's variable order and the counts' integer width: which fixed-width count type a table over n voters uses.
internal static partial class GameAnalyzer
{
    /// <summary>
    /// Variable order for the diagram: voters by decreasing weight in the first weighted leaf with unequal weights (small diagrams
    /// for weighted games, as Bolus 2011 recommends), otherwise the voters' own order.
    /// </summary>
    internal static int[] VariableOrder(GameNode root, int n)
    {
        var weight = new BigInteger[n];
        var t = Leaves(root).FirstOrDefault(l => !l.HasUnitWeights);
        if (t is not null)
        {
            for (int k = 0; k < t.Voters.Length; k++) weight[t.Voters[k]] = t.Weights[k];
        }

        return Enumerable.Range(0, n).OrderByDescending(i => weight[i]).ThenBy(i => i).ToArray();
    }

    private static IEnumerable<ThresholdNode> Leaves(GameNode node) => node switch
    {
        ThresholdNode t => [t],
        CompositeNode c => c.Clauses.SelectMany(Leaves),
        ComposedNode c => new[] { c.Direct }.Concat(c.Clauses.SelectMany(Leaves)),
        _ => [],
    };

    internal static int CountBytes(int n) => n + 1 <= 64 ? 8 : n + 1 <= 128 ? 16 : n + 1 <= 256 ? 32 : 64;

    /// <summary>
    /// The memory one count of a table over n voters really takes: its fixed width up to 256 bits; beyond, a BigInteger of up to n + 1
    /// bits on the heap (its array header and words) besides the 16-byte struct. Memory limits are checked against this, not against
    /// <see cref="CountBytes"/>: simple majority over 5,000 voters took 4.3 GB under a 1.5 GB limit while the estimate used 64 bytes.
    /// </summary>
    internal static double CellBytes(int n) => n + 1 <= 256 ? CountBytes(n) : 16 + 24 + 4 * Math.Ceiling((n + 1) / 32.0);

    internal interface IRun<out TResult>
    {
        TResult Run<T>()
            where T : struct, ICount<T>;
    }

    internal static TResult Dispatch<TResult>(int n, IRun<TResult> run) =>
        n + 1 <= 64 ? run.Run<Count64>() : n + 1 <= 128 ? run.Run<Count128>() : n + 1 <= 256 ? run.Run<Count256>() : run.Run<BigCount>();

    internal sealed class BanzhafRun(long[] w, long q, CancellationToken cancel) : IRun<(BigInteger, BigInteger[])>
    {
        public (BigInteger, BigInteger[]) Run<T>()
            where T : struct, ICount<T> => WeightedDp<T>.Banzhaf(w, q, cancel);
    }

    internal sealed class ShapleyRun(long[] w, long q, CancellationToken cancel) : IRun<BigInteger[]>
    {
        public BigInteger[] Run<T>()
            where T : struct, ICount<T> => WeightedDp<T>.Shapley(w, q, cancel);
    }

    internal sealed class DiagramRun(Bdd bdd, int root, bool ss, CancellationToken cancel) : IRun<RawPower>
    {
        public RawPower Run<T>()
            where T : struct, ICount<T> => BddCounting<T>.Count(bdd, root, ss, cancel);
    }
}
