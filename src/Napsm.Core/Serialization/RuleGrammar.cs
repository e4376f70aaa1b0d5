using System.Globalization;
using System.Text.Json;
using Napsm.Core.Kernel;
using Napsm.Core.Model;
using NodaTime;
using NodaTime.Text;

namespace Napsm.Core.Serialization;

/// <summary>A problem inside a value read as a <see cref="JsonElement"/>, at a pointer relative to that value.</summary>
internal sealed class ElementError(string pointer, string message, bool atName) : Exception(message)
{
    public string Pointer { get; } = pointer;

    public bool AtName { get; } = atName;
}

/// <summary>Reading helpers over <see cref="JsonElement"/> that report problems with relative pointers.</summary>
internal static class Elements
{
    public static ElementError Error(string pointer, string message, bool atName = false) => new(pointer, message, atName);

    public static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "the string " + Ids.Quote(e.GetString()!),
        JsonValueKind.Number => "the number " + e.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    public static void CheckKeys(JsonElement e, string pointer, string[] allowed, string what)
    {
        foreach (var p in e.EnumerateObject())
        {
            if (Array.IndexOf(allowed, p.Name) < 0)
            {
                throw Error(JsonPointers.Append(pointer, p.Name), UnknownProperty(p.Name, what, allowed), atName: true);
            }
        }
    }

    /// <summary>The message for a property that is not one of those valid at its place, with "did you mean" among them.</summary>
    public static string UnknownProperty(string name, string what, IReadOnlyCollection<string> allowed) =>
        $"unknown property {Ids.Quote(name)} in {what}{DidYouMean(name, allowed)}; expected {Expected(allowed)}";

    /// <summary>
    /// <c> (did you mean "x"?)</c> for the candidate nearest to <paramref name="text"/> (a case-only difference, or a small edit distance;
    /// see <see cref="Kernel.Names.Closest"/>), or <c> (did you mean "x" or "y"?)</c> for <paramref name="alternatives"/> given for
    /// a word that is no typo (such as "majority"); the empty string when nothing is near.
    /// </summary>
    public static string DidYouMean(string text, IEnumerable<string> candidates, IReadOnlyList<string>? alternatives = null)
    {
        var list = candidates as IReadOnlyCollection<string> ?? candidates.ToList();
        if (Kernel.Names.Closest(text, list) is { } near) return $" (did you mean {Ids.Quote(near)}?)";
        var also = alternatives ?? [];
        if (also.Count == 0)
        {
            // A part of a longer name ("Majority" of "simpleMajority"), or a longer form of a name ("atLeastTwoThirds"): not a typo.
            also = [.. list.Where(c => text.Length >= 4 && c.Length >= 4 &&
                (c.Contains(text, StringComparison.OrdinalIgnoreCase) || text.Contains(c, StringComparison.OrdinalIgnoreCase))).Take(2)];
        }

        return also.Count switch
        {
            0 => "",
            1 => $" (did you mean {Ids.Quote(also[0])}?)",
            _ => $" (did you mean {string.Join(", ", also.Take(also.Count - 1).Select(Ids.Quote))} or {Ids.Quote(also[^1])}?)",
        };
    }

    public static string Expected(IEnumerable<string> names)
    {
        var list = names.Select(n => "\"" + n + "\"").ToList();
        return list.Count switch
        {
            0 => "nothing",
            1 => list[0],
            _ => "one of " + string.Join(", ", list.Take(list.Count - 1)) + " or " + list[^1],
        };
    }

    public static Rational Decimal(JsonElement e, string pointer, string what, bool allowNegative)
    {
        if (e.ValueKind != JsonValueKind.Number) throw Error(pointer, $"expected a number for the {what}; found {Describe(e)}");
        var raw = e.GetRawText();
        var value = Numbers.TryParse(raw, out var problem) ?? throw Error(pointer, $"the {what} {problem}");
        if (!allowNegative && value.Sign < 0) throw Error(pointer, $"the {what} {raw} is negative; expected a number of at least 0");
        return value;
    }

    public static string Id(JsonElement e, string pointer)
    {
        if (e.ValueKind != JsonValueKind.String) throw Error(pointer, $"expected an id string; found {Describe(e)}");
        var id = e.GetString()!;
        if (Ids.Problem(id) is { } problem) throw Error(pointer, problem);
        return id;
    }

