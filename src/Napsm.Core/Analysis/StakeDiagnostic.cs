using Napsm.Core.Model;
using Napsm.Core.Treaties;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>A diagnostic of the validator that involves the member, and why it does.</summary>
public sealed record StakeDiagnostic
{
    internal StakeDiagnostic(Diagnostic diagnostic, StakeInvolvement involvement, ElementRef? element)
    {
        Diagnostic = diagnostic;
        Involvement = involvement;
        Element = element;
    }

    /// <summary>The diagnostic.</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>Why it involves the member: the member is named in it, or it is about an element the member takes part in.</summary>
    public StakeInvolvement Involvement { get; }

    /// <summary>
    /// The element the diagnostic is about that the member takes part in (the member itself for <see cref="StakeInvolvement.OwnEntry"/>);
    /// <see langword="null"/> for <see cref="StakeInvolvement.NamesMember"/>.
    /// </summary>
    public ElementRef? Element { get; }

    /// <summary>
    /// <see cref="Involvement"/> in the words of the stake report: <c>names it</c>, <c>is about body 'board', where it votes</c>. A
    /// convenience of the writers, built from the typed fields.
    /// </summary>
    public string Because => StakeWriter.Because(this);
}
