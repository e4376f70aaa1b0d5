using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>How much one clause of an <c>all</c>/<c>any</c> matters: the coalitions whose outcome changes if the clause is removed.</summary>
public sealed record ClauseEffect
{
    internal ClauseEffect(string at, string parent, DecisionRule clause, BigInteger changed)
    {
        At = at;
        Parent = parent;
        Clause = clause;
        ChangedCoalitions = changed;
    }

    /// <summary>
    /// The pointer (relative to the rule) of the <c>all</c>/<c>any</c> the clause belongs to (<c>/any/0</c> for <c>/any/0/all/1</c>): its
    /// siblings share it.
    /// </summary>
    public string Parent { get; }

    /// <summary>The clause's JSON pointer relative to the rule (<c>/any/0/all/1</c>).</summary>
    public string At { get; }

    /// <summary>The clause.</summary>
    public DecisionRule Clause { get; }

    /// <summary>The number of coalitions (of all 2^n) whose outcome the clause decides: win with it and lose without, or the reverse.</summary>
    public BigInteger ChangedCoalitions { get; }

    /// <summary>Whether the clause never changes the outcome.</summary>
    public bool IsRedundant => ChangedCoalitions.IsZero;
}
