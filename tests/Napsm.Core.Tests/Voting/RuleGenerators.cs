using FsCheck;
using FsCheck.Fluent;
using Napsm.Core.Model;

namespace Napsm.Core.Tests.Voting;

/// <summary>A random rule over random voters.</summary>
public sealed record RandomGame(string[] Voters, DecisionRule Rule)
{
    public override string ToString() => $"{Rule} over [{string.Join(", ", Voters)}]";
}

/// <summary>Generators of random composite decision rules over up to 14 voters, covering every rule form of the grammar.</summary>
public static class RuleGenerators
{
    private static Gen<Threshold> ThresholdFor(int total) => Gen.OneOf(
        Gen.Choose(0, total + 1).Select(c => Threshold.Count(c)),
        Gen.Choose(0, 100).Select(p => Threshold.Percentage(p)),
        from num in Gen.Choose(0, 6) from den in Gen.Choose(1, 6) select Threshold.Fraction(new Rational(num, den) > Rational.One ? Rational.One : new Rational(num, den)));

    private static Gen<string[]> Subset(string[] voters) =>
        Gen.ListOf(Gen.Elements(voters), voters.Length).Select(l => l.Distinct().ToArray()).Where(a => a.Length > 0);

    private static Gen<DecisionRule> Leaf(string[] v) => Gen.OneOf(
        Gen.Constant(Rule.Unanimity),
        Gen.Constant(Rule.Consensus),
        Gen.Constant(Rule.SimpleMajority),
        Gen.Choose(0, v.Length - 1).Select(Rule.ConsensusMinus),
        from cmp in Gen.Elements(Comparison.AtLeast, Comparison.MoreThan)
        from of in Gen.OneOf(Gen.Constant<string[]?>(null), Subset(v).Select(s => (string[]?)s))
        from t in ThresholdFor(of?.Length ?? v.Length)
        select (DecisionRule)new HeadCountRule(cmp, t, of),
        from cmp in Gen.Elements(Comparison.AtLeast, Comparison.MoreThan)
        from ws in Gen.ArrayOf(Gen.Choose(0, 12), v.Length)
        from t in ThresholdFor(ws.Sum())
        select (DecisionRule)WeightedRule.WithWeights(v.Select((id, i) => KeyValuePair.Create(id, (Rational)ws[i])), cmp, t),
        Subset(v).Select(s => Rule.Veto(s.Take(3))));

    private static Gen<DecisionRule> RuleOf(string[] v, int depth) => depth == 0
        ? Leaf(v)
        : Gen.Frequency(
            (3, Leaf(v)),
            (2, from n in Gen.Choose(1, 3) from cs in Gen.ArrayOf(RuleOf(v, depth - 1), n) select Rule.All(cs)),
            (2, from n in Gen.Choose(1, 3) from cs in Gen.ArrayOf(RuleOf(v, depth - 1), n) select Rule.Any(cs)));

    public static Gen<RandomGame> Game(int maxVoters) =>
        from n in Gen.Choose(1, maxVoters)
        let voters = Enumerable.Range(0, n).Select(i => "v" + i).ToArray()
        from rule in RuleOf(voters, 2)
        select new RandomGame(voters, rule);

    public static Gen<RandomGame> WeightedGame(int maxVoters) =>
        from n in Gen.Choose(1, maxVoters)
        let voters = Enumerable.Range(0, n).Select(i => "v" + i).ToArray()
        from ws in Gen.ArrayOf(Gen.Choose(0, 20), n)
        from q in Gen.Choose(0, ws.Sum() + 1)
        select new RandomGame(voters, Rule.Weighted(voters.Select((id, i) => KeyValuePair.Create(id, (Rational)ws[i])), Threshold.Count(q)));

    public static Arbitrary<RandomGame> Games => Arb.From(Game(14));

    public static Arbitrary<RandomGame> SmallGames => Arb.From(Game(8));

    public static Arbitrary<RandomGame> WeightedGames => Arb.From(WeightedGame(12));
}
