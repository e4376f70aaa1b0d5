using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Napsm.Core.Model;
using NodaTime;

namespace Napsm.Core.Serialization;

/// <summary>
/// Generates the JSON Schema (draft 2020-12) of the design-file format from the serializer's metadata for the DTOs, plus hand-written
/// definitions for what converters read (rules, thresholds, attribute values) and patterns for ids, dates, periods and references.
/// </summary>
internal static class DesignSchema
{
    // As the loader's id grammar: no combining mark first, and no Hangul filler (letters that print as blanks) anywhere.
    private const string IdChars = @"(?!\p{M})(?:(?![\u115F\u1160\u3164\uFFA0])[\p{L}\p{M}\p{Nd}_-])+";
    private const string IdPattern = "^" + IdChars + "$";
    private const string DatePattern = @"^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    private const string PeriodPattern = @"^P(?=-?[0-9])(-?[0-9]+Y)?(-?[0-9]+M)?(-?[0-9]+W)?(-?[0-9]+D)?(T(?=-?[0-9])(-?[0-9]+H)?(-?[0-9]+M)?(-?[0-9]+(\.[0-9]+)?S)?)?$|^P(-?[0-9]+Y)?(-?[0-9]+M)?(-?[0-9]+W)?(-?[0-9]+D)?T(?=-?[0-9])(-?[0-9]+H)?(-?[0-9]+M)?(-?[0-9]+(\.[0-9]+)?S)?$";
    private const string NonNegativePeriodPattern = @"^P(?=[0-9])([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+(\.[0-9]+)?S)?)?$|^P([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+(\.[0-9]+)?S)?$";

