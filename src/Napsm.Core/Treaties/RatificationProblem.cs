namespace Napsm.Core.Treaties;

/// <summary>A problem with one ratification event.</summary>
/// <param name="Kind">What kind of problem.</param>
/// <param name="Member">The member the event is by.</param>
/// <param name="At">The JSON pointer of the event, such as <c>/treaties/0/ratifications/3</c>.</param>
/// <param name="Message">The problem in words.</param>
public sealed record RatificationProblem(RatificationProblemKind Kind, string Member, string At, string Message);
