using Napsm.Core.Serialization;

namespace Napsm.Core.Tests.Hostile;

/// <summary>What a hostile input must give: a load error (its reason fragment, pointer and, where meaningful, position), or a design.</summary>
/// <param name="Fragment">A fragment of <see cref="DesignLoadException.Reason"/>; <see langword="null"/> when the input must load.</param>
/// <param name="At">The expected <see cref="DesignLoadException.JsonPointer"/>; <see langword="null"/> to leave it unchecked.</param>
/// <param name="Line">The expected line, or 0 to leave it unchecked.</param>
/// <param name="Column">The expected column, or 0 to leave it unchecked.</param>
/// <param name="Diagnostic">When the input loads: a diagnostic id the validator must report, or <see langword="null"/>.</param>
public sealed record HostileExpectation(string? Fragment, string? At = null, int Line = 0, int Column = 0, string? Diagnostic = null)
{
    public static HostileExpectation Loads(string? diagnostic = null) => new(null, Diagnostic: diagnostic);

    public static HostileExpectation Error(string fragment, string? at = null, int line = 0, int column = 0) => new(fragment, at, line, column);
}

/// <summary>
/// One hostile input: a generator (so that huge inputs are made at test time rather than committed), the load options it is read with,
/// and what it must give.
/// </summary>
public sealed record HostileCase(string Name, Func<byte[]> Generate, HostileExpectation Expected, LoadOptions? Options = null)
{
    public override string ToString() => Name;
}
