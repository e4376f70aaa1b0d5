namespace Napsm.Core.Voting.Methods;

/// <summary>The parts of an analysis a counting method is asked for (swings and winning coalitions always).</summary>
internal readonly record struct MethodRequest(bool ShapleyShubik, bool Johnston, bool Minimal, bool Structure)
{
    /// <summary>Every part.</summary>
    public static MethodRequest All { get; } = new(true, true, true, true);

    /// <summary>The parts <paramref name="indices"/> asks for, with the proper/strong test.</summary>
    public static MethodRequest For(PowerIndices indices) => new(
        indices.HasFlag(PowerIndices.ShapleyShubik),
        indices.HasFlag(PowerIndices.Johnston),
        indices.HasFlag(PowerIndices.DeeganPackel) || indices.HasFlag(PowerIndices.HollerPackel),
        true);
}

/// <summary>
/// What a method expects to cost before it runs, so that the portfolio can take the cheapest applicable one: elementary operations
/// (an addition or comparison of machine words; a wide count counts once per word) and peak bytes. A method that does not apply, or
/// that would exceed what it can index, says why in <see cref="Refusal"/>.
/// </summary>
internal sealed record WorkEstimate(double Operations, double Bytes, string? Refusal = null)
{
    /// <summary>Whether the method can run on the game at all.</summary>
    public bool Applies => Refusal is null;

    /// <summary>Why, as the analysis reports it (with <see cref="Size"/>).</summary>
    public NotComputedReason Reason { get; init; } = NotComputedReason.TooLarge;

    /// <summary>The size that exceeded what the method can do, when there is one.</summary>
    public AnalysisSize? Size { get; init; }

    public static WorkEstimate Refused(string reason, AnalysisSize? size = null, NotComputedReason kind = NotComputedReason.TooLarge) =>
        new(double.PositiveInfinity, double.PositiveInfinity, reason) { Reason = kind, Size = size };

    /// <summary>The refusal as the exception the portfolio turns into a typed "not computed".</summary>
    public TooLargeException Exception() => new(Reason, Size);

    /// <inheritdoc />
    public override string ToString() => Refusal ?? string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Operations:G3} operations, {Bytes:G3} bytes");
}

/// <summary>
/// The exact result of one counting method: winning coalitions and swings always (Shapley–Shubik numerators when asked), the other
/// indices and the proper/strong test when the method gives them (null when not asked or not given), each per voter index.
/// </summary>
internal sealed class MethodOutcome
{
    public required RawPower Power { get; init; }

    public Rational[]? Johnston { get; init; }

    public Rational[]? DeeganPackel { get; init; }

    public Rational[]? HollerPackel { get; init; }

    public bool? IsProper { get; init; }

    public bool? IsStrong { get; init; }

    /// <summary>When improper: a coalition that wins and whose complement wins too (true = in the coalition).</summary>
    public bool[]? BothWin { get; init; }

    /// <summary>When not strong: a coalition that loses and whose complement loses too.</summary>
    public bool[]? BothLose { get; init; }
}

/// <summary>The bytes of one counting number for counts below 2^(n+1): the width <see cref="GameAnalyzer.Dispatch"/> picks.</summary>
internal static class CountWidth
{
    public static int Bytes(int n) => GameAnalyzer.CountBytes(n);

    /// <summary>Machine words per count operation: 1 up to 64 bits, 2 and 4 for 128 and 256, n/64 + 1 for BigInteger.</summary>
    public static double Words(int n) => n + 1 <= 64 ? 1 : n + 1 <= 128 ? 2 : n + 1 <= 256 ? 4 : 4 + (n / 64.0 * 3);
}
