using System.Globalization;
using System.Text;
using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Tests.Validation;

namespace Napsm.Core.Tests.Serialization;

public class PositionIndexTests
{
    // Free-form keys (attribute names are checked as ids only after the scan), one per line so each value's column is known.
    private const string Escapes = "{\"format\":1,\"id\":\"d\",\"name\":\"D\",\"members\":[{\"id\":\"a\",\"name\":\"A\",\"attributes\":{\n" +
                                   "\"a/b\": 1,\n" +
                                   "\"c~d\": 2,\n" +
                                   "\"~1\": 3,\n" +
                                   "\"~01\": 4,\n" +
                                   "\"\": 5}}]}";

    private static PositionIndex ScanEscapes() => Scanner.Scan(Encoding.UTF8.GetBytes(Escapes), LoadOptions.Default);

    private static (int, int) Attributes => (1, Escapes.IndexOf("\"attributes\":{", StringComparison.Ordinal) + 14);

    [Theory]
    [InlineData("/members/0/attributes/a~1b", 2, 8)]
    [InlineData("/members/0/attributes/c~0d", 3, 8)]
    [InlineData("/members/0/attributes/~01", 4, 7)]
    [InlineData("/members/0/attributes/~001", 5, 8)]
    [InlineData("/members/0/attributes/", 6, 5)]
    public void Pointer_segments_are_unescaped_as_RFC_6901_says(string jsonPointer, int line, int column) =>
        Assert.Equal((line, column), ScanEscapes().Locate(jsonPointer));

    [Theory]
    [InlineData("/members/0/attributes/a/b")] // an unescaped '/' separates segments: there is no member "a"
    [InlineData("/members/0/attributes/c~d")] // '~' must be followed by 0 or 1
    [InlineData("/members/0/attributes/~2")]
    [InlineData("/members/0/attributes/~")]
    [InlineData("/members/0/attributes/~1~")]
    public void A_segment_that_is_not_a_well_formed_escape_matches_no_member(string jsonPointer) =>
        Assert.Equal(Attributes, ScanEscapes().Locate(jsonPointer));

    [Fact]
    public void A_property_name_is_located_at_its_name_when_asked()
    {
        var index = ScanEscapes();
        Assert.Equal((3, 1), index.Position("/members/0/attributes/c~0d", atName: true));
        Assert.Equal((3, 8), index.Position("/members/0/attributes/c~0d", atName: false));
    }

    [Fact]
    public void A_pointer_not_in_the_document_asked_for_its_name_is_located_at_the_nearest_enclosing_value()
    {
        var index = ScanEscapes();
        Assert.Equal(Attributes, index.Position("/members/0/attributes/nope", atName: true));
    }

    [Fact]
    public void An_array_element_asked_for_its_name_is_located_at_its_value()
    {
        var index = Scanner.Scan("{\"format\":1,\"id\":\"d\",\"name\":\"D\",\"issueAreas\":[\"x\"]}"u8, LoadOptions.Default);
        Assert.Equal((1, 47), index.Position("/issueAreas/0", atName: true));
    }

    [Theory]
    [InlineData("/phases/01")]
    [InlineData("/phases/00")]
    [InlineData("/phases/-1")]
    [InlineData("/phases/+1")]
    [InlineData("/phases/1.0")]
    [InlineData("/phases/ 1")]
    [InlineData("/phases/1 ")]
    [InlineData("/phases/4294967297")]
    [InlineData("/phases/99999999999")]
    [InlineData("/phases/")]
    [InlineData("/phases/-")]
    public void A_non_canonical_or_missing_array_index_falls_back_to_the_array(string jsonPointer)
    {
        var document = Seed();
        Assert.Equal(document.Locate("/phases"), document.Locate(jsonPointer));
        Assert.NotEqual(document.Locate("/phases"), document.Locate("/phases/1"));
    }

    [Fact]
    public void A_pointer_beyond_the_document_falls_back_to_the_nearest_enclosing_value()
    {
        var document = Seed();
        Assert.Equal(document.Locate("/phases/1/commitments/0/by/0"), document.Locate("/phases/1/commitments/0/by/0/deeper/still"));
        Assert.Equal(document.Locate("/phases/1/commitments/0"), document.Locate("/phases/1/commitments/0/nope/0"));
        Assert.Equal(document.Locate(""), document.Locate("/nope/1"));
    }

