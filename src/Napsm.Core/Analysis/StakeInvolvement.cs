using Napsm.Core.Model;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>How a diagnostic involves a member (<see cref="StakeDiagnostic.Involvement"/>).</summary>
public enum StakeInvolvement
{
    /// <summary>The diagnostic names the member (<see cref="Diagnostic.Involves"/>).</summary>
    NamesMember,

    /// <summary>The diagnostic is about the member's own entry.</summary>
    OwnEntry,

    /// <summary>The diagnostic is about a body where the member votes.</summary>
    Voter,

    /// <summary>The diagnostic is about a body the member chairs (and does not vote in).</summary>
    Chair,

    /// <summary>The diagnostic is about a commitment the member gives or receives.</summary>
    GiverOrRecipient,

    /// <summary>The diagnostic is about a treaty the member is a party to.</summary>
    Party,
}
