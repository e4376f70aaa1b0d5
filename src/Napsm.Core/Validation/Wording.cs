using System.Globalization;
using Napsm.Core.Model;
using Napsm.Core.Scheduling;

namespace Napsm.Core.Validation;

/// <summary>
/// The one wording of the engines' typed answers: the sentences that diagnostics, reports and the <c>napsm</c> tool quote for a
/// temporal bound, a conflict, a rule problem, a ratification problem or a part of an analysis not computed. Engines answer in types
/// (<see cref="TemporalConstraint"/>, <see cref="Voting.RuleProblem"/> …) and never in sentences; these are built from their typed
/// fields only, culture-invariant, and read the same wherever they are shown. A user's own <see cref="IValidationRule"/> can use them
/// to word its findings as the built-in rules do.
/// </summary>
public static partial class Wording
{
    /// <summary>A temporal bound in words, such as <c>'initial-actions' starts on 2007-02-13</c>.</summary>
    /// <param name="constraint">The bound.</param>
    /// <returns>The sentence, without a final full stop.</returns>
    public static string Of(TemporalConstraint constraint)
    {
        ArgumentNullException.ThrowIfNull(constraint);
        var c = constraint;
        string id = c.Ids.Count > 0 ? c.Ids[0] : "";
        string other = c.Ids.Count > 1 ? c.Ids[1] : "";
        long days = c.PeriodDays ?? c.MaxDays;
        return c.Kind switch
        {
            ConstraintKind.PhaseSpan => $"'{id}' cannot end before it starts",
            ConstraintKind.PhaseStart => $"'{id}' starts on {Date(c.Date)}",
            ConstraintKind.PhaseEnd => $"'{id}' must end by {Date(c.Date)}",
            ConstraintKind.PhaseWithin => c.Date is { } sd
                ? $"'{id}' must end within {Days(days)} of {Kernel.IsoDate.Format(sd)}, that is by {After(sd, days)}"
                : $"'{id}' must end within {Days(days)} of its start",
            ConstraintKind.CommitmentDue => $"'{id}' is due {Date(c.Date)}",
            ConstraintKind.CommitmentInPhase => c.From is { Kind: EventKind.Due }
                ? $"'{id}' cannot fall due before '{other}' starts"
                : $"'{other}' cannot end before '{id}' falls due",
            ConstraintKind.CommitmentWithin => c.Date is { } sd
                ? $"'{id}' must fall due within {Days(days)} of the start of '{other}' on {Kernel.IsoDate.Format(sd)}, that is by {After(sd, days)}"
                : $"'{id}' must fall due within {Days(days)} of the start of '{other}'",
            ConstraintKind.PhaseOrder => $"'{id}' starts no earlier than '{other}' ends",
            ConstraintKind.Requires => $"'{id}' {Verb(c.From)} no earlier than '{other}' {Verb(c.To)}",
            ConstraintKind.EntryIntoForceNotBefore => $"'{id}' cannot enter into force before {Date(c.Date)}",
            ConstraintKind.EntryIntoForceDelay => c.Period is null
                ? $"'{id}' cannot enter into force before it is opened for signature on {Date(c.Date)}"
                : $"'{id}' enters into force at least {Days(days)} after the last ratification it needs, which cannot precede its opening on {Date(c.Date)}",
            ConstraintKind.Ratifications => Ratifications(id, c.Recorded),
            ConstraintKind.Timing => Timing(c, days),
            _ => throw new ArgumentOutOfRangeException(nameof(constraint), c.Kind, "Unknown constraint kind."),
        };
    }

    /// <summary>
    /// How a bound approximates a month or year period whose length is not known exactly, such as
    /// <c>P2M is 59 to 62 days and no date anchors it; 62 used</c>; <see langword="null"/> when the bound is exact.
    /// </summary>
    /// <param name="constraint">The bound.</param>
    /// <returns>The sentence, without a final full stop, or <see langword="null"/>.</returns>
    public static string? Approximation(TemporalConstraint constraint)
    {
        ArgumentNullException.ThrowIfNull(constraint);
        if (constraint.BeyondCalendar is { } b)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{Kernel.PeriodDays.Text(b.Period)} from {Kernel.IsoDate.Format(b.Anchor)} ends beyond the calendar; {b.UsedDays} days used");
        }

