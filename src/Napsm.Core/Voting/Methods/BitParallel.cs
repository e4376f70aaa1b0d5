using System.Numerics;

namespace Napsm.Core.Voting.Methods;

/// <summary>
/// Every index by enumerating all 2^n coalitions, 64 at a time: coalition S is bit S mod 64 of word S / 64, so the first six voters
/// vary inside a word and the others across words. For each threshold leaf the 64 sums of the first six voters' weights are sorted
/// once; in a word whose other voters weigh H the passing coalitions are the top ones of that order, a precomputed mask found by a
/// binary search for q − H, and the rule is then AND/OR of masks. The words are visited in Gray-code order (one voter changes, so
/// one addition per leaf). From the table of winning words, a voter's swings are W ∧ ¬W(S ∖ i) — a shift inside the word for the
/// first six, the word with its bit cleared for the others — counted per coalition size (Shapley–Shubik) with popcounts; the
/// critical members of each coalition are summed bit-sliced (Johnston), and a coalition is minimal winning when none of its members
/// is not critical (Deegan–Packel, Holler–Packel). Proper/strong compare each word with the bit-reversed word of the complements.
/// O(2^n/64 · n) word operations and 2^n/8 bytes: the 27-member EU Council in about a second.
/// </summary>
internal static class BitParallel
{
    /// <summary>The most voters: 2^32 coalitions, a 512 MB table.</summary>
    public const int MaxVoters = 32;

    private const int Low = 6;

    // Positions b in a word (0..63) whose low six bits hold voter i; and those with s of the six voters in favour.
    private static readonly ulong[] VoterMask = Enumerable.Range(0, Low).Select(i => Mask(b => (b >> i & 1) == 1)).ToArray();
    private static readonly ulong[] SizeMask = Enumerable.Range(0, Low + 1).Select(s => Mask(b => BitOperations.PopCount((uint)b) == s)).ToArray();

    private static ulong Mask(Func<int, bool> at)
    {
        ulong m = 0;
        for (int b = 0; b < 64; b++)
        {
            if (at(b)) m |= 1UL << b;
        }

        return m;
    }

    public static WorkEstimate Estimate(VotingGame game, MethodRequest request)
    {
        int n = game.Count;
        if (n > MaxVoters)
        {
            return WorkEstimate.Refused($"{n} voters: enumerating 2^{n} coalitions is for at most {MaxVoters}",
                new AnalysisSize(SizeUnit.Bytes, Math.Pow(2, n) / 8, Math.Pow(2, MaxVoters) / 8));
        }

        if (ComposedNode.In(game.Root)) return WorkEstimate.Refused("the rule is an expanded compound game, which this enumeration does not evaluate");
        var leaves = Leaves(game.Root).ToArray();
        if (leaves.Any(l => l.Total > MaxSum)) return WorkEstimate.Refused("a clause's total weight is above 2^120 after scaling", null, NotComputedReason.WeightsOutOfRange);
        double words = Words(n);
        double perVoter = 4 + (request.ShapleyShubik ? 14 : 0) + (request.Johnston ? 16 : 0) + (request.Minimal ? 20 : 0);
        double operations = words * ((leaves.Length * 12) + (n * perVoter));
        double bytes = (words * 8) + ((double)n * (n + 2) * 8 * 4);
        return new WorkEstimate(operations, bytes);
    }

    private static readonly BigInteger MaxSum = BigInteger.One << 120;

    private static long Words(int n) => n >= Low ? 1L << (n - Low) : 1;

    private static IEnumerable<ThresholdNode> Leaves(GameNode node) => node switch
    {
        ThresholdNode t => [t],
        CompositeNode c => c.Clauses.SelectMany(Leaves),
        ComposedNode c => new[] { c.Direct }.Concat(c.Clauses.SelectMany(Leaves)),
        _ => [],
    };

    public static MethodOutcome Count(VotingGame game, MethodRequest request, CancellationToken cancel)
    {
        var estimate = Estimate(game, request);
        if (!estimate.Applies) throw estimate.Exception();
        int n = game.Count;
        var win = WinTable(game.Root, n, cancel);
        return Count(win, n, request, cancel);
    }

