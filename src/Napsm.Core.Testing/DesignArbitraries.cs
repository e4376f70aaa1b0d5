using FsCheck;
using FsCheck.Fluent;
using Napsm.Core.Model;

namespace Napsm.Core.Testing;

/// <summary>
/// FsCheck arbitraries (generator plus shrinker) for designs and rules, for
/// <c>[Properties(Arbitrary = new[] { typeof(DesignArbitraries) })]</c>: a property taking a <see cref="Design"/> or a
/// <see cref="DecisionRule"/> parameter then receives valid ones.
/// </summary>
public static class DesignArbitraries
{
    /// <summary>The voters that <see cref="Rule"/> ranges over: <c>a</c> to <c>f</c>.</summary>
    public static IReadOnlyList<string> RuleVoters { get; } = ["a", "b", "c", "d", "e", "f"];

    /// <summary>Valid designs of every feature, shrinking by dropping unused elements and simplifying rules.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Design> Design() => Arb.From(DesignGenerators.Design(), DesignGenerators.ShrinkDesign);

    /// <summary>Rules over the voters <see cref="RuleVoters"/> (no weights from attributes), shrinking to simpler rules.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DecisionRule> Rule() => Arb.From(DesignGenerators.Rule(RuleVoters), DesignGenerators.ShrinkRule);
}
