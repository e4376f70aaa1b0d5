using NodaTime;
using NodaTime.Text;

namespace Napsm.Core.Kernel;

/// <summary>
/// The one owner of dates as text: ISO 8601 calendar dates, <c>uuuu-MM-dd</c> (<see cref="LocalDatePattern.Iso"/>), culture-invariant.
/// Every writer, message and file that shows a date as text goes through here, so that a date reads the same everywhere.
/// </summary>
internal static class IsoDate
{
    /// <summary>The first date a design can state: 0001-01-01 (the format's years run from 0001 to 9999).</summary>
    public static readonly LocalDate First = new(1, 1, 1);

    /// <summary>The last date a design can state: 9999-12-31.</summary>
    public static readonly LocalDate Last = new(9999, 12, 31);

    /// <summary>The pattern: <c>uuuu-MM-dd</c>, invariant culture.</summary>
    public static LocalDatePattern Pattern => LocalDatePattern.Iso;

    /// <summary>A date as text: <c>2007-02-13</c>.</summary>
    public static string Format(LocalDate date) => Pattern.Format(date);

    /// <summary>A date as text, or <paramref name="none"/> when there is no date.</summary>
    public static string Format(LocalDate? date, string none) => date is { } d ? Format(d) : none;

    /// <summary>Parses <c>uuuu-MM-dd</c>.</summary>
    public static ParseResult<LocalDate> Parse(string text) => Pattern.Parse(text);
}
