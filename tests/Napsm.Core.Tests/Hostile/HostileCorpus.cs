using System.Globalization;
using System.Text;
using System.Text.Json;
using Napsm.Core.Serialization;

namespace Napsm.Core.Tests.Hostile;

/// <summary>
/// The hostile-input corpus: every case the loader, validator and engines must survive with the documented result (docs/format.md,
/// "Limits"). Inputs are generated here rather than committed, so a 100 MB string costs nothing in the repository.
/// </summary>
public static class HostileCorpus
{
    /// <summary>A small valid design that the cases below modify.</summary>
    public const string Minimal = """
        {"format":1,"id":"d","name":"D","members":[{"id":"a","name":"A"},{"id":"b","name":"B"}],
        "bodies":[{"id":"c","name":"C","voters":["a","b"],"rule":"unanimity"}]}
        """;

    /// <summary>A valid design with an object of every kind the format has, for the duplicate-key cases.</summary>
    public const string Everything = """
        {
          "$schema": "../schema/napsm-design.schema.json",
          "format": 1, "id": "all", "name": "Everything", "description": "every kind of object", "asOf": "2007-02-13",
          "sources": [ { "id": "s", "title": "Source", "locator": "p. 1", "date": "2005-09-19", "url": "https://example.org/s", "note": "n" } ],
          "issueAreas": ["security"],
          "members": [ { "id": "a", "name": "A", "kind": "state", "attributes": { "pop": 10, "votes": { "value": 2, "asOf": "2020-01-01", "source": "s" } } },
                       { "id": "b", "name": "B", "attributes": { "pop": 20, "votes": 1 } }, { "id": "c", "name": "C", "attributes": { "pop": 30, "votes": 1 } } ],
          "bodies": [ { "id": "council", "name": "Council", "kind": "council", "voters": ["a", "b", "c"],
                        "rule": { "any": [ { "all": [ { "atLeast": "2/3", "of": ["a", "b", "c"] }, { "veto": ["a"] } ] },
                                           { "weighted": { "weights": { "a": 2, "b": 1, "c": 1 }, "moreThan": "50%" } },
                                           { "weighted": { "by": "votes", "atLeast": 3 } }, { "consensusMinus": 1 } ] },
                        "mandate": ["security"], "chair": "a", "source": "s" },
                      { "id": "wg", "name": "Working group", "voters": ["a", "b"], "rule": "consensus", "reportsTo": "council" } ],
          "principles": [ { "id": "p", "title": "Non-use of force", "source": "s", "tags": ["non-use-of-force"],
                            "norms": [ { "subject": "*", "deontic": "mustNot", "action": "use-force", "when": ["always"], "unless": ["self-defence"] } ] } ],
          "phases": [ { "id": "one", "name": "One", "window": { "start": "2007-02-13", "end": "2007-06-30", "within": "P60D" }, "source": "s",
                        "commitments": [ { "id": "shut", "by": ["b"], "action": "shut down", "to": ["a"], "due": "2007-04-14", "inExchangeFor": ["oil"], "source": "s" },
                                         { "id": "oil", "by": ["a"], "action": "fuel oil", "to": ["b"], "within": "P60D", "inExchangeFor": ["shut"] } ] },
                      { "id": "two", "name": "Two", "after": ["one"], "requires": ["treaty:t", "commitment:oil"] } ],
          "treaties": [ { "id": "t", "name": "Treaty", "parties": ["a", "b", "c"], "openedForSignature": "2007-01-01", "requires": [],
                          "entryIntoForce": { "rule": { "atLeast": 2 }, "delay": "P90D", "notBefore": "2007-03-01" },
                          "ratifications": [ { "member": "a", "date": "2007-02-01", "source": "s" }, { "member": "b", "date": "2007-02-02", "kind": "ratified" } ],
                          "withdrawal": { "notice": "P3M", "notBefore": "P1Y" }, "source": "s" } ],
          "timing": [ { "from": "one.end", "to": "two.start", "atLeast": "P0D", "atMost": "P8M", "source": "s", "note": "n" } ],
          "suppress": [ { "id": "NAPSM9999", "at": "/bodies/0", "why": "example" } ]
        }
        """;

