using System.Globalization;
using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>How one member's power in one body shifts from the first design to the second. A member who does not vote counts as zero.</summary>
public sealed record PowerShift
{
    internal PowerShift(string body, string member) => (Body, Member) = (body, member);

    /// <summary>The body's id.</summary>
    public string Body { get; }

    /// <summary>The member's id.</summary>
    public string Member { get; }

    /// <summary>The body's name.</summary>
    public required string BodyName { get; init; }

    /// <summary>The member's name (or its id when neither design has it as a member).</summary>
    public required string MemberName { get; init; }

    /// <summary>Whether the body was added, removed or changed.</summary>
    public required ChangeKind BodyChange { get; init; }

    /// <summary>Shapley–Shubik before; zero when the body or the seat did not exist; <see langword="null"/> when not computed.</summary>
    public Rational? ShapleyShubikBefore { get; init; }

    /// <summary>Shapley–Shubik after; zero when the body or the seat no longer exists; <see langword="null"/> when not computed.</summary>
    public Rational? ShapleyShubikAfter { get; init; }

    /// <summary>Banzhaf before; zero when the body or the seat did not exist; <see langword="null"/> when not computed.</summary>
    public Rational? BanzhafBefore { get; init; }

    /// <summary>Banzhaf after; zero when the body or the seat no longer exists; <see langword="null"/> when not computed.</summary>
    public Rational? BanzhafAfter { get; init; }

    /// <summary>Whether the member held a veto before (false for a non-voter); <see langword="null"/> when the rule had problems.</summary>
    public bool? VetoBefore { get; init; }

    /// <summary>Whether the member holds a veto after (false for a non-voter); <see langword="null"/> when the rule has problems.</summary>
    public bool? VetoAfter { get; init; }

    /// <summary>Whether the member was a dummy before (false for a non-voter); <see langword="null"/> when not computed.</summary>
    public bool? DummyBefore { get; init; }

    /// <summary>Whether the member is a dummy after (false for a non-voter); <see langword="null"/> when not computed.</summary>
    public bool? DummyAfter { get; init; }

    /// <summary>
    /// Whether the body's rule reads abstention (#15: a base other than members, a quorum, a veto abstention does not block) in either
    /// design, so that the ternary figures below are given beside the binary ones above (which count every voter present and abstention
    /// as no). False: the ternary figures are all null.
    /// </summary>
    public bool HasTernary { get; init; }

    /// <summary>
    /// Felsenthal &amp; Machover's ternary Shapley–Shubik index before; zero for a non-voter; <see langword="null"/> when not computed or
    /// when the rule before does not read abstention.
    /// </summary>
    public Rational? TernaryShapleyShubikBefore { get; init; }

    /// <summary>The ternary Shapley–Shubik index after; zero for a non-voter; <see langword="null"/> when not computed or not read.</summary>
    public Rational? TernaryShapleyShubikAfter { get; init; }

    /// <summary>The ternary Banzhaf index before; zero for a non-voter; <see langword="null"/> when not computed or not read.</summary>
    public Rational? TernaryBanzhafBefore { get; init; }

    /// <summary>The ternary Banzhaf index after; zero for a non-voter; <see langword="null"/> when not computed or not read.</summary>
    public Rational? TernaryBanzhafAfter { get; init; }

    /// <summary>After minus before, Shapley–Shubik; <see langword="null"/> when either was not computed.</summary>
    public Rational? ShapleyShubikShift => ShapleyShubikAfter - ShapleyShubikBefore;

    /// <summary>After minus before, Banzhaf; <see langword="null"/> when either was not computed.</summary>
    public Rational? BanzhafShift => BanzhafAfter - BanzhafBefore;

    /// <summary><see cref="ShapleyShubikShift"/> as a double; NaN when not computed.</summary>
    public double ShapleyShubikShiftAsDouble => ShapleyShubikShift?.ToDouble() ?? double.NaN;

    /// <summary><see cref="BanzhafShift"/> as a double; NaN when not computed.</summary>
    public double BanzhafShiftAsDouble => BanzhafShift?.ToDouble() ?? double.NaN;
}
