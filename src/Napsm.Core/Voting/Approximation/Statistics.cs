namespace Napsm.Core.Voting.Approximation;

/// <summary>
/// The few distributions approximation needs, in doubles: the normal distribution function, the regularised incomplete beta function and
/// the Clopper–Pearson (exact binomial) confidence interval. Accurate to about 1e-14 over the ranges used.
/// </summary>
internal static class Statistics
{
    private const double SqrtPi = 1.7724538509055160273;

    /// <summary>The standard normal distribution function Φ(z).</summary>
    public static double NormalCdf(double z)
    {
        if (double.IsNaN(z)) return double.NaN;
        double x = z / Math.Sqrt(2);
        return x >= 0 ? 1 - 0.5 * Erfc(x) : 0.5 * Erfc(-x);
    }

    /// <summary>The complementary error function: a series without cancellation below 1.5, a continued fraction above (relative error about 1e-15).</summary>
    public static double Erfc(double x)
    {
        if (x < 0) return 2 - Erfc(-x);
        if (x > 27) return 0;
        if (x < 1.5)
        {
            // erf(x) = 2/√π · e^(−x²) · Σ 2^k x^(2k+1) / (1·3·…·(2k+1)), every term positive.
            double term = x, sum = x, x2 = x * x;
            for (int k = 1; k < 200; k++)
            {
                term *= 2 * x2 / (2 * k + 1);
                sum += term;
                if (term < sum * 1e-17) break;
            }

            return 1 - 2 / SqrtPi * Math.Exp(-x2) * sum;
        }

        // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated from the tail.
        double f = x;
        for (int k = 200; k >= 1; k--) f = x + k / 2.0 / f;
        return Math.Exp(-x * x) / (SqrtPi * f);
    }

    /// <summary>ln Γ(x) for x &gt; 0 (Lanczos, g = 7).</summary>
    public static double LogGamma(double x)
    {
        if (x < 0.5) return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        ReadOnlySpan<double> p =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
            -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        x -= 1;
        double a = p[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) a += p[i] / (x + i);
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(a);
    }

    /// <summary>The regularised incomplete beta function I_x(a, b), for a, b &gt; 0 and x in [0, 1].</summary>
    public static double IncompleteBeta(double x, double a, double b)
    {
        if (x <= 0) return 0;
        if (x >= 1) return 1;
        double front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + a * Math.Log(x) + b * Math.Log(1 - x));
        return x < (a + 1) / (a + b + 2)
            ? front * BetaFraction(x, a, b) / a
            : 1 - front * BetaFraction(1 - x, b, a) / b;
    }

    /// <summary>The continued fraction of the incomplete beta function (modified Lentz).</summary>
    private static double BetaFraction(double x, double a, double b)
    {
        const double Tiny = 1e-300;
        double qab = a + b, qap = a + 1, qam = a - 1;
        double c = 1, d = 1 - qab * x / qap;
        if (Math.Abs(d) < Tiny) d = Tiny;
        d = 1 / d;
        double h = d;
        int limit = 1000 + (int)Math.Min(10_000_000, 20 * Math.Sqrt(Math.Max(a, b)));
        for (int m = 1; m <= limit; m++)
        {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < Tiny) d = Tiny;
            c = 1 + aa / c;
            if (Math.Abs(c) < Tiny) c = Tiny;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < Tiny) d = Tiny;
            c = 1 + aa / c;
            if (Math.Abs(c) < Tiny) c = Tiny;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.Abs(del - 1) < 1e-15) break;
        }

        return h;
    }

    /// <summary>
    /// The Clopper–Pearson interval for a binomial proportion: <paramref name="successes"/> of <paramref name="trials"/>, two-sided at
    /// <paramref name="confidence"/>. The lower end solves P(X ≥ x | p) = α/2, the upper P(X ≤ x | p) = α/2, by bisection.
    /// </summary>
    public static (double Lower, double Upper) ClopperPearson(long successes, long trials, double confidence)
    {
        if (trials <= 0) return (0, 1);
        double half = (1 - confidence) / 2;
        double x = successes, n = trials;
        double lower = successes == 0 ? 0
            : successes == trials ? Math.Pow(half, 1 / n)
            : Solve(p => IncompleteBeta(p, x, n - x + 1), half, 0, x / n);
        double upper = successes == trials ? 1
            : successes == 0 ? 1 - Math.Pow(half, 1 / n)
            : Solve(p => IncompleteBeta(p, x + 1, n - x), 1 - half, x / n, 1);
        return (Math.Max(0, Math.Min(lower, x / n)), Math.Min(1, Math.Max(upper, x / n)));
    }

    /// <summary>The p in [lo, hi] where the increasing <paramref name="f"/> reaches <paramref name="target"/>, by bisection.</summary>
    private static double Solve(Func<double, double> f, double target, double lo, double hi)
    {
        for (int i = 0; i < 100 && hi - lo > 1e-15 * Math.Max(1e-300, hi); i++)
        {
            double mid = 0.5 * (lo + hi);
            if (f(mid) < target) lo = mid;
            else hi = mid;
        }

        return 0.5 * (lo + hi);
    }
}
