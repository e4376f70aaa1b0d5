namespace Napsm.Core.Scheduling;

/// <summary>
/// An entry of the design left out of the temporal network because it names an event the design does not have: a phase's
/// <c>after</c> entry naming no phase, a <c>requires</c> entry naming nothing with a date, or a <c>timing</c> bound's
/// <c>from</c> or <c>to</c> naming no event. The validator reports such references as dangling (NAPSM01xx).
/// </summary>
public sealed record UnresolvedReference
{
    internal UnresolvedReference(ConstraintKind kind, string at, string missing)
    {
        Kind = kind;
        At = at;
        Missing = missing;
    }

    /// <summary>Which kind of entry: <see cref="ConstraintKind.PhaseOrder"/>, <see cref="ConstraintKind.Requires"/> or <see cref="ConstraintKind.Timing"/>.</summary>
    public ConstraintKind Kind { get; }

    /// <summary>The JSON pointer of the entry, such as <c>/phases/2/after/0</c> or <c>/timing/4/from</c>.</summary>
    public string At { get; }

    /// <summary>What the entry names, as written: a phase id, a reference such as <c>treaty:npt</c>, or an event such as <c>p.end</c>.</summary>
    public string Missing { get; }
}
