using NodaTime;

namespace Napsm.Core.Model;

/// <summary>
/// A machine-checkable norm of a principle: who must, must not or may do what, when which conditions hold and unless which do.
/// Two norms apply together exactly when no condition is both required (<see cref="When"/>) and excluded (<see cref="Unless"/>).
/// </summary>
public sealed record Norm
{
    /// <summary>Creates a norm.</summary>
    /// <param name="subject">Who it binds: a member id, or <c>*</c> for every member.</param>
    /// <param name="deontic">Must, must not, or may.</param>
    /// <param name="action">The action, as a short identifier such as <c>use-force</c>.</param>
    public Norm(string subject, Deontic deontic, string action)
    {
        Subject = subject;
        Deontic = deontic;
        Action = action;
    }

    /// <summary>Who it binds: a member id, or <c>*</c> for every member.</summary>
    public string Subject { get; init => field = Guard.NotNull(value); }

    /// <summary>Must, must not, or may.</summary>
    public Deontic Deontic { get; init; }

    /// <summary>The action, as a short identifier such as <c>use-force</c>.</summary>
    public string Action { get; init => field = Guard.NotNull(value); }

    /// <summary>Conditions that must all hold for the norm to apply; empty means always.</summary>
    public IReadOnlyList<string> When { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Conditions any one of which suspends the norm (such as <c>self-defence</c>).</summary>
    public IReadOnlyList<string> Unless { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;
}
