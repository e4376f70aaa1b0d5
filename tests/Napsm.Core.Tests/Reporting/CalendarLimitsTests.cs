using Napsm.Core.Reporting.Charts;
using NodaTime;

namespace Napsm.Core.Tests.Reporting;

/// <summary>The charts' axes near the ends of the calendar (issue 20: a ratification on 9999-12-31 made the treaty page throw).</summary>
public class CalendarLimitsTests
{
    [Fact]
    public void A_margin_past_either_end_of_the_calendar_is_cut_at_the_end()
    {
        Assert.Equal(new LocalDate(9999, 12, 31), CalendarLimits.PlusDays(new LocalDate(9999, 12, 20), 365));
        Assert.Equal(new LocalDate(1, 1, 1), CalendarLimits.PlusDays(new LocalDate(1, 1, 10), -365));
        Assert.Equal(new LocalDate(2000, 1, 31), CalendarLimits.PlusDays(new LocalDate(2000, 1, 1), 30));
        Assert.Null(CalendarLimits.PlusMonths(new LocalDate(9999, 12, 1), 1));
        Assert.Equal(new LocalDate(9999, 12, 1), CalendarLimits.PlusMonths(new LocalDate(9999, 11, 1), 1));
    }

    [Theory]
    [InlineData("9999-12-01", "9999-12-31")] // days
    [InlineData("9999-01-01", "9999-12-31")] // months
    [InlineData("9990-01-01", "9999-12-31")] // years
    [InlineData("0001-01-01", "0001-01-20")]
    public void Ticks_at_the_end_of_the_calendar_stay_within_the_axis(string from, string to)
    {
        var lo = NodaTime.Text.LocalDatePattern.Iso.Parse(from).Value;
        var hi = NodaTime.Text.LocalDatePattern.Iso.Parse(to).Value;

        var ticks = Timeline.DateTicks(lo, hi).ToList();

        Assert.NotEmpty(ticks);
        Assert.All(ticks, t => Assert.InRange(t.Date, lo, hi));
    }
}
