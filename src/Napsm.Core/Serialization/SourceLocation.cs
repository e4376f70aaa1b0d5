namespace Napsm.Core.Serialization;

/// <summary>A place in a design file: the file (if known) and a 1-based line and column (columns count characters, not bytes).</summary>
/// <param name="File">The file's path as the user gave it, or <see langword="null"/> for text that did not come from a file.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column, in characters.</param>
public readonly record struct SourceLocation(string? File, int Line, int Column)
{
    /// <summary>The compiler-style form <c>file(line,column)</c>, or <c>(line,column)</c> without a file.</summary>
    public override string ToString() => $"{File}({Line},{Column})";
}
