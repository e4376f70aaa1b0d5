using System.Globalization;
using System.Text.Json;

namespace Napsm.Core.Serialization;

/// <summary>What the first pass learned: where every value and property name starts.</summary>
internal sealed class ScanResult
{
    public Dictionary<string, (int Line, int Column)> Values { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, (int Line, int Column)> Names { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// The first pass over the bytes with <see cref="Utf8JsonReader"/>: records the 1-based line and character column of every value and
/// property name by JSON pointer, and rejects — with exact positions — syntax errors, duplicate keys at any level, excessive depth or
/// string length, and values that do not have the shape the format expects (unknown, missing, null or mistyped properties).
/// </summary>
internal static class Scanner
{
    private sealed class Frame(string pointer, Shape shape, bool isObject, (int, int) at)
    {
        public string Pointer { get; } = pointer;
        public Shape Shape { get; } = shape;
        public bool IsObject { get; } = isObject;
        public (int Line, int Column) At { get; } = at;
        public int Index { get; set; }
        public Dictionary<string, (int Line, int Column)> Keys { get; } = new(StringComparer.Ordinal);
        public string? PendingName { get; set; }

        /// <summary>An object or string that is a decision rule (a rule, or a clause of <c>all</c>/<c>any</c>).</summary>
        public bool IsRuleNode { get; init; }

        /// <summary>The array of clauses of an <c>all</c> or <c>any</c> rule: each element is a rule node.</summary>
        public bool IsRuleList { get; init; }
    }

    /// <summary>Turns byte offsets into lines and character columns, moving forward only (tokens arrive in order).</summary>
    private struct Positions
    {
        private long _offset;
        private int _line;
        private int _column;

        public Positions()
        {
            _line = 1;
            _column = 1;
        }

        public (int Line, int Column) At(ReadOnlySpan<byte> data, long offset)
        {
            for (long i = _offset; i < offset; i++)
            {
                byte b = data[(int)i];
                if (b == (byte)'\n')
                {
                    _line++;
                    _column = 1;
                }
                else if ((b & 0xC0) != 0x80)
                {
                    _column++; // count scalar values: every byte that is not a UTF-8 continuation byte starts one
                }
            }

            _offset = offset;
            return (_line, _column);
        }
    }

    /// <summary>The 1-based line and character column of a 0-based line and byte position, as System.Text.Json reports them.</summary>
    public static (int Line, int Column) FromLineAndByte(ReadOnlySpan<byte> data, long line0, long byteInLine)
    {
        long start = 0;
        for (long l = 0; l < line0 && start < data.Length; start++)
        {
            if (data[(int)start] == (byte)'\n') l++;
        }

        int column = 1;
        for (long i = start; i < start + byteInLine && i < data.Length; i++)
        {
            if ((data[(int)i] & 0xC0) != 0x80) column++;
        }

        return ((int)line0 + 1, column);
    }

    public static (int Line, int Column) FromOffset(ReadOnlySpan<byte> data, long offset)
    {
        var p = new Positions();
        return p.At(data, Math.Min(offset, data.Length));
    }

    public static ScanResult Scan(ReadOnlySpan<byte> data, LoadOptions options)
    {
        var result = new ScanResult();
        var reader = new Utf8JsonReader(data, new JsonReaderOptions { MaxDepth = options.MaxDepth + 1, CommentHandling = JsonCommentHandling.Disallow });
        var positions = new Positions();
        var stack = new List<Frame>();
        string currentPointer = "";
        int ruleNodes = 0;
        try
        {
            if (data.Trim(" \t\r\n"u8).IsEmpty || !reader.Read())
            {
                throw LoadError.AtPosition("", 1, 1, "the input is empty; expected a JSON object with \"format\": 1, \"id\" and \"name\"");
            }

            do
            {
                var token = reader.TokenType;
                long offset = reader.TokenStartIndex;
                var at = positions.At(data, offset);
                if (token == JsonTokenType.PropertyName)
                {
                    var frame = stack[^1];
                    CheckLength(ref reader, frame.Pointer, at, options);
                    var name = reader.GetString()!;
                    var pointer = JsonPointers.Append(frame.Pointer, name);
                    currentPointer = pointer;
                    if (frame.Keys.TryGetValue(name, out var first))
                    {
                        throw LoadError.AtPosition(pointer, at.Line, at.Column,
                            string.Create(CultureInfo.InvariantCulture, $"duplicate property {Ids.Quote(name)} (first at line {first.Line}, column {first.Column}); a property may appear only once in an object"));
                    }

                    frame.Keys[name] = at;
                    result.Names[pointer] = at;
                    if (frame.Shape.Kind == ShapeKind.Object && !frame.Shape.Properties.ContainsKey(name))
                    {
                        throw LoadError.AtPosition(pointer, at.Line, at.Column,
                            $"unknown property {Ids.Quote(name)} in {frame.Shape.What}; expected {Elements.Expected(frame.Shape.PropertyNames)}");
                    }

                    frame.PendingName = name;
                    continue;
                }

                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    var frame = stack[^1];
                    stack.RemoveAt(stack.Count - 1);
                    if (frame.IsObject && frame.Shape.Kind == ShapeKind.Object)
                    {
                        var missing = frame.Shape.PropertyNames.Where(n => frame.Shape.Properties[n].Required && !frame.Keys.ContainsKey(n)).ToList();
                        if (missing.Count > 0)
                        {
                            var list = string.Join(", ", missing.Select(m => "\"" + m + "\""));
                            throw LoadError.AtPosition(frame.Pointer, frame.At.Line, frame.At.Column,
                                (missing.Count == 1 ? "missing required property " : "missing required properties ") + list + " of " + frame.Shape.What);
                        }
                    }

                    continue;
                }

                // A value: find where it is and what is expected there.
                string valuePointer;
                Shape shape;
                bool nullable = false;
                if (stack.Count == 0)
                {
                    valuePointer = "";
                    shape = Shape.Root;
                }
                else
                {
                    var parent = stack[^1];
                    if (parent.IsObject)
                    {
                        valuePointer = JsonPointers.Append(parent.Pointer, parent.PendingName!);
                        if (parent.Shape.Kind == ShapeKind.Object)
                        {
                            var property = parent.Shape.Properties[parent.PendingName!];
                            shape = property.Shape;
                            nullable = property.Nullable;
                        }
                        else
                        {
                            shape = parent.Shape.Element ?? Shape.AnyValue;
                        }
                    }
                    else
                    {
                        valuePointer = JsonPointers.Append(parent.Pointer, parent.Index++);
                        shape = parent.Shape.Element ?? Shape.AnyValue;
                        if (stack.Count == 2) CheckCount(parent.Pointer, parent.Index, valuePointer, at, options);
                    }
                }

                // Count rule nodes while scanning, so that a huge rule is rejected before anything is built from it.
                bool isRuleNode = ReferenceEquals(shape, Shape.Rule) || (stack.Count > 0 && stack[^1].IsRuleList);
                if (isRuleNode && ++ruleNodes > options.MaxRuleNodes)
                {
                    throw LoadError.AtPosition(valuePointer, at.Line, at.Column,
                        string.Create(CultureInfo.InvariantCulture, $"the design has more than {options.MaxRuleNodes} decision-rule nodes (rules and clauses of all/any), the limit set by LoadOptions.MaxRuleNodes"));
                }

                bool isRuleList = token == JsonTokenType.StartArray && stack.Count > 0 && stack[^1].IsRuleNode && stack[^1].IsObject
                                  && stack[^1].PendingName is "all" or "any";

                currentPointer = valuePointer;
                result.Values[valuePointer] = at;
                if (stack.Count == 0 && token != JsonTokenType.StartObject)
                {
                    throw LoadError.AtPosition("", at.Line, at.Column, $"expected a JSON object with \"format\": 1, \"id\" and \"name\" at the top level; found {Found(ref reader)}");
                }

                if (token == JsonTokenType.Null)
                {
                    if (!nullable) throw LoadError.AtPosition(valuePointer, at.Line, at.Column, $"null is not allowed here; expected {shape.Expected}");
                }
                else if (!Fits(shape, ref reader))
                {
                    throw LoadError.AtPosition(valuePointer, at.Line, at.Column, $"expected {shape.Expected}; found {Found(ref reader)}");
                }

                if (token == JsonTokenType.String)
                {
                    CheckLength(ref reader, valuePointer, at, options);
                    CheckEscapes(ref reader, valuePointer, at);
                }
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    if (stack.Count >= options.MaxDepth)
                    {
                        throw LoadError.AtPosition(valuePointer, at.Line, at.Column,
                            string.Create(CultureInfo.InvariantCulture, $"the document is nested more than {options.MaxDepth} levels deep, the limit set by LoadOptions.MaxDepth"));
                    }

                    stack.Add(new Frame(valuePointer, shape.Kind == ShapeKind.Any ? Shape.AnyValue : shape, token == JsonTokenType.StartObject, at)
                    {
                        IsRuleNode = isRuleNode,
                        IsRuleList = isRuleList,
                    });
                }
            }
            while (reader.Read());
        }
        catch (JsonException e) when (e is not LoadError)
        {
            // Syntax errors from the reader: 0-based line and byte position.
            var (line, column) = FromLineAndByte(data, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            // Point at the container being read (or, in an array, at the element that was expected).
            var where = stack.Count == 0 ? currentPointer : stack[^1].IsObject ? stack[^1].Pointer : JsonPointers.Append(stack[^1].Pointer, stack[^1].Index);
            throw LoadError.AtPosition(where, line, column, "invalid JSON: " + StripPosition(e.Message));
        }

        return result;
    }

    private static bool Fits(Shape shape, ref Utf8JsonReader reader) => shape.Kind switch
    {
        ShapeKind.Any => true,
        ShapeKind.String => reader.TokenType == JsonTokenType.String,
        ShapeKind.Integer => reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out _) && !reader.ValueSpan.Contains((byte)'.') &&
                             !reader.ValueSpan.Contains((byte)'e') && !reader.ValueSpan.Contains((byte)'E') && !reader.ValueSpan.StartsWith("-0"u8),
        ShapeKind.Array => reader.TokenType == JsonTokenType.StartArray,
        _ => reader.TokenType == JsonTokenType.StartObject,
    };

    private static string Found(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "the string " + Ids.Quote(reader.GetString()!),
        JsonTokenType.Number => "the number " + Numbers.Literal(reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => "null",
    };

    /// <summary>Checks a string's or property name's length before it is materialised as a .NET string.</summary>
    private static void CheckLength(ref Utf8JsonReader reader, string pointer, (int Line, int Column) at, LoadOptions options)
    {
        // Every character takes at least one byte of the raw (possibly escaped) token, so a short token is always within the limit.
        long rawLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (rawLength <= options.MaxStringLength) return;
        long length = reader.ValueIsEscaped || reader.HasValueSequence
            ? reader.GetString()!.Length
            : System.Text.Encoding.UTF8.GetCharCount(reader.ValueSpan);
        if (length > options.MaxStringLength)
        {
            var what = reader.TokenType == JsonTokenType.PropertyName ? "property name" : "string";
            throw LoadError.AtPosition(pointer, at.Line, at.Column,
                string.Create(CultureInfo.InvariantCulture, $"a {what} of {length} characters is longer than {options.MaxStringLength}, the limit set by LoadOptions.MaxStringLength"));
        }
    }

    /// <summary>An escaped lone surrogate (<c>"\ud800"</c>) is valid JSON syntax but not text; say so here rather than fail later without a position.</summary>
    private static void CheckEscapes(ref Utf8JsonReader reader, string pointer, (int Line, int Column) at)
    {
        if (!reader.ValueIsEscaped) return;
        try
        {
            _ = reader.GetString();
        }
        catch (InvalidOperationException)
        {
            throw LoadError.AtPosition(pointer, at.Line, at.Column,
                "the string contains an escaped unpaired surrogate (such as \\ud800 without a low surrogate after it), which is not a character");
        }
    }

    /// <summary>Checks the number of entries of the top-level lists that have a limit of their own.</summary>
    private static void CheckCount(string listPointer, int count, string valuePointer, (int Line, int Column) at, LoadOptions options)
    {
        var (limit, option, what) = listPointer switch
        {
            "/members" => (options.MaxMembers, nameof(LoadOptions.MaxMembers), "members"),
            "/bodies" => (options.MaxBodies, nameof(LoadOptions.MaxBodies), "bodies"),
            "/phases" => (options.MaxPhases, nameof(LoadOptions.MaxPhases), "phases"),
            "/treaties" => (options.MaxTreaties, nameof(LoadOptions.MaxTreaties), "treaties"),
            "/timing" => (options.MaxTimingConstraints, nameof(LoadOptions.MaxTimingConstraints), "timing constraints"),
            _ => (int.MaxValue, "", ""),
        };
        if (count > limit)
        {
            throw LoadError.AtPosition(valuePointer, at.Line, at.Column,
                string.Create(CultureInfo.InvariantCulture, $"the design has more than {limit} {what}, the limit set by LoadOptions.{option}"));
        }
    }

    /// <summary>System.Text.Json appends " LineNumber: 3 | BytePositionInLine: 15." to reader messages; the loader reports its own.</summary>
    internal static string StripPosition(string message)
    {
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var text = (cut >= 0 ? message[..cut] : message).Trim();
        return text.EndsWith('.') ? text[..^1] : text;
    }
}
