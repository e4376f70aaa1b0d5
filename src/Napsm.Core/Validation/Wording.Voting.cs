using System.Globalization;
using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Validation;

public static partial class Wording
{
    /// <summary>
    /// A problem of a decision rule in words, naming the ids involved, such as
    /// <c>'zz' is a veto holder in the rule but is not a voter; it counts as never in favour</c>.
    /// </summary>
    /// <param name="problem">The problem.</param>
    /// <returns>The sentence.</returns>
    public static string Of(RuleProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var p = problem;
        string id = p.Ids.Count > 0 ? p.Ids[0] : "";
        return p.Kind switch
        {
            RuleProblemKind.NotAVoter => $"'{id}' is {p.Role switch
            {
                RuleRole.VetoHolder => "a veto holder in",
                RuleRole.WeightedVoter => "given a weight in",
                _ => "counted in",
            }} the rule but is not a voter; it counts as never in favour",
            RuleProblemKind.MissingWeight => $"voter \"{id}\" has no weight in the weighted rule; it counts as weight 0.",
            RuleProblemKind.MissingAttribute => p.Value is { } value
                ? $"voter \"{id}\" has a negative \"{p.Attribute}\" ({value}); it counts as weight 0."
                : $"voter \"{id}\" has no attribute \"{p.Attribute}\" to weigh its vote; it counts as weight 0.",
            RuleProblemKind.ThresholdOutOfRange => Threshold(p) + (p.Fault == ThresholdFault.ToleratesEveryone ? "." : ""),
            RuleProblemKind.UnknownBody => $"Voter \"{id}\" of body \"{p.Body}\" names no body of the design.",
            RuleProblemKind.CompoundCycle => $"Voter \"{id}\" of body \"{p.Body}\" closes a cycle of bodies voting in each other.",
            _ => throw new ArgumentOutOfRangeException(nameof(problem), p.Kind, "Unknown rule problem kind."),
        };
    }

    /// <summary>A threshold out of range in words, without a final full stop (NAPSM0309 quotes it inside its message).</summary>
    internal static string Threshold(RuleProblem p)
    {
        if (p.Fault == ThresholdFault.ToleratesEveryone)
        {
            var k = p.Clause is ConsensusMinusRule cm ? cm.K.ToString(CultureInfo.InvariantCulture) : "k";
            return string.Create(CultureInfo.InvariantCulture,
                $"consensus minus {k} tolerates as many objections as there are voters ({p.Total}): it passes even with nobody in favour");
        }

        var why = p.Fault switch
        {
            ThresholdFault.PercentageAbove100 => $"the percentage {p.Threshold} is above 100%",
            ThresholdFault.FractionAboveOne => $"the fraction {p.Threshold} is above 1",
            _ => string.Create(CultureInfo.InvariantCulture,
                $"the threshold {(p.Comparison == Comparison.AtLeast ? "at least" : "more than")} {p.Threshold} exceeds the {(p.Fault == ThresholdFault.AboveTotalWeight ? "total weight" : "voters counted")} ({p.Total})"),
        };
        return why + ": the rule can never pass";
    }

    /// <summary>
    /// The measurement of a part not computed in a few words, for writers to quote after its reason
    /// (<c>needs 1,200 bytes, above the limit of 63</c>); derived from <see cref="PartNotComputed.Reason"/> and
    /// <see cref="PartNotComputed.Size"/> only, and empty when there is nothing to add.
    /// </summary>
    /// <param name="part">The part not computed.</param>
    /// <returns>The words, or the empty string.</returns>
    public static string Detail(PartNotComputed part)
    {
        ArgumentNullException.ThrowIfNull(part);
        return (part.Reason, part.Size) switch
        {
            (NotComputedReason.WeightsOutOfRange, _) => "above 2^63 after scaling",
            (NotComputedReason.InvalidRule, _) => "the rule has problems",
            (NotComputedReason.Cancelled, _) => "cancelled",
            (NotComputedReason.TimeLimit, { Amount: { } spent } s) => "stopped after its part, " + Number(spent) + " s, of the limit of " + Number(s.Limit) + " s",
            (NotComputedReason.TimeLimit, { } s) => "stopped at the limit of " + Number(s.Limit) + " s",
            (_, { Unit: SizeUnit.Nodes, Amount: null } s) => "a decision diagram above " + Number(s.Limit) + " nodes",
            (_, { Unit: SizeUnit.Bytes } s) => (s.Amount is { } a ? "needs " + Number(a) + " bytes" : "needs more") + ", above the limit of " + Number(s.Limit),
            (_, { } s) => (s.Amount is { } a ? Number(a) : "more than " + Number(s.Limit)) + " " + UnitName(s.Unit) + (s.Amount is null ? "" : ", above the limit of " + Number(s.Limit)),
            _ => "",
        };
    }

    private static string UnitName(SizeUnit unit) => unit switch
    {
        SizeUnit.Nodes => "decision-diagram nodes",
        SizeUnit.Vectors => "class vectors to count",
        SizeUnit.Operations => "operations",
        SizeUnit.Seconds => "seconds",
        _ => "bytes",
    };

    private static string Number(double value) => value < 1e15 && value == Math.Floor(value)
        ? value.ToString("#,0", CultureInfo.InvariantCulture)
        : value.ToString("G4", CultureInfo.InvariantCulture);
}
