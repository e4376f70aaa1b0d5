using NodaTime;

namespace Napsm.Core.Reporting.Charts;

/// <summary>
/// Date arithmetic for the charts' axes that stays within the years designs use (0001–9999): a margin or a tick past the end of
/// the calendar is cut at the end instead of overflowing NodaTime.
/// </summary>
internal static class CalendarLimits
{
    /// <summary>The first date a design uses (<see cref="Kernel.IsoDate.First"/>).</summary>
    public static LocalDate First => Kernel.IsoDate.First;

    /// <summary>The last date a design uses (<see cref="Kernel.IsoDate.Last"/>).</summary>
    public static LocalDate Last => Kernel.IsoDate.Last;

    /// <summary><paramref name="date"/> plus <paramref name="days"/> (negative for earlier), cut at <see cref="First"/> and <see cref="Last"/>.</summary>
    public static LocalDate PlusDays(LocalDate date, int days) => days >= 0
        ? (Period.DaysBetween(date, Last) <= days ? Last : date.PlusDays(days))
        : (Period.DaysBetween(First, date) <= -(long)days ? First : date.PlusDays(days));

    /// <summary><paramref name="date"/> plus <paramref name="months"/> (not negative), or null past <see cref="Last"/>.</summary>
    public static LocalDate? PlusMonths(LocalDate date, int months) =>
        (Last.Year - date.Year) * 12L + (Last.Month - date.Month) < months ? null : date.PlusMonths(months);
}