    /// <summary>Word w, bit b: whether coalition 64·w + b wins.</summary>
    internal static ulong[] WinTable(GameNode root, int n, CancellationToken cancel)
    {
        long words = Words(n);
        int positions = n >= Low ? 64 : 1 << n;
        var leafList = new List<Leaf>();
        var program = Compile(root, leafList, n, positions);
        var leaves = leafList.ToArray();
        ulong valid = positions >= 64 ? ulong.MaxValue : (1UL << positions) - 1;
        var table = new ulong[words];
        var masks = new ulong[leaves.Length];
        for (long w = 0; w < words; w++)
        {
            if ((w & 0x3FF) == 0) cancel.ThrowIfCancellationRequested();
            long gray = w ^ (w >> 1);
            if (w > 0)
            {
                int changed = BitOperations.TrailingZeroCount(w);
                bool added = (gray >> changed & 1) == 1;
                foreach (var leaf in leaves) leaf.Move(Low + changed, added);
            }

            for (int f = 0; f < leaves.Length; f++) masks[f] = leaves[f].Passing();
            table[gray] = program.Evaluate(masks) & valid;
        }

        return table;
    }

    private static Node Compile(GameNode node, List<Leaf> leaves, int n, int positions)
    {
        if (node is ThresholdNode t)
        {
            leaves.Add(new Leaf(t, n, positions));
            return new Node(leaves.Count - 1, false, []);
        }

        var c = (CompositeNode)node;
        return new Node(-1, c.IsAll, c.Clauses.Select(x => Compile(x, leaves, n, positions)).ToArray());
    }

    private sealed class Node(int leaf, bool isAll, Node[] children)
    {
        public ulong Evaluate(ulong[] masks)
        {
            if (leaf >= 0) return masks[leaf];
            ulong acc = isAll ? ulong.MaxValue : 0;
            foreach (var child in children)
            {
                var m = child.Evaluate(masks);
                acc = isAll ? acc & m : acc | m;
            }

            return acc;
        }
    }

    /// <summary>One threshold: the sorted sums of the first six voters and the weight of the others in the current word.</summary>
    private sealed class Leaf
    {
        private readonly Int128[] _weight;
        private readonly Int128[] _sorted;
        private readonly ulong[] _prefix;
        private readonly Int128 _quota;
        private Int128 _high;

        public Leaf(ThresholdNode t, int n, int positions)
        {
            _weight = new Int128[n];
            for (int k = 0; k < t.Voters.Length; k++) _weight[t.Voters[k]] = (Int128)t.Weights[k];
            _quota = t.Quota.Sign <= 0 ? Int128.Zero : t.Quota > t.Total ? (Int128)t.Total + 1 : (Int128)t.Quota;
            var sums = new Int128[positions];
            for (int b = 0; b < positions; b++)
            {
                for (int i = 0; i < Low && i < n; i++)
                {
                    if ((b >> i & 1) == 1) sums[b] += _weight[i];
                }
            }

            // Descending by sum; the first k positions are the coalitions of the word that pass whenever the k-th sum reaches q − H.
            var order = Enumerable.Range(0, positions).OrderByDescending(b => sums[b]).ThenBy(b => b).ToArray();
            _sorted = order.Select(b => sums[b]).ToArray();
            _prefix = new ulong[positions + 1];
            for (int k = 0; k < positions; k++) _prefix[k + 1] = _prefix[k] | (1UL << order[k]);
        }

        public void Move(int voter, bool added)
        {
            if (added) _high += _weight[voter];
            else _high -= _weight[voter];
        }

        public ulong Passing()
        {
            var need = _quota - _high;

            // The number of sorted (descending) sums ≥ need.
            int lo = 0, hi = _sorted.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >> 1;
                if (_sorted[mid] >= need) lo = mid + 1;
                else hi = mid;
            }

