using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>One union (a bloc, or a voter in no bloc) as a player of the quotient game: a set of unions wins when their members together win.</summary>
public sealed record UnionPower
{
    internal UnionPower(IEnumerable<string> members, bool isBloc)
    {
        Members = ValueList<string>.From(members);
        IsBloc = isBloc;
    }

    /// <summary>The union's voters, in voter order.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>Whether the union is one of the blocs given (otherwise a voter in no bloc, a union of one).</summary>
    public bool IsBloc { get; }

    /// <summary>The union's Shapley–Shubik index in the quotient game; null when not computed.</summary>
    public Rational? ShapleyShubik { get; init; }

    /// <summary>The union's normalised Banzhaf index in the quotient game; null when not computed.</summary>
    public Rational? Banzhaf { get; init; }

    /// <summary>The union's swings in the quotient game: the sets of other unions that win with it and lose without it; null when not computed.</summary>
    public BigInteger? Swings { get; init; }

    /// <summary>Whether the union can block alone: every other union together loses while every union together wins.</summary>
    public bool IsVeto { get; init; }
}
