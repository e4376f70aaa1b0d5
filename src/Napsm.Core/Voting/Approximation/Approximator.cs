namespace Napsm.Core.Voting.Approximation;

/// <summary>The approximate figures of one part: per voter, Penrose and Banzhaf (for swings) or Shapley–Shubik.</summary>
internal sealed record ApproximatePart(PartApproximation How, ApproximateFigure[] First, ApproximateFigure[]? Banzhaf);

/// <summary>
/// Approximates the parts the exact methods did not compute: Monte Carlo over coalitions (Penrose, Banzhaf) and orderings
/// (Shapley–Shubik), or Owen's multilinear extension for one weighted threshold. One thread, one generator per part seeded from
/// <see cref="ApproximationOptions.Seed"/>: the same input gives the same figures.
/// </summary>
internal static class Approximator
{
    /// <summary>Samples between two polls of the token.</summary>
    internal const int PollEvery = 4096;

    /// <summary>Samples per round when drawing to a target width.</summary>
    internal const int Round = 10_000;

    /// <summary>
    /// Approximates each part in <paramref name="parts"/> (<see cref="AnalysisPart.Swings"/>, <see cref="AnalysisPart.ShapleyShubik"/>);
    /// a part stopped by the token before <see cref="ApproximationOptions.MinimumSamples"/> samples is left out.
    /// </summary>
    public static List<ApproximatePart> Run(VotingGame game, ApproximationOptions options, IReadOnlyList<AnalysisPart> parts, TimeSpan? timeLeft, CancellationToken cancel)
    {
        var result = new List<ApproximatePart>();
        var multilinear = options.Multilinear && game.Root is ThresholdNode ? (ThresholdNode)game.Root : null;
        var fast = FastRule.TryCreate(game.Root, game.Count);
        for (int k = 0; k < parts.Count; k++)
        {
            var part = parts[k];
            if (cancel.IsCancellationRequested) break;
            if (multilinear is not null)
            {
                result.Add(part == AnalysisPart.Swings ? Multilinear.Penrose(game, multilinear) : Multilinear.Shapley(game, multilinear));
                continue;
            }

            // The parts left share the time left equally, so that the first cannot starve the second.
            using var share = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            if (timeLeft is { } left && parts.Count - k > 1) share.CancelAfter(left / (parts.Count - k));
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            var done = part == AnalysisPart.Swings ? MonteCarlo.Swings(game, fast, options, share.Token) : MonteCarlo.Shapley(game, fast, options, share.Token);
            if (timeLeft is { } total) timeLeft = total - System.Diagnostics.Stopwatch.GetElapsedTime(start);
            if (done is not null) result.Add(done);
        }

        return result;
    }

    /// <summary>The Clopper–Pearson figures of counts out of <paramref name="samples"/>, at the confidence of <paramref name="how"/>.</summary>
    internal static ApproximateFigure[] Proportions(long[] counts, long samples, double confidence, PartApproximation how)
    {
        var figures = new ApproximateFigure[counts.Length];
        for (int i = 0; i < counts.Length; i++)
        {
            var (lo, hi) = Statistics.ClopperPearson(counts[i], samples, confidence);
            figures[i] = new ApproximateFigure((double)counts[i] / samples, lo, hi, how);
        }

        return figures;
    }

