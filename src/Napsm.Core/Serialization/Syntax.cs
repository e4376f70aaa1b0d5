using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Napsm.Core.Serialization;

/// <summary>
/// Our own words for a JSON syntax error. System.Text.Json's reader says where it stopped (a line and a byte in it) but words its
/// messages for programmers ("…not supported in this mode. Change the reader options"); the explanation here is chosen from that
/// position, the bytes around it and what the reader had read — never from the text of the reader's message.
/// </summary>
internal static class Syntax
{
    /// <summary>What went wrong, and where to point (an offset, sometimes before the reader's own: a trailing comma, not the bracket after it).</summary>
    /// <param name="Reason">The explanation, in lower case, without a final period.</param>
    /// <param name="Offset">The 0-based byte offset to report.</param>
    /// <param name="AtProperty">Whether the error is in the value of the object's property being read (so its pointer names that property).</param>
    internal readonly record struct Explanation(string Reason, long Offset, bool AtProperty = false);

    /// <summary>Explains a syntax error at <paramref name="offset"/>.</summary>
    /// <param name="data">The whole input.</param>
    /// <param name="offset">Where the reader stopped.</param>
    /// <param name="consumed">The bytes the reader consumed before the bad token (the end of the last good token).</param>
    /// <param name="last">The last token read well (<see cref="JsonTokenType.None"/> before the first).</param>
    /// <param name="afterRoot">Whether the top-level value was complete.</param>
    /// <param name="open">The innermost open container: whether it is an object, and where it starts; <see langword="null"/> at the top level.</param>
    public static Explanation Explain(ReadOnlySpan<byte> data, long offset, long consumed, JsonTokenType last, bool afterRoot, (bool IsObject, (int Line, int Column) At)? open)
    {
        offset = Math.Clamp(offset, 0, data.Length);
        consumed = Math.Clamp(consumed, 0, offset);
        bool atEnd = offset >= data.Length || data[(int)offset..].Trim(" \t\r\n"u8).IsEmpty && !InString(data, consumed, offset);
        long stringStart = StringStart(data, consumed, offset);
        int b = offset < data.Length ? data[(int)offset] : -1;
        long previous = PreviousSignificant(data, offset);
        int before = previous >= 0 ? data[(int)previous] : -1;

        if (stringStart >= 0)
        {
            // Inside a string: the reader stopped at a raw control character, a bad escape, or the end of the input.
            if (offset >= data.Length)
            {
                return new($"the string that starts here is not closed: a '\"' is missing before the end of the input", stringStart, last == JsonTokenType.PropertyName);
            }

            if (b < 0x20)
            {
                var what = b switch { '\n' => "a line break", '\r' => "a carriage return", '\t' => "a tab", _ => "the control character " + Code(b) };
                var escape = b switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ => string.Create(CultureInfo.InvariantCulture, $"\\u{b:X4}") };
                return new($"a string cannot contain {what} as it is: write it as {escape}, or close the string with '\"' before it", offset, last == JsonTokenType.PropertyName);
            }

            return new("the string has a bad escape: after '\\' JSON allows only \", \\, /, b, f, n, r, t or u and four hex digits", Backslash(data, offset), last == JsonTokenType.PropertyName);
        }

        if (atEnd)
        {
            if (afterRoot || open is null) return new("the input ends before the design's object begins", offset);
            var (isObject, at) = open.Value;
            return new(string.Create(CultureInfo.InvariantCulture,
                $"the input ends inside the {(isObject ? "object" : "array")} opened at line {at.Line}, column {at.Column}: a '{(isObject ? '}' : ']')}' is missing"), offset);
        }

        if (afterRoot)
        {
            return new($"{Describe(data, offset)} after the end of the design: a design file holds one JSON object, and nothing may follow it", offset);
        }

        // A token the reader began but could not finish, between the end of the last good token (and a ':' or ',' after it) and
        // where the reader stopped: a number or a bare word cut short, or a string that a ':' should have followed.
        long pending = SkipSpace(data, consumed, offset);
        int separator = -1;
        if (pending < offset && data[(int)pending] is (byte)':' or (byte)',')
        {
            separator = data[(int)pending];
            pending = SkipSpace(data, pending + 1, offset);
        }

