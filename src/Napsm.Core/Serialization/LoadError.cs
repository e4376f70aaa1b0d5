using System.Text.Json;

namespace Napsm.Core.Serialization;

/// <summary>
/// A load problem found inside the loader, before it is turned into a <see cref="DesignLoadException"/> with a line and column.
/// Derives from <see cref="JsonException"/> so that System.Text.Json lets it through converters unchanged.
/// </summary>
internal sealed class LoadError : JsonException
{
    private LoadError(string reason, string pointer, long offset, bool atName, int line = 0, int column = 0)
        : base(reason)
    {
        Line = line;
        Column = column;
        Reason = reason;
        Pointer = pointer;
        Offset = offset;
        AtName = atName;
    }

    public string Reason { get; }

    /// <summary>The pointer: absolute when <see cref="Offset"/> is negative, else relative to the value that starts at <see cref="Offset"/>.</summary>
    public string Pointer { get; }

    /// <summary>The byte offset of the value a converter was reading, or −1.</summary>
    public long Offset { get; }

    /// <summary>Point at the property name rather than its value.</summary>
    public bool AtName { get; }

    /// <summary>The 1-based line and column when already known (the scanner's errors), else 0.</summary>
    public int Line { get; }

    public int Column { get; }

    public static LoadError AtPosition(string pointer, int line, int column, string reason) => new(reason, pointer, -1, false, line, column);

    public static LoadError At(string pointer, string reason, bool atName = false) => new(reason, pointer, -1, atName);

    public static LoadError Within(long offset, string relativePointer, string reason, bool atName = false) => new(reason, relativePointer, offset, atName);
}
