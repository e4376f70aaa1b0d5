using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Napsm.Core.Tests.Architecture;

/// <summary>
/// Which of an assembly's own types each of its types refers to: in base types, interfaces, generic constraints, field, method,
/// property and local signatures, and every type, field or method token in a method body (so a call, a field access, a cast or
/// a generic instantiation counts). Nested and compiler-generated types (closures, iterators) count as their outermost type.
/// </summary>
internal sealed class TypeReferences
{
    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    private readonly MetadataReader _reader;
    private readonly PEReader _pe;

    private TypeReferences(PEReader pe)
    {
        _pe = pe;
        _reader = pe.GetMetadataReader();
    }

    /// <summary>Every (outermost referring type, outermost referred-to type) pair of the assembly at <paramref name="path"/>, by full name.</summary>
    public static IReadOnlyList<(string From, string To)> Read(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        return new TypeReferences(pe).All();
    }

    /// <summary>
    /// Every (outermost referring type, type used, member used or null for the type itself, whether it is visible outside the
    /// assembly) for the assembly's own methods and fields used in method bodies and its own types referred to anywhere: what a rule in another assembly
    /// could not call is the invisible part.
    /// </summary>
    public static IReadOnlyList<(string From, string Type, string? Member, bool Visible)> MemberUses(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        return new TypeReferences(pe).Members();
    }

    private List<(string From, string Type, string? Member, bool Visible)> Members()
    {
        var uses = new HashSet<(string, string, string?, bool)>();
        foreach (var handle in _reader.TypeDefinitions)
        {
            var from = Name(Outermost(handle));
            var found = new HashSet<TypeDefinitionHandle>();
            var members = new HashSet<EntityHandle>();
            Collect(handle, found, members);
            foreach (var t in found) uses.Add((from, Name(t), null, TypeVisible(t)));
            foreach (var m in members)
            {
                if (m.Kind == HandleKind.MethodDefinition)
                {
                    var method = _reader.GetMethodDefinition((MethodDefinitionHandle)m);
                    var type = method.GetDeclaringType();
                    bool visible = TypeVisible(type) && (method.Attributes & MethodAttributes.MemberAccessMask) is MethodAttributes.Public;
                    uses.Add((from, Name(type), _reader.GetString(method.Name), visible));
                }
                else if (m.Kind == HandleKind.FieldDefinition)
                {
                    var field = _reader.GetFieldDefinition((FieldDefinitionHandle)m);
                    var type = field.GetDeclaringType();
                    bool visible = TypeVisible(type) && (field.Attributes & FieldAttributes.FieldAccessMask) is FieldAttributes.Public;
                    uses.Add((from, Name(type), _reader.GetString(field.Name), visible));
                }
            }
        }

        return [.. uses.OrderBy(u => u.Item1, StringComparer.Ordinal).ThenBy(u => u.Item2, StringComparer.Ordinal)
            .ThenBy(u => u.Item3, StringComparer.Ordinal)];
    }

    // A type another assembly can name: public, and nested only in public types.
    private bool TypeVisible(TypeDefinitionHandle handle)
    {
        while (true)
        {
            var type = _reader.GetTypeDefinition(handle);
            var visibility = type.Attributes & TypeAttributes.VisibilityMask;
            var declaring = type.GetDeclaringType();
            if (declaring.IsNil) return visibility == TypeAttributes.Public;
            if (visibility != TypeAttributes.NestedPublic) return false;
            handle = declaring;
        }
    }

