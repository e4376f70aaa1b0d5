using System.Text;
using Napsm.Core.Serialization;

namespace Napsm.Core.Tests.Serialization;

/// <summary>
/// One test per kind of bad input: each asserts the JSON path, the 1-based line and column, and the message. In the inputs, ‸ marks
/// where the error must point; the helper removes it and counts the line and column of the mark.
/// </summary>
public class LoadErrorTests
{
    private const string Mark = "‸";

    /// <summary>A valid design to splice a bad part into; BODY is replaced.</summary>
    private const string Template = """
        {
          "format": 1,
          "id": "d",
          "name": "D",
          "members": [ { "id": "a", "name": "A" }, { "id": "b", "name": "B", "attributes": { "population": 5 } } ],
          BODY
        }
        """;

    private static DesignLoadException Fail(string json, string? file = "x.json", LoadOptions? options = null, bool raw = false)
    {
        if (!raw && !json.TrimStart().StartsWith('{')) json = Template.Replace("BODY", json, StringComparison.Ordinal);
        int at = json.IndexOf(Mark, StringComparison.Ordinal);
        Assert.True(at >= 0, "the test input has no ‸ mark");
        var text = json.Remove(at, Mark.Length);
        var before = text[..at];
        int line = before.Count(c => c == '\n') + 1;
        int column = before[(before.LastIndexOf('\n') + 1)..].EnumerateRunes().Count() + 1;

        var error = Assert.Throws<DesignLoadException>(() => DesignJson.Parse(text, file, options));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal(file, error.File);
        return error;
    }

    private static void AssertError(DesignLoadException e, string path, string reason)
    {
        Assert.Equal(path, e.JsonPath);
        Assert.Equal(reason, e.Reason);
        Assert.Equal($"x.json({e.Line},{e.Column}): {reason} at {path}", e.Message);
    }

    [Fact]
    public void Message_has_the_compiler_style_form_from_the_issue()
    {
        var e = Fail("""
            "bodies": [ { "id": "c", "name": "C", "voters": ["a", "b"], "rule": { "atLeast": ‸"150%" } } ]
            """);
        AssertError(e, "$.bodies[0].rule.atLeast", "threshold \"150%\" is above 100%");
        Assert.Equal("/bodies/0/rule/atLeast", e.JsonPointer);
    }

    [Fact]
    public void Syntax_error_points_at_the_bad_token()
    {
        var e = Fail("""
            "issueAreas": [ "a", ‸, "b" ]
            """);
        AssertError(e, "$.issueAreas[1]", "invalid JSON: two commas in a row: a value is missing between them, or remove one");
    }

    [Fact]
    public void Truncated_input_points_at_the_end()
    {
        var e = Fail("{ \"format\": 1, \"id\": \"d\", \"name\": \"D\", ‸", raw: true);
        AssertError(e, "$", "invalid JSON: the input ends inside the object opened at line 1, column 1: a '}' is missing");
    }

    [Fact]
    public void Empty_input_is_an_error_at_the_start()
    {
        var e = Fail("‸   ", raw: true);
        AssertError(e, "$", "the input is empty; expected a JSON object with \"format\": 1, \"id\" and \"name\"");
    }

    [Fact]
    public void Top_level_null_is_an_error()
    {
        var e = Fail("‸null", raw: true);
        AssertError(e, "$", "expected a JSON object with \"format\": 1, \"id\" and \"name\" at the top level; found null");
    }

    [Fact]
    public void Top_level_array_is_an_error()
    {
        var e = Fail("‸[]", raw: true);
        AssertError(e, "$", "expected a JSON object with \"format\": 1, \"id\" and \"name\" at the top level; found an array");
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_first_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("{ \"format\": 1, \"id\": \"d\", \"name\": \"Dé").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("\" }")).ToArray();

        var e = Assert.Throws<DesignLoadException>(() => DesignJson.Parse(bytes, "x.json"));