    private const string AflTreatyWithoutParties = """
        {"format":1,"id":"d","name":"D","members":[{"id":"a","name":"A"}],"treaties":[{"id":"t0","name":"T","parties":["a"],"requires":["treaty:t10"]},{"id":"t1","name":"T","parties":[]},{"id":"t2","name":"T","parties":["a"],"requires":["treaty:t1"]},{"id":"t3","name":"T","parties":["a"],"requires":["treaty:t2"]},{"id":"44","name":"T","parties":["a"],"requires":["treaty:t3"]},{"id":"t5","name":"T","parties":["a"],"requires":["treaty:t4"]},{"id":"t6","name":"T","parties":["a"],"requires":["treaty:t5"]},{"id":"t7","name":"T","parties":["a"],"requires":["treaty:t6"]},{"id":"t8","name":"T","parties":["a"],"requires":["treaty:t7"]},{"id":"t9","name":"T","parties":["a"],"requires":["treaty:t8"]},{"id":"t10","name":"T","parties":["a"],"requires":["treaty:t9"]}]}
        """;

    private static readonly LoadOptions Unbounded = new() { MaxBytes = 1L << 30, MaxStringLength = int.MaxValue };

    public static IReadOnlyList<HostileCase> All { get; } = Build();

    public static HostileCase Get(string name) => All.Single(c => c.Name == name);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The minimal design with <paramref name="extra"/> (JSON properties, without braces) added at the top level.</summary>
    private static byte[] WithTop(string extra) => Utf8(Minimal.TrimEnd()[..^1] + "," + extra + "}");

    /// <summary>The minimal design with the body's rule replaced.</summary>
    private static byte[] WithRule(string rule) => Utf8(Minimal.Replace("\"unanimity\"", rule, StringComparison.Ordinal));

    private static byte[] WithMemberA(string memberA) => Utf8(Minimal.Replace("{\"id\":\"a\",\"name\":\"A\"}", memberA, StringComparison.Ordinal));

    private static byte[] Repeat(string prefix, string open, int times, string middle, string close, string suffix)
    {
        var sb = new StringBuilder(prefix.Length + suffix.Length + middle.Length + times * (open.Length + close.Length));
        sb.Append(prefix);
        for (int i = 0; i < times; i++) sb.Append(open);
        sb.Append(middle);
        for (int i = 0; i < times; i++) sb.Append(close);
        sb.Append(suffix);
        return Utf8(sb.ToString());
    }

    private static byte[] Members(int count)
    {
        var sb = new StringBuilder("{\"format\":1,\"id\":\"d\",\"name\":\"D\",\"members\":[");
        for (int i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append("{\"id\":\"m").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\",\"name\":\"M\"}");
        }