    private List<(string From, string To)> All()
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var handle in _reader.TypeDefinitions)
        {
            var from = Name(Outermost(handle));
            var found = new HashSet<TypeDefinitionHandle>();
            Collect(handle, found);
            foreach (var to in found) pairs.Add((from, Name(Outermost(to))));
        }

        return [.. pairs.Where(p => p.Item1 != p.Item2).OrderBy(p => p.Item1, StringComparer.Ordinal).ThenBy(p => p.Item2, StringComparer.Ordinal)];
    }

    private void Collect(TypeDefinitionHandle handle, HashSet<TypeDefinitionHandle> found, HashSet<EntityHandle>? members = null)
    {
        var provider = new Collector(this, found, members);
        var type = _reader.GetTypeDefinition(handle);
        Entity(type.BaseType, provider);
        foreach (var i in type.GetInterfaceImplementations()) Entity(_reader.GetInterfaceImplementation(i).Interface, provider);
        Constraints(type.GetGenericParameters(), provider);
        foreach (var f in type.GetFields()) _reader.GetFieldDefinition(f).DecodeSignature(provider, null);
        foreach (var p in type.GetProperties()) _reader.GetPropertyDefinition(p).DecodeSignature(provider, null);
        foreach (var m in type.GetMethods())
        {
            var method = _reader.GetMethodDefinition(m);
            method.DecodeSignature(provider, null);
            Constraints(method.GetGenericParameters(), provider);
            if (method.RelativeVirtualAddress != 0) Body(_pe.GetMethodBody(method.RelativeVirtualAddress), provider);
        }
    }

    private void Constraints(GenericParameterHandleCollection parameters, Collector provider)
    {
        foreach (var g in parameters)
        {
            foreach (var c in _reader.GetGenericParameter(g).GetConstraints()) Entity(_reader.GetGenericParameterConstraint(c).Type, provider);
        }
    }

    private void Body(MethodBodyBlock body, Collector provider)
    {
        if (!body.LocalSignature.IsNil)
        {
            _reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, null);
        }

        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            short code = il.ReadByte();
            if (code == 0xFE) code = unchecked((short)(0xFE00 | il.ReadByte()));
            switch (Operands[code])
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.ReadByte();
                    break;
                case OperandType.InlineVar:
                    il.ReadInt16();
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.ReadInt64();
                    break;
                case OperandType.InlineSwitch:
                    int n = il.ReadInt32();
                    for (int i = 0; i < n; i++) il.ReadInt32();
                    break;
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    Entity(MetadataTokens.EntityHandle(il.ReadInt32()), provider);
                    break;
                default:
                    il.ReadInt32();
                    break;
            }
        }
    }

    private void Entity(EntityHandle handle, Collector provider)
    {
        if (handle.IsNil) return;
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                provider.Found.Add((TypeDefinitionHandle)handle);
                break;
            case HandleKind.TypeSpecification:
                _reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(provider, null);
                break;
            case HandleKind.FieldDefinition:
                provider.Members?.Add(handle);
                provider.Found.Add(_reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MethodDefinition:
                provider.Members?.Add(handle);
                provider.Found.Add(_reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MemberReference:
                var member = _reader.GetMemberReference((MemberReferenceHandle)handle);
                Entity(member.Parent, provider);
                if (member.GetKind() == MemberReferenceKind.Method) member.DecodeMethodSignature(provider, null);
                else member.DecodeFieldSignature(provider, null);
                break;
            case HandleKind.MethodSpecification:
                var spec = _reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                Entity(spec.Method, provider);
                spec.DecodeSignature(provider, null);
                break;
        }
    }

    private TypeDefinitionHandle Outermost(TypeDefinitionHandle handle)
    {
        while (true)
        {
            var declaring = _reader.GetTypeDefinition(handle).GetDeclaringType();
            if (declaring.IsNil) return handle;
            handle = declaring;
        }
    }

    private string Name(TypeDefinitionHandle handle)
    {
        var type = _reader.GetTypeDefinition(handle);
        var ns = _reader.GetString(type.Namespace);
        var name = _reader.GetString(type.Name);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>Decodes signatures only for their side effect: every type definition met is added to <see cref="Found"/>.</summary>
    private sealed class Collector(TypeReferences owner, HashSet<TypeDefinitionHandle> found, HashSet<EntityHandle>? members)
        : ISignatureTypeProvider<object?, object?>
    {
        public HashSet<TypeDefinitionHandle> Found { get; } = found;

        /// <summary>The assembly's own methods and fields met in method bodies, when asked for.</summary>
        public HashSet<EntityHandle>? Members { get; } = members;

        public object? GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            Found.Add(handle);
            return null;
        }

        public object? GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => null;

        public object? GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        {
            owner.Entity(handle, this);
            return null;
        }

        public object? GetArrayType(object? elementType, ArrayShape shape) => null;

        public object? GetByReferenceType(object? elementType) => null;

        public object? GetFunctionPointerType(MethodSignature<object?> signature) => null;

        public object? GetGenericInstantiation(object? genericType, ImmutableArray<object?> typeArguments) => null;

        public object? GetGenericMethodParameter(object? genericContext, int index) => null;

        public object? GetGenericTypeParameter(object? genericContext, int index) => null;

        public object? GetModifiedType(object? modifier, object? unmodifiedType, bool isRequired) => null;

        public object? GetPinnedType(object? elementType) => null;

        public object? GetPointerType(object? elementType) => null;

        public object? GetPrimitiveType(PrimitiveTypeCode typeCode) => null;

        public object? GetSZArrayType(object? elementType) => null;
    }
}
