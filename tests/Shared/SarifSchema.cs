using Json.Schema;

namespace Napsm.Tests.Shared;

/// <summary>The official SARIF 2.1.0 schema (a copy in tests/Napsm.Core.Tests/Reporting/Data), loaded for evaluation (linked into the test projects that need it).</summary>
internal static class SarifSchema
{
    /// <summary>Reads the schema at <paramref name="path"/>. It is draft-04 as published, which JsonSchema.Net does not evaluate; draft-04 and
    /// draft-07 agree on every keyword this schema uses except the name of the id keyword, so it is read as draft-07.</summary>
    public static JsonSchema Load(string path)
    {
        var text = File.ReadAllText(path)
            .Replace("\"$schema\": \"http://json-schema.org/draft-04/schema#\"", "\"$schema\": \"http://json-schema.org/draft-07/schema#\"", StringComparison.Ordinal)
            .Replace("\"id\": \"https://docs.oasis-open.org", "\"$id\": \"https://docs.oasis-open.org", StringComparison.Ordinal);
        return JsonSchema.FromText(text);
    }

    /// <summary>The schema's complaints about <paramref name="sarif"/>, one per line; empty when it is valid.</summary>
    public static string Errors(JsonSchema schema, System.Text.Json.JsonElement sarif)
    {
        var result = schema.Evaluate(sarif, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid ? "" : string.Join("\n", result.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)) ?? []);
    }
}
