using System.Text;
using System.Text.Json;

namespace Napsm.Core.Serialization;

/// <summary>
/// The line layout of the canonical design file (#17): 2-space indent, LF line ends, one property per line; a list of scalars
/// (strings, numbers, booleans) on one line, <c>["cn", "fr", "ru"]</c>, when that whole line — indentation, key, the list and the
/// comma after it — fits in <see cref="MaxColumns"/> columns, otherwise one element per line; lists of objects one object per line.
/// </summary>
/// <remarks>
/// It re-lays out JSON that System.Text.Json wrote, token by token, keeping every token's text as it is (its escaping included),
/// so only white space changes. Columns are counted as a terminal shows them (<see cref="Kernel.TextColumns.Of(string)"/>: an
/// East Asian wide character counts two, a combining mark none). The layout depends on the tokens alone, so laying out the
/// text again gives the same bytes.
/// </remarks>
internal static class CanonicalLayout
{
    /// <summary>The widest line a one-line list may make.</summary>
    public const int MaxColumns = 100;

    private const string Indent = "  ";

    /// <summary>The JSON text laid out canonically, with a final line end.</summary>
    /// <param name="utf8">Valid JSON (as System.Text.Json writes it).</param>
    public static string Layout(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 4096 });
        if (!reader.Read()) return "\n";
        var root = ReadNode(ref reader);
        var sb = new StringBuilder(utf8.Length);
        Write(sb, root, 0, 0, trailing: 0);
        return sb.Append('\n').ToString();
    }

    /// <summary>A JSON value: a scalar's text, or an object's or array's children (with the raw names of an object's properties).</summary>
    private sealed class Node
    {
        public string? Scalar { get; init; }

        public bool IsObject { get; init; }

        public List<(string? Name, Node Value)> Children { get; } = [];
    }

    private static Node ReadNode(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var node = new Node { IsObject = true };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = Quoted(reader.ValueSpan);
                    reader.Read();
                    node.Children.Add((name, ReadNode(ref reader)));
                }

                return node;
            }

            case JsonTokenType.StartArray:
            {
                var node = new Node();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) node.Children.Add((null, ReadNode(ref reader)));
                return node;
            }

            case JsonTokenType.String:
                return new Node { Scalar = Quoted(reader.ValueSpan) };
            default:
                return new Node { Scalar = Encoding.UTF8.GetString(reader.ValueSpan) };
        }
    }

    /// <summary>A string token's text as it was written, escapes kept (the reader's value span is the raw text between the quotes).</summary>
    private static string Quoted(ReadOnlySpan<byte> raw) => "\"" + Encoding.UTF8.GetString(raw) + "\"";

    /// <summary>Writes <paramref name="node"/> where the current line already has <paramref name="column"/> columns and will get
    /// <paramref name="trailing"/> more after it (the comma).</summary>
    private static void Write(StringBuilder sb, Node node, int depth, int column, int trailing)
    {
        if (node.Scalar is { } scalar)
        {
            sb.Append(scalar);
            return;
        }

        char open = node.IsObject ? '{' : '[', close = node.IsObject ? '}' : ']';
        if (node.Children.Count == 0)
        {
            sb.Append(open).Append(close);
            return;
        }

        if (!node.IsObject && node.Children.All(c => c.Value.Scalar is not null))
        {
            var line = "[" + string.Join(", ", node.Children.Select(c => c.Value.Scalar)) + "]";
            if (column + Kernel.TextColumns.Of(line) + trailing <= MaxColumns)
            {
                sb.Append(line);
                return;
            }
        }

        sb.Append(open).Append('\n');
        var inner = string.Concat(Enumerable.Repeat(Indent, depth + 1));
        for (int i = 0; i < node.Children.Count; i++)
        {
            var (name, value) = node.Children[i];
            bool last = i == node.Children.Count - 1;
            sb.Append(inner);
            int at = inner.Length;
            if (name is not null)
            {
                sb.Append(name).Append(": ");
                at += Kernel.TextColumns.Of(name) + 2;
            }

            Write(sb, value, depth + 1, at, last ? 0 : 1);
            if (!last) sb.Append(',');
            sb.Append('\n');
        }

        sb.Append(string.Concat(Enumerable.Repeat(Indent, depth))).Append(close);
    }
}
