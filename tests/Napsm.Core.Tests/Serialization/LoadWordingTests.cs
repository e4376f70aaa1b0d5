using Napsm.Core.Serialization;

namespace Napsm.Core.Tests.Serialization;

/// <summary>
/// The loader's own words for every JSON syntax error (never System.Text.Json's), and "did you mean" for rule kinds, properties and
/// enumerated values. In the inputs, ‸ marks where the error must point.
/// </summary>
public class LoadWordingTests
{
    private const string Mark = "‸";

    private static DesignLoadException Fail(string json)
    {
        int at = json.IndexOf(Mark, StringComparison.Ordinal);
        Assert.True(at >= 0, "the test input has no ‸ mark");
        var text = json.Remove(at, Mark.Length);
        var before = text[..at];
        int line = before.Count(c => c == '\n') + 1;
        int column = before[(before.LastIndexOf('\n') + 1)..].EnumerateRunes().Count() + 1;
        var error = Assert.Throws<DesignLoadException>(() => DesignJson.Parse(text, "x.json"));
        Assert.True((line, column) == (error.Line, error.Column), $"expected ({line},{column}), got ({error.Line},{error.Column}): {error.Reason}");
        Assert.DoesNotContain("reader options", error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Reason, StringComparison.Ordinal);
        return error;
    }

    private const string Head = "{ \"format\": 1, \"id\": \"d\", \"name\": \"D\"";

    public static TheoryData<string, string, string> SyntaxErrors => new()
    {
        // input (‸ = where), the pointer, the reason
        { Head + "‸, }", "/", "invalid JSON: a comma before '}' is not allowed: remove the ',' after the last member" },
        { Head + ", \"issueAreas\": [\"a\"‸, ] }", "/issueAreas/1", "invalid JSON: a comma before ']' is not allowed: remove the ',' after the last element" },
        { Head + " ‸// note\n}", "/", "invalid JSON: JSON has no comments: remove the comment (a design can say more in its \"description\" properties)" },
        { Head + " ‸/* note */ }", "/", "invalid JSON: JSON has no comments: remove the comment (a design can say more in its \"description\" properties)" },
        { "{ \"format\": 1, \"id\": ‸\"d", "/id", "invalid JSON: the string that starts here is not closed: a '\"' is missing before the end of the input" },
        { "{ \"format\": 1, \"id\": \"d\", \"name\": \"D‸\nE\" }", "/name", "invalid JSON: a string cannot contain a line break as it is: write it as \\n, or close the string with '\"' before it" },
        { "{ \"format\": 1, \"id\": \"d\", \"name\": \"D‸\\qE\" }", "/name", "invalid JSON: the string has a bad escape: after '\\' JSON allows only \", \\, /, b, f, n, r, t or u and four hex digits" },
        { "{ \"format\": 1, \"id\": ‸'d', \"name\": \"D\" }", "/id", "invalid JSON: strings and property names are written in double quotes (\"), not single quotes" },
        { "{ \"format\": 1, \"id\": ‸d, \"name\": \"D\" }", "/id", "invalid JSON: \"d\" is not a JSON value: a string is written in double quotes, as in \"d\"" },
        { "{ \"format\": ‸tru, \"id\": \"d\", \"name\": \"D\" }", "/format", "invalid JSON: \"tru\" is not a JSON value: did you mean true?" },
        { "{ \"format\": ‸True, \"id\": \"d\", \"name\": \"D\" }", "/format", "invalid JSON: \"True\" is not a JSON value: JSON's literals are lower case: write true" },
        { "{ \"format\": 1, \"id\": \"d\" ‸\"name\": \"D\" }", "/", "invalid JSON: a ',' is missing between two members" },
        { "{ \"format\": 1, \"id\" ‸\"d\", \"name\": \"D\" }", "/", "invalid JSON: a ':' is missing after the property name \"id\"" },
        { "{ ‸format: 1 }", "/", "invalid JSON: property names are written in double quotes: write \"format\"" },
        { "{ \"format\": ‸01, \"id\": \"d\", \"name\": \"D\" }", "/format", "invalid JSON: \"01\" is not a JSON number: a number cannot have a leading zero" },
        { "{ \"format\": ‸+1, \"id\": \"d\", \"name\": \"D\" }", "/format", "invalid JSON: a number cannot start with '+': leave the sign out" },
        { "{ \"format\": ‸.5, \"id\": \"d\", \"name\": \"D\" }", "/format", "invalid JSON: a number cannot start with '.': write a 0 before it, as in 0.5" },
        { "{ \"format\": ‸1., \"id\": \"d\", \"name\": \"D\" }", "/format", "invalid JSON: \"1.\" is not a JSON number: a digit must follow '.'" },
        { "{ \"format\": ‸1e, \"id\": \"d\", \"name\": \"D\" }", "/format", "invalid JSON: \"1e\" is not a JSON number: a digit must follow the exponent" },
        { "{ \"format\": ‸-, \"id\": \"d\", \"name\": \"D\" }", "/format", "invalid JSON: \"-\" is not a JSON number: a digit must follow '-'" },
        { Head + "}‸}", "/name", "invalid JSON: '}' after the end of the design: a design file holds one JSON object, and nothing may follow it" }, // a second '}' follows
        { Head + ", \"issueAreas\": [\"a\"‸} }", "/issueAreas/1", "invalid JSON: '}' cannot close the array opened at line 1, column 54: it needs ']'" },
        { Head + ", \"issueAreas\": [\"a\" ‸\"b\"] }", "/issueAreas/1", "invalid JSON: a ',' is missing between two elements" },
        { Head + ", \"issueAreas\": [‸", "/issueAreas/0", "invalid JSON: the input ends inside the array opened at line 1, column 54: a ']' is missing" },
        { "{ \"format\": 1,‸, \"id\": \"d\" }", "/", "invalid JSON: two commas in a row: a value is missing between them, or remove one" },
        { "{ \"format\": ‸#1 }", "/format", "invalid JSON: '#' cannot start a value: expected a string, number, object, array, true, false or null" },
    };

