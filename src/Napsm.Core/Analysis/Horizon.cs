using Napsm.Core.Model;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>When a commitment falls due, relative to the design's <c>asOf</c>.</summary>
public enum Horizon
{
    /// <summary>Due before the design's <c>asOf</c>.</summary>
    Past,

    /// <summary>Due on or after <c>asOf</c> and no later than <see cref="StakeOptions.Near"/> after it.</summary>
    Near,

    /// <summary>Due after the near horizon and no later than <see cref="StakeOptions.Medium"/> after <c>asOf</c>.</summary>
    Medium,

    /// <summary>Due after the medium horizon.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Long is the horizon's name (near, medium, long), not a type.")]
    Long,

    /// <summary>No date can be given: no due date, no deadline from the schedule, or a design without <c>asOf</c>.</summary>
    Undated,
}
