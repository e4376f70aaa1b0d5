using System.Numerics;

namespace Napsm.Core.Voting.Approximation;

/// <summary>
/// Owen's multilinear extension (Owen 1972, 1975) with the normal approximation, as Leech used it for the IMF (Leech 2002, 2003), for a
/// rule that is one weighted threshold [q; w_1 … w_n] over integer weights. With each other voter in independently with probability p,
/// the others' total S_{−i}(p) has mean p·W_{−i} and variance p(1 − p)·Σ_{j≠i} w_j²; voter i swings when q − w_i ≤ S_{−i} ≤ q − 1.
/// Penrose is the swing probability at p = 1/2 and Shapley–Shubik its integral over p in [0, 1].
/// </summary>
internal static class Multilinear
{
    /// <summary>Shevtsova's (2010) constant in the Berry–Esseen inequality for sums of independent, not identically distributed terms.</summary>
    internal const double BerryEsseen = 0.56;

    /// <summary>Slack for the rounding of the doubles in the estimate.</summary>
    private const double Slack = 1e-12;

    /// <summary>
    /// Penrose with a sure bound: S_{−i} takes integer values, so P(a ≤ S ≤ b) = F(b + ½) − F(a − ½) exactly (F its distribution function),
    /// and the estimate Φ((b + ½ − μ)/σ) − Φ((a − ½ − μ)/σ) errs by at most twice the Berry–Esseen bound C·Σ E|Y_j|³/σ³ with
    /// Y_j = w_j(X_j − ½), which is C·Σ w_j³ / (Σ w_j²)^{3/2}. Banzhaf's interval follows from these bounds, all holding at once.
    /// </summary>
    public static ApproximatePart Penrose(VotingGame game, ThresholdNode t)
    {
        int n = game.Count;
        var (w, q, others, v2, v3) = Moments(t, n);
        var how = new PartApproximation(AnalysisPart.Swings, ApproximationMethod.Multilinear, null, null, IntervalKind.BerryEsseen, null);
        var value = new double[n];
        var lower = new double[n];
        var upper = new double[n];
        var figures = new ApproximateFigure[n];
        for (int i = 0; i < n; i++)
        {
            double a = Math.Max(q - w[i], 0), b = Math.Min(q - 1, others[i]), v = v2[i], t3 = v3[i];
            double est, bound;
            if (w[i] == 0 || a > b)
            {
                (est, bound) = (0, 0);
            }
            else if (v <= 0)
            {
                (est, bound) = (a <= 0 && 0 <= b ? 1 : 0, 0);
            }
            else
            {
                double mu = others[i] / 2, sigma = Math.Sqrt(v) / 2;
                est = Statistics.NormalCdf((b + 0.5 - mu) / sigma) - Statistics.NormalCdf((a - 0.5 - mu) / sigma);
                est = Math.Clamp(est, 0, 1);
                bound = 2 * BerryEsseen * t3 / Math.Pow(v, 1.5) + Slack;
            }

            value[i] = est;
            lower[i] = Math.Max(0, est - bound);
            upper[i] = Math.Min(1, est + bound);
            figures[i] = new ApproximateFigure(est, lower[i], upper[i], how);
        }

        return new ApproximatePart(how, figures, Approximator.Normalised(value, lower, upper, how));
    }

    /// <summary>
    /// Shapley–Shubik as the integral over p of the swing probability under the normal approximation (midpoint rule). The normal
    /// approximation at p near 0 or 1 has no useful error bound, so the figures carry no interval.
    /// </summary>
    public static ApproximatePart Shapley(VotingGame game, ThresholdNode t)
    {
        int n = game.Count;
        var (w, q, others, v2, _) = Moments(t, n);
        var how = new PartApproximation(AnalysisPart.ShapleyShubik, ApproximationMethod.Multilinear, null, null, IntervalKind.None, null);
        int steps = n > 1000 ? 1024 : 4096;
        var figures = new ApproximateFigure[n];
        for (int i = 0; i < n; i++)
        {
            double a = Math.Max(q - w[i], 0), b = Math.Min(q - 1, others[i]), v = v2[i];
            double integral = 0;
            if (w[i] > 0 && a <= b)
            {
                for (int k = 0; k < steps; k++)
                {
                    double p = (k + 0.5) / steps;
                    double mu = p * others[i], sigma = Math.Sqrt(p * (1 - p) * v);
                    integral += sigma > 0
                        ? Statistics.NormalCdf((b + 0.5 - mu) / sigma) - Statistics.NormalCdf((a - 0.5 - mu) / sigma)
                        : a <= mu && mu <= b ? 1 : 0;
                }

                integral /= steps;
            }

            figures[i] = new ApproximateFigure(Math.Clamp(integral, 0, 1), null, null, how);
        }

        return new ApproximatePart(how, figures, null);
    }

    /// <summary>
    /// Each voter's weight (0 for voters the threshold does not count), the quota, and for each voter the others' total weight, sum of
    /// squares and sum of cubes: summed exactly, then rounded once, so that no cancellation spoils the bound.
    /// </summary>
    private static (double[] W, double Q, double[] Others, double[] Squares, double[] Cubes) Moments(ThresholdNode t, int n)
    {
        var w = new BigInteger[n];
        for (int k = 0; k < t.Voters.Length; k++) w[t.Voters[k]] = t.Weights[k];
        BigInteger total = 0, sum2 = 0, sum3 = 0;
        foreach (var x in w)
        {
            total += x;
            sum2 += x * x;
            sum3 += x * x * x;
        }

        var others = new double[n];
        var squares = new double[n];
        var cubes = new double[n];
        for (int i = 0; i < n; i++)
        {
            others[i] = (double)(total - w[i]);
            squares[i] = (double)(sum2 - w[i] * w[i]);
            cubes[i] = (double)(sum3 - w[i] * w[i] * w[i]);
        }

        return (w.Select(x => (double)x).ToArray(), (double)t.Quota, others, squares, cubes);
    }
}
