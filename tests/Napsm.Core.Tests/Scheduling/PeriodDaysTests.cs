using Napsm.Core.Scheduling;
using NodaTime;

namespace Napsm.Core.Tests.Scheduling;

/// <summary>Regression tests: periods that reach past the calendar (year 9999) used to throw ArgumentOutOfRangeException from NodaTime.</summary>
public class PeriodDaysTests
{
    [Fact]
    public void Adding_years_then_months_follows_NodaTime_month_end_rules()
    {
        var from = new LocalDate(2000, 2, 29);

        Assert.Equal(Period.DaysBetween(from, new LocalDate(2001, 3, 28)), PeriodDays.Exact(from, Period.FromYears(1) + Period.FromMonths(1)));
    }

    [Fact]
    public void Four_hundred_years_are_146097_days_from_any_date()
    {
        Assert.Equal(146_097, PeriodDays.Exact(new LocalDate(9999, 12, 31), Period.FromYears(400)));
        Assert.Equal(146_097, PeriodDays.Exact(new LocalDate(1, 1, 1), Period.FromYears(400)));
    }

    [Fact]
    public void A_period_ending_past_the_year_9999_has_a_length()
    {
        long days = PeriodDays.Exact(new LocalDate(9999, 12, 31), Period.FromYears(9999));

        Assert.Equal(PeriodDays.Exact(new LocalDate(1599, 12, 31), Period.FromYears(9999)), days);
        Assert.InRange(days, 9999 * 365L, 9999 * 366L);
    }

    [Fact]
    public void Counting_back_before_the_year_1_has_a_length()
    {
        Assert.Equal(PeriodDays.ExactBack(new LocalDate(2401, 3, 1), Period.FromMonths(1)), PeriodDays.ExactBack(new LocalDate(1, 3, 1), Period.FromMonths(1)));
        Assert.Equal(28, PeriodDays.ExactBack(new LocalDate(2001, 3, 1), Period.FromMonths(1)));
    }

    [Fact]
    public void A_date_past_the_calendar_is_clamped_to_its_last_day()
    {
        Assert.Equal(LocalDate.MaxIsoValue, PeriodDays.Add(new LocalDate(9999, 12, 1), Period.FromDays(180)));
        Assert.Equal(new LocalDate(2000, 6, 29), PeriodDays.Add(new LocalDate(2000, 1, 1), Period.FromDays(180)));
    }

    [Fact]
    public void The_range_of_a_period_of_whole_cycles_and_a_month_adds_the_cycles()
    {
        var (min, max) = PeriodDays.Range(Period.FromYears(800) + Period.FromMonths(1));

        Assert.Equal((2 * 146_097L + 28, 2 * 146_097L + 31), (min, max));
    }
}
