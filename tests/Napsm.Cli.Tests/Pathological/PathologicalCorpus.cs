using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Napsm.Cli.Tests.Pathological;

/// <summary>One design of the pathological corpus: its name, what makes it hard, and its text.</summary>
/// <param name="Name">A short name, used as the test case's name.</param>
/// <param name="Why">What the case attacks.</param>
/// <param name="Json">The design file.</param>
/// <param name="Loads">Whether the file loads (the others must give exit code 2 and a reason everywhere).</param>
public sealed record PathologicalCase(string Name, string Why, string Json, bool Loads = true);

/// <summary>
/// Designs aimed at meaning rather than syntax (issue 20): rules that are dear to analyse, degenerate and duplicated inputs, dates at
/// NodaTime's limits, and names built to break every output format (DOT, Mermaid, Markdown, CSV, HTML, SARIF, JSON, a terminal). They are
/// generated here, so a 5,000-voter body costs nothing in the repository. <see cref="PathologicalCorpusTests"/> runs every command on each.
/// </summary>
public static class PathologicalCorpus
{
    /// <summary>Strings that end a DOT or Mermaid label, add a node, break a Markdown or CSV table, close an HTML script or comment, or
    /// forge a line of a log: every one must reach every output as data.</summary>
    public static readonly string[] HostileNames =
    [
        "\"]; evil [label=\"",
        "a\" -> \"b",
        "x}; subgraph cluster_evil {",
        "| a | b |",
        "`code` **bold** [link](http://example.org)",
        "line one\nline two\r\nerror NAPSM0101: forged diagnostic",
        "</script><script>alert(1)</script>",
        "--> <!-- end",
        "<b onmouseover=alert(1)>hover</b>",
        "::error file=design.json,line=1::forged annotation",
        "=HYPERLINK(\"http://evil\",\"x\")",
        "+cmd|' /C calc'!A0",
        "a,b;c\t\"d\"",
        "\u001b[31mred\u001b[0m and bell\u0007",
        "c1 \u0085 next line \u009b csi",
        "bidi \u202Eevil\u202C and \u2066isolate\u2069",
        "zero\u200Bwidth\u200D\uFEFF",
        "back\\slash \\\" quote",
        "%s %n {0} ${x}",
        "#quot; &amp; &lt;",
    ];

    /// <summary>Every case, in a fixed order.</summary>
    public static IReadOnlyList<PathologicalCase> All { get; } = Build();

    /// <summary>The case named <paramref name="name"/>.</summary>
    public static PathologicalCase Get(string name) => All.Single(c => c.Name == name);

