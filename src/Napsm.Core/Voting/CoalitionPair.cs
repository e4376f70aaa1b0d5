using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>
/// Two disjoint coalitions that witness a property: two winning coalitions for an improper game (<see cref="GameAnalysis.ImproperWitness"/>),
/// or a losing coalition and its losing complement for a game that is not strong (<see cref="GameAnalysis.NotStrongWitness"/>).
/// </summary>
public sealed record CoalitionPair
{
    internal CoalitionPair(IEnumerable<string> first, IEnumerable<string> second)
    {
        First = ValueList<string>.From(first);
        Second = ValueList<string>.From(second);
    }

    /// <summary>The first coalition, as voter ids in voter order.</summary>
    public IReadOnlyList<string> First { get; }

    /// <summary>The second coalition, disjoint from the first.</summary>
    public IReadOnlyList<string> Second { get; }
}
