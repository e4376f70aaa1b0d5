using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Napsm.Core.Kernel;
using Napsm.Core.Model;

namespace Napsm.Core.Serialization;

/// <summary>
/// Loads and saves designs in the design-file format (JSON; see <c>docs/format.md</c>) and provides its JSON Schema.
/// </summary>
/// <remarks>
/// Loading is strict: unknown properties, duplicate keys, wrong types, missing required fields and malformed values are errors,
/// reported as one <see cref="DesignLoadException"/> with the file, JSON path, line and column. Any input bytes produce either a
/// design or that error. Saving is canonical: the same design always gives the same text. All members are thread-safe.
/// </remarks>
public static class DesignJson
{
    private const string SchemaResource = "Napsm.Core.napsm-design.schema.json";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly ConcurrentDictionary<int, DesignJsonContext> ReadContexts = new();
    private static readonly Lazy<DesignJsonContext> WriteContext = new(() => new DesignJsonContext(
        new JsonSerializerOptions(DesignJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

    private static readonly Lazy<string> SchemaText = new(LoadSchema);

    /// <summary>The JSON Schema (draft 2020-12) of the design-file format, as shipped in <c>schema/napsm-design.schema.json</c>.</summary>
    public static string Schema => SchemaText.Value;

    /// <summary>Loads a design file.</summary>
    /// <param name="path">The file's path; it is also used, as given, in error messages and locations.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="LoadOptions.Default"/>.</param>
    /// <returns>The design with the position of every value in the file.</returns>
    /// <exception cref="DesignLoadException">The file cannot be read, is not valid JSON, or does not follow the format.</exception>
    public static DesignDocument Load(string path, LoadOptions? options = null) =>
        TryLoad(path, out var document, out var error, options) ? document : throw error;

    /// <summary>Loads a design file without throwing for bad input.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="document">The design, when it loaded.</param>
    /// <param name="error">What is wrong and where, when it did not.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="LoadOptions.Default"/>.</param>
    /// <returns>Whether the design loaded.</returns>
    public static bool TryLoad(string path, [NotNullWhen(true)] out DesignDocument? document, [NotNullWhen(false)] out DesignLoadException? error, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= LoadOptions.Default;
        document = null;
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > options.MaxBytes)
            {
                error = TooLarge(path, info.Length, options);
                return false;
            }

            if (DesignFileReader.Read(path, options.MaxBytes, out var problem) is not { } read)
            {
                error = new DesignLoadException(path, "", 1, 1, "cannot read the file: " + problem);
                return false;
            }

            bytes = read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            error = new DesignLoadException(path, "", 1, 1, "cannot read the file: " + e.Message, e);
            return false;
        }

        return TryParse(bytes, out document, out error, path, options);
    }

    /// <summary>Parses a design from text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="file">The file name to use in error messages and locations; optional.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="LoadOptions.Default"/>.</param>
    /// <returns>The design with the position of every value.</returns>
    /// <exception cref="DesignLoadException">The text is not valid JSON or does not follow the format.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter (text or bytes), so calls are never ambiguous.")]
    public static DesignDocument Parse(string json, string? file = null, LoadOptions? options = null) =>
        TryParse(json, out var document, out var error, file, options) ? document : throw error;

    /// <summary>Parses a design from UTF-8 bytes (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="file">The file name to use in error messages and locations; optional.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="LoadOptions.Default"/>.</param>
    /// <returns>The design with the position of every value.</returns>
    /// <exception cref="DesignLoadException">The bytes are not UTF-8, not valid JSON, or do not follow the format.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter (text or bytes), so calls are never ambiguous.")]
    public static DesignDocument Parse(ReadOnlySpan<byte> utf8, string? file = null, LoadOptions? options = null) =>
        TryParse(utf8, out var document, out var error, file, options) ? document : throw error;

    /// <summary>Parses a design from text without throwing for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="document">The design, when it parsed.</param>
    /// <param name="error">What is wrong and where, when it did not.</param>
    /// <param name="file">The file name to use in error messages and locations; optional.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="LoadOptions.Default"/>.</param>
    /// <returns>Whether the design parsed.</returns>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter (text or bytes), so calls are never ambiguous.")]
    public static bool TryParse(string json, [NotNullWhen(true)] out DesignDocument? document, [NotNullWhen(false)] out DesignLoadException? error, string? file = null, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException e)
        {
            document = null;
            var (line, column) = Scanner.FromOffset(Encoding.UTF8.GetBytes(json[..Math.Min(e.Index, json.Length)]), long.MaxValue);
            error = new DesignLoadException(file, "", line, column, "the text contains an unpaired surrogate character, which cannot be encoded as UTF-8", e);
            return false;
        }

        return TryParse(bytes, out document, out error, file, options);
    }

