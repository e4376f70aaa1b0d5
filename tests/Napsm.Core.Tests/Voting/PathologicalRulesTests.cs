using System.Numerics;
using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Voting;

/// <summary>
/// Issue 14's corpus of pathological rules (the games that hung or printed zeros before the budget): each is analysed under a small
/// time limit and must come back, with every part asked for either computed (with its method) or not computed with a typed reason,
/// and never a figure for a part it did not compute. The limit is the test's input, not a timing assertion; the watchdog only tells a
/// hang (an analysis that ignores its limit) from a slow answer.
/// </summary>
public class PathologicalRulesTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(500);

    // An analysis that ignores its limit is a hang; one that stops within this many limits is an answer.
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(90);

    private static string[] Voters(int n) => Enumerable.Range(0, n).Select(i => "v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static DecisionRule WeightedOver(IEnumerable<string> voters, Func<int, BigInteger> weight, Threshold quota) =>
        Rule.Weighted(voters.Select((v, i) => KeyValuePair.Create(v, (Rational)weight(i))), quota);

    /// <summary>A deterministic stream of large, distinct weights (no System.Random: the corpus must be the same on every runtime).</summary>
    private static BigInteger Mixed(int i, int salt, int bits)
    {
        ulong x = (ulong)(i + 1) * 0x9E3779B97F4A7C15UL ^ (ulong)salt * 0xBF58476D1CE4E5B9UL;
        x ^= x >> 31;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 29;
        var value = new BigInteger(x);
        return bits <= 64 ? (value >> (64 - bits)) | BigInteger.One << (bits - 1) : (value << (bits - 64)) + i;
    }

    private static DecisionRule Nested(int depth, string[] voters)
    {
        DecisionRule rule = WeightedOver(voters, i => Mixed(i, depth, 20), Threshold.Fraction(new Rational(1, 2)));
        for (int d = 0; d < depth; d++)
        {
            var leaf = WeightedOver(voters, i => Mixed(i, d, 20), Threshold.Fraction(new Rational(1, 2)));
            rule = d % 2 == 0 ? Rule.All(rule, leaf) : Rule.Any(rule, leaf);
        }

        return rule;
    }

    /// <summary>The corpus: a name and the game, built lazily so that a case is only built by its own test.</summary>
    public static TheoryData<string> Cases => new(Corpus.Keys);

    private static readonly Dictionary<string, Func<VotingGame>> Corpus = new(StringComparer.Ordinal)
    {
        ["any of 40 weighted clauses, distinct ~2^40 weights, 120 voters"] = () =>
        {
            var v = Voters(120);
            return VotingGame.Create(Rule.Any(Enumerable.Range(0, 40).Select(c => WeightedOver(v, i => Mixed(i, c, 40), Threshold.Fraction(new Rational(2, 3))))), v);
        },
        ["all of 30 weighted clauses, distinct large weights, 200 voters"] = () =>
        {
            var v = Voters(200);
            return VotingGame.Create(Rule.All(Enumerable.Range(0, 30).Select(c => WeightedOver(v, i => Mixed(i, c, 36), Threshold.Fraction(new Rational(1, 2))))), v);
        },
        ["all/any nested to depth 500 with weighted leaves, 100 voters"] = () =>
        {
            var v = Voters(100);
            return VotingGame.Create(Nested(500, v), v);
        },
        ["weighted majority of 40 voters, weights up to 10^9"] = () =>
        {
            var v = Voters(40);
            return VotingGame.Create(WeightedOver(v, i => Mixed(i, 7, 30) % 1_000_000_000 + 1, Threshold.Fraction(new Rational(1, 2))), v);
        },
        ["60 voters at 62.5%, weights near 5*10^16"] = () =>
        {
            var v = Voters(60);
            return VotingGame.Create(WeightedOver(v, i => 50_000_000_000_000_000 + Mixed(i, 3, 40), Threshold.Percentage(new Rational(625, 10))), v);
        },
        ["weights near 2^63"] = () =>
        {
            var v = Voters(50);
            return VotingGame.Create(WeightedOver(v, i => long.MaxValue - Mixed(i, 5, 40), Threshold.Fraction(new Rational(1, 2))), v);
        },
        ["weights beyond 2^63 (up to 2^100)"] = () =>
        {
            var v = Voters(50);
            return VotingGame.Create(WeightedOver(v, i => Mixed(i, 11, 100), Threshold.Fraction(new Rational(2, 3))), v);
        },
        ["simple majority of 5,000 voters"] = () => VotingGame.Create(Rule.SimpleMajority, Voters(5_000)),
        ["consensus minus 7 of 5,000 voters"] = () => VotingGame.Create(Rule.ConsensusMinus(7), Voters(5_000)),
        ["5,000 voters weighing 1-1000 at one half"] = () =>
        {
            var v = Voters(5_000);
            return VotingGame.Create(WeightedOver(v, i => (int)(Mixed(i, 13, 20) % 1000) + 1, Threshold.Fraction(new Rational(1, 2))), v);
        },
        ["1,000 voters weighted at 2/3"] = () =>
        {
            var v = Voters(1_000);
            return VotingGame.Create(WeightedOver(v, i => Mixed(i, 17, 24), Threshold.Fraction(new Rational(2, 3))), v);
        },
        ["the same 'of' subset repeated 2,000 times"] = () =>
        {
            var v = Voters(60);
            var clause = Rule.AtLeast(Threshold.Count(3), v.Take(5));
            return VotingGame.Create(Rule.All(Enumerable.Repeat(clause, 2_000).Prepend(Rule.SimpleMajority)), v);
        },
        ["193 voters weighted by population-like weights"] = () =>
        {
            var v = Voters(193);
            return VotingGame.Create(WeightedOver(v, i => Mixed(i, 19, 31) >> (i % 11), Threshold.Fraction(new Rational(1, 2))), v);
        },
        ["veto of 30 within a weighted two-thirds of 150"] = () =>
        {
            var v = Voters(150);
            return VotingGame.Create(Rule.All(WeightedOver(v, i => Mixed(i, 23, 33), Threshold.Fraction(new Rational(2, 3))), Rule.Veto(v.Take(30))), v);
        },
    };

    private static GameAnalysis AnalyseWithinWatchdog(string name, AnalysisOptions options, CancellationToken token = default)
    {
        var game = Corpus[name]();
        GameAnalysis? result = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { result = game.Analyze(options, token); }
            catch (Exception e) { failure = e; }
        }, 64 * 1024 * 1024) { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(Watchdog), $"'{name}' did not stop at its limit of {options.TimeLimit}: a hang");
        Assert.Null(failure);
        return result!;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_pathological_rule_answers_within_its_limit_and_gives_no_figure_it_did_not_compute(string name)
    {
        var a = AnalyseWithinWatchdog(name, new AnalysisOptions { TimeLimit = Limit, MemoryLimit = 400_000_000 });
        var asked = GameAnalyzer.Wanted(a.Game, new AnalysisOptions());
        Assert.True(HonestResultsTests.FiguresMatchParts(a), $"'{name}': a figure is present for a part not computed, or missing for one computed");
        Assert.All(asked, p => Assert.True(a.IsComputed(p) ^ a.ReasonFor(p) is not null, $"'{name}': part {p} is neither computed nor has one reason"));
        Assert.DoesNotContain(a.NotComputed, p => p.Reason == NotComputedReason.InvalidRule);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_pathological_rule_stops_when_cancelled_and_says_so(string name)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var a = AnalyseWithinWatchdog(name, new AnalysisOptions(), cancelled.Token);
        Assert.Empty(a.Methods);
        // A part refused by its measured size before any work is "too large" even when cancelled; every other part says cancelled.
        Assert.All(a.NotComputed, p => Assert.True(p.Reason == NotComputedReason.Cancelled || p.Size is not null && p.Reason != NotComputedReason.TimeLimit,
            $"'{name}': {p.Part} is {p.Reason} without a measured size"));
        Assert.Contains(a.NotComputed, p => p.Reason == NotComputedReason.Cancelled);
        Assert.True(HonestResultsTests.FiguresMatchParts(a));
    }

    [Fact]
    public void Symmetric_games_of_5000_voters_are_answered_exactly_from_their_classes()
    {
        // Every voter alike: each index is exactly 1/n, from one class of 5,000 (no table over coalitions). No time limit (a loaded
        // machine must not turn this into "not computed"); the watchdog still catches a hang.
        foreach (var name in new[] { "simple majority of 5,000 voters", "consensus minus 7 of 5,000 voters" })
        {
            var a = AnalyseWithinWatchdog(name, new AnalysisOptions { ClauseEffects = false });
            Assert.True(a.IsComputed(AnalysisPart.Swings), name);
            Assert.True(a.IsComputed(AnalysisPart.ShapleyShubik), name);
            Assert.All(a.Members, m => Assert.Equal(new Rational(1, 5_000), m.ShapleyShubik));
            Assert.All(a.Members, m => Assert.Equal(new Rational(1, 5_000), m.Banzhaf));
        }
    }
}
