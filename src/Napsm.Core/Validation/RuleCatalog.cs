namespace Napsm.Core.Validation;

/// <summary>
/// The catalogue of built-in rules: every descriptor, ordered by id. Ids are stable and never reused; the release-tracking files
/// <c>RuleReleases.Shipped.md</c> and <c>RuleReleases.Unshipped.md</c> list them.
/// </summary>
public static class RuleCatalog
{
    /// <summary>Every built-in descriptor, ordered by id.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = Napsm.Core.Model.ValueList<DiagnosticDescriptor>.From(BuiltIn.Collect());

    /// <summary>The built-in descriptor with an id (exact, ordinal).</summary>
    /// <param name="id">The id, such as <c>NAPSM0202</c>.</param>
    /// <param name="descriptor">The descriptor, when found.</param>
    /// <returns>Whether it was found.</returns>
    public static bool TryFind(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DiagnosticDescriptor? descriptor)
    {
        descriptor = All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));
        return descriptor is not null;
    }

    /// <summary>The catalogue id closest to a mistyped one, for "did you mean"; <see langword="null"/> when none is close.</summary>
    /// <param name="id">The mistyped id.</param>
    /// <returns>The closest id, or <see langword="null"/>.</returns>
    public static string? Suggest(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var upper = id.Trim().ToUpperInvariant();
        if (upper.Length > 0 && upper.All(char.IsAsciiDigit)) upper = "NAPSM" + upper.PadLeft(4, '0');
        return TryFind(upper, out var exact) ? exact.Id : Text.Closest(upper, All.Select(d => d.Id));
    }
}

/// <summary>The built-in descriptors, one field per id, split by area into partial files.</summary>
internal static partial class BuiltIn
{
    // Read from another class's initializer, so that every partial file's fields are initialised first.
    internal static DiagnosticDescriptor[] Collect() => typeof(BuiltIn)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToArray();

    private static DiagnosticDescriptor D(string id, string title, string category, Severity severity, string format, string help, string fix, string example) =>
        new(id, title, category, severity, format, help, fix, example);
}