    [Theory]
    [InlineData("phases")]
    [InlineData("phases/1")]
    [InlineData("#/phases/1")]
    public void A_pointer_without_a_leading_slash_is_located_at_the_whole_document(string jsonPointer)
    {
        var document = Seed();
        Assert.Equal(new SourceLocation(document.File, 1, 1), document.Locate(jsonPointer));
    }

    [Fact]
    public void A_design_that_did_not_come_from_text_has_no_locations() =>
        Assert.Null(new DesignDocument(new Design("d", "D")).Locate("/members/0"));

    [Fact]
    public void Every_key_of_an_object_with_5000_keys_is_located_on_its_own_line()
    {
        var document = DesignJson.Parse(ManyAttributes(5000), "big.json");
        for (int i = 0; i < 5000; i++)
        {
            var at = document.Locate(string.Create(CultureInfo.InvariantCulture, $"/members/0/attributes/k{i}"));
            Assert.Equal(new SourceLocation("big.json", i + 2, 6 + Digits(i)), at);
        }

        Assert.Equal(document.Locate("/members/0/attributes"), document.Locate("/members/0/attributes/k5000"));
    }

    [Fact]
    public void Lookups_in_a_large_object_from_many_threads_agree()
    {
        var document = DesignJson.Parse(ManyAttributes(2000), "big.json");
        var wrong = 0;
        Parallel.For(0, 8, t =>
        {
            for (int i = t; i < 2000; i += 3)
            {
                var at = document.Locate(string.Create(CultureInfo.InvariantCulture, $"/members/0/attributes/k{i}"));
                if (at != new SourceLocation("big.json", i + 2, 6 + Digits(i))) Interlocked.Increment(ref wrong);
            }
        });
        Assert.Equal(0, wrong);
    }

    [Fact]
    public void A_duplicate_key_in_a_large_map_names_the_first_occurrence()
    {
        var text = ManyAttributes(20).Replace("\"k19\": 19", "\"k19\": 19,\n\"k3\": 0", StringComparison.Ordinal);
        var error = Assert.Throws<DesignLoadException>(() => DesignJson.Parse(text, "dup.json"));
        Assert.Equal("/members/0/attributes/k3", error.JsonPointer);
        Assert.Equal((22, 1), (error.Line, error.Column));
        Assert.Equal("duplicate property \"k3\" (first at line 5, column 1); a property may appear only once in an object", error.Reason);
    }

    [Fact]
    public void A_duplicate_key_in_a_small_map_names_the_first_occurrence()
    {
        var text = ManyAttributes(3).Replace("\"k2\": 2", "\"k2\": 2,\n\"k0\": 0", StringComparison.Ordinal);
        var error = Assert.Throws<DesignLoadException>(() => DesignJson.Parse(text, "dup.json"));
        Assert.Equal("/members/0/attributes/k0", error.JsonPointer);
        Assert.Equal((5, 1), (error.Line, error.Column));
        Assert.Equal("duplicate property \"k0\" (first at line 2, column 1); a property may appear only once in an object", error.Reason);
    }

    [Fact]
    public void Text_after_the_design_is_reported_at_the_last_value_read()
    {
        const string text = "{\"format\":1,\"id\":\"d\",\"name\":\"D\",\"phases\":[{\"id\":\"p\",\"name\":\"P\",\"after\":[]}]} x";
        var error = Assert.Throws<DesignLoadException>(() => DesignJson.Parse(text, "t.json"));
        Assert.Equal("/phases/0/after", error.JsonPointer);
        Assert.Equal((1, 78), (error.Line, error.Column));
    }

    private static DesignDocument Seed() => DesignJson.Load(Repo.Path("seeds", "six-party-2007-initial-actions.json"));

    private static int Digits(int i) => i.ToString(CultureInfo.InvariantCulture).Length;

    /// <summary>A member with attributes k0 … k(n−1), one per line from line 2: <c>"kI": I</c>, so the value starts at column 6 + digits.</summary>
    private static string ManyAttributes(int n)
    {
        var sb = new StringBuilder("{\"format\":1,\"id\":\"d\",\"name\":\"D\",\"members\":[{\"id\":\"a\",\"name\":\"A\",\"attributes\":{\n");
        for (int i = 0; i < n; i++) sb.Append(CultureInfo.InvariantCulture, $"\"k{i}\": {i}{(i + 1 < n ? "," : "")}\n");
        return sb.Append("}}]}").ToString();
    }
}