    public static List<string> IdList(JsonElement e, string pointer, string what)
    {
        if (e.ValueKind != JsonValueKind.Array) throw Error(pointer, $"expected {what}: an array of ids; found {Describe(e)}");
        var ids = new List<string>();
        int i = 0;
        foreach (var item in e.EnumerateArray()) ids.Add(Id(item, JsonPointers.Append(pointer, i++)));
        return ids;
    }

    public static LocalDate Date(JsonElement e, string pointer)
    {
        if (e.ValueKind != JsonValueKind.String) throw Error(pointer, $"expected a date string such as \"2007-02-13\"; found {Describe(e)}");
        return LocalDateConverter.ParseDate(e.GetString()!, out var problem) ?? throw Error(pointer, problem!);
    }

    public static void WriteDecimal(Utf8JsonWriter writer, Rational value, string what)
    {
        var text = value.ToDecimalString() ?? throw new ArgumentException($"The {what} {value} has no finite decimal expansion, so it cannot be written as a JSON number.", nameof(value));
        writer.WriteRawValue(text, skipInputValidation: true);
    }
}

/// <summary>Reads and writes decision rules in the design-file grammar.</summary>
internal static class RuleGrammar
{
    public const string Unanimity = "unanimity";
    public const string Consensus = "consensus";
    public const string SimpleMajority = "simpleMajority";
    public const string ConsensusMinus = "consensusMinus";
    public const string AtLeast = "atLeast";
    public const string MoreThan = "moreThan";
    public const string Weighted = "weighted";
    public const string Veto = "veto";
    public const string All = "all";
    public const string Any = "any";
    public const string Of = "of";
    public const string Weights = "weights";
    public const string By = "by";
    public const string Base = "base";
    public const string Quorum = "quorum";
    public const string AbstentionBlocks = "abstentionBlocks";

    public static readonly string[] Names = [Unanimity, Consensus, SimpleMajority];
    public static readonly string[] Kinds = [ConsensusMinus, AtLeast, MoreThan, Weighted, Veto, All, Any];

    /// <summary>Words for a rule that are not typos of a kind, and the kinds that say what they mean.</summary>
    private static IReadOnlyList<string>? Synonyms(string word) => word.ToLowerInvariant() switch
    {
        "majority" or "absolutemajority" => [SimpleMajority, MoreThan],
        "qualifiedmajority" or "supermajority" or "qmv" => [AtLeast, Weighted],
        "unanimous" => [Unanimity],
        "quota" => [Weighted],
        "and" => [All],
        "or" => [Any],
        _ => null,
    };

    /// <summary>Every kind a rule can have, written as a string or as an object's key.</summary>
    private static readonly string[] EveryKind = [.. Names, .. Kinds];

    private static string UnknownRule(string name) => $"unknown rule {Ids.Quote(name)}{Elements.DidYouMean(name, EveryKind, Synonyms(name))}; {Expectation}";

    private const string Expectation =
        "expected \"unanimity\", \"consensus\", \"simpleMajority\" or an object with one of the keys consensusMinus, atLeast, moreThan, weighted, veto, all, any";

    public static DecisionRule Read(JsonElement e, string pointer) => Read(e, pointer, inQuorum: false);

