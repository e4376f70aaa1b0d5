using Napsm.Core.Model;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>How a member's power in a body changed from the baseline design (after minus before; a non-voter counts as zero).</summary>
public sealed record PowerChange
{
    /// <summary>Shapley–Shubik in the baseline; <see langword="null"/> when not computed.</summary>
    public Rational? ShapleyShubikBefore { get; init; }

    /// <summary>Banzhaf in the baseline; <see langword="null"/> when not computed.</summary>
    public Rational? BanzhafBefore { get; init; }

    /// <summary>Whether the member held a veto in the baseline; <see langword="null"/> when the baseline's rule has problems.</summary>
    public bool? WasVeto { get; init; }

    /// <summary>Whether the member was a dummy in the baseline; <see langword="null"/> when not computed.</summary>
    public bool? WasDummy { get; init; }

    /// <summary>Whether the member voted in the baseline's body.</summary>
    public bool WasVoter { get; init; }

    /// <summary>The change in Shapley–Shubik; <see langword="null"/> when either side was not computed.</summary>
    public Rational? ShapleyShubikDelta { get; init; }

    /// <summary>The change in Banzhaf; <see langword="null"/> when either side was not computed.</summary>
    public Rational? BanzhafDelta { get; init; }

    /// <summary><see cref="ShapleyShubikDelta"/> as a double; NaN when not computed.</summary>
    public double ShapleyShubikDeltaAsDouble => ShapleyShubikDelta?.ToDouble() ?? double.NaN;

    /// <summary><see cref="BanzhafDelta"/> as a double; NaN when not computed.</summary>
    public double BanzhafDeltaAsDouble => BanzhafDelta?.ToDouble() ?? double.NaN;
}
