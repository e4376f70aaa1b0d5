using System.Collections.Concurrent;
using NodaTime;

namespace Napsm.Core.Scheduling;

/// <summary>
/// Day counts of NodaTime periods. A period of weeks and days has a fixed length; one with months or years does not
/// (P1M is 28 to 31 days), so it has a range, computed exactly over a whole 400-year Gregorian cycle.
/// </summary>
internal static class PeriodDays
{
    /// <summary>The fixed epoch that turns dates into day numbers (day 0).</summary>
    public static readonly LocalDate Epoch = new(2000, 1, 1);

    private static readonly ConcurrentDictionary<(int Years, int Months), (int Min, int Max)> MonthRanges = new();

    public static long DayNumber(LocalDate date) => Period.DaysBetween(Epoch, date);

    /// <summary>The days of 400 Gregorian years: shifting a date by them keeps its month, day and leap-year pattern.</summary>
    private const long CycleDays = 146_097;

    private static readonly long MinDay = DayNumber(LocalDate.MinIsoValue);
    private static readonly long MaxDay = DayNumber(LocalDate.MaxIsoValue);

    /// <summary>The date of a day number, clamped to the calendar's range (LocalDate.MinIsoValue to MaxIsoValue, years −9998 to 9999).</summary>
    public static LocalDate FromDayNumber(long day) => Epoch.PlusDays((int)Math.Clamp(day, MinDay, MaxDay));

    /// <summary>Whether the period's length in days depends on where it starts (it has months or years).</summary>
    public static bool IsVariable(Period period) => period.Years != 0 || period.Months != 0;

    /// <summary>The exact length of <paramref name="period"/> started at <paramref name="from"/>, in days.</summary>
    public static long Exact(LocalDate from, Period period) => Shift(from, period, 1);

    /// <summary>The exact length of <paramref name="period"/> ending at <paramref name="to"/> (counted back), in days.</summary>
    public static long ExactBack(LocalDate to, Period period) => -Shift(to, period, -1);

    /// <summary>
    /// The days from <paramref name="date"/> to <paramref name="date"/> + <paramref name="sign"/> × <paramref name="period"/>, adding
    /// years, then months, then weeks and days as NodaTime does, but inside a 400-year frame, so that no intermediate date leaves the
    /// calendar (9999-12-31 + P9999Y has a length in days even though its end is not a LocalDate).
    /// </summary>
    private static long Shift(LocalDate date, Period period, int sign)
    {
        long years = sign * (long)period.Years;
        long months = sign * (long)period.Months;
        var d = IntoFrame(date);
        var afterYears = d.PlusYears((int)(years % 400));
        long total = Period.DaysBetween(d, afterYears) + years / 400 * CycleDays;
        d = IntoFrame(afterYears);
        var afterMonths = d.PlusMonths((int)(months % 4800));
        total += Period.DaysBetween(d, afterMonths) + months / 4800 * CycleDays;
        return total + sign * (period.Weeks * 7L + period.Days);
    }

    /// <summary>The same month and day in the 400-year cycle 2001–2400.</summary>
    private static LocalDate IntoFrame(LocalDate date)
    {
        int offset = date.Year - 2001;
        int cycles = offset >= 0 ? offset / 400 : (offset - 399) / 400;
        return cycles == 0 ? date : date.PlusYears(-400 * cycles);
    }

    /// <summary>The least and greatest length of the period in days, over every possible start date.</summary>
    public static (long Min, long Max) Range(Period period)
    {
        long fixedDays = FixedDays(period, roundUp: false);
        long fixedDaysUp = FixedDays(period, roundUp: true);
        if (!IsVariable(period)) return (fixedDays, fixedDaysUp);
        // Whole 400-year cycles add exactly 146 097 days whatever the start, so only the remainder needs the search.
        long cycles = period.Years / 400 + period.Months / 4800;
        var (min, max) = MonthRanges.GetOrAdd((period.Years % 400, period.Months % 4800), static key =>
        {
            var months = Period.FromYears(key.Years) + Period.FromMonths(key.Months);
            int lo = int.MaxValue, hi = int.MinValue;
            // 400 Gregorian years repeat exactly, so every start date in one cycle covers every case.
            var start = new LocalDate(2001, 1, 1);
            for (int i = 0; i < 146_097; i++)
            {
                var d = start.PlusDays(i);
                int length = Period.DaysBetween(d, d + months);
                lo = Math.Min(lo, length);
                hi = Math.Max(hi, length);
            }

            return (lo, hi);
        });
        return (min + fixedDays + cycles * CycleDays, max + fixedDaysUp + cycles * CycleDays);
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

    /// <summary>The date plus the period's years, months, weeks and days, clamped to the calendar's range (see <see cref="FromDayNumber"/>).</summary>
    internal static LocalDate Add(LocalDate date, Period period) => FromDayNumber(DayNumber(date) + Exact(date, period));

    /// <summary>ISO text of a period, such as <c>P60D</c>.</summary>
    public static string Text(Period period) => period.ToString();
}
