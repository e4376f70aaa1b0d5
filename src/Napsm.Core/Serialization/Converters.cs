using System.Text.Json;
using System.Text.Json.Serialization;
using Napsm.Core.Model;
using NodaTime;
using NodaTime.Text;

namespace Napsm.Core.Serialization;

/// <summary>ISO dates (<c>yyyy-MM-dd</c>) through NodaTime's ISO pattern.</summary>
internal sealed class LocalDateConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        long at = reader.TokenStartIndex;
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw LoadError.Within(at, "", "expected a date string such as \"2007-02-13\"");
        return ParseDate(text, out var problem) ?? throw LoadError.Within(at, "", problem!);
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Kernel.IsoDate.Format(value));

    internal static LocalDate? ParseDate(string text, out string? problem)
    {
        problem = null;
        var result = Kernel.IsoDate.Parse(text);
        if (result.Success && result.Value.Year >= 1) return result.Value;
        var why = result.Success
            ? "the year is before 0001; years run from 0001 to 9999"
            : text.Length > 10 && text.IndexOf('-', 1) > 4 && text[..text.IndexOf('-', 1)].TrimStart('-').All(char.IsAsciiDigit)
            ? "the year has more than four digits; years run from 0001 to 9999"
            : Explain(result.Exception);
        problem = $"date {Ids.Quote(text)} is not a valid date ({why}); expected yyyy-MM-dd, such as \"2007-02-13\"";
        return null;
    }

    internal static string Explain(Exception e)
    {
        // NodaTime's messages end with "Value being parsed: …"; the first sentence says what is wrong.
        var message = e.Message;
        int cut = message.IndexOf(". ", StringComparison.Ordinal);
        var first = cut > 0 ? message[..cut] : message.TrimEnd('.');
        return first.Length > 0 ? char.ToLowerInvariant(first[0]) + first[1..] : "unreadable";
    }
}

/// <summary>ISO 8601 periods (<c>P60D</c>, <c>P3M</c>, <c>P1Y6M</c>) through NodaTime's round-trip pattern, falling back to its normalising ISO pattern.</summary>
internal sealed class PeriodConverter : JsonConverter<Period>
{
    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        long at = reader.TokenStartIndex;
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw LoadError.Within(at, "", "expected an ISO 8601 period string such as \"P60D\"");
        return Parse(text) ?? throw LoadError.Within(at, "", $"period {Ids.Quote(text)} is not an ISO 8601 period; expected a string such as \"P60D\", \"P3M\" or \"P1Y6M\"");
    }

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) =>
        writer.WriteStringValue(PeriodPattern.Roundtrip.Format(value));

    internal static Period? Parse(string text)
    {
        var result = PeriodPattern.Roundtrip.Parse(text);
        if (result.Success) return result.Value;
        result = PeriodPattern.NormalizingIso.Parse(text);
        return result.Success ? result.Value : null;
    }
}

/// <summary>A member attribute: an exact decimal number, or <c>{ "value": n, "asOf": date, "source": id }</c>.</summary>
internal sealed class AttributeValueConverter : JsonConverter<AttributeValue>
{
    private static readonly string[] Keys = ["value", "asOf", "source"];

    public override AttributeValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        long at = reader.TokenStartIndex;
        using var doc = JsonDocument.ParseValue(ref reader);
        var e = doc.RootElement;
        try
        {
            if (e.ValueKind == JsonValueKind.Number) return new AttributeValue(Elements.Decimal(e, "", "attribute value", allowNegative: true));
            if (e.ValueKind != JsonValueKind.Object)
            {
                throw Elements.Error("", $"expected an attribute value: a number, or an object such as {{ \"value\": 1, \"asOf\": \"2020-01-01\" }}; found {Elements.Describe(e)}");
            }

            Elements.CheckKeys(e, "", Keys, "an attribute value");
            if (!e.TryGetProperty("value", out var v)) throw Elements.Error("", "missing required property \"value\" of an attribute value");
            var value = new AttributeValue(Elements.Decimal(v, "/value", "attribute value", allowNegative: true));
            if (e.TryGetProperty("asOf", out var asOf) && asOf.ValueKind != JsonValueKind.Null)
            {
                value = value with { AsOf = Elements.Date(asOf, "/asOf") };
            }

            if (e.TryGetProperty("source", out var source) && source.ValueKind != JsonValueKind.Null)
            {
                value = value with { Source = Elements.Id(source, "/source") };
            }

            return value;
        }
        catch (ElementError x)
        {
            throw LoadError.Within(at, x.Pointer, x.Message, x.AtName);
        }
    }

    public override void Write(Utf8JsonWriter writer, AttributeValue value, JsonSerializerOptions options)
    {
        if (value.AsOf is null && value.Source is null)
        {
            Elements.WriteDecimal(writer, value.Value, "attribute value");
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("value");
        Elements.WriteDecimal(writer, value.Value, "attribute value");
        if (value.AsOf is { } asOf) writer.WriteString("asOf", Kernel.IsoDate.Format(asOf));
        if (value.Source is { } source) writer.WriteString("source", source);
        writer.WriteEndObject();
    }
}

/// <summary>The decision-rule grammar (see docs/format.md): a string for the simple rules, or an object named by exactly one kind key.</summary>
internal sealed class DecisionRuleConverter : JsonConverter<DecisionRule>
{
    public override DecisionRule Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        long at = reader.TokenStartIndex;
        using var doc = JsonDocument.ParseValue(ref reader);
        try
        {
            return RuleGrammar.Read(doc.RootElement, "");
        }
        catch (ElementError x)
        {
            throw LoadError.Within(at, x.Pointer, x.Message, x.AtName);
        }
    }

    public override void Write(Utf8JsonWriter writer, DecisionRule value, JsonSerializerOptions options) => RuleGrammar.Write(writer, value);
}
