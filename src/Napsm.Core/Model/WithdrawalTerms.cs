using NodaTime;

namespace Napsm.Core.Model;

/// <summary>How a party may leave a treaty.</summary>
public sealed record WithdrawalTerms
{
    /// <summary>The notice a withdrawal takes to become effective (<c>P3M</c>); optional.</summary>
    public Period? Notice { get; init; }

    /// <summary>How long after entry into force a party may first give notice (<c>P3Y</c>); optional.</summary>
    public Period? NotBefore { get; init; }
}
