using Napsm.Core.Model;

namespace Napsm.Core.Serialization;

/// <summary>
/// A design together with where it came from: the file and, for every JSON pointer into the file, the line and column it starts at.
/// Diagnostics use it to point at the exact place in the file.
/// </summary>
public sealed class DesignDocument
{
    private readonly PositionIndex? _index;
    private readonly IReadOnlyDictionary<string, (int Line, int Column)>? _positions;
    private PositionIndex? _canonical;

    /// <summary>Wraps a design that did not come from a file: <see cref="Locate"/> always answers <see langword="null"/>.</summary>
    /// <param name="design">The design.</param>
    public DesignDocument(Design design)
        : this(design, null, (PositionIndex?)null)
    {
    }

    internal DesignDocument(Design design, string? file, PositionIndex? index)
    {
        ArgumentNullException.ThrowIfNull(design);
        Design = design;
        File = file;
        _index = index;
    }

    /// <summary>Positions given by pointer, for tests and designs whose positions come from elsewhere.</summary>
    internal DesignDocument(Design design, string? file, IReadOnlyDictionary<string, (int Line, int Column)> positions)
        : this(design, file, (PositionIndex?)null)
    {
        _positions = positions;
    }

    /// <summary>The design.</summary>
    public Design Design { get; }

    /// <summary>The file's path as the user gave it, or <see langword="null"/>.</summary>
    public string? File { get; }

    /// <summary>The <c>$schema</c> reference the file had, kept so that formatting a file does not drop it.</summary>
    internal string? SchemaReference { get; init; }

    /// <summary>
    /// Where the value at a JSON pointer (RFC 6901, such as <c>/bodies/0/voters/5</c>) starts in the file; for a pointer the file does
    /// not contain (a default value), the nearest enclosing value that it does. <see langword="null"/> when the design did not come from text.
    /// </summary>
    /// <param name="jsonPointer">The JSON pointer; the empty string is the whole document.</param>
    /// <returns>The location, or <see langword="null"/>.</returns>
    public SourceLocation? Locate(string jsonPointer)
    {
        ArgumentNullException.ThrowIfNull(jsonPointer);
        if (_index is not null)
        {
            var (line, column) = _index.Locate(jsonPointer);
            return new SourceLocation(File, line, column);
        }

        if (_positions is null || _positions.Count == 0) return null;
        var p = jsonPointer;
        while (true)
        {
            if (_positions.TryGetValue(p, out var at)) return new SourceLocation(File, at.Line, at.Column);
            if (p.Length == 0) return null;
            p = Kernel.JsonPointers.Parent(p);
        }
    }

    /// <summary>
    /// Whether the design has a value at a JSON pointer (RFC 6901, such as <c>/bodies/0/voters/5</c>; the empty string is the whole
    /// design): in the text it was read from or, for a design built in code, in its canonical JSON (<see cref="DesignJson.Serialize(Design)"/>).
    /// A value left out because it has its default is not there.
    /// </summary>
    /// <param name="jsonPointer">The pointer; one that does not start with <c>/</c> (other than the empty string) names nothing.</param>
    /// <returns>Whether the pointer names a value.</returns>
    public bool Contains(string jsonPointer)
    {
        ArgumentNullException.ThrowIfNull(jsonPointer);
        if (jsonPointer.Length == 0) return true;
        if (jsonPointer[0] != '/') return false;
        if (_index is null && _positions is { Count: > 0 }) return _positions.ContainsKey(jsonPointer);
        var index = _index ?? Canonical();
        if (index is null) return false;
        index.Resolve(jsonPointer, out bool exact);
        return exact;
    }

    private PositionIndex? Canonical()
    {
        if (_canonical is not null) return _canonical;
        string text;
        try
        {
            text = DesignJson.Serialize(Design);
        }
        catch (ArgumentException)
        {
            return null; // a number with no finite decimal expansion: the design has no canonical JSON
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var options = new LoadOptions { MaxBytes = long.MaxValue, MaxDepth = 1000, MaxStringLength = int.MaxValue };
        try
        {
            Interlocked.CompareExchange(ref _canonical, Scanner.Scan(bytes, options), null);
        }
        catch (LoadError)
        {
            return null; // deeper than any file may be: nothing to look in
        }

        return _canonical;
    }
}