        Assert.Equal((1, 38), (e.Line, e.Column));
        AssertError(e, "$", "the input is not valid UTF-8 (byte 0xFF at offset 38); save the file as UTF-8");
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{ \"format\": 1, \"id\": \"d\", \"name\": \"D\" }")).ToArray();

        Assert.Equal("d", DesignJson.Parse(bytes).Design.Id);
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        var e = Fail("""
            "description": "Ärger über Öl", "x‸y": 1
            """.Replace("\"x‸y\"", "‸\"xy\"", StringComparison.Ordinal));
        Assert.Equal(35, e.Column); // "Ärger über Öl" has 3 two-byte characters; a byte count would say 38
        Assert.StartsWith("unknown property \"xy\" in a design", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_property_names_the_property_and_lists_the_expected_ones()
    {
        var e = Fail("""
            "bodies": [ { "id": "c", "name": "C", ‸"colour": "red", "voters": [], "rule": "consensus" } ]
            """);
        AssertError(e, "$.bodies[0].colour",
            "unknown property \"colour\" in a body; expected one of \"id\", \"name\", \"kind\", \"voters\", \"rule\", \"decisions\", \"mandate\", \"chair\", \"reportsTo\" or \"source\"");
    }

    [Fact]
    public void Unknown_property_inside_an_attribute_value_is_an_error()
    {
        var e = Fail("""
            "sources": [], "principles": [], "issueAreas": [], "bodies": [], "phases": [], "treaties": [], "timing": [], "suppress": [], "asOf": null, "description": null, "members2": 1
            """.Replace("\"members2\": 1", "‸\"members2\": 1", StringComparison.Ordinal));
        AssertError(e, "$.members2", e.Reason);
        Assert.StartsWith("unknown property \"members2\" in a design", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_key_at_the_top_level_is_an_error()
    {
        var e = Fail("{ \"format\": 1, \"id\": \"d\", \"name\": \"D\", ‸\"id\": \"e\" }", raw: true);
        AssertError(e, "$.id", "duplicate property \"id\" (first at line 1, column 16); a property may appear only once in an object");
    }

    [Fact]
    public void Duplicate_key_deep_inside_a_rule_is_an_error()
    {
        var e = Fail("""
            "bodies": [ { "id": "c", "name": "C", "voters": ["a"], "rule": { "all": [ { "veto": ["a"], ‸"veto": ["b"] } ] } } ]
            """);
        Assert.Equal("$.bodies[0].rule.all[0].veto", e.JsonPath);
        Assert.StartsWith("duplicate property \"veto\" (first at line 6,", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_key_among_member_attributes_is_an_error()
    {
        var e = Fail("{ \"format\": 1, \"id\": \"d\", \"name\": \"D\", \"members\": [ { \"id\": \"a\", \"name\": \"A\", \"attributes\": { \"p\": 1, ‸\"p\": 2 } } ] }", raw: true);
        AssertError(e, "$.members[0].attributes.p", "duplicate property \"p\" (first at line 1, column 95); a property may appear only once in an object");
    }

    [Fact]
    public void Wrong_type_says_what_was_expected_and_found()
    {
        var e = Fail("""
            "description": ‸42
            """);
        AssertError(e, "$.description", "expected a string; found the number 42");
    }

    [Fact]
    public void A_list_given_as_a_string_is_a_wrong_type()
    {
        var e = Fail("""
            "issueAreas": ‸"security"
            """);
        AssertError(e, "$.issueAreas", "expected an array; found the string \"security\"");
    }

    [Fact]
    public void Missing_format_is_an_error_at_the_document()
    {
        var e = Fail("‸{ \"id\": \"d\", \"name\": \"D\" }", raw: true);
        AssertError(e, "$", "missing required property \"format\" of design \"d\"");
    }

    [Fact]
    public void Missing_id_and_name_are_listed_together()
    {
        var e = Fail("‸{ \"format\": 1 }", raw: true);
        AssertError(e, "$", "missing required properties \"id\", \"name\" of a design");
    }

    [Fact]
    public void Missing_required_field_of_an_element_points_at_the_element()
    {
        var e = Fail("""
            "treaties": [ ‸{ "id": "t", "name": "T" } ]
            """);
        AssertError(e, "$.treaties[0]", "missing required property \"parties\" of treaty \"t\"");
    }

    [Fact]
    public void Missing_required_field_of_a_commitment_points_at_the_commitment()
    {
        var e = Fail("""
            "phases": [ { "id": "p", "name": "P", "commitments": [ ‸{ "id": "c", "by": ["a"] } ] } ]
            """);
        AssertError(e, "$.phases[0].commitments[0]", "missing required property \"action\" of commitment \"c\"");
    }

    [Fact]
    public void Null_for_a_required_field_is_an_error()
    {
        var e = Fail("{ \"format\": 1, \"id\": \"d\", \"name\": ‸null }", raw: true);
        AssertError(e, "$.name", "null is not allowed here; expected a string");
    }

    [Fact]
    public void Null_in_a_list_is_an_error()
    {
        var e = Fail("""
            "issueAreas": [ "a", ‸null ]
            """);
        AssertError(e, "$.issueAreas[1]", "null is not allowed here; expected a string");
    }

    [Fact]
    public void Null_for_an_optional_field_means_absent()
    {
        var design = DesignJson.Parse("{ \"format\": 1, \"id\": \"d\", \"name\": \"D\", \"description\": null, \"members\": null }").Design;

        Assert.Null(design.Description);
        Assert.Empty(design.Members);
    }

    [Fact]
    public void Format_other_than_1_is_an_error()
    {
        var e = Fail("{ \"format\": ‸2, \"id\": \"d\", \"name\": \"D\" }", raw: true);
        AssertError(e, "$.format", "format 2 is not supported; this version reads \"format\": 1");
    }

    [Fact]
    public void Format_written_as_a_decimal_is_an_error()
    {
        var e = Fail("{ \"format\": ‸1.0, \"id\": \"d\", \"name\": \"D\" }", raw: true);
        AssertError(e, "$.format", "expected a whole number; found the number 1.0");
    }

    [Fact]
    public void Format_as_negative_zero_is_an_error()
    {
        var e = Fail("{ \"format\": ‸-0, \"id\": \"d\", \"name\": \"D\" }", raw: true);
        AssertError(e, "$.format", "expected a whole number; found the number -0");
    }

    [Fact]
    public void An_impossible_date_is_an_error()
    {
        var e = Fail("""
            "asOf": ‸"2007-02-30"
            """);
        AssertError(e, "$.asOf", "date \"2007-02-30\" is not a valid date (the day 30 is out of range in month 2 of year 2007); expected yyyy-MM-dd, such as \"2007-02-13\"");
    }

    [Fact]
    public void A_five_digit_year_is_an_error()
    {
        var e = Fail("""
            "treaties": [ { "id": "t", "name": "T", "parties": ["a"], "openedForSignature": ‸"10000-01-01" } ]
            """);
        AssertError(e, "$.treaties[0].openedForSignature",
            "date \"10000-01-01\" is not a valid date (the year has more than four digits; years run from 0001 to 9999); expected yyyy-MM-dd, such as \"2007-02-13\"");
    }

    [Fact]
    public void A_date_in_an_attribute_value_is_checked()
    {
        var e = Fail("""
            "sources": [], "bodies": [], "phases": [], "treaties": [ { "id": "t", "name": "T", "parties": [], "ratifications": [ { "member": "a", "date": ‸"1999-13-01" } ] } ]
            """);
        Assert.Equal("$.treaties[0].ratifications[0].date", e.JsonPath);
        Assert.StartsWith("date \"1999-13-01\" is not a valid date (the month 13 is out of range", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_period_is_an_error()
    {
        var e = Fail("""
            "treaties": [ { "id": "t", "name": "T", "parties": ["a"], "withdrawal": { "notice": ‸"3 months" } } ]
            """);
        AssertError(e, "$.treaties[0].withdrawal.notice", "period \"3 months\" is not an ISO 8601 period; expected a string such as \"P60D\", \"P3M\" or \"P1Y6M\"");
    }

    [Fact]
    public void A_negative_window_is_an_error()
    {
        var e = Fail("""
            "phases": [ { "id": "p", "name": "P", "window": { "within": ‸"P-5D" } } ]
            """);
        AssertError(e, "$.phases[0].window.within", "window \"P-5D\" is negative; expected a period of at least zero, such as \"P60D\"");
    }

    [Fact]
    public void A_negative_delay_is_an_error()
    {
        var e = Fail("""
            "treaties": [ { "id": "t", "name": "T", "parties": ["a"], "entryIntoForce": { "rule": "unanimity", "delay": ‸"P-180D" } } ]
            """);
        AssertError(e, "$.treaties[0].entryIntoForce.delay", "delay \"P-180D\" is negative; expected a period of at least zero, such as \"P60D\"");
    }

    [Fact]
    public void A_negative_notice_is_an_error()
    {
        var e = Fail("""
            "treaties": [ { "id": "t", "name": "T", "parties": ["a"], "withdrawal": { "notice": ‸"P-3M" } } ]
            """);
        AssertError(e, "$.treaties[0].withdrawal.notice", "notice \"P-3M\" is negative; expected a period of at least zero, such as \"P60D\"");
    }

    [Fact]
    public void A_negative_timing_bound_is_allowed()
    {
        var design = DesignJson.Parse(Template.Replace("BODY", "\"timing\": [ { \"from\": \"p.end\", \"to\": \"q.start\", \"atLeast\": \"P-5D\" } ]", StringComparison.Ordinal)).Design;

        Assert.Equal(NodaTime.Period.FromDays(-5), design.Timing[0].AtLeast);
    }

    [Theory]
    [InlineData("\"0/0\"", "threshold \"0/0\" has a zero denominator")]
    [InlineData("\"1/0\"", "threshold \"1/0\" has a zero denominator")]
    [InlineData("\"101%\"", "threshold \"101%\" is above 100%")]
    [InlineData("\"3/2\"", "threshold \"3/2\" is above 1 (the whole)")]
    [InlineData("\"-1/2\"", "threshold \"-1/2\" is negative")]
    [InlineData("\"-5%\"", "threshold \"-5%\" is negative")]
    [InlineData("-1", "threshold -1 is negative; expected a count such as 9, a percentage such as \"55%\" or a fraction such as \"2/3\"")]
    [InlineData("9.5", "threshold 9.5 is not a whole number of voters; expected a count such as 9, a percentage such as \"55%\" or a fraction such as \"2/3\"")]
    [InlineData("\"9\"", "threshold \"9\" is a count written as a string; write it as a number (9)")]
    [InlineData("\"two thirds\"", "threshold \"two thirds\" is not a count such as 9, a percentage such as \"55%\" or a fraction such as \"2/3\"")]
    [InlineData("\"1.5/3\"", "threshold \"1.5/3\" is not a fraction of two whole numbers; expected a count such as 9, a percentage such as \"55%\" or a fraction such as \"2/3\"")]
    [InlineData("1e400", "threshold 1e400 is out of range: exponents beyond ±100 are not accepted")]
    [InlineData("-0", "threshold -0 is a negative zero; write 0")]
    [InlineData("true", "expected a threshold, a count such as 9, a percentage such as \"55%\" or a fraction such as \"2/3\"; found true")]
    public void A_malformed_head_count_threshold_is_an_error(string threshold, string reason)
    {
        var e = Fail($$"""
            "bodies": [ { "id": "c", "name": "C", "voters": ["a", "b"], "rule": { "any": [ "unanimity", { "atLeast": ‸{{threshold}} } ] } } ]
            """);
        AssertError(e, "$.bodies[0].rule.any[1].atLeast", reason);
    }

    [Fact]
    public void A_weighted_quota_may_be_a_decimal_but_not_above_the_whole()
    {
        var ok = DesignJson.Parse(Template.Replace("BODY", """
            "bodies": [ { "id": "c", "name": "C", "voters": ["a", "b"], "rule": { "weighted": { "weights": { "a": 1.5, "b": 2 }, "atLeast": 2.5 } } } ]
            """, StringComparison.Ordinal)).Design;
        Assert.Equal(new Rational(5, 2), ((Napsm.Core.Model.WeightedRule)ok.Bodies[0].Rule).Threshold.Value);

        var e = Fail("""
            "bodies": [ { "id": "c", "name": "C", "voters": ["a", "b"], "rule": { "weighted": { "by": "population", "moreThan": ‸"150%" } } } ]
            """);
        AssertError(e, "$.bodies[0].rule.weighted.moreThan", "threshold \"150%\" is above 100%");
    }

    [Fact]
    public void A_negative_weight_is_an_error()
    {
        var e = Fail("""
            "bodies": [ { "id": "c", "name": "C", "voters": ["a", "b"], "rule": { "weighted": { "weights": { "a": 1, "b": ‸-2 }, "atLeast": 1 } } } ]
            """);
        AssertError(e, "$.bodies[0].rule.weighted.weights.b", "the weight -2 is negative; expected a number of at least 0");
    }

    [Fact]
    public void A_rule_object_with_no_kind_is_an_error()
    {
        var e = Fail("""
            "bodies": [ { "id": "c", "name": "C", "voters": ["a"], "rule": ‸{} } ]
            """);
        AssertError(e, "$.bodies[0].rule",
            "a rule object needs exactly one kind key, and this one has none; expected \"unanimity\", \"consensus\", \"simpleMajority\" or an object with one of the keys consensusMinus, atLeast, moreThan, weighted, veto, all, any");
    }

    [Fact]
    public void A_rule_object_with_two_kinds_is_an_error_at_the_second()
    {
        var e = Fail("""
            "bodies": [ { "id": "c", "name": "C", "voters": ["a"], "rule": { "atLeast": 9, ‸"veto": ["a"] } } ]
            """);
        AssertError(e, "$.bodies[0].rule.veto", "a rule object has exactly one kind, but this one has both \"atLeast\" and \"veto\"; combine rules with \"all\" or \"any\"");
    }

    [Fact]
    public void An_unknown_rule_name_is_an_error()
    {
        var e = Fail("""
            "bodies": [ { "id": "c", "name": "C", "voters": ["a"], "rule": ‸"qualifiedMajority" } ]
            """);
        AssertError(e, "$.bodies[0].rule",
            "unknown rule \"qualifiedMajority\" (did you mean \"atLeast\" or \"weighted\"?); expected \"unanimity\", \"consensus\", \"simpleMajority\" or an object with one of the keys consensusMinus, atLeast, moreThan, weighted, veto, all, any");
    }

    [Fact]
    public void An_unknown_rule_key_is_an_error_at_the_key()
    {
        var e = Fail("""
            "bodies": [ { "id": "c", "name": "C", "voters": ["a"], "rule": { ‸"majority": 3 } } ]
            """);
        AssertError(e, "$.bodies[0].rule.majority",
            "unknown rule \"majority\" (did you mean \"simpleMajority\" or \"moreThan\"?); expected \"unanimity\", \"consensus\", \"simpleMajority\" or an object with one of the keys consensusMinus, atLeast, moreThan, weighted, veto, all, any");
    }

    [Fact]
    public void An_option_that_does_not_belong_to_the_kind_is_an_error()
    {
        var e = Fail("""
            "bodies": [ { "id": "c", "name": "C", "voters": ["a"], "rule": { "veto": ["a"], ‸"of": ["a"] } } ]
            """);
        AssertError(e, "$.bodies[0].rule.of", "\"of\" is not an option of a \"veto\" rule; it belongs with atLeast or moreThan");
    }

    [Fact]
    public void A_weighted_rule_with_both_weights_and_by_is_an_error()
    {
        var e = Fail("""
            "bodies": [ { "id": "c", "name": "C", "voters": ["a"], "rule": { "weighted": { "weights": { "a": 1 }, ‸"by": "population", "atLeast": 1 } } } ]
            """);
        AssertError(e, "$.bodies[0].rule.weighted.by", "a weighted rule has either \"weights\" or \"by\", not both");
    }

    [Fact]
    public void A_weighted_rule_without_a_quota_is_an_error()
    {
        var e = Fail("""
            "bodies": [ { "id": "c", "name": "C", "voters": ["a"], "rule": { "weighted": ‸{ "by": "population" } } } ]
            """);
        Assert.Equal("$.bodies[0].rule.weighted", e.JsonPath);
        Assert.StartsWith("a weighted rule needs a quota, \"atLeast\" or \"moreThan\"", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Consensus_minus_a_fraction_is_an_error()
    {
        var e = Fail("""
            "bodies": [ { "id": "c", "name": "C", "voters": ["a"], "rule": { "consensusMinus": ‸1.5 } } ]
            """);
        AssertError(e, "$.bodies[0].rule.consensusMinus", "consensusMinus k must be a whole number; 1.5 is not");
    }

    [Fact]
    public void An_empty_of_list_is_an_error()
    {
        var e = Fail("""
            "bodies": [ { "id": "c", "name": "C", "voters": ["a"], "rule": { "atLeast": 1, "of": ‸[] } } ]
            """);
        AssertError(e, "$.bodies[0].rule.of", "\"of\" is empty; name at least one voter, or leave \"of\" out to count every voter");
    }

    [Fact]
    public void A_reference_without_a_kind_is_an_error()
    {
        var e = Fail("""
            "phases": [ { "id": "p", "name": "P", "requires": [ ‸"npt" ] } ]
            """);
        AssertError(e, "$.phases[0].requires[0]", "reference \"npt\" has no kind; expected treaty:ID, phase:ID or commitment:ID");
    }

    [Fact]
    public void A_reference_of_an_unknown_kind_is_an_error()
    {
        var e = Fail("""
            "treaties": [ { "id": "t", "name": "T", "parties": ["a"], "requires": [ ‸"member:a" ] } ]
            """);
        AssertError(e, "$.treaties[0].requires[0]", "reference \"member:a\" has kind \"member\"; expected treaty:ID, phase:ID or commitment:ID");
    }

    [Fact]
    public void A_reference_without_an_id_is_an_error()
    {
        var e = Fail("""
            "phases": [ { "id": "p", "name": "P", "requires": [ ‸"treaty:" ] } ]
            """);
        AssertError(e, "$.phases[0].requires[0]", "reference \"treaty:\" has no id after the kind; expected treaty:ID");
    }

    [Fact]
    public void An_event_with_an_unknown_moment_is_an_error()
    {
        var e = Fail("""
            "timing": [ { "from": ‸"p.begin", "to": "q.start" } ]
            """);
        AssertError(e, "$.timing[0].from", "event \"p.begin\" has the unknown moment \"begin\"; expected start, end, due or inForce");
    }

    [Fact]
    public void An_event_without_a_moment_is_an_error()
    {
        var e = Fail("""
            "timing": [ { "from": "p.end", "to": ‸"q" } ]
            """);
        AssertError(e, "$.timing[0].to", "event \"q\" has no moment; expected PHASE.start, PHASE.end, COMMITMENT.due or TREATY.inForce");
    }

    [Fact]
    public void NaN_is_not_json()
    {
        var e = Fail("{ \"format\": 1, \"id\": \"d\", \"name\": \"D\", \"members\": [ { \"id\": \"a\", \"name\": \"A\", \"attributes\": { \"p\": ‸NaN } } ] }", raw: true);
        AssertError(e, "$.members[0].attributes.p", "invalid JSON: \"NaN\" is not a JSON value: JSON numbers are finite: there is no NaN or Infinity");
    }

    [Fact]
    public void Infinity_is_not_json()
    {
        var e = Fail("{ \"format\": ‸Infinity, \"id\": \"d\", \"name\": \"D\" }", raw: true);
        AssertError(e, "$.format", "invalid JSON: \"Infinity\" is not a JSON value: JSON numbers are finite: there is no NaN or Infinity");
    }

    [Fact]
    public void A_huge_exponent_in_an_attribute_is_an_error()
    {
        var e = Fail("""
            "principles": [], "sources": [ { "id": "s", "title": "S" } ], "bodies": [ { "id": "c", "name": "C", "voters": ["a"], "rule": { "weighted": { "weights": { "a": ‸1e400 }, "atLeast": 1 } } } ]
            """);
        AssertError(e, "$.bodies[0].rule.weighted.weights.a", "the weight 1e400 is out of range: exponents beyond ±100 are not accepted");
    }

    [Fact]
    public void An_attribute_value_object_with_an_unknown_key_is_an_error()
    {
        var e = Fail("{ \"format\": 1, \"id\": \"d\", \"name\": \"D\", \"members\": [ { \"id\": \"a\", \"name\": \"A\", \"attributes\": { \"p\": { \"value\": 1, ‸\"unit\": \"t\" } } } ] }", raw: true);
        AssertError(e, "$.members[0].attributes.p.unit", "unknown property \"unit\" in an attribute value; expected one of \"value\", \"asOf\" or \"source\"");
    }

    [Fact]
    public void Attribute_values_are_exact_decimals()
    {
        var design = DesignJson.Parse("{ \"format\": 1, \"id\": \"d\", \"name\": \"D\", \"members\": [ { \"id\": \"a\", \"name\": \"A\", \"attributes\": { \"share\": 0.1, \"big\": 1.5e3 } } ] }").Design;

        Assert.Equal(new Rational(1, 10), design.Members[0].Attributes["share"].Value);
        Assert.Equal((Rational)1500, design.Members[0].Attributes["big"].Value);
    }

    [Theory]
    [InlineData("a b", "id \"a b\" contains whitespace (U+0020); an id is made of letters (any script), digits, '-' and '_'")]
    [InlineData("a\\tb", "id \"a\\u0009b\" contains a control character (U+0009); an id is made of letters (any script), digits, '-' and '_'")]
    [InlineData("a\\u202Eb", "id \"a\\u202Eb\" contains an invisible formatting or bidirectional control character (U+202E); an id is made of letters (any script), digits, '-' and '_'")]
    [InlineData("a.b", "id \"a.b\" contains '.', which separates an id from an event name (ID.start); an id is made of letters (any script), digits, '-' and '_'")]
    [InlineData("a:b", "id \"a:b\" contains ':', which separates a kind from an id (treaty:ID); an id is made of letters (any script), digits, '-' and '_'; a voter is a member id or \"body:ID\" (a body that votes as that body decides)")]
    [InlineData("", "id is empty; an id is made of letters (any script), digits, '-' and '_'")]
    public void A_malformed_id_is_an_error(string id, string reason)
    {
        var e = Fail($$"""
            "bodies": [ { "id": "c", "name": "C", "voters": [ "a", ‸"{{id}}" ], "rule": "unanimity" } ]
            """);
        AssertError(e, "$.bodies[0].voters[1]", reason);
    }

    [Fact]
    public void Ids_may_use_letters_of_any_script()
    {
        var design = DesignJson.Parse("{ \"format\": 1, \"id\": \"дом-中国_1\", \"name\": \"D\", \"members\": [ { \"id\": \"Ελλάδα\", \"name\": \"Greece\" }, { \"id\": \"हिन्दी\", \"name\": \"H\" } ] }").Design;

        Assert.Equal("дом-中国_1", design.Id);
        Assert.Equal("हिन्दी", design.Members[1].Id);
    }

    [Fact]
    public void Too_large_input_names_the_limit_and_the_option()
    {
        var e = Fail("‸{ \"format\": 1, \"id\": \"d\", \"name\": \"D\" }", options: new LoadOptions { MaxBytes = 10 }, raw: true);
        AssertError(e, "$", "the input has 39 bytes, more than 10, the limit set by LoadOptions.MaxBytes");
    }

    [Fact]
    public void Too_deep_nesting_names_the_limit_and_the_option()
    {
        var rule = string.Concat(Enumerable.Repeat("{ \"all\": [ ", 40)) + "\"unanimity\"" + string.Concat(Enumerable.Repeat(" ] }", 40));
        var json = "{ \"format\": 1, \"id\": \"d\", \"name\": \"D\", \"bodies\": [ { \"id\": \"c\", \"name\": \"C\", \"voters\": [], \"rule\": " + rule + " } ] }";
        // Root, bodies, body, then an object and an array per level: the 65th container is the array of the 31st "all".
        int depth65 = json.IndexOf("\"rule\"", StringComparison.Ordinal);
        for (int i = 0; i < 31; i++) depth65 = json.IndexOf('[', depth65 + 1);

        var e = Fail(json.Insert(depth65, Mark), raw: true);

        Assert.StartsWith("$.bodies[0].rule.all[0].all[0]", e.JsonPath, StringComparison.Ordinal);
        Assert.Equal("the document is nested more than 64 levels deep, the limit set by LoadOptions.MaxDepth", e.Reason);
    }

    [Fact]
    public void Nesting_within_the_limit_loads()
    {
        var rule = string.Concat(Enumerable.Repeat("{ \"all\": [ ", 25)) + "\"unanimity\"" + string.Concat(Enumerable.Repeat(" ] }", 25));
        var json = "{ \"format\": 1, \"id\": \"d\", \"name\": \"D\", \"bodies\": [ { \"id\": \"c\", \"name\": \"C\", \"voters\": [], \"rule\": " + rule + " } ] }";

        Assert.IsType<Napsm.Core.Model.AllRule>(DesignJson.Parse(json).Design.Bodies[0].Rule);
    }

    [Fact]
    public void Too_long_string_names_the_limit_and_the_option()
    {
        var e = Fail("{ \"format\": 1, \"id\": \"d\", \"name\": \"D\", \"description\": ‸\"" + new string('x', 101) + "\" }", options: new LoadOptions { MaxStringLength = 100 }, raw: true);
        AssertError(e, "$.description", "a string of 101 characters is longer than 100, the limit set by LoadOptions.MaxStringLength");
    }

    [Fact]
    public void A_deontic_that_is_not_known_is_an_error()
    {
        var e = Fail("""
            "principles": [ { "id": "p", "title": "P", "norms": [ { "subject": "*", "deontic": ‸"should", "action": "x" } ] } ]
            """);
        AssertError(e, "$.principles[0].norms[0].deontic", "deontic \"should\" is not known; expected \"must\", \"mustNot\" or \"may\"");
    }

    [Fact]
    public void A_ratification_kind_that_is_not_known_is_an_error()
    {
        var e = Fail("""
            "treaties": [ { "id": "t", "name": "T", "parties": ["a"], "ratifications": [ { "member": "a", "date": "2000-01-01", "kind": ‸"signed" } ] } ]
            """);
        AssertError(e, "$.treaties[0].ratifications[0].kind", "ratification kind \"signed\" is not known; expected \"ratified\", \"revoked\" or \"withdrawn\"");
    }

    [Fact]
    public void A_rule_of_the_wrong_type_is_an_error()
    {
        var e = Fail("""
            "bodies": [ { "id": "c", "name": "C", "voters": ["a"], "rule": ‸9 } ]
            """);
        AssertError(e, "$.bodies[0].rule",
            "expected a decision rule; found the number 9; expected \"unanimity\", \"consensus\", \"simpleMajority\" or an object with one of the keys consensusMinus, atLeast, moreThan, weighted, veto, all, any");
    }

    [Fact]
    public void Veto_holders_given_as_a_string_is_an_error()
    {
        var e = Fail("""
            "bodies": [ { "id": "c", "name": "C", "voters": ["a"], "rule": { "veto": ‸"a" } } ]
            """);
        AssertError(e, "$.bodies[0].rule.veto", "expected veto holders: an array of ids; found the string \"a\"");
    }

    [Fact]
    public void A_kind_key_written_as_a_string_rule_is_an_error()
    {
        var e = Fail("""
            "bodies": [ { "id": "c", "name": "C", "voters": ["a"], "rule": ‸"atLeast" } ]
            """);
        AssertError(e, "$.bodies[0].rule", "rule \"atLeast\" needs a value: write { \"atLeast\": … }");
    }

    [Fact]
    public void An_unknown_key_in_a_weighted_rule_is_an_error()
    {
        var e = Fail("""
            "bodies": [ { "id": "c", "name": "C", "voters": ["a"], "rule": { "weighted": { "by": "population", "atLeast": 1, ‸"quota": 2 } } } ]
            """);
        AssertError(e, "$.bodies[0].rule.weighted.quota", "unknown property \"quota\" in a weighted rule; expected one of \"weights\", \"by\", \"atLeast\", \"moreThan\", \"base\" or \"quorum\"");
    }

    [Fact]
    public void An_error_in_an_entry_into_force_rule_has_the_treaty_path()
    {
        var e = Fail("""
            "treaties": [ { "id": "t", "name": "T", "parties": ["a", "b"], "entryIntoForce": { "rule": { "any": [ { "veto": ["a"] }, { "atLeast": ‸"2/0" } ] } } } ]
            """);
        AssertError(e, "$.treaties[0].entryIntoForce.rule.any[1].atLeast", "threshold \"2/0\" has a zero denominator");
    }

    [Fact]
    public void An_attribute_name_that_is_not_an_id_is_an_error_at_the_name()
    {
        var e = Fail("{ \"format\": 1, \"id\": \"d\", \"name\": \"D\", \"members\": [ { \"id\": \"a\", \"name\": \"A\", \"attributes\": { ‸\"gdp per head\": 1 } } ] }", raw: true);
        Assert.Equal("/members/0/attributes/gdp per head", e.JsonPointer);
        Assert.Equal("attribute name: id \"gdp per head\" contains whitespace (U+0020); an id is made of letters (any script), digits, '-' and '_'", e.Reason);
    }

    [Fact]
    public void Columns_count_a_character_outside_the_basic_plane_once()
    {
        var e = Fail("{ \"format\": 1, \"id\": \"d\", \"name\": \"🌍🌍\", ‸\"x\": 1 }", raw: true);
        Assert.Equal(41, e.Column); // each globe is one character (UTF-16 would say 43, UTF-8 bytes 47)
    }

    [Fact]
    public void Text_with_an_unpaired_surrogate_is_a_load_error()
    {
        var e = Assert.Throws<DesignLoadException>(() => DesignJson.Parse("{ \"format\": 1, \"id\": \"d\", \"name\": \"\uD800\" }", "x.json"));

        Assert.Equal("the text contains an unpaired surrogate character, which cannot be encoded as UTF-8", e.Reason);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void TryParse_returns_the_error_as_data()
    {
        bool ok = DesignJson.TryParse("{ \"format\": 1 }", out var document, out var error, "y.json");

        Assert.False(ok);
        Assert.Null(document);
        Assert.Equal("y.json", error!.File);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }
}
