namespace Napsm.Core.Serialization;

/// <summary>Limits the loader enforces, so that hostile or accidental input fails with a clear error instead of exhausting memory.</summary>
/// <remarks>Exceeding a limit is reported as a <see cref="DesignLoadException"/> that names the limit and this option.</remarks>
public sealed record LoadOptions
{
    /// <summary>The default limits.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>The largest input accepted, in bytes. The default value is 16 MiB (16 777 216).</summary>
    public long MaxBytes
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxBytes must be positive.");
    } = 16L * 1024 * 1024;

    /// <summary>The deepest nesting of objects and arrays accepted. The default value is 64.</summary>
    public int MaxDepth
    {
        get;
        init => field = value is > 0 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxDepth must be between 1 and 1000.");
    } = 64;

    /// <summary>The longest string (value or property name) accepted, in characters. The default value is 1 048 576.</summary>
    public int MaxStringLength
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxStringLength must be positive.");
    } = 1024 * 1024;

    /// <summary>The most members (<c>members</c> entries) accepted. The default value is 10 000.</summary>
    public int MaxMembers
    {
        get;
        init => field = Positive(value);
    } = 10_000;

    /// <summary>The most bodies (<c>bodies</c> entries) accepted. The default value is 10 000.</summary>
    public int MaxBodies
    {
        get;
        init => field = Positive(value);
    } = 10_000;

    /// <summary>
    /// The most decision-rule nodes accepted in the whole design, counting every rule (of a body or an entry-into-force condition) and
    /// every clause of an <c>all</c> or <c>any</c>. The default value is 100 000.
    /// </summary>
    public int MaxRuleNodes
    {
        get;
        init => field = Positive(value);
    } = 100_000;

    /// <summary>The most phases (<c>phases</c> entries) accepted. The default value is 100 000.</summary>
    public int MaxPhases
    {
        get;
        init => field = Positive(value);
    } = 100_000;

    /// <summary>The most treaties (<c>treaties</c> entries) accepted. The default value is 10 000.</summary>
    public int MaxTreaties
    {
        get;
        init => field = Positive(value);
    } = 10_000;

    /// <summary>
    /// The most timing constraints (<c>timing</c> entries) accepted. The default value is 10 000: checking a Simple Temporal Network
    /// for an infeasible cycle takes time proportional to events × constraints.
    /// </summary>
    public int MaxTimingConstraints
    {
        get;
        init => field = Positive(value);
    } = 10_000;

    private static int Positive(int value, [System.Runtime.CompilerServices.CallerMemberName] string name = "") =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, name + " must be positive.");
}