    /// <summary>
    /// Normalised Banzhaf from Penrose estimates and intervals that hold together: β_i = η_i / Σ η_j lies between
    /// lo_i / (lo_i + Σ_{j≠i} hi_j) and hi_i / (hi_i + Σ_{j≠i} lo_j), since the ratio increases with η_i and decreases with the others.
    /// </summary>
    internal static ApproximateFigure[] Normalised(double[] value, double[] lower, double[] upper, PartApproximation how)
    {
        int n = value.Length;
        double sumValue = value.Sum(), sumLower = lower.Sum(), sumUpper = upper.Sum();
        var figures = new ApproximateFigure[n];
        for (int i = 0; i < n; i++)
        {
            double v = sumValue > 0 ? value[i] / sumValue : 0;
            double loDen = lower[i] + (sumUpper - upper[i]);
            double hiDen = upper[i] + (sumLower - lower[i]);
            double lo = loDen > 0 ? lower[i] / loDen : 0;
            double hi = hiDen > 0 ? upper[i] / hiDen : 1;
            lo = Math.Clamp(lo, 0, 1);
            hi = Math.Clamp(hi, 0, 1);
            figures[i] = new ApproximateFigure(v, Math.Min(lo, v), Math.Max(hi, v), how);
        }

        return figures;
    }
}

/// <summary>Monte Carlo estimates with Clopper–Pearson intervals.</summary>
internal static class MonteCarlo
{
    /// <summary>
    /// Penrose and Banzhaf from random coalitions, each voter in with probability 1/2. One coalition S serves every voter i: S ∖ {i} is
    /// uniform over the coalitions of the others, so i's swing indicator is Bernoulli with mean exactly Penrose_i, and Clopper–Pearson is
    /// exact for each voter. Null when stopped before <see cref="ApproximationOptions.MinimumSamples"/> samples.
    /// </summary>
    public static ApproximatePart? Swings(VotingGame game, FastRule? fast, ApproximationOptions options, CancellationToken cancel)
    {
        int n = game.Count;
        var rng = new Xoshiro(options.Seed);
        var counts = new long[n];
        var bits = game.NewBits();
        long drawn = Draw(options, counts, () =>
        {
            for (int w = 0; w < bits.Length; w++) bits[w] = rng.Next();
            int tail = n & 63;
            if (tail != 0) bits[^1] &= (1UL << tail) - 1;
            if (fast is not null)
            {
                fast.Load(bits);
                for (int i = 0; i < n; i++)
                {
                    bool inS = (bits[i >> 6] & (1UL << (i & 63))) != 0;
                    bool with = fast.Wins(i, inS ? 0 : 1);
                    if (with && !fast.Wins(i, inS ? -1 : 0)) counts[i]++;
                }

                return;
            }

            for (int i = 0; i < n; i++)
            {
                ulong bit = 1UL << (i & 63);
                ulong saved = bits[i >> 6];
                bits[i >> 6] = saved | bit;
                bool with = game.IsWinning(bits);
                bits[i >> 6] = saved & ~bit;
                bool without = game.IsWinning(bits);
                bits[i >> 6] = saved;
                if (with && !without) counts[i]++;
            }
        }, cancel);
        if (drawn < ApproximationOptions.MinimumSamples) return null;
        var how = new PartApproximation(AnalysisPart.Swings, ApproximationMethod.MonteCarlo, drawn, options.Seed, IntervalKind.ClopperPearson, options.Confidence);
        var penrose = Approximator.Proportions(counts, drawn, options.Confidence, how);

        // Banzhaf: simultaneous intervals for all the Penrose indices (Bonferroni: each at 1 − α/n), then the ratio's extremes.
        var bonferroni = 1 - (1 - options.Confidence) / n;
        var lower = new double[n];
        var upper = new double[n];
        for (int i = 0; i < n; i++) (lower[i], upper[i]) = Statistics.ClopperPearson(counts[i], drawn, bonferroni);
        var bzHow = new PartApproximation(AnalysisPart.Swings, ApproximationMethod.MonteCarlo, drawn, options.Seed, IntervalKind.Bonferroni, options.Confidence);
        var banzhaf = Approximator.Normalised(counts.Select(c => (double)c / drawn).ToArray(), lower, upper, bzHow);
        return new ApproximatePart(how, penrose, banzhaf);
    }

