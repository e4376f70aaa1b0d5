using NodaTime;

namespace Napsm.Core.Model;

/// <summary>A diagnostic the design's authors have reviewed and accept, with their reason.</summary>
public sealed record Suppression
{
    /// <summary>Creates a suppression.</summary>
    /// <param name="id">The diagnostic id, such as <c>NAPSM0304</c>.</param>
    public Suppression(string id) => Id = id;

    /// <summary>The diagnostic id, such as <c>NAPSM0304</c>.</summary>
    public string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>A JSON pointer: only diagnostics at or below it are suppressed; optional (everywhere).</summary>
    public string? At { get; init; }

    /// <summary>Why the diagnostic is accepted; optional but recommended.</summary>
    public string? Why { get; init; }
}
