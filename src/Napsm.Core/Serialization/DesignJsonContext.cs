using System.Text.Json;
using System.Text.Json.Serialization;

namespace Napsm.Core.Serialization;

// Internal on purpose: a public context would put every generated JsonTypeInfo on the public API.
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Strict,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    Converters = [typeof(LocalDateConverter), typeof(PeriodConverter), typeof(DecisionRuleConverter), typeof(AttributeValueConverter)])]
[JsonSerializable(typeof(DesignDto))]
internal sealed partial class DesignJsonContext : JsonSerializerContext;
