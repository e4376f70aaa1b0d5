using Napsm.Core.Model;
using Napsm.Core.Voting;

namespace Napsm.Core.Reporting;

/// <summary>
/// One section of a <see cref="PowerReport"/>: the analysis of one rule (a body's matter, or a treaty's entry into force), with the
/// ternary game and an alignment's a priori unions beside it when they were analysed.
/// </summary>
public sealed record PowerReportSection
{
    /// <summary>A section of the binary analysis alone.</summary>
    /// <param name="analysis">The analysis of the rule.</param>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public PowerReportSection(GameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        Analysis = analysis;
    }

    /// <summary>The analysis of the rule (the binary game: every voter present, abstention counted as no).</summary>
    public GameAnalysis Analysis { get; }

    /// <summary>
    /// The matter to name (<c>"matter"</c> in JSON, a <c>Matter:</c> line in text); <see langword="null"/> for a rule that is not one of
    /// several matters. The default value is <see langword="null"/>.
    /// </summary>
    public string? Matter { get; init; }

    /// <summary>
    /// The ternary analysis (yes, abstain or no) of the same rule, written after the binary figures; when it is given, the binary figures
    /// are labelled as those of the binary game. The default value is <see langword="null"/>.
    /// </summary>
    public TernaryAnalysis? Ternary { get; init; }

    /// <summary>The alignment analysed, given together with <see cref="Unions"/>. The default value is <see langword="null"/>.</summary>
    public Alignment? Alignment { get; init; }

    /// <summary>
    /// The analysis of the rule under <see cref="Alignment"/> (Owen and Banzhaf–Owen values, the quotient game), given together with it.
    /// The default value is <see langword="null"/>.
    /// </summary>
    public UnionAnalysis? Unions { get; init; }
}
