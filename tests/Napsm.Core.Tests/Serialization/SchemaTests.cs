using System.Text.Json;
using Json.Schema;
using Napsm.Core.Serialization;

namespace Napsm.Core.Tests.Serialization;

/// <summary>The committed schema matches the code, ships in the library, and accepts what the library writes.</summary>
public class SchemaTests
{
    internal static string CommittedPath
    {
        get
        {
            // The tests run from tests/Napsm.Core.Tests/bin/…; walk up to the repository root.
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Napsm.Core.sln"))) dir = dir.Parent;
            return Path.Combine(dir?.FullName ?? ".", "schema", "napsm-design.schema.json");
        }
    }

    private static readonly Lazy<JsonSchema> Committed = new(() => JsonSchema.FromText(File.ReadAllText(CommittedPath)));

    /// <summary>Whether a design file's text is valid under the committed schema, with the first errors when it is not.</summary>
    internal static (bool Valid, string Errors) Validate(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = Committed.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = result.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")) ?? [];
        return (result.IsValid, string.Join("\n", errors.Take(10)));
    }

    [Fact]
    public void The_committed_schema_is_what_the_code_generates()
    {
        var generated = DesignSchema.Generate();
        // The CLI prints the embedded (committed) schema, so a schema change is written from here: NAPSM_UPDATE_GOLDEN=1.
        if (Environment.GetEnvironmentVariable("NAPSM_UPDATE_GOLDEN") == "1") File.WriteAllText(CommittedPath, generated);
        var committed = File.Exists(CommittedPath) ? File.ReadAllText(CommittedPath).ReplaceLineEndings("\n") : "";

        Assert.True(generated == committed,
            "schema/napsm-design.schema.json differs from the schema the code generates. Regenerate it by running this test with " +
            "NAPSM_UPDATE_GOLDEN=1, then build again (the library embeds the file) and commit it.");
    }

    [Fact]
    public void The_library_ships_the_committed_schema()
    {
        Assert.Equal(File.ReadAllText(CommittedPath).ReplaceLineEndings("\n"), DesignJson.Schema);
    }

    [Fact]
    public void The_schema_is_draft_2020_12()
    {
        using var doc = JsonDocument.Parse(DesignJson.Schema);

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", doc.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Every_property_of_the_format_has_a_description()
    {
        using var doc = JsonDocument.Parse(DesignJson.Schema);
        var missing = new List<string>();
        Walk(doc.RootElement, "#");
        Assert.True(missing.Count == 0, "no description: " + string.Join(", ", missing));

        void Walk(JsonElement schema, string at)
        {
            if (schema.ValueKind != JsonValueKind.Object) return;
            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var p in properties.EnumerateObject())
                {
                    if (!p.Value.TryGetProperty("description", out _)) missing.Add(at + "/" + p.Name);
                }
            }

            foreach (var p in schema.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.Object) Walk(p.Value, at + "/" + p.Name);
                else if (p.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in p.Value.EnumerateArray()) Walk(item, at + "/" + p.Name);
                }
            }
        }
    }

    [Fact]
    public void The_conformance_designs_are_valid_under_the_schema()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Conformance"), "*.json"))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var (valid, errors) = Validate(doc.RootElement.GetProperty("design").GetRawText());
            Assert.True(valid, Path.GetFileName(file) + ": " + errors);
        }
    }

    [Theory]
    [InlineData("""{ "format": 2, "id": "d", "name": "D" }""")]
    [InlineData("""{ "format": 1, "id": "d" }""")]
    [InlineData("""{ "format": 1, "id": "a b", "name": "D" }""")]
    [InlineData("""{ "format": 1, "id": "\u3164", "name": "D" }""")]
    [InlineData("""{ "format": 1, "id": "a\uFFA0", "name": "D" }""")]
    [InlineData("""{ "format": 1, "id": "\u0301", "name": "D" }""")]
    [InlineData("""{ "format": 1, "id": "d", "name": "D", "bodies": [ { "id": "c", "name": "C", "voters": ["\u115F"], "rule": "consensus" } ] }""")]
    [InlineData("""{ "format": 1, "id": "d", "name": "D", "colour": 1 }""")]
    [InlineData("""{ "format": 1, "id": "d", "name": "D", "bodies": [ { "id": "c", "name": "C", "voters": [], "rule": { "atLeast": "150%" } } ] }""")]
    [InlineData("""{ "format": 1, "id": "d", "name": "D", "bodies": [ { "id": "c", "name": "C", "voters": [], "rule": { "atLeast": 1, "veto": [] } } ] }""")]
    [InlineData("""{ "format": 1, "id": "d", "name": "D", "bodies": [ { "id": "c", "name": "C", "voters": [], "rule": { "atLeast": "1/0" } } ] }""")]
    [InlineData("""{ "format": 1, "id": "d", "name": "D", "phases": [ { "id": "p", "name": "P", "window": { "within": "P-5D" } } ] }""")]
    [InlineData("""{ "format": 1, "id": "d", "name": "D", "phases": [ { "id": "p", "name": "P", "requires": ["member:a"] } ] }""")]
    [InlineData("""{ "format": 1, "id": "d", "name": "D", "timing": [ { "from": "p.begin", "to": "q.end" } ] }""")]
    public void The_schema_rejects_what_the_loader_rejects(string json)
    {
        Assert.False(DesignJson.TryParse(json, out _, out _));
        Assert.False(Validate(json).Valid);
    }
}
