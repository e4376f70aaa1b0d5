using Napsm.Core.Model;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>Where a commitment's date comes from.</summary>
public enum DateBasis
{
    /// <summary>The commitment's own <c>due</c> date.</summary>
    Due,

    /// <summary>The latest date the schedule allows for it (its phase's window and the timing constraints).</summary>
    Scheduled,

    /// <summary>No date.</summary>
    None,
}