    /// <summary>Parses a design from UTF-8 bytes without throwing for bad input.</summary>
    /// <param name="utf8">The bytes (a leading byte-order mark is allowed).</param>
    /// <param name="document">The design, when it parsed.</param>
    /// <param name="error">What is wrong and where, when it did not.</param>
    /// <param name="file">The file name to use in error messages and locations; optional.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="LoadOptions.Default"/>.</param>
    /// <returns>Whether the design parsed.</returns>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter (text or bytes), so calls are never ambiguous.")]
    public static bool TryParse(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out DesignDocument? document, [NotNullWhen(false)] out DesignLoadException? error, string? file = null, LoadOptions? options = null)
    {
        options ??= LoadOptions.Default;
        document = null;
        error = null;
        if (utf8.Length > options.MaxBytes)
        {
            error = TooLarge(file, utf8.Length, options);
            return false;
        }

        if (utf8.StartsWith("\uFEFF"u8)) utf8 = utf8[3..];
        PositionIndex? scan = null;
        try
        {
            if (System.Text.Unicode.Utf8.IsValid(utf8) is false)
            {
                int bad = FirstInvalidUtf8(utf8);
                var (line, column) = Scanner.FromOffset(utf8, bad);
                error = new DesignLoadException(file, "", line, column,
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the input is not valid UTF-8 (byte 0x{utf8[bad]:X2} at offset {bad}); save the file as UTF-8"));
                return false;
            }

            scan = Scanner.Scan(utf8, options);
            var dto = JsonSerializer.Deserialize(utf8, ReadContext(options).DesignDto)
                      ?? throw LoadError.At("", "the document is null; expected a JSON object");
            var design = DesignMapper.ToModel(dto);
            document = new DesignDocument(design, file, scan) { SchemaReference = dto.Schema };
            return true;
        }
        catch (LoadError e)
        {
            error = ToException(e, scan, utf8, file);
            return false;
        }
#pragma warning disable CA1031 // The contract: any input gives a design or a DesignLoadException, never another exception type.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            var json = e as JsonException;
            var (line, column) = json?.LineNumber is { } l ? Scanner.FromLineAndByte(utf8, l, json.BytePositionInLine ?? 0) : (1, 1);
            error = new DesignLoadException(file, PointerOfPath(json?.Path), line, column, "cannot read the design: " + Scanner.StripPosition(e.Message), e);
            return false;
        }
    }

    /// <summary>Writes a design in the canonical form: fixed property order, 2-space indent, LF line ends, a final newline, empty lists and
    /// absent values left out; a list of strings, numbers or booleans on one line (<c>"voters": ["cn", "fr"]</c>) when the whole line fits in
    /// 100 columns, otherwise one element per line.</summary>
    /// <param name="design">The design.</param>
    /// <returns>The JSON text; the same design always gives the same text.</returns>
    /// <exception cref="ArgumentException">A weight, attribute value, count threshold or percentage has no finite decimal expansion (such as 1/3), so it cannot be written as a JSON number.</exception>
    public static string Serialize(Design design)
    {
        ArgumentNullException.ThrowIfNull(design);
        return Write(DesignMapper.ToDto(design));
    }

    /// <summary>Writes a loaded design in the canonical form, keeping the <c>$schema</c> reference the file had.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">A number in the design has no finite decimal expansion.</exception>
    public static string Serialize(DesignDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var dto = DesignMapper.ToDto(document.Design);
        dto.Schema = document.SchemaReference;
        return Write(dto);
    }

