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
}