    /// <summary>A rule; in a quorum (a rule over who is present) the options about votes — base, quorum, abstentionBlocks — have no meaning.</summary>
    private static DecisionRule Read(JsonElement e, string pointer, bool inQuorum)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                var name = e.GetString()!;
                return name switch
                {
                    Unanimity => Rule.Unanimity,
                    Consensus => Rule.Consensus,
                    SimpleMajority => Rule.SimpleMajority,
                    _ when Array.IndexOf(Kinds, name) >= 0 => throw Elements.Error(pointer, $"rule {Ids.Quote(name)} needs a value: write {{ \"{name}\": … }}"),
                    _ => throw Elements.Error(pointer, UnknownRule(name)),
                };
            case JsonValueKind.Object:
                return ReadObject(e, pointer, inQuorum);
            default:
                throw Elements.Error(pointer, $"expected a decision rule; found {Elements.Describe(e)}; {Expectation}");
        }
    }

    /// <summary>The options a kind takes beside its key.</summary>
    private static string[] OptionsOf(string kind) => kind switch
    {
        AtLeast or MoreThan => [Of, Base, Quorum],
        Veto => [AbstentionBlocks],
        _ => [],
    };

    private static DecisionRule ReadObject(JsonElement e, string pointer, bool inQuorum)
    {
        var kinds = new List<string>();
        foreach (var p in e.EnumerateObject())
        {
            if (Array.IndexOf(Kinds, p.Name) >= 0) kinds.Add(p.Name);
        }

        foreach (var p in e.EnumerateObject())
        {
            if (Array.IndexOf(Kinds, p.Name) >= 0) continue;
            var at = JsonPointers.Append(pointer, p.Name);
            if (kinds.Count == 1 && p.Name != Of && Array.IndexOf(OptionsOf(kinds[0]), p.Name) >= 0)
            {
                if (inQuorum) throw Elements.Error(at, QuorumOption(p.Name), atName: true);
                continue;
            }

            if (p.Name == Of)
            {
                if (kinds.Count == 1 && kinds[0] is AtLeast or MoreThan) continue;
                if (kinds.Count == 1) throw Elements.Error(at, $"\"of\" is not an option of a \"{kinds[0]}\" rule; it belongs with atLeast or moreThan", atName: true);
                if (kinds.Count == 0) throw Elements.Error(at, "\"of\" needs \"atLeast\" or \"moreThan\" beside it, such as { \"atLeast\": 2, \"of\": [\"a\", \"b\", \"c\"] }", atName: true);
                continue;
            }

            var message = kinds.Count == 1
                ? $"{Ids.Quote(p.Name)} is not an option of a \"{kinds[0]}\" rule; " + (OptionsOf(kinds[0]) is { Length: > 0 } options
                    ? (options.Length == 1 ? "the only option is " : "its options are ") + Elements.Expected(options).Replace("one of ", "", StringComparison.Ordinal)
                    : kinds[0] == Weighted ? "its options go inside the weighted object" : "it has no options")
                : Array.IndexOf(Names, p.Name) >= 0
                    ? $"{Ids.Quote(p.Name)} is written as a string rule, not as a key: write \"{p.Name}\""
                    : UnknownRule(p.Name);
            throw Elements.Error(at, message, atName: true);
        }

        if (kinds.Count == 0) throw Elements.Error(pointer, $"a rule object needs exactly one kind key, and this one has none; {Expectation}");
        if (kinds.Count > 1)
        {
            throw Elements.Error(JsonPointers.Append(pointer, kinds[1]),
                $"a rule object has exactly one kind, but this one has both \"{kinds[0]}\" and \"{kinds[1]}\"; combine rules with \"all\" or \"any\"", atName: true);
        }

        var kind = kinds[0];
        var value = e.GetProperty(kind);
        var valuePointer = JsonPointers.Append(pointer, kind);
        switch (kind)
        {
            case ConsensusMinus:
                return Rule.ConsensusMinus(NonNegativeInt(value, valuePointer, "consensusMinus k"));
            case AtLeast:
            case MoreThan:
            {
                var threshold = ReadThreshold(value, valuePointer, headCount: true);
                List<string>? of = null;
                if (e.TryGetProperty(Of, out var ofValue))
                {
                    var ofPointer = JsonPointers.Append(pointer, Of);
                    of = Elements.IdList(ofValue, ofPointer, "\"of\"");
                    if (of.Count == 0) throw Elements.Error(ofPointer, "\"of\" is empty; name at least one voter, or leave \"of\" out to count every voter");
                }

                return new HeadCountRule(kind == AtLeast ? Comparison.AtLeast : Comparison.MoreThan, threshold, of)
                {
                    Base = ReadBase(e, pointer),
                    Quorum = ReadQuorum(e, pointer),
                };
            }

            case Weighted:
                return ReadWeighted(value, valuePointer, inQuorum);
            case Veto:
                return new VetoRule(Elements.IdList(value, valuePointer, "veto holders")) { AbstentionBlocks = ReadAbstentionBlocks(e, pointer) };
            default:
            {
                if (value.ValueKind != JsonValueKind.Array) throw Elements.Error(valuePointer, $"expected \"{kind}\" to be an array of rules; found {Elements.Describe(value)}");
                var clauses = new List<DecisionRule>();
                int i = 0;
                foreach (var clause in value.EnumerateArray()) clauses.Add(Read(clause, JsonPointers.Append(valuePointer, i++), inQuorum));
                return kind == All ? Rule.All(clauses) : Rule.Any(clauses);
            }
        }
    }

    private static string QuorumOption(string name) =>
        $"{Ids.Quote(name)} has no meaning in a quorum, which counts who is present, not how they vote; leave it out";

    private static VoteBase ReadBase(JsonElement e, string pointer)
    {
        if (!e.TryGetProperty(Base, out var value) || value.ValueKind == JsonValueKind.Null) return VoteBase.Members;
        var at = JsonPointers.Append(pointer, Base);
        if (value.ValueKind != JsonValueKind.String) throw Elements.Error(at, $"expected \"base\" to be \"members\", \"present\" or \"presentAndVoting\"; found {Elements.Describe(value)}");
        return value.GetString() switch
        {
            "members" => VoteBase.Members,
            "present" => VoteBase.Present,
            "presentAndVoting" => VoteBase.PresentAndVoting,
            var other => throw Elements.Error(at, $"base {Ids.Quote(other!)} is not known{Elements.DidYouMean(other!, ["members", "present", "presentAndVoting"])}; expected \"members\", \"present\" or \"presentAndVoting\""),
        };
    }

    private static DecisionRule? ReadQuorum(JsonElement e, string pointer) =>
        e.TryGetProperty(Quorum, out var value) && value.ValueKind != JsonValueKind.Null ? Read(value, JsonPointers.Append(pointer, Quorum), inQuorum: true) : null;

    private static bool ReadAbstentionBlocks(JsonElement e, string pointer)
    {
        if (!e.TryGetProperty(AbstentionBlocks, out var value) || value.ValueKind == JsonValueKind.Null) return true;
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Elements.Error(JsonPointers.Append(pointer, AbstentionBlocks), $"expected \"abstentionBlocks\" to be true or false; found {Elements.Describe(value)}"),
        };
    }

    private static WeightedRule ReadWeighted(JsonElement e, string pointer, bool inQuorum)
    {
        const string Example = "{ \"weights\": { \"fr\": 4, … }, \"atLeast\": 12 } or { \"by\": \"population\", \"atLeast\": \"65%\" }";
        if (e.ValueKind != JsonValueKind.Object) throw Elements.Error(pointer, $"expected a weighted rule object such as {Example}; found {Elements.Describe(e)}");
        Elements.CheckKeys(e, pointer, [Weights, By, AtLeast, MoreThan, Base, Quorum], "a weighted rule");
        foreach (var option in new[] { Base, Quorum })
        {
            if (inQuorum && e.TryGetProperty(option, out _)) throw Elements.Error(JsonPointers.Append(pointer, option), QuorumOption(option), atName: true);
        }

        var @base = ReadBase(e, pointer);
        var quorum = ReadQuorum(e, pointer);
        bool hasWeights = e.TryGetProperty(Weights, out var weights), hasBy = e.TryGetProperty(By, out var by);
        bool hasAtLeast = e.TryGetProperty(AtLeast, out var atLeast), hasMoreThan = e.TryGetProperty(MoreThan, out var moreThan);
        if (hasWeights && hasBy) throw Elements.Error(JsonPointers.Append(pointer, By), "a weighted rule has either \"weights\" or \"by\", not both", atName: true);
        if (!hasWeights && !hasBy) throw Elements.Error(pointer, $"a weighted rule needs \"weights\" (inline) or \"by\" (a member attribute), such as {Example}");
        if (hasAtLeast && hasMoreThan) throw Elements.Error(JsonPointers.Append(pointer, MoreThan), "a weighted rule has either \"atLeast\" or \"moreThan\", not both", atName: true);
        if (!hasAtLeast && !hasMoreThan) throw Elements.Error(pointer, $"a weighted rule needs a quota, \"atLeast\" or \"moreThan\", such as {Example}");
        var comparison = hasAtLeast ? Comparison.AtLeast : Comparison.MoreThan;
        var threshold = ReadThreshold(hasAtLeast ? atLeast : moreThan, JsonPointers.Append(pointer, hasAtLeast ? AtLeast : MoreThan), headCount: false);
        if (hasBy)
        {
            var byPointer = JsonPointers.Append(pointer, By);
            if (by.ValueKind != JsonValueKind.String) throw Elements.Error(byPointer, $"expected \"by\" to name a member attribute, such as \"population\"; found {Elements.Describe(by)}");
            return WeightedRule.ByAttribute(Elements.Id(by, byPointer), comparison, threshold) with { Base = @base, Quorum = quorum };
        }

        var weightsPointer = JsonPointers.Append(pointer, Weights);
        if (weights.ValueKind != JsonValueKind.Object) throw Elements.Error(weightsPointer, $"expected \"weights\" to be an object from voter id to weight, such as {{ \"fr\": 4 }}; found {Elements.Describe(weights)}");
        var map = new List<KeyValuePair<string, Rational>>();
        foreach (var p in weights.EnumerateObject())
        {
            var at = JsonPointers.Append(weightsPointer, p.Name);
            if (Ids.VoterProblem(p.Name) is { } problem) throw Elements.Error(at, problem, atName: true);
            map.Add(new(p.Name, Elements.Decimal(p.Value, at, "weight", allowNegative: false)));
        }

        return WeightedRule.WithWeights(map, comparison, threshold) with { Base = @base, Quorum = quorum };
    }

    private static int NonNegativeInt(JsonElement e, string pointer, string what)
    {
        if (e.ValueKind != JsonValueKind.Number) throw Elements.Error(pointer, $"expected a whole number for {what}; found {Elements.Describe(e)}");
        var raw = e.GetRawText();
        var value = Numbers.TryParse(raw, out var problem) ?? throw Elements.Error(pointer, $"{what}: {problem}");
        if (!value.IsInteger) throw Elements.Error(pointer, $"{what} must be a whole number; {raw} is not");
        if (value.Sign < 0) throw Elements.Error(pointer, $"{what} must not be negative; found {raw}");
        if (value.Numerator > int.MaxValue) throw Elements.Error(pointer, $"{what} {raw} is too large");
        return (int)value.Numerator;
    }

    /// <summary>A threshold: a number (a count, or a quota of weight), <c>"55%"</c>, or <c>"2/3"</c>; shares may not exceed the whole.</summary>
    public static Threshold ReadThreshold(JsonElement e, string pointer, bool headCount)
    {
        const string Forms = "a count such as 9, a percentage such as \"55%\" or a fraction such as \"2/3\"";
        switch (e.ValueKind)
        {
            case JsonValueKind.Number:
            {
                var raw = e.GetRawText();
                var value = Numbers.TryParse(raw, out var problem) ?? throw Elements.Error(pointer, $"threshold {problem}");
                if (value.Sign < 0) throw Elements.Error(pointer, $"threshold {raw} is negative; expected {Forms}");
                if (headCount && !value.IsInteger) throw Elements.Error(pointer, $"threshold {raw} is not a whole number of voters; expected {Forms}");
                return Threshold.Count(value);
            }

            case JsonValueKind.String:
            {
                var text = e.GetString()!;
                var quoted = Ids.Quote(text);
                if (text.EndsWith('%'))
                {
                    var number = text[..^1];
                    if (number.StartsWith('-') && Rational.TryParse(number, out _)) throw Elements.Error(pointer, $"threshold {quoted} is negative");
                    if (number.Contains('/', StringComparison.Ordinal) || !Rational.TryParse(number, out var percent))
                    {
                        throw Elements.Error(pointer, $"threshold {quoted} is not a percentage; expected {Forms}");
                    }

                    if (percent > 100) throw Elements.Error(pointer, $"threshold {quoted} is above 100%");
                    return Threshold.Percentage(percent);
                }

                int slash = text.IndexOf('/', StringComparison.Ordinal);
                if (slash >= 0)
                {
                    var n = text[..slash];
                    var d = text[(slash + 1)..];
                    if (n.StartsWith('-') || d.StartsWith('-')) throw Elements.Error(pointer, $"threshold {quoted} is negative");
                    if (!IsDigits(n) || !IsDigits(d)) throw Elements.Error(pointer, $"threshold {quoted} is not a fraction of two whole numbers; expected {Forms}");
                    var numerator = System.Numerics.BigInteger.Parse(n, CultureInfo.InvariantCulture);
                    var denominator = System.Numerics.BigInteger.Parse(d, CultureInfo.InvariantCulture);
                    if (denominator.IsZero) throw Elements.Error(pointer, $"threshold {quoted} has a zero denominator");
                    var fraction = new Rational(numerator, denominator);
                    if (fraction > 1) throw Elements.Error(pointer, $"threshold {quoted} is above 1 (the whole)");
                    return Threshold.Fraction(fraction);
                }

                if (Rational.TryParse(text, out _)) throw Elements.Error(pointer, $"threshold {quoted} is a count written as a string; write it as a number ({text})");
                throw Elements.Error(pointer, $"threshold {quoted} is not {Forms}");
            }

            default:
                throw Elements.Error(pointer, $"expected a threshold, {Forms}; found {Elements.Describe(e)}");
        }
    }

    private static bool IsDigits(string s) => s.Length is > 0 and <= 300 && s.All(char.IsAsciiDigit);

    public static void Write(Utf8JsonWriter w, DecisionRule rule)
    {
        switch (rule)
        {
            case UnanimityRule: w.WriteStringValue(Unanimity); break;
            case ConsensusRule: w.WriteStringValue(Consensus); break;
            case SimpleMajorityRule: w.WriteStringValue(SimpleMajority); break;
            case ConsensusMinusRule c:
                w.WriteStartObject();
                w.WriteNumber(ConsensusMinus, c.K);
                w.WriteEndObject();
                break;
            case HeadCountRule h:
                w.WriteStartObject();
                w.WritePropertyName(h.Comparison == Comparison.AtLeast ? AtLeast : MoreThan);
                WriteThreshold(w, h.Threshold);
                if (h.Of is { } of) WriteIds(w, Of, of);
                WriteOptions(w, h.Base, h.Quorum);
                w.WriteEndObject();
                break;
            case WeightedRule weighted:
                w.WriteStartObject();
                w.WritePropertyName(Weighted);
                w.WriteStartObject();
                if (weighted.Weights is { } weights)
                {
                    w.WritePropertyName(Weights);
                    w.WriteStartObject();
                    foreach (var (voter, weight) in weights)
                    {
                        w.WritePropertyName(voter);
                        Elements.WriteDecimal(w, weight, "weight");
                    }

                    w.WriteEndObject();
                }
                else
                {
                    w.WriteString(By, weighted.Attribute);
                }

                w.WritePropertyName(weighted.Comparison == Comparison.AtLeast ? AtLeast : MoreThan);
                WriteThreshold(w, weighted.Threshold);
                WriteOptions(w, weighted.Base, weighted.Quorum);
                w.WriteEndObject();
                w.WriteEndObject();
                break;
            case VetoRule v:
                w.WriteStartObject();
                WriteIds(w, Veto, v.Holders);
                if (!v.AbstentionBlocks) w.WriteBoolean(AbstentionBlocks, false);
                w.WriteEndObject();
                break;
            case AllRule all:
                WriteClauses(w, All, all.Clauses);
                break;
            case AnyRule any:
                WriteClauses(w, Any, any.Clauses);
                break;
            default:
                throw new ArgumentException($"Unknown rule type {rule.GetType().Name}.", nameof(rule));
        }
    }

    private static void WriteOptions(Utf8JsonWriter w, VoteBase @base, DecisionRule? quorum)
    {
        if (@base != VoteBase.Members) w.WriteString(Base, @base == VoteBase.Present ? "present" : "presentAndVoting");
        if (quorum is not null)
        {
            w.WritePropertyName(Quorum);
            Write(w, quorum);
        }
    }

    private static void WriteClauses(Utf8JsonWriter w, string name, IReadOnlyList<DecisionRule> clauses)
    {
        w.WriteStartObject();
        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (var clause in clauses) Write(w, clause);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteIds(Utf8JsonWriter w, string name, IReadOnlyList<string> ids)
    {
        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (var id in ids) w.WriteStringValue(id);
        w.WriteEndArray();
    }

    public static void WriteThreshold(Utf8JsonWriter w, Threshold t)
    {
        switch (t.Kind)
        {
            case ThresholdKind.Count:
                Elements.WriteDecimal(w, t.Value, "threshold");
                break;
            case ThresholdKind.Percentage:
                w.WriteStringValue((t.Value.ToDecimalString() ?? throw new ArgumentException($"The percentage {t.Value} has no finite decimal expansion; write it as a fraction.", nameof(t))) + "%");
                break;
            default:
                w.WriteStringValue(t.Value.Numerator.ToString(CultureInfo.InvariantCulture) + "/" + t.Value.Denominator.ToString(CultureInfo.InvariantCulture));
                break;
        }
    }
}