        return Utf8(sb.Append("]}").ToString());
    }

    /// <summary>Phases p0 … p(n−1), each after the previous one, and p0 after the last: one cycle through all of them.</summary>
    private static byte[] PhaseCycle(int count)
    {
        var sb = new StringBuilder("{\"format\":1,\"id\":\"d\",\"name\":\"D\",\"phases\":[");
        for (int i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(',');
            int before = (i + count - 1) % count;
            sb.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"p{i}\",\"name\":\"P\",\"after\":[\"p{before}\"]}}");
        }

        return Utf8(sb.Append("]}").ToString());
    }

    /// <summary>Treaties t0 … t(n−1), each requiring the previous one, and t0 requiring the last.</summary>
    private static byte[] TreatyCycle(int count)
    {
        var sb = new StringBuilder("{\"format\":1,\"id\":\"d\",\"name\":\"D\",\"members\":[{\"id\":\"a\",\"name\":\"A\"}],\"treaties\":[");
        for (int i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(',');
            int before = (i + count - 1) % count;
            sb.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"t{i}\",\"name\":\"T\",\"parties\":[\"a\"],\"requires\":[\"treaty:t{before}\"]}}");
        }

        return Utf8(sb.Append("]}").ToString());
    }

    /// <summary>Treaties t0 … t(n−1), each requiring the previous one, all ratified: deeper than the evaluator's requirement depth bound.</summary>
    private static byte[] TreatyChain(int count)
    {
        var sb = new StringBuilder("{\"format\":1,\"id\":\"d\",\"name\":\"D\",\"members\":[{\"id\":\"a\",\"name\":\"A\"}],\"treaties\":[");
        for (int i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(',');
            var requires = i == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $",\"requires\":[\"treaty:t{i - 1}\"]");
            sb.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"t{i}\",\"name\":\"T\",\"parties\":[\"a\"]{requires},\"ratifications\":[{{\"member\":\"a\",\"date\":\"2000-01-01\"}}]}}");
        }

        return Utf8(sb.Append("]}").ToString());
    }

    /// <summary>Timing constraints chaining phase events in a cycle whose bounds cannot all hold.</summary>
    private static byte[] TimingChain(int count)
    {
        var sb = new StringBuilder("{\"format\":1,\"id\":\"d\",\"name\":\"D\",\"phases\":[");
        for (int i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"p{i}\",\"name\":\"P\"}}");
        }

        sb.Append("],\"timing\":[");
        for (int i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(CultureInfo.InvariantCulture, $"{{\"from\":\"p{i}.start\",\"to\":\"p{(i + 1) % count}.start\",\"atLeast\":\"P1D\"}}");
        }

        return Utf8(sb.Append("]}").ToString());
    }

    /// <summary>A body of <paramref name="count"/> voters under a composite rule, to check that analyses stop at their limits.</summary>
    private static byte[] BigBody(int count)
    {
        var sb = new StringBuilder("{\"format\":1,\"id\":\"d\",\"name\":\"D\",\"members\":[");
        for (int i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"m{i}\",\"name\":\"M\",\"attributes\":{{\"w\":{i % 97 + 1}}}}}");
        }

        sb.Append("],\"bodies\":[{\"id\":\"c\",\"name\":\"C\",\"voters\":[");
        for (int i = 0; i < count; i++) sb.Append(i > 0 ? "," : "").Append(CultureInfo.InvariantCulture, $"\"m{i}\"");
        sb.Append("],\"rule\":{\"all\":[{\"atLeast\":\"55%\"},{\"weighted\":{\"by\":\"w\",\"atLeast\":\"65%\"}},{\"any\":[{\"moreThan\":\"2/3\"},{\"veto\":[\"m0\",\"m1\"]}]}]}}]}");
        return Utf8(sb.ToString());
    }

    /// <summary>Rules nested through all/any <paramref name="levels"/> deep, ending in unanimity.</summary>
    private static byte[] NestedRule(int levels) =>
        Repeat(Minimal[..Minimal.IndexOf("\"unanimity\"", StringComparison.Ordinal)], "{\"all\":[{\"any\":[", levels / 2, "\"unanimity\"", "]}]}",
            Minimal[(Minimal.IndexOf("\"unanimity\"", StringComparison.Ordinal) + "\"unanimity\"".Length)..]);

    private static byte[] WideRule(int clauses)
    {
        var sb = new StringBuilder("{\"any\":[");
        for (int i = 0; i < clauses; i++) sb.Append(i > 0 ? ",\"unanimity\"" : "\"unanimity\"");
        return WithRule(sb.Append("]}").ToString());
    }

    /// <summary>The <see cref="Everything"/> design with the first property of the <paramref name="target"/>-th object (in document order) written twice.</summary>
    public static byte[] DuplicateFirstKeyOf(int target)
    {
        using var doc = JsonDocument.Parse(Everything);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            int seen = 0;
            Write(doc.RootElement, writer, target, ref seen);
        }

        return stream.ToArray();

        static void Write(JsonElement e, Utf8JsonWriter w, int target, ref int seen)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    bool duplicate = seen++ == target;
                    w.WriteStartObject();
                    bool first = true;
                    foreach (var p in e.EnumerateObject())
                    {
                        w.WritePropertyName(p.Name);
                        Write(p.Value, w, target, ref seen);
                        if (first && duplicate)
                        {
                            // The copy gets no object number of its own: count on a throwaway counter.
                            int ignored = int.MinValue;
                            w.WritePropertyName(p.Name);
                            Write(p.Value, w, target, ref ignored);
                        }

                        first = false;
                    }

                    w.WriteEndObject();
                    break;
                case JsonValueKind.Array:
                    w.WriteStartArray();
                    foreach (var item in e.EnumerateArray()) Write(item, w, target, ref seen);
                    w.WriteEndArray();
                    break;
                default:
                    e.WriteTo(w);
                    break;
            }
        }
    }

    /// <summary>The number of JSON objects in <see cref="Everything"/>, i.e. of duplicate-key cases.</summary>
    public static int ObjectsInEverything { get; } = CountObjects(JsonDocument.Parse(Everything).RootElement);

    private static int CountObjects(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => 1 + e.EnumerateObject().Sum(p => CountObjects(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().Sum(CountObjects),
        _ => 0,
    };

    private static List<HostileCase> Build()
    {
        var deep = new LoadOptions { MaxDepth = 1000 };
        var cases = new List<HostileCase>
        {
            new("everything", () => Utf8(Everything), HostileExpectation.Loads()),

            // Truncation and encoding.
            new("truncated-half", () => Utf8(Minimal[..(Minimal.Length / 2)]), HostileExpectation.Error("invalid JSON")),
            new("truncated-after-open-brace", () => Utf8("{"), HostileExpectation.Error("invalid JSON", "", 1, 2)),
            new("truncated-inside-string", () => Utf8("{\"format\":1,\"id\":\"d"), HostileExpectation.Error("invalid JSON: the string that starts here is not closed", "/id", 1, 18)),
            new("empty", () => [], HostileExpectation.Error("the input is empty", "", 1, 1)),
            new("whitespace-only", () => Utf8(" \n\t "), HostileExpectation.Error("the input is empty", "", 1, 1)),
            new("invalid-utf8-in-name", () => [.. Utf8("{\"format\":1,\"id\":\"d\",\"name\":\""), 0xC3, 0x28, .. Utf8("\"}")],
                HostileExpectation.Error("not valid UTF-8 (byte 0xC3 at offset 29)", "", 1, 30)),
            new("invalid-utf8-overlong", () => [.. Utf8("{\"format\":1,\"id\":\"d\",\"name\":\""), 0xC0, 0xAF, .. Utf8("\"}")],
                HostileExpectation.Error("not valid UTF-8 (byte 0xC0", "", 1, 30)),
            new("invalid-utf8-surrogate", () => [.. Utf8("{\"format\":1,\"id\":\"d\",\"name\":\""), 0xED, 0xA0, 0x80, .. Utf8("\"}")],
                HostileExpectation.Error("not valid UTF-8 (byte 0xED", "", 1, 30)),
            new("byte-order-mark", () => [0xEF, 0xBB, 0xBF, .. Utf8(Minimal)], HostileExpectation.Loads()),
            new("two-byte-order-marks", () => [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Utf8(Minimal)], HostileExpectation.Error("invalid JSON", "", 1, 1)),
            new("nul-byte", () => [.. Utf8("{\"format\":1,"), 0, .. Utf8("\"id\":\"d\",\"name\":\"D\"}")], HostileExpectation.Error("invalid JSON", "", 1)),
            new("trailing-garbage", () => Utf8(Minimal + "x"), HostileExpectation.Error("invalid JSON")),
            new("two-documents", () => Utf8(Minimal + Minimal), HostileExpectation.Error("invalid JSON")),
            new("comment", () => Utf8("// hi\n" + Minimal), HostileExpectation.Error("invalid JSON", "", 1, 1)),

            // Nesting.
            new("objects-nested-100000-deep-in-a-rule", () => Repeat(Minimal[..Minimal.IndexOf("\"unanimity\"", StringComparison.Ordinal)], "{\"x\":", 100_000, "1", "}",
                    Minimal[(Minimal.IndexOf("\"unanimity\"", StringComparison.Ordinal) + 11)..]),
                HostileExpectation.Error("nested more than 64 levels deep, the limit set by LoadOptions.MaxDepth")),
            new("arrays-nested-100000-deep-at-the-top", () => Repeat("", "[", 100_000, "", "]", ""),
                HostileExpectation.Error("expected a JSON object", "", 1, 1)),
            new("arrays-nested-100000-deep-in-a-rule", () => Repeat(Minimal[..Minimal.IndexOf("\"unanimity\"", StringComparison.Ordinal)], "[", 100_000, "", "]",
                    Minimal[(Minimal.IndexOf("\"unanimity\"", StringComparison.Ordinal) + 11)..]),
                HostileExpectation.Error("the limit set by LoadOptions.MaxDepth")),
            new("rule-nested-through-all-any-100000-levels", () => NestedRule(100_000), HostileExpectation.Error("the limit set by LoadOptions.MaxDepth")),
            new("rule-nested-through-all-any-5000-levels-depth-1000", () => NestedRule(5_000), HostileExpectation.Error("nested more than 1000 levels deep"), deep),
            new("rule-nested-through-all-any-490-levels-depth-1000", () => NestedRule(490), HostileExpectation.Loads(), deep),
            new("rule-with-200000-clauses", () => WideRule(200_000), HostileExpectation.Error("more than 100000 decision-rule nodes", "/bodies/0/rule/any/99999"), Unbounded),
            new("rule-with-50-clauses-limit-10", () => WideRule(50), HostileExpectation.Error("the limit set by LoadOptions.MaxRuleNodes", "/bodies/0/rule/any/9"), new LoadOptions { MaxRuleNodes = 10 }),

            // Size.
            new("string-of-100-MB", () => WithTop("\"description\":\"" + new string('x', 100_000_000) + "\""),
                HostileExpectation.Error("more than 16777216, the limit set by LoadOptions.MaxBytes", "", 1, 1)),
            new("string-of-100-MB-with-raised-byte-limit", () => WithTop("\"description\":\"" + new string('x', 100_000_000) + "\""),
                HostileExpectation.Error("a string of 100000000 characters is longer than 1048576, the limit set by LoadOptions.MaxStringLength", "/description"),
                new LoadOptions { MaxBytes = 1L << 30 }),
            new("escaped-string-over-the-limit", () => WithTop("\"description\":\"" + string.Concat(Enumerable.Repeat("\\u0041", 200)) + "\""),
                HostileExpectation.Error("a string of 200 characters is longer than 100", "/description"), new LoadOptions { MaxStringLength = 100 }),
            new("escaped-string-within-the-limit", () => WithTop("\"description\":\"" + string.Concat(Enumerable.Repeat("\\u0041", 100)) + "\""),
                HostileExpectation.Loads(), new LoadOptions { MaxStringLength = 100 }),
            new("property-name-over-the-limit", () => WithTop("\"" + new string('k', 101) + "\":1"),
                HostileExpectation.Error("a property name of 101 characters is longer than 100"), new LoadOptions { MaxStringLength = 100 }),
            new("one-million-members", () => Members(1_000_000), HostileExpectation.Error("the limit set by LoadOptions.MaxBytes", "", 1, 1)),
            new("one-million-members-with-raised-byte-limit", () => Members(1_000_000),
                HostileExpectation.Error("the design has more than 10000 members, the limit set by LoadOptions.MaxMembers", "/members/10000"), Unbounded),
            new("members-over-a-lowered-limit", () => Members(4), HostileExpectation.Error("more than 3 members", "/members/3", 1), new LoadOptions { MaxMembers = 3 }),
            new("bodies-over-a-lowered-limit", () => Utf8(Minimal.Replace("\"rule\":\"unanimity\"}]", "\"rule\":\"unanimity\"},{\"id\":\"c2\",\"name\":\"C\",\"voters\":[\"a\"],\"rule\":\"unanimity\"}]", StringComparison.Ordinal)),
                HostileExpectation.Error("more than 1 bodies, the limit set by LoadOptions.MaxBodies", "/bodies/1"), new LoadOptions { MaxBodies = 1 }),
            new("phases-over-a-lowered-limit", () => PhaseCycle(11), HostileExpectation.Error("more than 10 phases, the limit set by LoadOptions.MaxPhases", "/phases/10"), new LoadOptions { MaxPhases = 10 }),
            new("treaties-over-a-lowered-limit", () => TreatyCycle(11), HostileExpectation.Error("more than 10 treaties, the limit set by LoadOptions.MaxTreaties", "/treaties/10"), new LoadOptions { MaxTreaties = 10 }),
            new("timing-over-a-lowered-limit", () => TimingChain(11), HostileExpectation.Error("more than 10 timing constraints, the limit set by LoadOptions.MaxTimingConstraints", "/timing/10"),
                new LoadOptions { MaxTimingConstraints = 10 }),
            new("number-literal-of-2000-digits", () => WithMemberA("{\"id\":\"a\",\"name\":\"A\",\"attributes\":{\"x\":" + new string('9', 2000) + "}}"),
                HostileExpectation.Error("more than the 1000 allowed", "/members/0/attributes/x")),

            // Numbers.
            new("number-1e400-as-attribute", () => WithMemberA("{\"id\":\"a\",\"name\":\"A\",\"attributes\":{\"x\":1e400}}"),
                HostileExpectation.Error("1e400 is out of range", "/members/0/attributes/x", 1)),
            new("number-1e400-as-format", () => Utf8(Minimal.Replace("\"format\":1", "\"format\":1e400", StringComparison.Ordinal)),
                HostileExpectation.Error("expected a whole number; found the number 1e400", "/format", 1, 11)),
            new("number-minus-zero-as-weight", () => WithRule("{\"weighted\":{\"weights\":{\"a\":-0,\"b\":1},\"atLeast\":1}}"),
                HostileExpectation.Error("negative zero", "/bodies/0/rule/weighted/weights/a")),
            new("number-minus-zero-as-format", () => Utf8(Minimal.Replace("\"format\":1", "\"format\":-0", StringComparison.Ordinal)),
                HostileExpectation.Error("expected a whole number", "/format")),
            new("number-NaN", () => WithMemberA("{\"id\":\"a\",\"name\":\"A\",\"attributes\":{\"x\":NaN}}"), HostileExpectation.Error("invalid JSON", null, 1)),
            new("number-Infinity", () => WithMemberA("{\"id\":\"a\",\"name\":\"A\",\"attributes\":{\"x\":Infinity}}"), HostileExpectation.Error("invalid JSON", null, 1)),
            new("number-minus-Infinity", () => WithRule("{\"atLeast\":-Infinity}"), HostileExpectation.Error("invalid JSON", null, 2)),
            new("number-NaN-as-string-threshold", () => WithRule("{\"atLeast\":\"NaN\"}"), HostileExpectation.Error("", "/bodies/0/rule/atLeast")),
            new("weights-of-2-to-the-80", () => WithRule("{\"weighted\":{\"weights\":{\"a\":1208925819614629174706176,\"b\":1},\"atLeast\":1208925819614629174706176}}"),
                HostileExpectation.Loads()),
            new("weights-of-2-to-the-80-by-attribute", () => Utf8(Minimal
                    .Replace("{\"id\":\"a\",\"name\":\"A\"}", "{\"id\":\"a\",\"name\":\"A\",\"attributes\":{\"w\":1208925819614629174706176}}", StringComparison.Ordinal)
                    .Replace("{\"id\":\"b\",\"name\":\"B\"}", "{\"id\":\"b\",\"name\":\"B\",\"attributes\":{\"w\":1208925819614629174706175}}", StringComparison.Ordinal)
                    .Replace("\"unanimity\"", "{\"weighted\":{\"by\":\"w\",\"moreThan\":\"50%\"}}", StringComparison.Ordinal)),
                HostileExpectation.Loads()),
            new("weight-with-100-decimals", () => WithRule("{\"weighted\":{\"weights\":{\"a\":0." + new string('3', 100) + ",\"b\":1},\"atLeast\":1}}"), HostileExpectation.Loads()),

            // Thresholds.
            new("threshold-0-over-0", () => WithRule("{\"atLeast\":\"0/0\"}"), HostileExpectation.Error("", "/bodies/0/rule/atLeast")),
            new("threshold-1-over-0", () => WithRule("{\"atLeast\":\"1/0\"}"), HostileExpectation.Error("", "/bodies/0/rule/atLeast")),
            new("threshold-101-percent", () => WithRule("{\"atLeast\":\"101%\"}"), HostileExpectation.Error("101%", "/bodies/0/rule/atLeast")),
            new("threshold-101-percent-weighted", () => WithRule("{\"weighted\":{\"weights\":{\"a\":1,\"b\":1},\"atLeast\":\"101%\"}}"),
                HostileExpectation.Error("101%", "/bodies/0/rule/weighted/atLeast")),
            new("threshold-negative-count", () => WithRule("{\"atLeast\":-1}"), HostileExpectation.Error("", "/bodies/0/rule/atLeast")),
            new("threshold-count-of-2-to-the-80", () => WithRule("{\"atLeast\":1208925819614629174706176}"), HostileExpectation.Loads()),
            new("consensus-minus-huge", () => WithRule("{\"consensusMinus\":1208925819614629174706176}"), HostileExpectation.Error("", "/bodies/0/rule/consensusMinus")),

            // Dates and periods.
            new("date-2007-02-30", () => WithTop("\"asOf\":\"2007-02-30\""), HostileExpectation.Error("2007-02-30", "/asOf")),
            new("date-year-10000", () => WithTop("\"asOf\":\"10000-01-01\""), HostileExpectation.Error("10000-01-01", "/asOf")),
            new("date-year-0", () => WithTop("\"asOf\":\"0000-01-01\""), HostileExpectation.Error("the year is before 0001", "/asOf")),
            new("date-negative-year", () => WithTop("\"asOf\":\"-0001-01-01\""), HostileExpectation.Error("-0001-01-01", "/asOf")),
            new("treaty-delay-past-the-year-9999", () => WithTop("\"treaties\":[{\"id\":\"t\",\"name\":\"T\",\"parties\":[\"a\"],\"entryIntoForce\":{\"rule\":\"unanimity\",\"delay\":\"P9999Y\"},\"ratifications\":[{\"member\":\"a\",\"date\":\"9999-12-01\"}]}]"),
                HostileExpectation.Loads()),
            new("timing-of-9999-years-after-a-late-phase", () => WithTop("\"phases\":[{\"id\":\"p\",\"name\":\"P\",\"window\":{\"start\":\"9999-01-01\"}},{\"id\":\"q\",\"name\":\"Q\"}],\"timing\":[{\"from\":\"p.end\",\"to\":\"q.start\",\"atLeast\":\"P9999Y\"}]"),
                HostileExpectation.Loads()),
            new("date-with-time", () => WithTop("\"asOf\":\"2007-02-13T00:00:00Z\""), HostileExpectation.Error("2007-02-13T00:00:00Z", "/asOf")),
            new("period-P-5D-as-window", () => WithTop("\"phases\":[{\"id\":\"p\",\"name\":\"P\",\"window\":{\"within\":\"P-5D\"}}]"),
                HostileExpectation.Error("negative", "/phases/0/window/within")),
            new("period-P-5D-as-delay", () => WithTop("\"treaties\":[{\"id\":\"t\",\"name\":\"T\",\"parties\":[\"a\"],\"entryIntoForce\":{\"rule\":\"unanimity\",\"delay\":\"P-5D\"}}]"),
                HostileExpectation.Error("negative", "/treaties/0/entryIntoForce/delay")),
            new("period-huge", () => WithTop("\"phases\":[{\"id\":\"p\",\"name\":\"P\",\"window\":{\"start\":\"2007-01-01\",\"within\":\"P999999999999D\"}}]"),
                HostileExpectation.Error("", "/phases/0/window/within")),
            new("period-of-9999-years-from-late-date", () => WithTop("\"asOf\":\"9999-12-31\",\"phases\":[{\"id\":\"p\",\"name\":\"P\",\"window\":{\"start\":\"9999-12-31\",\"within\":\"P9999Y\"}}]"),
                HostileExpectation.Loads()),

            // Ids.
            new("id-with-control-character", () => WithMemberA("{\"id\":\"a\\u0001b\",\"name\":\"A\"}"), HostileExpectation.Error("", "/members/0/id")),
            new("id-with-right-to-left-mark", () => WithMemberA("{\"id\":\"a\u200Fb\",\"name\":\"A\"}"), HostileExpectation.Error("", "/members/0/id")),
            new("id-with-right-to-left-override", () => WithMemberA("{\"id\":\"a\u202Eb\",\"name\":\"A\"}"), HostileExpectation.Error("", "/members/0/id")),
            new("id-empty", () => WithMemberA("{\"id\":\"\",\"name\":\"A\"}"), HostileExpectation.Error("", "/members/0/id")),
            new("name-with-control-characters-and-bidi", () => WithMemberA("{\"id\":\"a\",\"name\":\"A\\u0000\\u0007\u202E\u200F\"}"), HostileExpectation.Loads()),
            new("unpaired-surrogate-escape", () => WithMemberA("{\"id\":\"a\",\"name\":\"\\ud800\"}"), HostileExpectation.Error("escaped unpaired surrogate", "/members/0/name", 1, 61)),

            // Cycles and chains, checked by the validator and the engines without recursion.
            new("cycle-of-100000-phases", () => PhaseCycle(100_000), HostileExpectation.Loads("NAPSM0401")),
            new("cycle-of-10000-treaties", () => TreatyCycle(10_000), HostileExpectation.Loads()),
            new("chain-of-500-treaties", () => TreatyChain(500), HostileExpectation.Loads()),
            new("cycle-of-2000-timing-constraints", () => TimingChain(2_000), HostileExpectation.Loads()),
            new("timing-constraints-over-the-default-limit", () => TimingChain(10_001),
                HostileExpectation.Error("more than 10000 timing constraints, the limit set by LoadOptions.MaxTimingConstraints", "/timing/10000")),
            new("body-of-2000-voters-with-a-composite-rule", () => BigBody(2_000), HostileExpectation.Loads()),

            // Found by the AFL++ campaign (docs/fuzzing.md): a treaty with no parties, required by a chain of others, made the
            // entry-into-force evaluation dereference a missing "met on" date (InvalidOperationException).
            new("afl-treaty-without-parties-required-by-a-chain", () => Utf8(AflTreatyWithoutParties), HostileExpectation.Loads()),
        };

        for (int i = 0; i < ObjectsInEverything; i++)
        {
            int target = i;
            cases.Add(new($"duplicate-key-in-object-{i:D2}", () => DuplicateFirstKeyOf(target), HostileExpectation.Error("duplicate property")));
        }

        return cases;
    }
}