    [Theory]
    [MemberData(nameof(SyntaxErrors))]
    public void A_syntax_error_is_told_in_our_words_at_its_place(string input, string at, string reason)
    {
        var e = Fail(input);
        Assert.Equal(reason, e.Reason);
        Assert.Equal(at == "/" ? "" : at, e.JsonPointer);
    }

    private static DesignLoadException Rule(string rule) =>
        Fail("{ \"format\": 1, \"id\": \"d\", \"name\": \"D\", \"members\": [ { \"id\": \"a\", \"name\": \"A\" } ], " +
             "\"bodies\": [ { \"id\": \"c\", \"name\": \"C\", \"voters\": [\"a\"], \"rule\": " + rule + " } ] }");

    [Theory]
    [InlineData("‸\"concensus\"", "(did you mean \"consensus\"?)")]
    [InlineData("{ ‸\"atleast\": 2 }", "(did you mean \"atLeast\"?)")]
    [InlineData("‸\"Unanimity\"", "(did you mean \"unanimity\"?)")]
    [InlineData("{ ‸\"majority\": 2 }", "(did you mean \"simpleMajority\" or \"moreThan\"?)")]
    [InlineData("‸\"majority\"", "(did you mean \"simpleMajority\" or \"moreThan\"?)")]
    [InlineData("{ ‸\"wieghted\": {} }", "(did you mean \"weighted\"?)")]
    public void An_unknown_rule_kind_gets_the_nearest_real_kind(string rule, string suggestion)
    {
        var e = Rule(rule);
        Assert.StartsWith("unknown rule ", e.Reason, StringComparison.Ordinal);
        Assert.Contains(suggestion, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_kind_nothing_is_near_gets_no_suggestion()
    {
        var e = Rule("‸\"lottery\"");
        Assert.DoesNotContain("did you mean", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_property_gets_the_nearest_property_valid_at_its_place()
    {
        var e = Fail("{ \"format\": 1, \"id\": \"d\", \"name\": \"D\", \"principles\": [ { \"id\": \"p\", \"title\": \"P\", ‸\"sorce\": \"un\" } ] }");
        Assert.StartsWith("unknown property \"sorce\" in a principle (did you mean \"source\"?); expected one of ", e.Reason, StringComparison.Ordinal);
        var top = Fail("{ \"format\": 1, \"id\": \"d\", \"name\": \"D\", ‸\"Members\": [] }");
        Assert.StartsWith("unknown property \"Members\" in a design (did you mean \"members\"?)", top.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_of_a_rule_object_gets_a_suggestion()
    {
        var e = Rule("{ \"weighted\": { \"atLeast\": 2, ‸\"wieghts\": { \"a\": 1 } } }");
        Assert.Contains("(did you mean \"weights\"?)", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"atLeast\": 1, \"base\": ‸\"Present\" }", "(did you mean \"present\"?)")]
    [InlineData("{ \"atLeast\": 1, \"base\": ‸\"presentAndVotng\" }", "(did you mean \"presentAndVoting\"?)")]
    public void An_unknown_enumerated_value_gets_the_value_meant(string rule, string suggestion)
    {
        var e = Rule(rule);
        Assert.Contains(suggestion, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_ratification_kind_gets_the_kind_meant()
    {
        var e = Fail("{ \"format\": 1, \"id\": \"d\", \"name\": \"D\", \"members\": [ { \"id\": \"a\", \"name\": \"A\" } ], " +
                     "\"treaties\": [ { \"id\": \"t\", \"name\": \"T\", \"parties\": [\"a\"], \"ratifications\": [ { \"member\": \"a\", \"date\": \"2020-01-01\", \"kind\": ‸\"Ratified\" } ] } ] }");
        Assert.Contains("ratification kind \"Ratified\" is not known (did you mean \"ratified\"?)", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_field_names_the_element_by_id_or_else_by_its_place()
    {
        var byId = Fail("{ \"format\": 1, \"id\": \"d\", \"name\": \"D\", \"bodies\": [ ‸{ \"id\": \"council\", \"voters\": [] } ] }");
        Assert.StartsWith("missing required property \"name\" of body \"council\"", byId.Reason, StringComparison.Ordinal);
        var byPlace = Fail("{ \"format\": 1, \"id\": \"d\", \"name\": \"D\", \"bodies\": [ ‸{ \"name\": \"Council\", \"voters\": [] } ] }");
        Assert.StartsWith("missing required property \"id\" of a body at /bodies/0", byPlace.Reason, StringComparison.Ordinal);
    }
}
