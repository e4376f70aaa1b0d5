using Napsm.Core.Model;
using NodaTime;

namespace Napsm.Core.Scheduling;

/// <summary>A month or year period that no date anchors, so that its length in days is only known to lie in a range.</summary>
/// <param name="Period">The period as written (such as <c>P6M</c>).</param>
/// <param name="MinDays">The fewest days it can last (P1M: 28).</param>
/// <param name="MaxDays">The most days it can last (P1M: 31).</param>
public sealed record UnanchoredPeriod(Period Period, long MinDays, long MaxDays);