        if (constraint.Unanchored is { } u)
        {
            long used = constraint.PeriodDays ?? u.MaxDays;
            return string.Create(CultureInfo.InvariantCulture,
                $"{Kernel.PeriodDays.Text(u.Period)} is {u.MinDays} to {u.MaxDays} days and no date anchors it; {used} used");
        }

        return null;
    }

    /// <summary>
    /// A conflict in words: each bound's sentence, the last introduced by "but", and the shortfall, such as
    /// <c>'a' starts on 2007-01-01; but 'a' must end by 2006-12-31 (1 day short)</c>.
    /// </summary>
    /// <param name="conflict">The conflict.</param>
    /// <returns>The sentence, without a final full stop.</returns>
    public static string Of(TemporalConflict conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        var parts = conflict.Chain.Select(Of).ToList();
        var text = parts.Count == 1 ? parts[0] : string.Join("; ", parts.Take(parts.Count - 1)) + "; but " + parts[^1];
        return text + " (" + Days(conflict.ShortfallDays) + " short)";
    }

    /// <summary>
    /// An entry left out of the temporal network and what it names that is missing, such as
    /// <c>/timing/0/from: no event 'nowhere.end'</c>.
    /// </summary>
    /// <param name="reference">The unresolved entry.</param>
    /// <returns>The pointer and the sentence, without a final full stop.</returns>
    public static string Of(UnresolvedReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.Kind switch
        {
            ConstraintKind.PhaseOrder => $"{reference.At}: no phase '{reference.Missing}'",
            ConstraintKind.Requires => $"{reference.At}: no event for '{reference.Missing}'",
            _ => $"{reference.At}: no event '{reference.Missing}'",
        };
    }

    private static string Timing(TemporalConstraint c, long days)
    {
        // An atLeast bound runs from the entry's "to" back to its "from"; an atMost bound from "from" to "to".
        EventRef? from = c.IsAtLeast ? c.To : c.From, to = c.IsAtLeast ? c.From : c.To;
        var note = c.Note is null ? "" : " (" + c.Note + ")";
        return $"'{to}' comes {(c.IsAtLeast ? "at least" : "at most")} {Days(days)} after '{from}'{note}";
    }

    private static string Ratifications(string treaty, RecordedEntryIntoForce? recorded)
    {
        if (recorded is null) return $"{treaty}'s recorded ratifications";
        var on = Kernel.IsoDate.Format(recorded.AsOf);
        return recorded.EnteredIntoForce is { } entered
            ? $"{treaty} entered into force on {Kernel.IsoDate.Format(entered)} (its ratifications recorded as of {on})"
            : $"{treaty} cannot enter into force before {Date(recorded.Earliest)} (its ratifications recorded as of {on})";
    }

    /// <summary>What an event's element does at it: a phase starts or ends, a commitment falls due, a treaty enters into force.</summary>
    private static string Verb(EventRef? e) => e?.Kind switch
    {
        EventKind.Start => "starts",
        EventKind.End => "ends",
        EventKind.Due => "falls due",
        EventKind.InForce => "enters into force",
        _ => "",
    };

    private static string Date(NodaTime.LocalDate? date) => Kernel.IsoDate.Format(date, "");

    private static string After(NodaTime.LocalDate date, long days) =>
        Kernel.PeriodDays.FromDayNumber(Kernel.PeriodDays.DayNumber(date) + days) is { } end ? Kernel.IsoDate.Format(end) : "a date beyond the calendar";

    private static string Days(long days) => days == 1 || days == -1
        ? days.ToString(CultureInfo.InvariantCulture) + " day"
        : days.ToString(CultureInfo.InvariantCulture) + " days";
}
