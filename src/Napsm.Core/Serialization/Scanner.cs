using System.Globalization;
using System.Text;
using System.Text.Json;
using Napsm.Core.Kernel;

namespace Napsm.Core.Serialization;

/// <summary>
/// The first pass over the bytes with <see cref="Utf8JsonReader"/>: records the 1-based line and character column of every value and
/// property name in a <see cref="PositionIndex"/>, and rejects — with exact positions — syntax errors, duplicate keys at any level, excessive depth or
/// string length, and values that do not have the shape the format expects (unknown, missing, null or mistyped properties).
/// </summary>
internal static class Scanner
{
    /// <summary>An open object or array. Frames live in one array reused for the whole scan, so opening a container allocates nothing.</summary>
    private struct Frame
    {
        public Shape Shape;
        public bool IsObject;
        public (int Line, int Column) At;

        /// <summary>The number of elements so far (arrays).</summary>
        public int Index;

        /// <summary>The name of the member being read (objects), interned: a shape's own property name or the scan's copy.</summary>
        public string? PendingName;

        public (int Line, int Column) PendingNameAt;

        /// <summary>The property being read, for objects of a known shape.</summary>
        public ShapeProperty? PendingProperty;

        /// <summary>The properties seen so far (bits by <see cref="ShapeProperty.Index"/>), for objects of a known shape.</summary>
        public ulong Seen;

        /// <summary>The names seen so far in a free-form object (a map, or a value read by a converter), once it has many members.</summary>
        public HashSet<string>? SeenNames;

        /// <summary>This container's node and where its children start among the builder's pending children.</summary>
        public int Node;

        public int PendingStart;

        /// <summary>An object or string that is a decision rule (a rule, or a clause of <c>all</c>/<c>any</c>).</summary>
        public bool IsRuleNode;

        /// <summary>The array of clauses of an <c>all</c> or <c>any</c> rule: each element is a rule node.</summary>
        public bool IsRuleList;

        /// <summary>The object of a <c>weighted</c> rule, whose <c>quorum</c> is a rule node.</summary>
        public bool IsWeighted;

        /// <summary>Where the raw bytes of the object's <c>id</c> string are (length −1 when it has none yet), to name the object in an error.</summary>
        public int IdStart;

        public int IdLength;
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

    /// <summary>Scans the document: checks it as described above and returns where every value and property name starts.</summary>
    public static PositionIndex Scan(ReadOnlySpan<byte> data, LoadOptions options)
    {
        var reader = new Utf8JsonReader(data, new JsonReaderOptions { MaxDepth = options.MaxDepth + 1, CommentHandling = JsonCommentHandling.Disallow });
        var run = new ScanRun(options);
        try
        {
            if (data.Trim(" \t\r\n"u8).IsEmpty || !reader.Read())
            {
                throw LoadError.AtPosition("", 1, 1, "the input is empty; expected a JSON object with \"format\": 1, \"id\" and \"name\"");
            }

            do
            {
                run.Token(ref reader, data);
            }
            while (reader.Read());
        }
        catch (JsonException e) when (e is not LoadError)
        {
            throw run.SyntaxError(e, data);
        }

        return run.Builder.Build();
    }

    /// <summary>
    /// The state of one scan: the open containers, the positions, the index being built and the counts the limits need. Each kind
    /// of token has its own method; the reader stays with <see cref="Scan"/> (a ref struct), passed by reference.
    /// </summary>
    private sealed class ScanRun
    {
        private readonly LoadOptions _options;
        private Positions _positions = new();
        private Frame[] _stack = new Frame[16];
        private int _depth;
        private bool _rootClosed;
        private int _ruleNodes;
        private long _lastGoodEnd;
        private JsonTokenType _lastGoodToken = JsonTokenType.None;

        // Free-form objects (maps, values read by converters) repeat the same few names, so each distinct name becomes one string.
        private readonly HashSet<string> _names = new(StringComparer.Ordinal);
        private readonly Stack<HashSet<string>> _seenSetPool = new();
        private char[] _nameBuffer = new char[128];

        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;