        bool isName = open is { IsObject: true } && last != JsonTokenType.PropertyName && (separator == ',' || (separator < 0 && last == JsonTokenType.StartObject));
        bool inValue = last == JsonTokenType.PropertyName;
        if (pending < offset)
        {
            int c = data[(int)pending];
            if (c == '"' && isName)
            {
                return new($"a ':' is missing after the property name {Ids.Quote(Encoding.UTF8.GetString(QuotedText(data, pending)))}", offset);
            }

            if (IsDigit(c) || c == '-')
            {
                var number = Word(data, pending);
                return new($"{Ids.Quote(number)} is not a JSON number: {NumberProblem(number)}", pending, AtProperty: inValue);
            }

            if (IsLetter(c)) return BareWord(data, pending, isName, inValue);
        }

        if (b == '/' && offset + 1 < data.Length && data[(int)offset + 1] is (byte)'/' or (byte)'*')
        {
            return new("JSON has no comments: remove the comment (a design can say more in its \"description\" properties)", offset);
        }

        if (b is '}' or ']')
        {
            bool closesObject = b == '}';
            if (before == ',')
            {
                return new($"a comma before '{(char)b}' is not allowed: remove the ',' after the last {(closesObject ? "member" : "element")}", previous);
            }

            if (open is { } o && o.IsObject != closesObject)
            {
                return new(string.Create(CultureInfo.InvariantCulture,
                    $"'{(char)b}' cannot close the {(o.IsObject ? "object" : "array")} opened at line {o.At.Line}, column {o.At.Column}: it needs '{(o.IsObject ? '}' : ']')}'"), offset);
            }

            if (last == JsonTokenType.PropertyName) return new("a value is missing after ':'", offset, AtProperty: true);
            return new($"'{(char)b}' has no '{(closesObject ? '{' : '[')}' to close", offset);
        }

        if (b == ',')
        {
            if (before == ',') return new("two commas in a row: a value is missing between them, or remove one", offset);
            if (before is '{' or '[') return new($"a '{(char)before}' cannot be followed by ',': remove the comma", offset);
            if (before == ':') return new("a value is missing after ':'", offset, AtProperty: true);
            return new("unexpected ','", offset);
        }

        if (b == '\'')
        {
            return new("strings and property names are written in double quotes (\"), not single quotes", offset, last == JsonTokenType.PropertyName);
        }

        bool valueEnded = last is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null
            or JsonTokenType.EndObject or JsonTokenType.EndArray;
        if (valueEnded && !inValue && separator < 0 && before is not (',' or ':' or '[' or '{'))
        {
            var inObject = open?.IsObject ?? false;
            return b is '"' or '{' or '[' || IsLetter(b) || IsDigit(b) || b == '-'
                ? new($"a ',' is missing between two {(inObject ? "members" : "elements")}", offset)
                : new($"{Describe(data, offset)} after a value: expected ',' or '{(inObject ? '}' : ']')}'", offset);
        }

        if (isName)
        {
            return IsLetter(b) || b == '_'
                ? BareWord(data, offset, isName: true, atProperty: false)
                : new($"{Describe(data, offset)} cannot start a property name: expected '\"'", offset);
        }

        if (b == '+') return new("a number cannot start with '+': leave the sign out", offset, AtProperty: inValue);
        if (b == '.') return new("a number cannot start with '.': write a 0 before it, as in 0.5", offset, AtProperty: inValue);
        if (IsLetter(b)) return BareWord(data, offset, isName: false, inValue);

