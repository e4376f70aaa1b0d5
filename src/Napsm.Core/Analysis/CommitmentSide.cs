using Napsm.Core.Model;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>Which way a commitment runs for the member.</summary>
public enum CommitmentSide
{
    /// <summary>The member undertakes it (it is among <c>by</c>), and it is not owed to the member.</summary>
    Gives,

    /// <summary>Others undertake it for the member: the member is among <c>to</c>, or it is exchanged for a commitment the member gives.</summary>
    Receives,

    /// <summary>The member undertakes it and is also among those it is owed to (a mutual undertaking).</summary>
    Mutual,
}
