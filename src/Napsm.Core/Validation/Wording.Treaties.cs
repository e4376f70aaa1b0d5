using Napsm.Core.Model;
using Napsm.Core.Treaties;

namespace Napsm.Core.Validation;

public static partial class Wording
{
    /// <summary>
    /// A problem of a ratification event in words, such as
    /// <c>'x' is not a party to 'npt'; its ratification of 1970-03-05 is ignored</c>.
    /// </summary>
    /// <param name="problem">The problem.</param>
    /// <returns>The sentence, without a final full stop.</returns>
    public static string Of(RatificationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var p = problem;
        var date = Kernel.IsoDate.Format(p.Date);
        return p.Kind switch
        {
            RatificationProblemKind.NotAParty => $"'{p.Member}' is not a party to '{p.Treaty}'; its {EventName(p.Event)} of {date} is ignored",
            RatificationProblemKind.OutOfOrder => $"the {EventName(p.Event)} by '{p.Member}' of {date} is listed after an event of {Date(p.ListedAfter)}",
            RatificationProblemKind.BeforeOpening => $"the {EventName(p.Event)} by '{p.Member}' of {date} comes before '{p.Treaty}' was opened for signature on {Date(p.OpenedForSignature)}",
            RatificationProblemKind.DoesNotFitHistory => $"the {EventName(p.Event)} by '{p.Member}' of {date} does not fit its history ({Standing(p.Standing)})",
            _ => throw new ArgumentOutOfRangeException(nameof(problem), p.Kind, "Unknown ratification problem kind."),
        };
    }

    private static string EventName(RatificationKind kind) => kind switch
    {
        RatificationKind.Ratified => "ratification",
        RatificationKind.Revoked => "revocation",
        _ => "withdrawal",
    };

    private static string Standing(RatificationKind? standing) => standing switch
    {
        RatificationKind.Ratified => "its ratification already stands",
        RatificationKind.Revoked => "its ratification was revoked",
        RatificationKind.Withdrawn => "it has withdrawn",
        _ => "it has not ratified",
    };
}
