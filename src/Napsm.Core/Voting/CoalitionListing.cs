using System.Numerics;
using Napsm.Core.Model;

namespace Napsm.Core.Voting;

/// <summary>Coalitions listed up to a limit, with a clear statement of whether the list is complete.</summary>
public sealed record CoalitionListing
{
    internal CoalitionListing(IEnumerable<IReadOnlyList<string>> coalitions, bool complete)
    {
        Coalitions = ValueList<IReadOnlyList<string>>.From(coalitions);
        IsComplete = complete;
    }

    /// <summary>The coalitions found, each as voter ids in voter order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Coalitions { get; }

    /// <summary>Whether every such coalition is listed; false means "too many to list" (the limit was reached).</summary>
    public bool IsComplete { get; }
}
