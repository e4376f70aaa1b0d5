using System.Collections.Concurrent;
using NodaTime;

namespace Napsm.Core.Kernel;

/// <summary>
/// Day counts of NodaTime periods. A period of weeks and days has a fixed length; one with months or years does not
/// (P1M is 28 to 31 days), so it has a range, computed exactly over a whole 400-year Gregorian cycle.
/// </summary>
internal static class PeriodDays
{
    /// <summary>The fixed epoch that turns dates into day numbers (day 0).</summary>
    public static readonly LocalDate Epoch = new(2000, 1, 1);

    private static readonly ConcurrentDictionary<(int Years, int Months), (long Min, long Max)> MonthRanges = new();

    public static long DayNumber(LocalDate date) => Period.DaysBetween(Epoch, date);

    /// <summary>
    /// The date of a day number, or <see langword="null"/> beyond the calendar's range: the dates a design can state, 0001-01-01 to
    /// 9999-12-31 (<see cref="IsoDate.First"/>, <see cref="IsoDate.Last"/>), so that every date an engine gives can be written and read back.
    /// </summary>
    public static LocalDate? FromDayNumber(long day)
    {
        if (day < MinDay || day > MaxDay) return null;
        return Epoch.PlusDays((int)day);
    }

    private static readonly long MinDay = DayNumber(IsoDate.First);
    private static readonly long MaxDay = DayNumber(IsoDate.Last);

    /// <summary><paramref name="date"/> plus <paramref name="period"/> (date units only), or <see langword="null"/> beyond the calendar's range (<see cref="FromDayNumber"/>).</summary>
    public static LocalDate? TryAdd(LocalDate date, Period period)
    {
        try
        {
            var end = Add(date, period);
            return end < IsoDate.First || end > IsoDate.Last ? null : end;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>The exact length of a period from a date, or <see langword="null"/> when the end falls beyond the calendar's range.</summary>
    public static long? TryExact(LocalDate from, Period period) => TryAdd(from, period) is { } end ? Period.DaysBetween(from, end) : null;

    /// <summary>The exact length of a period counted back from a date, or <see langword="null"/> beyond the calendar's range.</summary>
    public static long? TryExactBack(LocalDate to, Period period) => TryAdd(to, Period.Zero - period) is { } start ? Period.DaysBetween(start, to) : null;

    /// <summary>Whether the period's length in days depends on where it starts (it has months or years).</summary>
    public static bool IsVariable(Period period) => period.Years != 0 || period.Months != 0;

    /// <summary>The exact length of <paramref name="period"/> started at <paramref name="from"/>, in days.</summary>
    public static long Exact(LocalDate from, Period period) => Period.DaysBetween(from, Add(from, period));

    /// <summary>The exact length of <paramref name="period"/> ending at <paramref name="to"/> (counted back), in days.</summary>
    public static long ExactBack(LocalDate to, Period period) => Period.DaysBetween(Add(to, Period.Zero - period), to);

    /// <summary>The least and greatest length of the period in days, over every possible start date.</summary>
    public static (long Min, long Max) Range(Period period)
    {
        long fixedDays = FixedDays(period, roundUp: false);
        long fixedDaysUp = FixedDays(period, roundUp: true);
        if (!IsVariable(period)) return (fixedDays, fixedDaysUp);
        var (min, max) = MonthRanges.GetOrAdd((period.Years, period.Months), static key =>
        {
            long total = key.Years * 12L + key.Months;
            // Beyond about 9,000 years no start date of the cycle stays in range: fall back to 28 and 31 days a month (wider, still safe).
            if (Math.Abs(total) > 12L * 9_000) return total >= 0 ? (total * 28, total * 31) : (total * 31, total * 28);
            var months = Period.FromYears(key.Years) + Period.FromMonths(key.Months);
            long lo = long.MaxValue, hi = long.MinValue;
            // 400 Gregorian years repeat exactly, so every start date in one cycle covers every case.
            var start = total >= 0 ? new LocalDate(-8_000, 1, 1) : new LocalDate(8_000, 1, 1);
            for (int i = 0; i < 146_097; i++)
            {
                var d = start.PlusDays(i);
                int length = Period.DaysBetween(d, d + months);
                lo = Math.Min(lo, length);
                hi = Math.Max(hi, length);
            }

            return (lo, hi);
        });
        return (min + fixedDays, max + fixedDaysUp);
    }

    /// <summary>Weeks, days and any time part in whole days (time parts rounded down, or up when <paramref name="roundUp"/>).</summary>
    private static long FixedDays(Period period, bool roundUp)
    {
        long days = period.Weeks * 7L + period.Days;
        long ticks = period.Hours * NodaConstants.TicksPerHour + period.Minutes * NodaConstants.TicksPerMinute
            + period.Seconds * NodaConstants.TicksPerSecond + period.Milliseconds * NodaConstants.TicksPerMillisecond
            + period.Ticks + period.Nanoseconds / 100;
        if (ticks == 0) return days;
        long whole = Math.DivRem(ticks, NodaConstants.TicksPerDay, out long rest);
        if (roundUp && rest > 0) whole++;
        if (!roundUp && rest < 0) whole--;
        return days + whole;
    }

    internal static LocalDate Add(LocalDate date, Period period) =>
        date + Period.FromYears(period.Years) + Period.FromMonths(period.Months) + Period.FromWeeks(period.Weeks) + Period.FromDays(period.Days);

    /// <summary>ISO text of a period, such as <c>P60D</c>.</summary>
    public static string Text(Period period) => period.ToString();
}
