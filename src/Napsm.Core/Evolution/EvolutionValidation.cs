using Napsm.Core.Validation;

namespace Napsm.Core.Evolution;

/// <summary>
/// The evolution step diagnostics in a validation: NAPSM1004 (a step its governing rules cannot pass), NAPSM1005 (a step that takes
/// a veto from a member whose consent it needs), NAPSM1007 (a step that entrenches what it changes) and NAPSM1008 (a predecessor
/// that cannot be found).
/// </summary>
/// <remarks>
/// The step from the design named in <c>evolvesFrom</c> (or <see cref="ValidationOptions.Predecessor"/>) is an analysis of two
/// designs, above the single-design validator in the layering, so a <see cref="DesignValidator"/> checks it only when asked:
/// <c>napsm check</c>, <c>napsm evolve</c> and <c>Napsm.Core.Testing</c>'s <c>DesignAssert</c> ask.
/// </remarks>
/// <example><code>var report = new DesignValidator().WithEvolutionRules().Validate(DesignJson.Load("napsm-c.json"));</code></example>
public static class EvolutionValidation
{
    /// <summary>A validator that also checks the step from the design's predecessor (idempotent).</summary>
    /// <param name="validator">The validator.</param>
    /// <returns>A new validator with the step rules; this one is unchanged.</returns>
    public static DesignValidator WithEvolutionRules(this DesignValidator validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        return validator.WithLayerRule(new EvolutionStepRule());
    }
}