    public static string Generate()
    {
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };
        var root = (JsonObject)DesignJsonContext.Default.DesignDto.GetJsonSchemaAsNode(exporter);
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://napsm.example/schema/napsm-design.schema.json",
            ["title"] = "Napsm design file",
            ["description"] = "A design of a multilateral security institution: members, bodies and their decision rules, principles, phases, treaties and timing constraints (format 1). See docs/format.md.",
        };
        foreach (var (key, value) in root.ToList())
        {
            root.Remove(key);
            schema[key] = value;
        }

        schema["$defs"] = Definitions();
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            schema.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node)
    {
        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        bool nullable = type != context.TypeInfo.Type || (node is JsonObject o && o["type"] is JsonArray types && types.Any(t => (string?)t == "null"));
        JsonNode result = node;
        if (type == typeof(LocalDate)) result = Ref("date");
        else if (type == typeof(Period)) result = Ref("period");
        else if (type == typeof(DecisionRule)) result = Ref("rule");
        else if (type == typeof(AttributeValue)) result = Ref("attributeValue");
        else if (type == typeof(BodyDto) && context.PropertyInfo is null && node is JsonObject body)
        {
            // "rule" is required unless "decisions" gives the matters instead.
            body["anyOf"] = new JsonArray(Required("rule"), Required("decisions"));
        }

        if (context.PropertyInfo is { } property)
        {
            var provider = property.AttributeProvider;
            var text = provider?.GetCustomAttributes(typeof(TextAttribute), false).OfType<TextAttribute>().FirstOrDefault();
            if (text is not null)
            {
                var constrained = Ref(DefinitionOf(text.Kind));
                if (result is JsonObject list && list["items"] is not null) list["items"] = constrained;
                else result = constrained;
            }

            if (property.Name == "format") result = new JsonObject { ["const"] = Design.FormatVersion };
            if (property.Name == "attributes" && result is JsonObject map)
            {
                map["propertyNames"] = Ref("id");
                map["additionalProperties"] = Ref("attributeValue");
            }
            var description = provider?.GetCustomAttributes(typeof(DescriptionAttribute), false).OfType<DescriptionAttribute>().FirstOrDefault();
            if (!ReferenceEquals(result, node) && (nullable || property.IsSetNullable) && property.Name != "format")
            {
                result = new JsonObject { ["anyOf"] = new JsonArray(result, new JsonObject { ["type"] = "null" }) };
            }

            if (description is not null && result is JsonObject withDescription)
            {
                // The description goes first so that editors show it before the details.
                var copy = new JsonObject { ["description"] = description.Description };
                foreach (var (key, value) in withDescription.ToList())
                {
                    withDescription.Remove(key);
                    if (key != "description") copy[key] = value;
                }

                result = copy;
            }
        }

        return result;
    }

    private static string DefinitionOf(TextKind kind) => kind switch
    {
        TextKind.Id => "id",
        TextKind.Voter => "voter",
        TextKind.IdOrStar => "subject",
        TextKind.Reference => "reference",
        TextKind.Event => "event",
        TextKind.Date => "date",
        TextKind.Period => "period",
        TextKind.NonNegativePeriod => "nonNegativePeriod",
        TextKind.Deontic => "deontic",
        _ => "ratificationKind",
    };

    private static JsonObject Ref(string name) => new() { ["$ref"] = "#/$defs/" + name };

    private static JsonObject Definitions()
    {
        const string Count = "A count of voters (head count) or of weight (weighted quota).";
        var percentage = new JsonObject
        {
            ["description"] = "A percentage of the voters (head count) or of their total weight (weighted), at most 100%: \"55%\".",
            ["type"] = "string",
            ["pattern"] = @"^(100(\.0+)?|[0-9]{1,2}(\.[0-9]+)?)%$",
        };
        var fraction = new JsonObject
        {
            ["description"] = "A fraction of the voters or of their total weight, at most 1, with a non-zero denominator: \"2/3\".",
            ["type"] = "string",
            ["pattern"] = "^[0-9]+/[0-9]*[1-9][0-9]*$",
        };
        return new JsonObject
        {
            ["id"] = new JsonObject { ["description"] = "An id: letters of any script, digits, '-' and '_'.", ["type"] = "string", ["pattern"] = IdPattern },
            ["voter"] = new JsonObject
            {
                ["description"] = "A voter: a member id, or \"body:ID\" for a body that votes as that body decides (a compound body).",
                ["type"] = "string",
                ["pattern"] = "^(body:)?" + IdChars + "$",
            },
            ["subject"] = new JsonObject { ["description"] = "A member id, or \"*\" for every member.", ["type"] = "string", ["pattern"] = @"^(\*|" + IdChars + ")$" },
            ["reference"] = new JsonObject
            {
                ["description"] = "A reference to an element with its kind: treaty:ID, phase:ID or commitment:ID.",
                ["type"] = "string",
                ["pattern"] = "^(treaty|phase|commitment):" + IdChars + "$",
            },
            ["event"] = new JsonObject
            {
                ["description"] = "An event: PHASE.start, PHASE.end, COMMITMENT.due or TREATY.inForce.",
                ["type"] = "string",
                ["pattern"] = "^" + IdChars + @"\.(start|end|due|inForce)$",
            },
            ["date"] = new JsonObject { ["description"] = "An ISO date, yyyy-MM-dd.", ["type"] = "string", ["format"] = "date", ["pattern"] = DatePattern },
            ["period"] = new JsonObject { ["description"] = "An ISO 8601 period such as P60D, P3M or P1Y6M; components may be negative (P-5D).", ["type"] = "string", ["pattern"] = PeriodPattern },
            ["nonNegativePeriod"] = new JsonObject { ["description"] = "An ISO 8601 period such as P60D, P3M or P1Y6M, not negative.", ["type"] = "string", ["pattern"] = NonNegativePeriodPattern },
            ["deontic"] = new JsonObject { ["description"] = "What a norm does to its subject.", ["enum"] = new JsonArray("must", "mustNot", "may") },
            ["ratificationKind"] = new JsonObject { ["description"] = "What a ratification event does; ratified when absent.", ["enum"] = new JsonArray("ratified", "revoked", "withdrawn") },
            ["attributeValue"] = new JsonObject
            {
                ["description"] = "A member attribute: an exact decimal number, or an object with the value, the date it refers to and its source.",
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["type"] = "number" },
                    new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject
                        {
                            ["value"] = new JsonObject { ["description"] = "The exact decimal value.", ["type"] = "number" },
                            ["asOf"] = Described("The date the value refers to.", Ref("date")),
                            ["source"] = Described("The id of the source the value comes from.", Ref("id")),
                        },
                        ["required"] = new JsonArray("value"),
                        ["additionalProperties"] = false,
                    }),
            },
            ["base"] = new JsonObject
            {
                ["description"] = "What a threshold is a share of: every voter counted (members, the default), those present (yes, no or abstaining), or those present and voting (yes or no).",
                ["enum"] = new JsonArray("members", "present", "presentAndVoting"),
            },
            ["threshold"] = new JsonObject
            {
                ["description"] = "A threshold: a count or quota (a number), a percentage (\"55%\") or a fraction (\"2/3\") of the total weight.",
                ["anyOf"] = new JsonArray(new JsonObject { ["description"] = Count, ["type"] = "number", ["minimum"] = 0 }, percentage.DeepClone(), fraction.DeepClone()),
            },
            ["headCountThreshold"] = new JsonObject
            {
                ["description"] = "A head-count threshold: a whole number of voters, a percentage (\"55%\") or a fraction (\"2/3\") of the voters counted.",
                ["anyOf"] = new JsonArray(new JsonObject { ["description"] = "A whole number of voters.", ["type"] = "integer", ["minimum"] = 0 }, percentage, fraction),
            },
            ["weighted"] = new JsonObject
            {
                ["description"] = "A weighted quota: weights inline (naming every voter; 0 allowed) or from a member attribute, and a quota.",
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["weights"] = new JsonObject
                    {
                        ["description"] = "The weight of each voter (a member id, or \"body:ID\" for a compound voter), an exact non-negative decimal.",
                        ["type"] = "object",
                        ["propertyNames"] = Ref("voter"),
                        ["additionalProperties"] = new JsonObject { ["type"] = "number", ["minimum"] = 0 },
                    },
                    ["by"] = Described("The member attribute that gives the weights, such as population.", Ref("id")),
                    ["atLeast"] = Described("Passes when the weight in favour is at least this.", Ref("threshold")),
                    ["moreThan"] = Described("Passes when the weight in favour is more than this.", Ref("threshold")),
                    ["base"] = Described("What a share is of: members (default), present, or presentAndVoting.", Ref("base")),
                    ["quorum"] = Described("A rule over who is present, without which this rule does not pass.", Ref("rule")),
                },
                ["additionalProperties"] = false,
                ["allOf"] = new JsonArray(
                    new JsonObject { ["oneOf"] = new JsonArray(Required("weights"), Required("by")) },
                    new JsonObject { ["oneOf"] = new JsonArray(Required("atLeast"), Required("moreThan")) }),
            },
            ["rule"] = new JsonObject
            {
                ["description"] = "A decision rule: which coalitions of the voters can pass a decision. A string for the simple rules, or an object named by exactly one kind key.",
                ["anyOf"] = new JsonArray(
                    new JsonObject
                    {
                        ["description"] = "unanimity: every voter in favour; consensus: nobody objects; simpleMajority: more than half of the voters.",
                        ["enum"] = new JsonArray("unanimity", "consensus", "simpleMajority"),
                    },
                    Kind("consensusMinus", "Passes unless more than k voters object (at least n − k in favour).", new JsonObject { ["type"] = "integer", ["minimum"] = 0 }),
                    HeadCount("atLeast", "Passes when at least this many voters (of all, or of \"of\") are in favour."),
                    HeadCount("moreThan", "Passes when more than this many voters (of all, or of \"of\") are in favour."),
                    Kind("weighted", "A weighted quota.", Ref("weighted")),
                    Veto(),
                    Kind("all", "Every clause must pass.", new JsonObject { ["type"] = "array", ["items"] = Ref("rule") }),
                    Kind("any", "Any clause suffices.", new JsonObject { ["type"] = "array", ["items"] = Ref("rule") })),
            },
        };
    }

    private static JsonObject Described(string description, JsonObject schema)
    {
        var copy = new JsonObject { ["description"] = description };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            copy[key] = value;
        }

        return copy;
    }

    private static JsonObject Veto() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["veto"] = Described("The listed voters must all be in favour.", IdArray()),
            ["abstentionBlocks"] = new JsonObject
            {
                ["description"] = "Whether a holder's abstention or absence blocks (true, the default) or only a vote against does (false: the UN Security Council's practice).",
                ["type"] = "boolean",
            },
        },
        ["required"] = new JsonArray("veto"),
        ["additionalProperties"] = false,
    };

    private static JsonObject Required(string name) => new() { ["required"] = new JsonArray(name) };

    private static JsonObject IdArray() => new() { ["type"] = "array", ["items"] = Ref("id") };

    private static JsonObject Kind(string name, string description, JsonObject value) => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject { [name] = Described(description, value) },
        ["required"] = new JsonArray(name),
        ["additionalProperties"] = false,
    };

    private static JsonObject HeadCount(string name, string description) => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            [name] = Described(description, Ref("headCountThreshold")),
            ["of"] = Described("The voters counted, a non-empty subset of the voters; absent means every voter.", new JsonObject { ["type"] = "array", ["items"] = Ref("id"), ["minItems"] = 1 }),
            ["base"] = Described("What a share is of: members (default), present, or presentAndVoting.", Ref("base")),
            ["quorum"] = Described("A rule over who is present, without which this rule does not pass.", Ref("rule")),
        },
        ["required"] = new JsonArray(name),
        ["additionalProperties"] = false,
    };
}
