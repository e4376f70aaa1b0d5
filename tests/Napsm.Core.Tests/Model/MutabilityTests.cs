using System.Reflection;
using System.Runtime.CompilerServices;
using Napsm.Core.Model;

namespace Napsm.Core.Tests.Model;

/// <summary>The public types of the library are immutable: no public setter, no public mutable field, no unsealed class.</summary>
public class MutabilityTests
{
    private static readonly Assembly Library = typeof(Design).Assembly;

    // Builders exist to be mutated; everything else must not be.
    private static bool IsBuilder(Type t) => t.Name.EndsWith("Builder", StringComparison.Ordinal);

    public static TheoryData<string> PublicTypes()
    {
        var data = new TheoryData<string>();
        foreach (var t in Library.GetExportedTypes().Where(t => !IsBuilder(t)).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(t.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void Public_type_has_no_public_setter_or_mutable_field(string typeName)
    {
        var type = Library.GetType(typeName)!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            var setter = property.SetMethod;
            if (setter is null || !setter.IsPublic) continue;
            var isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            Assert.True(isInit, $"{typeName}.{property.Name} has a public setter.");
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            Assert.True(field.IsInitOnly || field.IsLiteral || type.IsEnum, $"{typeName}.{field.Name} is a public mutable field.");
        }
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void Public_class_is_sealed_static_or_a_closed_hierarchy_root(string typeName)
    {
        var type = Library.GetType(typeName)!;
        if (!type.IsClass || type.IsSealed) return; // structs, enums, interfaces, sealed and static classes
                // An abstract root is closed when it has an abstract member that only the library can implement.
        var closed = type.IsAbstract && type.GetMethods(BindingFlags.NonPublic | BindingFlags.Instance)
            .Any(m => m.IsAbstract && (m.IsAssembly || m.IsFamilyAndAssembly));
        Assert.True(closed || IsExtensionPoint(type), $"{typeName} can be subclassed outside the library.");
    }

    // Exceptions and user-extensible points are allowed to be derived from.
    private static bool IsExtensionPoint(Type type) => typeof(Exception).IsAssignableFrom(type);
}
