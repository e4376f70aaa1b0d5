using Napsm.Core.Model;
using NodaTime;

namespace Napsm.Core.Treaties;

/// <summary>A problem with one ratification event (a ratification, revocation or withdrawal), with the facts that show it.</summary>
public sealed record RatificationProblem
{
    internal RatificationProblem(RatificationProblemKind kind, string treaty, Ratification ratification, string at)
    {
        Kind = kind;
        Treaty = treaty;
        Member = ratification.Member;
        Event = ratification.Kind;
        Date = ratification.Date;
        At = at;
    }

    /// <summary>What kind of problem.</summary>
    public RatificationProblemKind Kind { get; }

    /// <summary>The id of the treaty the event is listed under.</summary>
    public string Treaty { get; }

    /// <summary>The member the event is by.</summary>
    public string Member { get; }

    /// <summary>What the event is: a ratification, a revocation or a withdrawal.</summary>
    public RatificationKind Event { get; }

    /// <summary>The date of the event.</summary>
    public LocalDate Date { get; }

    /// <summary>The JSON pointer of the event, such as <c>/treaties/0/ratifications/3</c>.</summary>
    public string At { get; }

    /// <summary>For <see cref="RatificationProblemKind.OutOfOrder"/>: the later date of the event listed before this one; otherwise <see langword="null"/>.</summary>
    public LocalDate? ListedAfter { get; internal init; }

    /// <summary>For <see cref="RatificationProblemKind.BeforeOpening"/>: the date the treaty was opened for signature; otherwise <see langword="null"/>.</summary>
    public LocalDate? OpenedForSignature { get; internal init; }

    /// <summary>
    /// For <see cref="RatificationProblemKind.DoesNotFitHistory"/>: the party's standing when the event came, as its last applied event
    /// (a standing ratification, a revocation, a withdrawal); <see langword="null"/> when it had none (it had not ratified), and for
    /// every other kind.
    /// </summary>
    public RatificationKind? Standing { get; internal init; }
}
