using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Tests.Voting;

/// <summary>
/// The compiled weighted game (weights scaled to integers, then divided by their common factor) decides every coalition as the
/// rule's definition does in exact fractions.
/// </summary>
public class WeightedCompilationProperties
{
    public sealed record WeightedCase(Rational[] Weights, Comparison Comparison, Threshold Threshold)
    {
        public override string ToString() => $"[{string.Join(", ", Weights)}] {Comparison} {Threshold}";
    }

    // Weights sharing a common factor (as a percentage of a total scales them), some fractional; thresholds of every kind.
    private static Arbitrary<WeightedCase> Cases() =>
        (from n in Gen.Choose(1, 9)
         from factor in Gen.Elements(1, 2, 6, 50, 1000)
         from denominator in Gen.Elements(1, 1, 3, 4)
         from raw in Gen.ArrayOf(Gen.Choose(0, 9), n)
         from comparison in Gen.Elements(Comparison.AtLeast, Comparison.MoreThan)
         from threshold in Gen.OneOf(
             Gen.Choose(0, 9 * 9 * 1000 + 1).Select(c => Threshold.Count(c)),
             Gen.Choose(0, 100).Select(p => Threshold.Percentage(p)),
             from num in Gen.Choose(0, 7) from den in Gen.Choose(1, 7) where num <= den select Threshold.Fraction(new Rational(num, den)))
         select new WeightedCase(raw.Select(w => new Rational(w * factor, denominator)).ToArray(), comparison, threshold)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property A_coalition_wins_exactly_when_its_weight_meets_the_threshold() =>
        Prop.ForAll(Cases(), c =>
        {
            var voters = Enumerable.Range(0, c.Weights.Length).Select(i => "v" + i).ToArray();
            var rule = WeightedRule.WithWeights(voters.Select((v, i) => KeyValuePair.Create(v, c.Weights[i])), c.Comparison, c.Threshold);
            var game = VotingGame.Create(rule, voters);
            var total = c.Weights.Aggregate(Rational.Zero, (a, w) => a + w);
            var quota = c.Threshold.Resolve(total);
            bool agrees = true;
            for (int s = 0; s < 1 << voters.Length && agrees; s++)
            {
                var weight = Enumerable.Range(0, voters.Length).Where(i => (s >> i & 1) != 0).Aggregate(Rational.Zero, (a, i) => a + c.Weights[i]);
                bool expected = c.Comparison == Comparison.AtLeast ? weight >= quota : weight > quota;
                agrees = game.IsWinning(voters.Where((_, i) => (s >> i & 1) != 0)) == expected;
            }

            return agrees.Label("every coalition: wins ⇔ weight (at least | more than) the resolved threshold, in exact fractions");
        });
}
