using NodaTime;

namespace Napsm.Core.Model;

/// <summary>
/// When a treaty enters into force: a decision rule over its parties' standing ratifications, then a delay, and not before a date
/// (CTBT: all 44 Annex 2 states, then 180 days, not before 24 September 1998).
/// </summary>
public sealed record EntryIntoForce
{
    /// <summary>Creates the condition.</summary>
    /// <param name="rule">The rule over the parties: a coalition of ratifying parties that passes it brings the treaty into force.</param>
    public EntryIntoForce(DecisionRule rule) => Rule = rule;

    /// <summary>The rule over the parties: a coalition of ratifying parties that passes it brings the treaty into force.</summary>
    public DecisionRule Rule { get; init => field = Guard.NotNull(value); }

    /// <summary>The delay between the rule first being met and entry into force (<c>P180D</c>); optional.</summary>
    public Period? Delay { get; init; }

    /// <summary>The earliest date of entry into force; optional.</summary>
    public LocalDate? NotBefore { get; init; }
}