        public ScanRun(LoadOptions options)
        {
            _options = options;
            _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public PositionIndex.Builder Builder { get; } = new();

        /// <summary>Takes the reader's current token.</summary>
        public void Token(ref Utf8JsonReader reader, ReadOnlySpan<byte> data)
        {
            _lastGoodEnd = reader.BytesConsumed;
            _lastGoodToken = reader.TokenType;
            var token = reader.TokenType;
            var at = _positions.At(data, reader.TokenStartIndex);
            if (token == JsonTokenType.PropertyName) PropertyName(ref reader, at);
            else if (token is JsonTokenType.EndObject or JsonTokenType.EndArray) Close(data);
            else Value(ref reader, data, token, at);
        }

        /// <summary>A property name: known to the object's shape (or an error with suggestions), not a duplicate; kept as pending.</summary>
        private void PropertyName(ref Utf8JsonReader reader, (int Line, int Column) at)
        {
            ref var frame = ref _stack[_depth - 1];
            if (TooLong(ref reader, _options) is var nameLength and >= 0)
            {
                throw TooLongError(PointerOf(_stack, _depth - 1), at, nameLength, isName: true, _options);
            }

            ShapeProperty? property = null;
            string name;
            if (frame.Shape.Kind == ShapeKind.Object)
            {
                // A known shape: the name is one of the shape's own strings, or an error.
                var text = reader.ValueIsEscaped ? reader.GetString().AsSpan() : Chars(ref reader, ref _nameBuffer);
                if (!frame.Shape.PropertyLookup.TryGetValue(text, out var known, out property))
                {
                    name = text.ToString();
                    throw LoadError.AtPosition(NamePointer(_stack, _depth, name), at.Line, at.Column,
                        Elements.UnknownProperty(name, frame.Shape.What, frame.Shape.PropertyNames));
                }

                name = known;
                ulong bit = 1UL << property.Index;
                if ((frame.Seen & bit) != 0) throw Duplicate(_stack, _depth, Builder, name, at);
                frame.Seen |= bit;
            }
            else
            {
                if (reader.ValueIsEscaped)
                {
                    var text = reader.GetString()!;
                    name = _nameLookup.TryGetValue(text.AsSpan(), out var interned) ? interned : text;
                    _names.Add(name);
                }
                else
                {
                    var text = Chars(ref reader, ref _nameBuffer);
                    if (_nameLookup.TryGetValue(text, out var interned))
                    {
                        name = interned;
                    }
                    else
                    {
                        name = text.ToString();
                        _names.Add(name);
                    }
                }

                if (IsDuplicate(ref frame, Builder, name, _seenSetPool)) throw Duplicate(_stack, _depth, Builder, name, at);
            }

            frame.PendingName = name;
            frame.PendingNameAt = at;
            frame.PendingProperty = property;
        }

        /// <summary>The end of an object or array: its node closed, its required properties checked.</summary>
        private void Close(ReadOnlySpan<byte> data)
        {
            ref var frame = ref _stack[--_depth];
            Builder.Close(frame.Node, frame.PendingStart);
            if (_depth == 0) _rootClosed = true;
            if (frame.SeenNames is { } seenNames)
            {
                seenNames.Clear();
                _seenSetPool.Push(seenNames);
                frame.SeenNames = null;
            }

            if (frame.IsObject && frame.Shape.Kind == ShapeKind.Object && (frame.Seen & frame.Shape.RequiredMask) != frame.Shape.RequiredMask)
            {
                var shape = frame.Shape;
                ulong seen = frame.Seen;
                var missing = shape.PropertyNames.Where(n => shape.Properties[n].Required && (seen & (1UL << shape.Properties[n].Index)) == 0).ToList();
                var list = string.Join(", ", missing.Select(m => "\"" + m + "\""));
                var where = PointerOf(_stack, _depth);
                throw LoadError.AtPosition(where, frame.At.Line, frame.At.Column,
                    (missing.Count == 1 ? "missing required property " : "missing required properties ") + list + " of " + Named(shape, where, IdOf(data, frame)));
            }
        }

        /// <summary>A value: what is expected there, the limits, and a new frame for an object or array.</summary>
        private void Value(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, JsonTokenType token, (int Line, int Column) at)
        {
            Shape valueShape;
            bool nullable = false;
            if (_depth == 0)
            {
                valueShape = Shape.Root;
            }
            else
            {
                ref var parent = ref _stack[_depth - 1];
                if (parent.IsObject)
                {
                    if (parent.PendingProperty is { } property)
                    {
                        valueShape = property.Shape;
                        nullable = property.Nullable;
                    }
                    else
                    {
                        valueShape = parent.Shape.Element ?? Shape.AnyValue;
                    }
                }
                else
                {
                    parent.Index++;
                    valueShape = parent.Shape.Element ?? Shape.AnyValue;
                    if (_depth == 2) CheckCount(_stack, _depth, at, _options);
                }
            }

            // Count rule nodes while scanning, so that a huge rule is rejected before anything is built from it.
            // A rule's quorum is a rule too (beside atLeast/moreThan, or inside a weighted object).
            bool isRuleNode = ReferenceEquals(valueShape, Shape.Rule) || (_depth > 0 && _stack[_depth - 1].IsRuleList) ||
                              (_depth > 0 && _stack[_depth - 1].IsObject && (_stack[_depth - 1].IsRuleNode || _stack[_depth - 1].IsWeighted) &&
                               _stack[_depth - 1].PendingName is "quorum");
            bool isWeighted = token == JsonTokenType.StartObject && _depth > 0 && _stack[_depth - 1].IsRuleNode && _stack[_depth - 1].IsObject
                              && _stack[_depth - 1].PendingName is "weighted";
            if (isRuleNode && ++_ruleNodes > _options.MaxRuleNodes)
            {
                throw LoadError.AtPosition(PointerOf(_stack, _depth), at.Line, at.Column,
                    string.Create(CultureInfo.InvariantCulture, $"the design has more than {_options.MaxRuleNodes} decision-rule nodes (rules and clauses of all/any), the limit set by LoadOptions.MaxRuleNodes"));
            }

            bool isRuleList = token == JsonTokenType.StartArray && _depth > 0 && _stack[_depth - 1].IsRuleNode && _stack[_depth - 1].IsObject
                              && _stack[_depth - 1].PendingName is "all" or "any";

            int node = _depth == 0
                ? Builder.Add(at.Line, at.Column, null, 0, 0, isChild: false)
                : _stack[_depth - 1].IsObject
                    ? Builder.Add(at.Line, at.Column, _stack[_depth - 1].PendingName, _stack[_depth - 1].PendingNameAt.Line, _stack[_depth - 1].PendingNameAt.Column, isChild: true)
                    : Builder.Add(at.Line, at.Column, null, 0, 0, isChild: true);
            if (_depth == 0 && token != JsonTokenType.StartObject)
            {
                throw LoadError.AtPosition("", at.Line, at.Column, $"expected a JSON object with \"format\": 1, \"id\" and \"name\" at the top level; found {Found(ref reader)}");
            }

            if (token == JsonTokenType.Null)
            {
                if (!nullable) throw LoadError.AtPosition(PointerOf(_stack, _depth), at.Line, at.Column, $"null is not allowed here; expected {valueShape.Expected}");
            }
            else if (!Fits(valueShape, ref reader))
            {
                throw LoadError.AtPosition(PointerOf(_stack, _depth), at.Line, at.Column, $"expected {valueShape.Expected}; found {Found(ref reader)}");
            }

            if (token == JsonTokenType.String && _depth > 0 && _stack[_depth - 1].IsObject && _stack[_depth - 1].Shape.Kind == ShapeKind.Object &&
                _stack[_depth - 1].PendingName is "id")
            {
                // Only the place of the bytes: the id is decoded only when an error names the object.
                _stack[_depth - 1].IdStart = (int)reader.TokenStartIndex + 1;
                _stack[_depth - 1].IdLength = reader.HasValueSequence ? -1 : reader.ValueSpan.Length;
            }

            if (token == JsonTokenType.String)
            {
                if (TooLong(ref reader, _options) is var length and >= 0)
                {
                    throw TooLongError(PointerOf(_stack, _depth), at, length, isName: false, _options);
                }

                if (!EscapesAreText(ref reader))
                {
                    throw LoadError.AtPosition(PointerOf(_stack, _depth), at.Line, at.Column,
                        "the string contains an escaped unpaired surrogate (such as \\ud800 without a low surrogate after it), which is not a character");
                }
            }

            if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                if (_depth >= _options.MaxDepth)
                {
                    throw LoadError.AtPosition(PointerOf(_stack, _depth), at.Line, at.Column,
                        string.Create(CultureInfo.InvariantCulture, $"the document is nested more than {_options.MaxDepth} levels deep, the limit set by LoadOptions.MaxDepth"));
                }

                if (_depth == _stack.Length) Array.Resize(ref _stack, _stack.Length * 2);
                _stack[_depth++] = new Frame
                {
                    Shape = valueShape.Kind == ShapeKind.Any ? Shape.AnyValue : valueShape,
                    IsObject = token == JsonTokenType.StartObject,
                    At = at,
                    Node = node,
                    PendingStart = Builder.PendingCount,
                    IsRuleNode = isRuleNode,
                    IsRuleList = isRuleList,
                    IsWeighted = isWeighted,
                    IdLength = -1,
                };
            }
        }

