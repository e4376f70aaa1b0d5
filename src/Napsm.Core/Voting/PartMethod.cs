using System.Globalization;

namespace Napsm.Core.Voting;

/// <summary>Which method produced one part of an analysis.</summary>
/// <param name="Part">The part.</param>
/// <param name="Method">The method.</param>
public sealed record PartMethod(AnalysisPart Part, AnalysisMethod Method);
