using System.Text;
using Napsm.Core.Model;
using Napsm.Core.Serialization;

namespace Napsm.Core.Tests.Serialization;

/// <summary>The canonical layout's one-line lists (#17): the boundary at exactly 100 columns, and escaping kept as it is.</summary>
public class CanonicalLayoutTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A design whose <c>issueAreas</c> line, <c>  "issueAreas": [...],</c> (a member follows, hence the comma), is
    /// <paramref name="width"/> columns wide: 17 columns of indentation, key, brackets and comma, then 4 per id for its quotes and
    /// separator (less the last separator), plus the ids.</summary>
    private static Design WithIssueAreasLine(int width, int ids = 5)
    {
        var areas = Enumerable.Range(1, ids - 1).Select(i => $"area-{i}").ToList();
        int used = 17 + areas.Sum(a => a.Length) + 4 * ids;
        areas.Add(new string('z', width - used));
        return new Design("d", "D") { IssueAreas = areas, Members = [new Member("a", "A")] };
    }

    private static string Line(string text, string key) => text.Split('\n').Single(l => l.StartsWith("  \"" + key + "\":", StringComparison.Ordinal));

    [Fact]
    public void A_list_whose_line_is_exactly_100_columns_stays_on_one_line()
    {
        var text = DesignJson.Serialize(WithIssueAreasLine(100));

        var line = Line(text, "issueAreas");
        Assert.Equal(100, line.Length);
        Assert.StartsWith("  \"issueAreas\": [\"area-1\", \"area-2\", ", line, StringComparison.Ordinal);
        Assert.EndsWith("zz\"],", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_whose_line_would_be_101_columns_has_one_element_per_line()
    {
        var text = DesignJson.Serialize(WithIssueAreasLine(101));

        Assert.Equal("  \"issueAreas\": [", Line(text, "issueAreas"));
        Assert.Contains("\n    \"area-1\",\n    \"area-2\",\n    \"area-3\",\n    \"area-4\",\n    \"zzz", text, StringComparison.Ordinal);
        Assert.Contains("\"\n  ],\n  \"members\": [", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_comma_after_a_list_counts_towards_its_line()
    {
        // 100 columns without the comma, 101 with it: the last property's line has none, so the same list fits there only.
        var comma = Encoding.UTF8.GetBytes("{\"a\":[\"" + new string('x', 89) + "\"],\"b\":1}");
        var last = Encoding.UTF8.GetBytes("{\"b\":1,\"a\":[\"" + new string('x', 89) + "\"]}");

        Assert.Equal("{\n  \"a\": [\n    \"" + new string('x', 89) + "\"\n  ],\n  \"b\": 1\n}\n", CanonicalLayout.Layout(comma));
        Assert.Equal("{\n  \"b\": 1,\n  \"a\": [\"" + new string('x', 89) + "\"]\n}\n", CanonicalLayout.Layout(last));
    }

    [Fact]
    public void Wide_characters_count_two_columns_towards_the_boundary()
    {
        // 11 ids of 3 characters make a line of 17 + 11 * (3 + 4) = 94 characters: on one line when they are ASCII (94 columns),
        // wrapped when two of the three are wide (17 + 11 * (5 + 4) = 116 columns).
        Design With(string stem) => new("d", "D") { IssueAreas = [.. Enumerable.Range(0, 11).Select(i => stem + (char)('a' + i))], Members = [new Member("a", "A")] };

        var ascii = DesignJson.Serialize(With("ab"));
        var wide = DesignJson.Serialize(With("朝鮮"));

        Assert.Equal(94, Line(ascii, "issueAreas").Length);
        Assert.Equal("  \"issueAreas\": [", Line(wide, "issueAreas"));
        Assert.Contains("\n    \"朝鮮a\",\n", wide, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_of_objects_keep_one_object_per_line()
    {
        var design = new Design("d", "D") { Members = [new Member("a", "A"), new Member("b", "B")] };

        var text = DesignJson.Serialize(design);

        Assert.Contains("  \"members\": [\n    {\n      \"id\": \"a\",\n      \"name\": \"A\"\n    },\n    {\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Voters_of_a_body_fit_on_the_line_of_their_key()
    {
        var members = new[] { "cn", "fr", "ru", "uk", "us" };
        var design = new Design("d", "D")
        {
            Members = [.. members.Select(m => new Member(m, m.ToUpperInvariant()))],
            Bodies = [new Body("council", "Council", members, Rule.Unanimity)],
        };

        var text = DesignJson.Serialize(design);

        Assert.Contains("\n      \"voters\": [\"cn\", \"fr\", \"ru\", \"uk\", \"us\"],\n", text, StringComparison.Ordinal);
        Assert.Equal(design, DesignJson.Parse(text).Design);
    }

    [Theory]
    [InlineData("say \"no\"", "\"say \\\"no\\\"\"")]
    [InlineData("Côte d’Ivoire", "\"Côte d’Ivoire\"")]
    [InlineData("a\nb\tc", "\"a\\nb\\tc\"")]
    [InlineData("\u0001", "\"\\u0001\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("朝鮮", "\"朝鮮\"")]
    public void A_one_line_list_keeps_the_escaping_of_each_string(string value, string written)
    {
        var input = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { list = new[] { value, "x" } }, Relaxed));

        var laid = CanonicalLayout.Layout(input);

        Assert.Equal("{\n  \"list\": [" + written + ", \"x\"]\n}\n", laid);
        using var back = System.Text.Json.JsonDocument.Parse(laid);
        Assert.Equal(value, back.RootElement.GetProperty("list")[0].GetString());
    }

    [Fact]
    public void A_design_name_with_quotes_control_characters_and_non_ASCII_round_trips_through_the_layout()
    {
        var design = new Design("d", "Say \"no\" — Côte d’Ivoire\u0001\n朝鮮") { IssueAreas = ["朝鮮", "a"], Members = [new Member("a", "A")] };

        var text = DesignJson.Serialize(design);

        Assert.Contains("  \"name\": \"Say \\\"no\\\" — Côte d’Ivoire\\u0001\\n朝鮮\",\n", text, StringComparison.Ordinal);
        Assert.Contains("  \"issueAreas\": [\"朝鮮\", \"a\"],\n", text, StringComparison.Ordinal);
        Assert.Equal(design, DesignJson.Parse(text).Design);
        Assert.Equal(text, DesignJson.Serialize(DesignJson.Parse(text)));
    }

    [Fact]
    public void Numbers_and_booleans_are_scalars_too()
    {
        var laid = CanonicalLayout.Layout("{\"a\":[1,2.5,-3,true,false,null]}"u8);

        Assert.Equal("{\n  \"a\": [1, 2.5, -3, true, false, null]\n}\n", laid);
    }

    [Fact]
    public void Empty_lists_and_objects_stay_as_they_were()
    {
        Assert.Equal("{\n  \"a\": [],\n  \"b\": {}\n}\n", CanonicalLayout.Layout("{\"a\":[],\"b\":{}}"u8));
    }
}