    /// <summary>
    /// Shapley–Shubik from random orderings: the voter who first makes the growing coalition win is pivotal. Each voter's pivot indicator
    /// is Bernoulli with mean exactly its index, so Clopper–Pearson is exact for each voter (not simultaneously for all).
    /// </summary>
    public static ApproximatePart? Shapley(VotingGame game, FastRule? fast, ApproximationOptions options, CancellationToken cancel)
    {
        int n = game.Count;
        var rng = new Xoshiro(unchecked(options.Seed ^ 0x5DEECE66DL));
        var counts = new long[n];
        var bits = game.NewBits();
        var order = Enumerable.Range(0, n).ToArray();
        bool never = !game.IsWinning(AllBits(game)) || game.IsWinning(game.NewBits());
        var single = game.Root as ThresholdNode;
        var singleWeights = single?.LongWeights is not null ? WeightsByVoter(single, n) : null;
        long drawn = Draw(options, counts, () =>
        {
            for (int k = n - 1; k > 0; k--)
            {
                int j = rng.Below(k + 1);
                (order[k], order[j]) = (order[j], order[k]);
            }

            if (never) return;
            if (singleWeights is not null)
            {
                long sum = 0;
                long quota = single!.LongQuota;
                var weights = singleWeights;
                for (int k = 0; k < n; k++)
                {
                    sum += weights[order[k]];
                    if (sum >= quota)
                    {
                        counts[order[k]]++;
                        return;
                    }
                }

                return;
            }

            // The smallest prefix that wins, by bisection (the rule is monotone).
            int lo = 1, hi = n;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                Array.Clear(bits);
                for (int k = 0; k < mid; k++) bits[order[k] >> 6] |= 1UL << (order[k] & 63);
                if (game.IsWinning(bits)) hi = mid;
                else lo = mid + 1;
            }

            counts[order[lo - 1]]++;
        }, cancel);
        if (drawn < ApproximationOptions.MinimumSamples) return null;
        var how = new PartApproximation(AnalysisPart.ShapleyShubik, ApproximationMethod.MonteCarlo, drawn, options.Seed, IntervalKind.ClopperPearson, options.Confidence);
        return new ApproximatePart(how, Approximator.Proportions(counts, drawn, options.Confidence, how), null);
    }

    private static long[] WeightsByVoter(ThresholdNode node, int n)
    {
        var w = new long[n];
        for (int k = 0; k < node.Voters.Length; k++) w[node.Voters[k]] = node.LongWeights![k];
        return w;
    }

    private static ulong[] AllBits(VotingGame game)
    {
        var bits = game.NewBits();
        for (int i = 0; i < game.Count; i++) bits[i >> 6] |= 1UL << (i & 63);
        return bits;
    }

    /// <summary>
    /// Draws samples: the number asked for, or rounds of <see cref="Approximator.Round"/> until every voter's interval is at most the target
    /// width; stops early when the token fires. Returns the samples drawn.
    /// </summary>
    private static long Draw(ApproximationOptions options, long[] counts, Action sample, CancellationToken cancel)
    {
        long target = options.Samples ?? (options.TargetWidth is null ? ApproximationOptions.DefaultSamples : options.MaxSamples);
        long drawn = 0;
        try
        {
            while (drawn < target)
            {
                long until = options.Samples is null && options.TargetWidth is not null ? Math.Min(target, drawn + Approximator.Round) : target;
                while (drawn < until)
                {
                    if ((drawn % Approximator.PollEvery) == 0) cancel.ThrowIfCancellationRequested();
                    sample();
                    drawn++;
                }

                if (options.Samples is null && options.TargetWidth is { } width && Widest(counts, drawn, options.Confidence) <= width) break;
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Stopped: the samples drawn so far stand.
        }

        return drawn;
    }

    private static double Widest(long[] counts, long drawn, double confidence)
    {
        double widest = 0;
        foreach (var c in counts)
        {
            var (lo, hi) = Statistics.ClopperPearson(c, drawn, confidence);
            widest = Math.Max(widest, hi - lo);
        }

        return widest;
    }
}
