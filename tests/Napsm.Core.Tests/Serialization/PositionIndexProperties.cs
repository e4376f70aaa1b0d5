using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Testing;
using Napsm.Core.Tests.Validation;

namespace Napsm.Core.Tests.Serialization;

/// <summary>
/// <see cref="DesignDocument.Locate"/> and the loader's error positions agree with an independent walk of the document
/// (<see cref="PointerOracle"/>) for every pointer of every seed design and of generated, freely formatted designs.
/// </summary>
public class PositionIndexProperties
{
    private static readonly string[] Whitespace = ["", "", " ", "  ", "\n", "\n  ", "\r\n", "\t", " \n\n   "];

    private static readonly string[] Descriptions = ["plain", "é and ü", "中文 text", "emoji 😀 here", "mixed a😀é中"];

    public static TheoryData<string> Seeds() => [.. Repo.SeedDesigns().Select(f => Path.GetRelativePath(Repo.Root, f))];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_pointer_of_a_seed_is_located_where_the_oracle_says(string seed)
    {
        var mismatches = Mismatches(File.ReadAllBytes(Path.Combine(Repo.Root, seed)));
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(20)));
    }

    [Property(MaxTest = 100)]
    public Property Every_pointer_of_a_generated_design_is_located_where_the_oracle_says()
    {
        var seedFiles = Repo.SeedDesigns().ToArray();
        var generated = from design in DesignArbitraries.Design().Generator
                        from description in Gen.Elements(Descriptions)
                        select DesignJson.Serialize(design with { Description = description });
        var designText = Gen.OneOf(generated, Gen.Elements(seedFiles).Select(File.ReadAllText));
        var documents = from text in designText
                        from seed in Gen.Choose(0, int.MaxValue - 1)
                        select Reformat(text, seed);
        return Prop.ForAll(Arb.From(documents), text =>
        {
            var mismatches = Mismatches(Encoding.UTF8.GetBytes(text));
            return (mismatches.Count == 0).Label("Locate disagrees with the oracle:\n" + string.Join("\n", mismatches.Take(10)) + "\n" + text);
        });
    }

    /// <summary>Where the loader disagrees with the oracle: values, property names, and pointers below a value (which fall back to it).</summary>
    private static List<string> Mismatches(byte[] utf8)
    {
        var document = DesignJson.Parse(utf8, "f.json");
        var index = Scanner.Scan(utf8, LoadOptions.Default);
        var mismatches = new List<string>();
        foreach (var e in PointerOracle.Walk(utf8))
        {
            var expected = new SourceLocation("f.json", e.Line, e.Column);
            Check(e.Pointer, document.Locate(e.Pointer), expected);
            Check(e.Pointer + " (name)", Located(index.Position(e.Pointer, atName: true)), e.NameLine is { } l ? new SourceLocation("f.json", l, e.NameColumn!.Value) : expected);
            Check(e.Pointer + "/~2", document.Locate(e.Pointer + "/~2"), expected);
            Check(e.Pointer + "/~2 (name)", Located(index.Position(e.Pointer + "/~2", atName: true)), expected);
            Check(e.Pointer + "/99999/x", document.Locate(e.Pointer + "/99999/x"), expected);
        }

        return mismatches;

        void Check(string what, SourceLocation? actual, SourceLocation expected)
        {
            if (actual != expected) mismatches.Add($"{what}: located at {actual}, expected {expected}");
        }
    }

    private static SourceLocation Located((int Line, int Column) at) => new("f.json", at.Line, at.Column);

    /// <summary>The same JSON with whitespace between tokens drawn at random, and non-ASCII text written as is (so columns count characters, not bytes).</summary>
    internal static string Reformat(string json, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder();
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        string Space() => Whitespace[random.Next(Whitespace.Length)];
        void Write(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    sb.Append('{');
                    bool first = true;
                    foreach (var m in e.EnumerateObject())
                    {
                        sb.Append(first ? "" : ",").Append(Space()).Append(JsonSerializer.Serialize(m.Name, options)).Append(Space()).Append(':').Append(Space());
                        Write(m.Value);
                        first = false;
                    }

                    sb.Append(Space()).Append('}');
                    break;
                case JsonValueKind.Array:
                    sb.Append('[');
                    bool firstElement = true;
                    foreach (var x in e.EnumerateArray())
                    {
                        sb.Append(firstElement ? "" : ",").Append(Space());
                        Write(x);
                        firstElement = false;
                    }

                    sb.Append(Space()).Append(']');
                    break;
                case JsonValueKind.String:
                    sb.Append(JsonSerializer.Serialize(e.GetString(), options));
                    break;
                default:
                    sb.Append(e.GetRawText());
                    break;
            }
        }

        using var doc = JsonDocument.Parse(json);
        sb.Append(Space());
        Write(doc.RootElement);
        return sb.Append(Space()).ToString();
    }
}
