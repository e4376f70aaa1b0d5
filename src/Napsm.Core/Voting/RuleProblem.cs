using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>
/// A problem found while turning a decision rule into a game. Construction never throws on a malformed rule: it records the
/// problem here and gives the rule a definite meaning (see <see cref="RuleProblemKind"/>), so a validator can report it.
/// </summary>
public sealed record RuleProblem
{
    internal RuleProblem(RuleProblemKind kind, RuleRole role, IEnumerable<string> ids, string pointer, DecisionRule clause, string message)
    {
        Clause = clause;
        Kind = kind;
        Role = role;
        Ids = Model.ValueList<string>.From(ids);
        At = pointer;
        Message = message;
    }

    /// <summary>What kind of problem.</summary>
    public RuleProblemKind Kind { get; }

    /// <summary>Where the id or figure stands in the rule: in a head count, as a veto holder, as a weighted voter, or the threshold.</summary>
    public RuleRole Role { get; }

    /// <summary>The ids involved: the non-voter, the voter without a weight; empty for a threshold.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>
    /// The JSON pointer of the offending node relative to the rule (<c>/all/1/veto/2</c>, <c>/weighted/weights/fr</c>,
    /// <c>/weighted/atLeast</c>); the empty string for the rule itself. Append it to the rule's own pointer in the design.
    /// </summary>
    public string At { get; }

    /// <summary>
    /// The clause the problem is in: the rule itself, one of its <c>all</c>/<c>any</c> clauses, or a quorum — the innermost rule
    /// whose pointer <see cref="At"/> lies under.
    /// </summary>
    public DecisionRule Clause { get; }

    /// <summary>A sentence describing the problem, naming the ids involved.</summary>
    public string Message { get; }
}
