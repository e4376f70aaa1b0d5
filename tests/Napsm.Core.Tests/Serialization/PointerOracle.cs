using System.Text;
using System.Text.Json;

namespace Napsm.Core.Tests.Serialization;

/// <summary>
/// An independent account of where every value of a JSON document starts: a plain <see cref="Utf8JsonReader"/> walk that builds each
/// pointer and computes lines and columns by decoding the line's text and counting its characters (Unicode scalar values).
/// </summary>
internal static class PointerOracle
{
    /// <summary>A value: its pointer, where it starts, and where its property name starts when it is an object member.</summary>
    public sealed record Entry(string Pointer, int Line, int Column, int? NameLine, int? NameColumn);

    public static List<Entry> Walk(byte[] utf8)
    {
        var newlines = new List<int>();
        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n') newlines.Add(i);
        }

        (int Line, int Column) At(long offset)
        {
            int before = newlines.BinarySearch((int)offset);
            int line = (before < 0 ? ~before : before) + 1;
            int lineStart = line == 1 ? 0 : newlines[line - 2] + 1;
            var text = Encoding.UTF8.GetString(utf8, lineStart, (int)offset - lineStart);
            return (line, text.EnumerateRunes().Count() + 1);
        }

        var entries = new List<Entry>();
        var containers = new List<(string Pointer, bool IsObject, int Count)>();
        string? name = null;
        (int Line, int Column) nameAt = default;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 1000 });
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    name = reader.GetString();
                    nameAt = At(reader.TokenStartIndex);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    containers.RemoveAt(containers.Count - 1);
                    break;
                default:
                    string pointer;
                    int? nameLine = null, nameColumn = null;
                    if (containers.Count == 0)
                    {
                        pointer = "";
                    }
                    else if (containers[^1].IsObject)
                    {
                        pointer = containers[^1].Pointer + "/" + name!.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                        (nameLine, nameColumn) = nameAt;
                    }
                    else
                    {
                        var parent = containers[^1];
                        pointer = parent.Pointer + "/" + parent.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        containers[^1] = parent with { Count = parent.Count + 1 };
                    }

                    var (line, column) = At(reader.TokenStartIndex);
                    entries.Add(new Entry(pointer, line, column, nameLine, nameColumn));
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        containers.Add((pointer, reader.TokenType == JsonTokenType.StartObject, 0));
                    }

                    break;
            }
        }

        return entries;
    }
}