    /// <summary>Saves a design to a file in the canonical form of <see cref="Serialize(Design)"/> (UTF-8 without a byte-order mark).</summary>
    /// <param name="design">The design.</param>
    /// <param name="path">The file; created or replaced.</param>
    /// <exception cref="ArgumentException">A number in the design has no finite decimal expansion.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(Design design, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllText(path, Serialize(design), Utf8NoBom);
    }

    /// <summary>Saves a loaded design to a file in the canonical form of <see cref="Serialize(DesignDocument)"/>, keeping its
    /// <c>$schema</c> reference (UTF-8 without a byte-order mark).</summary>
    /// <param name="document">The document.</param>
    /// <param name="path">The file; created or replaced.</param>
    /// <exception cref="ArgumentException">A number in the design has no finite decimal expansion.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(DesignDocument document, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllText(path, Serialize(document), Utf8NoBom);
    }

    private static readonly System.Text.UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The canonical text: System.Text.Json writes the tokens (property order, escaping, numbers), <see cref="CanonicalLayout"/>
    /// the lines (short lists of scalars on one line).</summary>
    private static string Write(DesignDto dto) => CanonicalLayout.Layout(JsonSerializer.SerializeToUtf8Bytes(dto, WriteContext.Value.DesignDto));

    private static DesignJsonContext ReadContext(LoadOptions options) =>
        options.MaxDepth == LoadOptions.Default.MaxDepth && ReadContexts.TryGetValue(0, out var cached)
            ? cached
            : ReadContexts.GetOrAdd(options.MaxDepth == LoadOptions.Default.MaxDepth ? 0 : options.MaxDepth,
                _ => new DesignJsonContext(new JsonSerializerOptions(DesignJsonContext.Default.Options) { MaxDepth = options.MaxDepth + 8 }));

    private static DesignLoadException TooLarge(string? file, long length, LoadOptions options) =>
        new(file, "", 1, 1, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"the input has {length} bytes, more than {options.MaxBytes}, the limit set by LoadOptions.MaxBytes"));

    private static DesignLoadException ToException(LoadError e, PositionIndex? scan, ReadOnlySpan<byte> utf8, string? file)
    {
        var pointer = e.Pointer;
        if (e.Offset >= 0)
        {
            // System.Text.Json may hand converters a reader over a slice of the input, so offsets are not absolute; the path it records is.
            var basePointer = PointerOfPath(e.Path);
            pointer = basePointer + e.Pointer;
        }

        if (e.Line > 0) return new DesignLoadException(file, pointer, e.Line, e.Column, e.Reason, e);
        var (line, column) = Position(scan, pointer, e.AtName) ?? (e.Offset >= 0 ? Scanner.FromOffset(utf8, e.Offset) : (1, 1));
        return new DesignLoadException(file, pointer, line, column, e.Reason, e);
    }

    private static (int Line, int Column)? Position(PositionIndex? scan, string pointer, bool atName) => scan?.Position(pointer, atName);

    /// <summary>Best effort: System.Text.Json's <c>$.a[0].b</c> as a pointer.</summary>
    private static string PointerOfPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path[0] != '$') return "";
        var sb = new StringBuilder();
        int i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = path.IndexOfAny(['.', '['], i + 1);
                if (end < 0) end = path.Length;
                sb.Append('/').Append(JsonPointers.Escape(path[(i + 1)..end]));
                i = end;
            }
            else if (path[i] == '[')
            {
                int end = path.IndexOf(']', i);
                if (end < 0) break;
                sb.Append('/').Append(JsonPointers.Escape(path[(i + 1)..end].Trim('\'')));
                i = end + 1;
            }
            else
            {
                break;
            }
        }

        return sb.ToString();
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        int i = 0;
        while (i < utf8.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8[i..], out _, out int consumed) != System.Buffers.OperationStatus.Done) return i;
            i += consumed;
        }

        return 0;
    }

    private static string LoadSchema()
    {
        using var stream = typeof(DesignJson).Assembly.GetManifestResourceStream(SchemaResource);
        if (stream is null) return DesignSchema.Generate();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
