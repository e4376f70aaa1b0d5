using System.Text.Json;
using Napsm.Core.Serialization;

namespace Napsm.Core.Tests.Serialization;

/// <summary>Every rule-conformance case (reference data copied into Conformance/) has a design that loads.</summary>
public class ConformanceFileTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Conformance");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Fact]
    public void The_conformance_cases_are_present()
    {
        Assert.True(Directory.GetFiles(Folder, "*.json").Length >= 24);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_design_member_loads(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, name)));
        var designText = doc.RootElement.GetProperty("design").GetRawText();

        var loaded = DesignJson.Parse(designText, name);

        Assert.Equal("council", Assert.Single(loaded.Design.Bodies).Id);
        Assert.Equal(loaded.Design, DesignJson.Parse(DesignJson.Serialize(loaded.Design)).Design);
    }
}