            return _prefix[lo];
        }
    }

    private static MethodOutcome Count(ulong[] win, int n, MethodRequest request, CancellationToken cancel)
    {
        long words = win.LongLength;
        int low = Math.Min(n, Low);
        int positions = 1 << low;
        ulong valid = positions >= 64 ? ulong.MaxValue : (1UL << positions) - 1;
        int stride = n + 1;
        long winning = 0;
        var swings = new long[n];
        var bySize = request.ShapleyShubik ? new long[n * stride] : null;
        var byCritical = request.Johnston ? new long[n * stride] : null;
        var minimalBySize = request.Minimal ? new long[n * stride] : null;
        long minimalCount = 0;
        long bothWin = -1, bothLose = -1;
        var critical = new ulong[n];
        var planes = new ulong[6];
        for (long w = 0; w < words; w++)
        {
            if ((w & 0x3FF) == 0) cancel.ThrowIfCancellationRequested();
            ulong word = win[w];
            if (request.Structure && (bothWin < 0 || bothLose < 0))
            {
                // Complement of 64·w + b is 64·(words − 1 − w) + (positions − 1 − b): the other word, bit-reversed.
                ulong complement = ReverseBits(win[words - 1 - w]) >> (64 - positions);
                ulong both = word & complement;
                if (bothWin < 0 && both != 0) bothWin = (w << Low) | (long)BitOperations.TrailingZeroCount(both);
                ulong neither = ~word & ~complement & valid;
                if (bothLose < 0 && neither != 0) bothLose = (w << Low) | (long)BitOperations.TrailingZeroCount(neither);
            }

            if (word == 0) continue;
            winning += BitOperations.PopCount(word);
            int highSize = BitOperations.PopCount((ulong)w);
            ulong any = 0;
            ulong notCritical = 0;
            for (int i = 0; i < n; i++)
            {
                ulong inside, crit;
                if (i < Low)
                {
                    inside = VoterMask[i] & valid;
                    crit = word & inside & ~((word & ~inside) << (1 << i));
                }
                else if ((w >> (i - Low) & 1) == 1)
                {
                    inside = valid;
                    crit = word & ~win[w ^ (1L << (i - Low))];
                }
                else
                {
                    critical[i] = 0;
                    continue;
                }

                critical[i] = crit;
                notCritical |= inside & ~crit;
                if (crit == 0) continue;
                any |= crit;
                swings[i] += BitOperations.PopCount(crit);
                if (bySize is not null)
                {
                    for (int s = 0; s <= low; s++) bySize[(i * stride) + highSize + s] += BitOperations.PopCount(crit & SizeMask[s]);
                }
            }

            if (byCritical is not null && any != 0) CountCritical(critical, planes, any, byCritical, stride);
            if (minimalBySize is not null)
            {
                ulong minimal = word & ~notCritical;
                if (minimal == 0) continue;
                minimalCount += BitOperations.PopCount(minimal);
                for (int i = 0; i < n; i++)
                {
                    ulong m = i < Low ? minimal & VoterMask[i] : (w >> (i - Low) & 1) == 1 ? minimal : 0;
                    if (m == 0) continue;
                    for (int s = 0; s <= low; s++) minimalBySize[(i * stride) + highSize + s] += BitOperations.PopCount(m & SizeMask[s]);
                }
            }
        }

        BigInteger[]? shapley = null;
        var fact = RawPower.Factorials(n);
        if (bySize is not null)
        {
            shapley = new BigInteger[n];
            var row = new BigInteger[stride];
            for (int i = 0; i < n; i++)
            {
                for (int s = 0; s < stride; s++) row[s] = bySize[(i * stride) + s];
                shapley[i] = RawPower.ShapleyNumerator(row, n, fact);
            }
        }

        return new MethodOutcome
        {
            Power = new RawPower
            {
                Winning = winning,
                Swings = swings.Select(s => (BigInteger)s).ToArray(),
                ShapleyNumerators = shapley,
                ShapleyDenominator = bySize is null ? BigInteger.One : fact[n],
            },
            Johnston = byCritical is null ? null : Johnston(byCritical, n),
            DeeganPackel = minimalBySize is null ? null : DeeganPackel(minimalBySize, n, minimalCount),
            HollerPackel = minimalBySize is null ? null : HollerPackel(minimalBySize, n),
            IsProper = request.Structure ? bothWin < 0 : null,
            IsStrong = request.Structure ? bothLose < 0 : null,
            BothWin = bothWin < 0 ? null : Coalition(bothWin, n),
            BothLose = bothLose < 0 ? null : Coalition(bothLose, n),
        };
    }

    // Bit-sliced: planes hold, per position, the number of critical members; then one pass per distinct number present.
    private static void CountCritical(ulong[] critical, ulong[] planes, ulong any, long[] byCritical, int stride)
    {
        Array.Clear(planes);
        foreach (var crit in critical)
        {
            ulong carry = crit;
            for (int p = 0; carry != 0 && p < planes.Length; p++)
            {
                ulong next = planes[p] & carry;
                planes[p] ^= carry;
                carry = next;
            }
        }

        ulong remaining = any;
        while (remaining != 0)
        {
            int b = BitOperations.TrailingZeroCount(remaining);
            int c = 0;
            ulong same = ulong.MaxValue;
            for (int p = 0; p < planes.Length; p++)
            {
                bool set = (planes[p] >> b & 1) == 1;
                if (set) c |= 1 << p;
                same &= set ? planes[p] : ~planes[p];
            }

            same &= remaining;
            remaining &= ~same;
            for (int i = 0; i < critical.Length; i++)
            {
                ulong x = critical[i] & same;
                if (x != 0) byCritical[(i * stride) + c] += BitOperations.PopCount(x);
            }
        }
    }

    private static ulong ReverseBits(ulong x)
    {
        x = ((x >> 1) & 0x5555555555555555UL) | ((x & 0x5555555555555555UL) << 1);
        x = ((x >> 2) & 0x3333333333333333UL) | ((x & 0x3333333333333333UL) << 2);
        x = ((x >> 4) & 0x0F0F0F0F0F0F0F0FUL) | ((x & 0x0F0F0F0F0F0F0F0FUL) << 4);
        return System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(x);
    }

    private static bool[] Coalition(long s, int n)
    {
        var inside = new bool[n];
        for (int i = 0; i < n; i++) inside[i] = (s >> i & 1) == 1;
        return inside;
    }

    private static Rational[] Johnston(long[] byCritical, int n)
    {
        int stride = n + 1;
        var l = BigInteger.One;
        for (int c = 2; c < stride; c++)
        {
            for (int i = 0; i < n; i++)
            {
                if (byCritical[(i * stride) + c] == 0) continue;
                l = l / BigInteger.GreatestCommonDivisor(l, c) * c;
                break;
            }
        }

        var raw = new BigInteger[n];
        var total = BigInteger.Zero;
        for (int i = 0; i < n; i++)
        {
            for (int c = 1; c < stride; c++)
            {
                long x = byCritical[(i * stride) + c];
                if (x != 0) raw[i] += x * (l / c);
            }

            total += raw[i];
        }

        return raw.Select(r => total.IsZero ? Rational.Zero : new Rational(r, total)).ToArray();
    }

    private static Rational[] DeeganPackel(long[] minimalBySize, int n, long count)
    {
        int stride = n + 1;
        var l = BigInteger.One;
        for (int s = 2; s < stride; s++)
        {
            for (int i = 0; i < n; i++)
            {
                if (minimalBySize[(i * stride) + s] == 0) continue;
                l = l / BigInteger.GreatestCommonDivisor(l, s) * s;
                break;
            }
        }

        var result = new Rational[n];
        for (int i = 0; i < n; i++)
        {
            var numerator = BigInteger.Zero;
            for (int s = 1; s < stride; s++)
            {
                long x = minimalBySize[(i * stride) + s];
                if (x != 0) numerator += x * (l / s);
            }

            result[i] = count == 0 ? Rational.Zero : new Rational(numerator, l * count);
        }

        return result;
    }

    private static Rational[] HollerPackel(long[] minimalBySize, int n)
    {
        int stride = n + 1;
        var memberships = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++)
        {
            for (int s = 1; s < stride; s++) memberships[i] += minimalBySize[(i * stride) + s];
            total += memberships[i];
        }

        return memberships.Select(m => total == 0 ? Rational.Zero : new Rational(m, total)).ToArray();
    }
}
