using Napsm.Core.Kernel;
namespace Napsm.Core.Serialization;

/// <summary>
/// A design file could not be loaded: it is not well-formed JSON, or it does not follow the design-file format. Carries where
/// (file, JSON path, JSON pointer, 1-based line and column) and what is wrong and what was expected.
/// </summary>
/// <remarks>
/// The loader reports every problem with the input as this exception (or, from the <c>Try…</c> methods, as this object); no
/// other exception type escapes it for any input. The <see cref="Exception.Message"/> has the compiler-style form
/// <c>seeds/x.json(14,22): threshold "150%" is above 100% at $.bodies[0].rule.atLeast</c>.
/// </remarks>
public sealed class DesignLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file's path as the user gave it, or <see langword="null"/>.</param>
    /// <param name="jsonPointer">The RFC 6901 pointer to the offending value (the empty string for the whole document).</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column, in characters.</param>
    /// <param name="reason">What is wrong and what was expected, without the location.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public DesignLoadException(string? file, string jsonPointer, int line, int column, string reason, Exception? innerException = null)
        : base(Format(file, line, column, reason, JsonPointers.ToJsonPath(jsonPointer ?? "")), innerException)
    {
        ArgumentNullException.ThrowIfNull(jsonPointer);
        ArgumentNullException.ThrowIfNull(reason);
        File = file;
        JsonPointer = jsonPointer;
        JsonPath = JsonPointers.ToJsonPath(jsonPointer);
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The file's path as the user gave it, or <see langword="null"/> for text that did not come from a file.</summary>
    public string? File { get; }

    /// <summary>The JSON path of the offending value, such as <c>$.bodies[0].rule.atLeast</c>.</summary>
    public string JsonPath { get; }

    /// <summary>The RFC 6901 JSON pointer of the offending value, such as <c>/bodies/0/rule/atLeast</c>.</summary>
    public string JsonPointer { get; }

    /// <summary>The 1-based line where the offending value (or token) starts.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, counted in characters (Unicode scalar values), not bytes.</summary>
    public int Column { get; }

    /// <summary>What is wrong and what was expected, without the location (<c>threshold "150%" is above 100%</c>).</summary>
    public string Reason { get; }

    /// <summary>The location as a <see cref="SourceLocation"/>.</summary>
    public SourceLocation Location => new(File, Line, Column);

    private static string Format(string? file, int line, int column, string reason, string path) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{file}({line},{column}): {reason} at {path}");
}