    private static List<PathologicalCase> Build()
    {
        var cases = new List<PathologicalCase>
        {
            // Rules that were hangs or ran out of memory (issue 20, "Why").
            new("any-of-40-weighted-clauses-2to40-weights-120-voters", "distinct large weights in many clauses",
                Body(120, Any(Enumerable.Range(0, 40).Select(k => Weighted(120, i => (BigInteger.One << 40) + Hash(k, i) % 1_000_000_007, "1/2"))))),
            new("all-of-30-weighted-clauses-200-voters", "a conjunction of 30 weighted games",
                Body(200, AllOf(Enumerable.Range(0, 30).Select(k => Weighted(200, i => 1 + Hash(k, i) % 1_000_003, "1/2"))))),
            new("nested-all-any-depth-29-weighted-leaves-100-voters", "deep alternation of all/any over weighted leaves",
                Body(100, Nested(29, 100))),
            new("weighted-majority-40-voters-weights-to-1e9", "weights too large for a table, 40 voters",
                Body(40, Weighted(40, i => 1 + Hash(7, i) % 1_000_000_000, "1/2"))),
            new("same-of-subset-repeated-20000-times", "20,000 identical clauses",
                Body(12, Any(Enumerable.Repeat("{\"atLeast\":3,\"of\":[" + Ids(10) + "]}", 20_000)))),
            new("1000-voters-weighted-by-attribute-two-thirds", "a large attribute-weighted game",
                Body(1000, "{\"weighted\":{\"by\":\"pop\",\"atLeast\":\"2/3\"}}", i => 1 + Hash(3, i) % 100_000)),
            new("5000-voters-weights-1-to-1000", "a very large weighted game",
                Body(5000, Weighted(5000, i => 1 + Hash(11, i) % 1000, "1/2"))),
            new("simple-majority-5000-voters", "a symmetric game: every index is 1/n", Body(5000, "\"simpleMajority\"")),
            new("consensus-minus-3-5000-voters", "a symmetric game near unanimity", Body(5000, "{\"consensusMinus\":3}")),
            new("60-voters-62.5-percent-weights-near-5e16", "meet-in-the-middle territory",
                Body(60, Weighted(60, i => 40_000_000_000_000_000 + Hash(5, i) % 20_000_000_000_000_000, "62.5%"))),
            new("193-voters-weighted-like-populations", "a few very large weights, many small",
                Body(193, "{\"weighted\":{\"by\":\"pop\",\"moreThan\":\"50%\"}}", i => (long)(1_400_000_000.0 / Math.Pow(i + 1, 1.1)) + 100_000)),
            new("weights-of-2to80", "weights beyond 2^63 after scaling",
                Body(10, Weighted(10, i => (BigInteger.One << 80) + i, "1/2"))),
            new("weights-near-2to63", "a total that overflows 64 bits",
                Body(10, Weighted(10, i => long.MaxValue - i, "1/2"))),
            new("weights-with-a-long-decimal-fraction", "exact scaling of rationals",
                Body(8, "{\"weighted\":{\"weights\":{" + string.Join(",", Enumerable.Range(0, 8).Select(i => $"\"m{i}\":0.{new string((char)('1' + i), 40)}")) + "},\"atLeast\":\"1/2\"}}")),

            // Degenerate and duplicated inputs (issue 20, item 2).
            new("voter-listed-300-times", "the same member 300 times in voters",
                Design(Members(3), "[{\"id\":\"x\",\"name\":\"X\",\"voters\":[" + string.Join(",", Enumerable.Repeat("\"m0\"", 300)) + ",\"m1\",\"m2\"],\"rule\":{\"atLeast\":2}}]")),
            new("veto-naming-non-voters", "a veto held by members who do not vote",
                Design(Members(5), "[{\"id\":\"x\",\"name\":\"X\",\"voters\":[\"m0\",\"m1\",\"m2\"],\"rule\":{\"all\":[{\"atLeast\":2},{\"veto\":[\"m3\",\"m4\"]}]}}]")),
            new("of-naming-duplicates-and-non-voters", "a clause over a list with repeats and outsiders",
                Design(Members(5), "[{\"id\":\"x\",\"name\":\"X\",\"voters\":[\"m0\",\"m1\",\"m2\"],\"rule\":{\"atLeast\":2,\"of\":[\"m0\",\"m0\",\"m0\",\"m4\"]}}]")),
            new("body-with-no-voters", "nobody votes", Design(Members(2), "[{\"id\":\"x\",\"name\":\"X\",\"voters\":[],\"rule\":\"unanimity\"}]")),
            new("body-with-one-voter", "a dictator", Design(Members(2), "[{\"id\":\"x\",\"name\":\"X\",\"voters\":[\"m0\"],\"rule\":\"simpleMajority\"}]")),
            new("consensus-minus-k-at-least-the-voters", "every coalition wins, the empty one too",
                Design(Members(3), "[{\"id\":\"x\",\"name\":\"X\",\"voters\":[\"m0\",\"m1\",\"m2\"],\"rule\":{\"consensusMinus\":5}}]")),
            new("threshold-of-0-percent", "a rule that passes with no one", Body(5, "{\"atLeast\":\"0%\"}")),
            new("threshold-of-100-percent-weighted", "unanimity by weight", Body(5, Weighted(5, i => i + 1, "100%"))),
            new("weighted-with-all-zero-weights", "no weight anywhere", Body(4, Weighted(4, _ => 0, "1/2"))),
            new("window-at-the-end-of-the-calendar", "a phase that starts in 9999 and lasts 9,999 years",
                Design(Members(2), "[]", phases: "[{\"id\":\"p\",\"name\":\"P\",\"window\":{\"start\":\"9999-12-01\",\"within\":\"P9999Y\"}}]")),
            new("timing-that-overflows-the-calendar", "a constraint that reaches past the year 9999",
                Design(Members(2), "[]", phases: "[{\"id\":\"p\",\"name\":\"P\",\"window\":{\"start\":\"9999-06-01\"}},{\"id\":\"q\",\"name\":\"Q\",\"after\":[\"p\"]}]",
                    extra: ",\"timing\":[{\"from\":\"p.start\",\"to\":\"q.start\",\"atLeast\":\"P9999Y\"}]")),
            new("ratification-before-the-treaty-opened", "a date that cannot be",
                Design(Members(3), "[]", treaties: Treaty("t", 3, "{\"atLeast\":2}", "\"openedForSignature\":\"2000-01-01\",", "[{\"member\":\"m0\",\"date\":\"1900-01-01\"}]"))),
            new("ratification-in-the-year-9999", "a far future, with a delay past the calendar",
                Design(Members(3), "[]", treaties: Treaty("t", 3, "{\"atLeast\":1}", "", "[{\"member\":\"m0\",\"date\":\"9999-12-31\"}]", delay: "P10Y"))),
            new("treaty-delay-of-9999-years", "entry into force past the calendar",
                Design(Members(3), "[]", treaties: Treaty("t", 3, "{\"atLeast\":1}", "\"openedForSignature\":\"9000-01-01\",", "[{\"member\":\"m1\",\"date\":\"9000-06-01\"}]", delay: "P9999Y"))),
            new("treaty-of-200-parties-with-40-named-states", "fewest ratifications and refusals over a large rule",
                Design(Members(200), "[]", treaties: Treaty("t", 200, "{\"all\":[{\"atLeast\":100},{\"atLeast\":40,\"of\":[" + Ids(40) + "]}]}", "", "[]"))),
            new("treaty-requirement-cycle-of-200", "treaties that each require the next, nobody ratified",
                Design(Members(3), "[]", treaties: "[" + string.Join(",", Enumerable.Range(0, 200).Select(i =>
                    $"{{\"id\":\"t{i}\",\"name\":\"T{i}\",\"parties\":[\"m0\",\"m1\",\"m2\"],\"requires\":[\"t{(i + 1) % 200}\"],\"entryIntoForce\":{{\"rule\":{{\"atLeast\":2}}}}}}")) + "]")),
            new("phase-cycle-of-1000", "a cycle through 1,000 phases",
                Design(Members(2), "[]", phases: "[" + string.Join(",", Enumerable.Range(0, 1000).Select(i => $"{{\"id\":\"p{i}\",\"name\":\"P{i}\",\"after\":[\"p{(i + 999) % 1000}\"]}}")) + "]")),
            new("chain-of-1000-reporting-bodies", "a deep reportsTo chain",
                Design(Members(3), "[" + string.Join(",", Enumerable.Range(0, 1000).Select(i =>
                    $"{{\"id\":\"b{i}\",\"name\":\"B{i}\",\"voters\":[\"m0\",\"m1\",\"m2\"],\"rule\":{{\"atLeast\":2}}" + (i > 0 ? $",\"reportsTo\":\"b{i - 1}\"" : "") + "}")) + "]")),
            new("300-bodies-of-5-voters", "many bodies for stake and diff",
                Design(Members(20), "[" + string.Join(",", Enumerable.Range(0, 300).Select(i =>
                    $"{{\"id\":\"b{i}\",\"name\":\"B{i}\",\"voters\":[{string.Join(",", Enumerable.Range(0, 5).Select(k => $"\"m{(i + k * 3) % 20}\""))}],\"rule\":{{\"atLeast\":3}}}}")) + "]")),
            new("no-bodies-no-treaties", "nothing to analyse", Design(Members(2), "[]")),
            new("matters-quorum-present-and-voting-150-weighted", "matters, a quorum, a base of those present and voting",
                Design(Members(150, i => 1 + Hash(13, i) % 1000), "[{\"id\":\"x\",\"name\":\"X\",\"voters\":[" + Ids(150) + "],\"decisions\":["
                    + "{\"matter\":\"procedural\",\"rule\":{\"atLeast\":\"1/2\",\"base\":\"presentAndVoting\"}},"
                    + "{\"matter\":\"budget\",\"rule\":{\"weighted\":{\"by\":\"pop\",\"atLeast\":\"2/3\",\"base\":\"presentAndVoting\"}},\"quorum\":{\"atLeast\":\"1/2\"}}]}]")),
            new("veto-that-abstention-does-not-block-100-voters", "the Security Council's practice at scale",
                Body(100, "{\"all\":[{\"atLeast\":60},{\"veto\":[" + Ids(10) + "],\"abstentionBlocks\":false}]}")),
            new("alignment-of-190-members-in-three-blocs", "a priori unions over a large weighted body",
                Design(Members(190, i => 1 + Hash(17, i) % 100_000), "[{\"id\":\"x\",\"name\":\"X\",\"voters\":[" + Ids(190) + "],\"rule\":{\"weighted\":{\"by\":\"pop\",\"moreThan\":\"1/2\"}}}]",
                    extra: ",\"alignments\":[{\"id\":\"a\",\"name\":\"A\",\"blocs\":[[" + Ids(0, 40) + "],[" + Ids(40, 80) + "],[" + Ids(80, 100) + "]],\"excluded\":[\"m100\"]}]")),

            // Files that do not load: every command must say why, with exit code 2.
            new("rule-nested-beyond-the-depth-limit", "the loader's depth limit", Body(3, Nested(40, 3)), Loads: false),
            new("unknown-rule-name", "a typo in a rule", Body(3, "\"concensus\""), Loads: false),
        };

        // Names that attack every writer: one design per hostile string, in every place a name or free text can be.
        for (int k = 0; k < HostileNames.Length; k++) cases.Add(new($"hostile-name-{k:00}", "a name that attacks the writers: " + Escape(HostileNames[k]), Hostile(HostileNames[k])));
        cases.Add(new("hostile-names-all-at-once", "every hostile string in one design", Hostile(HostileNames)));
        return cases;
    }

    private static string Hostile(params string[] names)
    {
        string N(int i) => JsonSerializer.Serialize(names[i % names.Length]);
        int n = Math.Max(3, names.Length);
        var members = string.Join(",", Enumerable.Range(0, n).Select(i => $"{{\"id\":\"m{i}\",\"name\":{N(i)},\"attributes\":{{\"pop\":{i + 1}}}}}"));
        return "{\"format\":1,\"id\":\"hostile\",\"name\":" + N(0) + ",\"description\":" + N(1) + ",\"asOf\":\"2010-01-01\","
            + "\"sources\":[{\"id\":\"s\",\"title\":" + N(2) + ",\"locator\":" + N(3) + ",\"note\":" + N(4) + "}],"
            + "\"issueAreas\":[\"security\"],"
            + "\"members\":[" + members + "],"
            + "\"bodies\":[{\"id\":\"council\",\"name\":" + N(0) + ",\"voters\":[" + Ids(n) + "],\"rule\":{\"all\":[{\"atLeast\":\"1/2\"},{\"veto\":[\"m0\"]}]},\"source\":\"s\"},"
            + "{\"id\":\"board\",\"name\":" + N(1) + ",\"voters\":[" + Ids(n) + "],\"rule\":{\"weighted\":{\"by\":\"pop\",\"moreThan\":\"1/2\"}},\"reportsTo\":\"council\"}],"
            + "\"principles\":[{\"id\":\"p\",\"title\":" + N(2) + ",\"tags\":[\"consensus\"],\"norms\":[{\"subject\":\"*\",\"deontic\":\"mustNot\",\"action\":" + N(3) + "}]}],"
            + "\"phases\":[{\"id\":\"one\",\"name\":" + N(4) + ",\"window\":{\"start\":\"2010-01-01\",\"within\":\"P60D\"},"
            + "\"commitments\":[{\"id\":\"c\",\"by\":[\"m1\"],\"action\":" + N(5) + ",\"to\":[\"m0\"],\"due\":\"2010-02-01\"}]},"
            + "{\"id\":\"two\",\"name\":" + N(6) + ",\"after\":[\"one\"],\"requires\":[\"treaty:t\"]}],"
            + "\"treaties\":[{\"id\":\"t\",\"name\":" + N(7) + ",\"parties\":[" + Ids(n) + "],\"openedForSignature\":\"2010-01-01\","
            + "\"entryIntoForce\":{\"rule\":{\"atLeast\":2},\"delay\":\"P90D\"},\"ratifications\":[{\"member\":\"m0\",\"date\":\"2010-03-01\"}]}],"
            + "\"alignments\":[{\"id\":\"al\",\"name\":" + N(8) + ",\"blocs\":[[\"m0\",\"m1\"]],\"excluded\":[]}]}";
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < ' ' || c is >= '\u007f' and <= '\u009f' or >= '\u200b' and <= '\u200f' or >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069' or '\ufeff'
        ? $"\\u{(int)c:x4}" : c.ToString()));

    private static long Hash(int k, int i)
    {
        // A fixed pseudo-random number per (k, i): the corpus is the same on every run and every machine.
        ulong x = (ulong)(k * 1_000_003 + i + 1) * 0x9E3779B97F4A7C15UL;
        x ^= x >> 31;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        return (long)(x & 0x7FFF_FFFF_FFFF_FFFFUL);
    }

    private static string Ids(int n) => Ids(0, n);

    private static string Ids(int from, int to) => string.Join(",", Enumerable.Range(from, to - from).Select(i => $"\"m{i}\""));

    private static string Members(int n, Func<int, long>? pop = null) =>
        string.Join(",", Enumerable.Range(0, n).Select(i => $"{{\"id\":\"m{i}\",\"name\":\"Member {i}\"" + (pop is null ? "" : $",\"attributes\":{{\"pop\":{pop(i).ToString(CultureInfo.InvariantCulture)}}}") + "}"));

    private static string Weighted(int n, Func<int, BigInteger> weight, string threshold) =>
        "{\"weighted\":{\"weights\":{" + string.Join(",", Enumerable.Range(0, n).Select(i => $"\"m{i}\":{weight(i).ToString(CultureInfo.InvariantCulture)}")) + "},\"atLeast\":\"" + threshold + "\"}}";

    private static string Any(IEnumerable<string> clauses) => "{\"any\":[" + string.Join(",", clauses) + "]}";

    private static string AllOf(IEnumerable<string> clauses) => "{\"all\":[" + string.Join(",", clauses) + "]}";

    private static string Nested(int depth, int voters)
    {
        string rule = Weighted(voters, i => 1 + Hash(depth, i) % 1_000_000, "1/2");
        for (int d = 0; d < depth; d++)
        {
            var leaf = Weighted(voters, i => 1 + Hash(d, i) % 1_000_000, d % 2 == 0 ? "1/2" : "2/3");
            rule = d % 2 == 0 ? AllOf([rule, leaf]) : Any([rule, leaf]);
        }

        return rule;
    }

    private static string Body(int voters, string rule, Func<int, long>? pop = null) =>
        Design(Members(voters, pop), "[{\"id\":\"x\",\"name\":\"X\",\"voters\":[" + Ids(voters) + "],\"rule\":" + rule + "}]");

    private static string Treaty(string id, int parties, string rule, string opened, string ratifications, string delay = "P30D") =>
        $"[{{\"id\":\"{id}\",\"name\":\"Treaty {id}\",\"parties\":[{Ids(parties)}],{opened}\"entryIntoForce\":{{\"rule\":{rule},\"delay\":\"{delay}\"}},\"ratifications\":{ratifications}}}]";

    private static string Design(string members, string bodies, string phases = "[]", string treaties = "[]", string extra = "") =>
        new StringBuilder("{\"format\":1,\"id\":\"patho\",\"name\":\"Pathological\",\"members\":[").Append(members).Append("],\"bodies\":").Append(bodies)
            .Append(",\"phases\":").Append(phases).Append(",\"treaties\":").Append(treaties).Append(extra).Append('}').ToString();
}