        return new($"{Describe(data, offset)} cannot start a value: expected a string, number, object, array, true, false or null", offset, AtProperty: inValue);
    }

    /// <summary>A word without quotes: a property name, a misspelt literal, or a string.</summary>
    private static Explanation BareWord(ReadOnlySpan<byte> data, long start, bool isName, bool atProperty)
    {
        var word = Word(data, start);
        if (isName) return new($"property names are written in double quotes: write \"{word}\"", start);
        string advice = word switch
        {
            "NaN" or "Infinity" => "JSON numbers are finite: there is no NaN or Infinity",
            "True" or "TRUE" or "False" or "FALSE" or "Null" or "NULL" => $"JSON's literals are lower case: write {word.ToLowerInvariant()}",
            "None" or "nil" => "JSON writes no value as null",
            _ when Kernel.Names.Closest(word, ["true", "false", "null"]) is { } literal => $"did you mean {literal}?",
            _ => $"a string is written in double quotes, as in \"{word}\"",
        };
        return new($"{Ids.Quote(word)} is not a JSON value: {advice}", start, atProperty);
    }

    private static long SkipSpace(ReadOnlySpan<byte> data, long from, long to)
    {
        while (from < to && data[(int)from] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') from++;
        return from;
    }

    /// <summary>The raw text of the string whose opening quote is at <paramref name="start"/> (at most 80 bytes).</summary>
    private static ReadOnlySpan<byte> QuotedText(ReadOnlySpan<byte> data, long start)
    {
        long end = start + 1;
        while (end < data.Length && data[(int)end] != '"' && end - start < 80)
        {
            if (data[(int)end] == '\\') end++;
            end++;
        }

        return data[(int)(start + 1)..(int)Math.Min(end, data.Length)];
    }

    private static string NumberProblem(string word)
    {
        if (word.StartsWith('-') && (word.Length == 1 || !IsDigit(word[1]))) return "a digit must follow '-'";
        var digits = word.TrimStart('-');
        if (digits.Length > 1 && digits[0] == '0' && IsDigit(digits[1])) return "a number cannot have a leading zero";
        if (digits.EndsWith('.') || digits.Contains(".e", StringComparison.OrdinalIgnoreCase)) return "a digit must follow '.'";
        if (digits.EndsWith('e') || digits.EndsWith('E') || digits.EndsWith('+') || digits.EndsWith('-')) return "a digit must follow the exponent";
        return "JSON numbers are written as in 12, -3, 0.5 or 1e6";
    }

    private static bool IsDigit(int b) => b is >= '0' and <= '9';

    private static bool IsLetter(int b) => b is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsNumberChar(int b) => IsDigit(b) || b is '.' or 'e' or 'E' or '+' or '-';

    private static string Word(ReadOnlySpan<byte> data, long start)
    {
        long end = start;
        while (end < data.Length && end - start < 40 && (IsLetter(data[(int)end]) || IsNumberChar(data[(int)end]) || data[(int)end] == '_')) end++;
        if (end == start) end = Math.Min(start + 1, data.Length);
        return Encoding.UTF8.GetString(data[(int)start..(int)end]);
    }

    private static long PreviousSignificant(ReadOnlySpan<byte> data, long offset)
    {
        for (long i = Math.Min(offset, data.Length) - 1; i >= 0; i--)
        {
            if (data[(int)i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return i;
        }

        return -1;
    }

    private static bool InString(ReadOnlySpan<byte> data, long from, long to) => StringStart(data, from, to) >= 0;

    /// <summary>The offset of the opening quote of a string that is still open at <paramref name="to"/>, scanning from the end of the last good token; −1 when none is.</summary>
    private static long StringStart(ReadOnlySpan<byte> data, long from, long to)
    {
        long open = -1;
        for (long i = from; i < to && i < data.Length; i++)
        {
            byte c = data[(int)i];
            if (open < 0)
            {
                if (c == '"') open = i;
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (c == '"')
            {
                open = -1;
            }
        }

        return open;
    }

    /// <summary>The backslash of the escape the reader stopped in.</summary>
    private static long Backslash(ReadOnlySpan<byte> data, long offset)
    {
        for (long i = Math.Min(offset, data.Length - 1); i >= 0 && offset - i <= 6; i--)
        {
            if (data[(int)i] == '\\') return i;
        }

        return offset;
    }

    private static string Describe(ReadOnlySpan<byte> data, long offset)
    {
        if (offset >= data.Length) return "the end of the input";
        int b = data[(int)offset];
        if (b < 0x20 || b == 0x7F) return "the control character " + Code(b);
        if (b < 0x80) return $"'{(char)b}'";
        return System.Text.Rune.DecodeFromUtf8(data[(int)offset..], out var rune, out _) == System.Buffers.OperationStatus.Done
            ? string.Create(CultureInfo.InvariantCulture, $"'{rune}' (U+{rune.Value:X4})")
            : "a byte that is not UTF-8";
    }

    private static string Code(int b) => string.Create(CultureInfo.InvariantCulture, $"U+{b:X4}");
}