        /// <summary>A syntax error of the reader (0-based line and byte position) in our own words, at the place of the mistake.</summary>
        public LoadError SyntaxError(JsonException e, ReadOnlySpan<byte> data)
        {
            // Syntax errors from the reader: 0-based line and byte position.
            var (line, column) = FromLineAndByte(data, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            // Point at the container being read (or, in an array, at the element that was expected); after the top-level value, at
            // the last value read.
            string where;
            if (_depth == 0) where = _rootClosed ? Builder.Build().LastValuePointer() : "";
            else if (_stack[_depth - 1].IsObject) where = PointerOf(_stack, _depth - 1);
            else where = JsonPointers.Append(PointerOf(_stack, _depth - 1), _stack[_depth - 1].Index);
            long offset = OffsetOf(data, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            var syntax = Syntax.Explain(data, offset, _lastGoodEnd, _lastGoodToken, _depth == 0 && _rootClosed,
                _depth == 0 ? null : (_stack[_depth - 1].IsObject, _stack[_depth - 1].At));
            if (syntax.Offset != offset) (line, column) = FromOffset(data, syntax.Offset);
            if (syntax.AtProperty && _depth > 0 && _stack[_depth - 1].IsObject && _stack[_depth - 1].PendingName is not null) where = PointerOf(_stack, _depth);
            return LoadError.AtPosition(where, line, column, "invalid JSON: " + syntax.Reason);
        }
    }

    /// <summary>The 0-based byte offset of a 0-based line and byte position in it, as System.Text.Json reports them.</summary>
    private static long OffsetOf(ReadOnlySpan<byte> data, long line0, long byteInLine)
    {
        long start = 0;
        for (long l = 0; l < line0 && start < data.Length; start++)
        {
            if (data[(int)start] == (byte)'\n') l++;
        }

        return Math.Min(start + byteInLine, data.Length);
    }

    /// <summary>An object named for an error: <c>body "council"</c> when its id was read, else <c>a body at /bodies/3</c>.</summary>
    private static string Named(Shape shape, string pointer, string? id)
    {
        if (id is not null && Ids.Problem(id) is null)
        {
            var kind = shape.What.StartsWith("a ", StringComparison.Ordinal) ? shape.What[2..] : shape.What.StartsWith("an ", StringComparison.Ordinal) ? shape.What[3..] : shape.What;
            return kind + " " + Ids.Quote(id);
        }

        return pointer.Length == 0 ? shape.What : shape.What + " at " + pointer;
    }

    private static string? IdOf(ReadOnlySpan<byte> data, in Frame frame)
    {
        if (frame.IdLength < 0) return null;
        var raw = data.Slice(frame.IdStart, frame.IdLength);
        if (raw.IndexOf((byte)'\\') < 0) return Encoding.UTF8.GetString(raw);
        var quoted = new byte[raw.Length + 2];
        quoted[0] = quoted[^1] = (byte)'"';
        raw.CopyTo(quoted.AsSpan(1));
        var r = new Utf8JsonReader(quoted);
        return r.Read() ? r.GetString() : null;
    }

    /// <summary>
    /// The pointer of the value the frames <c>stack[0..depth)</c> lead to: each object frame adds the name of the member being read,
    /// each array frame the index of the element being read. Built only for error messages.
    /// </summary>
    private static string PointerOf(Frame[] stack, int depth)
    {
        var sb = new StringBuilder();
        for (int k = 0; k < depth; k++)
        {
            sb.Append('/');
            if (stack[k].IsObject) sb.Append(JsonPointers.Escape(stack[k].PendingName!));
            else sb.Append(CultureInfo.InvariantCulture, $"{stack[k].Index - 1}");
        }

        return sb.ToString();
    }

    /// <summary>The pointer of a property name in the object <c>stack[depth - 1]</c>.</summary>
    private static string NamePointer(Frame[] stack, int depth, string name) => JsonPointers.Append(PointerOf(stack, depth - 1), name);

    private static LoadError Duplicate(Frame[] stack, int depth, PositionIndex.Builder builder, string name, (int Line, int Column) at)
    {
        var first = at;
        for (int i = stack[depth - 1].PendingStart; i < builder.PendingCount; i++)
        {
            if (string.Equals(builder.NameOfPending(i), name, StringComparison.Ordinal))
            {
                first = builder.NamePositionOfPending(i);
                break;
            }
        }

        return LoadError.AtPosition(NamePointer(stack, depth, name), at.Line, at.Column,
            string.Create(CultureInfo.InvariantCulture, $"duplicate property {Ids.Quote(name)} (first at line {first.Line}, column {first.Column}); a property may appear only once in an object"));
    }

    /// <summary>Whether a free-form object already has a member of this name; small objects are searched, larger ones get a set.</summary>
    private static bool IsDuplicate(ref Frame frame, PositionIndex.Builder builder, string name, Stack<HashSet<string>> pool)
    {
        if (frame.SeenNames is { } seen) return !seen.Add(name);
        int count = builder.PendingCount - frame.PendingStart;
        for (int i = frame.PendingStart; i < builder.PendingCount; i++)
        {
            if (string.Equals(builder.NameOfPending(i), name, StringComparison.Ordinal)) return true;
        }

        if (count >= PositionIndex.LinearLimit)
        {
            seen = pool.Count > 0 ? pool.Pop() : new HashSet<string>(StringComparer.Ordinal);
            for (int i = frame.PendingStart; i < builder.PendingCount; i++) seen.Add(builder.NameOfPending(i)!);
            seen.Add(name);
            frame.SeenNames = seen;
        }

        return false;
    }

    /// <summary>An unescaped property name as characters, in a buffer reused across names.</summary>
    private static ReadOnlySpan<char> Chars(ref Utf8JsonReader reader, ref char[] buffer)
    {
        if (buffer.Length < reader.ValueSpan.Length) buffer = new char[Math.Max(reader.ValueSpan.Length, buffer.Length * 2)];
        int written = reader.CopyString(buffer);
        return buffer.AsSpan(0, written);
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

    /// <summary>A string's or property name's length in characters when it is over the limit, else −1; checked before it is materialised as a .NET string.</summary>
    private static long TooLong(ref Utf8JsonReader reader, LoadOptions options)
    {
        // Every character takes at least one byte of the raw (possibly escaped) token, so a short token is always within the limit.
        long rawLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (rawLength <= options.MaxStringLength) return -1;
        long length = reader.ValueIsEscaped || reader.HasValueSequence
            ? reader.GetString()!.Length
            : System.Text.Encoding.UTF8.GetCharCount(reader.ValueSpan);
        return length > options.MaxStringLength ? length : -1;
    }

    private static LoadError TooLongError(string pointer, (int Line, int Column) at, long length, bool isName, LoadOptions options)
    {
        var what = isName ? "property name" : "string";
        return LoadError.AtPosition(pointer, at.Line, at.Column,
            string.Create(CultureInfo.InvariantCulture, $"a {what} of {length} characters is longer than {options.MaxStringLength}, the limit set by LoadOptions.MaxStringLength"));
    }

    /// <summary>An escaped lone surrogate (<c>"\ud800"</c>) is valid JSON syntax but not text; say so here rather than fail later without a position.</summary>
    private static bool EscapesAreText(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped) return true;
        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Checks the number of entries of the top-level lists that have a limit of their own (<c>stack[1]</c>, a member of the root).</summary>
    private static void CheckCount(Frame[] stack, int depth, (int Line, int Column) at, LoadOptions options)
    {
        var (limit, option, what) = stack[0].PendingName switch
        {
            "members" => (options.MaxMembers, nameof(LoadOptions.MaxMembers), "members"),
            "bodies" => (options.MaxBodies, nameof(LoadOptions.MaxBodies), "bodies"),
            "phases" => (options.MaxPhases, nameof(LoadOptions.MaxPhases), "phases"),
            "treaties" => (options.MaxTreaties, nameof(LoadOptions.MaxTreaties), "treaties"),
            "timing" => (options.MaxTimingConstraints, nameof(LoadOptions.MaxTimingConstraints), "timing constraints"),
            _ => (int.MaxValue, "", ""),
        };
        if (stack[1].Index > limit)
        {
            throw LoadError.AtPosition(PointerOf(stack, depth), at.Line, at.Column,
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
