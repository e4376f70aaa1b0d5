using System.Globalization;

namespace Napsm.Core.Voting;

/// <summary>A size that exceeded a limit: what was measured (or estimated), and the limit.</summary>
/// <param name="Unit">What the figures measure.</param>
/// <param name="Amount">The size needed, or <see langword="null"/> when the method stopped on reaching the limit without knowing the total.
/// For <see cref="SizeUnit.Seconds"/>: the time this analysis had when that was a part of <paramref name="Limit"/> (the games of one
/// command share its limit), else null.</param>
/// <param name="Limit">The limit it exceeded.</param>
public sealed record AnalysisSize(SizeUnit Unit, double? Amount, double Limit);
