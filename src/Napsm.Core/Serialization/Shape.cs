using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Napsm.Core.Model;
using NodaTime;

namespace Napsm.Core.Serialization;

internal enum ShapeKind
{
    /// <summary>Checked by a converter (rules, attribute values).</summary>
    Any,
    String,
    Integer,
    Object,
    Array,
    Map,
}

/// <summary>A property of an object shape; <paramref name="Index"/> is its place in <see cref="Shape.PropertyNames"/>, a bit in the scanner's set of seen properties.</summary>
internal sealed record ShapeProperty(string Name, Shape Shape, bool Required, bool Nullable, int Index);

/// <summary>
/// What JSON the format expects at a place, derived from the serializer's metadata for the DTOs, so the scanner can report unknown,
/// missing, null and mistyped values with exact positions and messages that say what was expected.
/// </summary>
internal sealed class Shape
{
    private static readonly ConcurrentDictionary<Type, Shape> Cache = new();

    private Shape(ShapeKind kind, string expected)
    {
        Kind = kind;
        Expected = expected;
    }

    public ShapeKind Kind { get; }

    /// <summary>"a string", "an array of …": for messages.</summary>
    public string Expected { get; }

    public string What { get; private set; } = "";

    public IReadOnlyDictionary<string, ShapeProperty> Properties => PropertyMap;

    /// <summary>The properties by name, for lookups by a name the scanner has not turned into a string yet.</summary>
    public Dictionary<string, ShapeProperty>.AlternateLookup<ReadOnlySpan<char>> PropertyLookup { get; private set; } =
        new Dictionary<string, ShapeProperty>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private Dictionary<string, ShapeProperty> PropertyMap { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The bits (by <see cref="ShapeProperty.Index"/>) of the required properties.</summary>
    public ulong RequiredMask { get; private set; }

    public IReadOnlyList<string> PropertyNames { get; private set; } = [];

    public Shape? Element { get; private set; }

    public static readonly Shape AnyValue = new(ShapeKind.Any, "a value");

    public static Shape Root { get; } = For(typeof(DesignDto));

    /// <summary>The shape of a decision rule (one instance, so the scanner can recognise rule positions by reference).</summary>
    public static Shape Rule { get; } = For(typeof(DecisionRule));

    public static Shape For(Type type)
    {
        if (Cache.TryGetValue(type, out var cached)) return cached;
        type = Nullable.GetUnderlyingType(type) ?? type;
        Shape shape;
        if (type == typeof(string)) shape = new(ShapeKind.String, "a string");
        else if (type == typeof(int)) shape = new(ShapeKind.Integer, "a whole number");
        else if (type == typeof(LocalDate)) shape = new(ShapeKind.String, "a date string such as \"2007-02-13\"");
        else if (type == typeof(Period)) shape = new(ShapeKind.String, "an ISO 8601 period string such as \"P60D\"");
        else if (type == typeof(DecisionRule)) shape = new(ShapeKind.Any, "a decision rule");
        else if (type == typeof(AttributeValue)) shape = new(ShapeKind.Any, "an attribute value");
        else
        {
            var info = DesignJsonContext.Default.GetTypeInfo(type) ?? throw new InvalidOperationException($"No JSON metadata for {type}.");
            switch (info.Kind)
            {
                case JsonTypeInfoKind.Object:
                    shape = new(ShapeKind.Object, "an object");
                    Cache[type] = shape;
                    var props = new Dictionary<string, ShapeProperty>(StringComparer.Ordinal);
                    // The scanner keeps the properties it has seen in an object as bits of a ulong.
                    if (info.Properties.Count > 64) throw new InvalidOperationException($"{type} has more than 64 properties.");
                    ulong required = 0;
                    for (int i = 0; i < info.Properties.Count; i++)
                    {
                        var p = info.Properties[i];
                        props[p.Name] = new ShapeProperty(p.Name, For(p.PropertyType), p.IsRequired, p.IsSetNullable, i);
                        if (p.IsRequired) required |= 1UL << i;
                    }

                    shape.PropertyMap = props;
                    shape.PropertyLookup = props.GetAlternateLookup<ReadOnlySpan<char>>();
                    shape.RequiredMask = required;
                    shape.PropertyNames = info.Properties.Select(p => p.Name).ToList();
                    shape.What = WhatOf(type);
                    break;
                case JsonTypeInfoKind.Enumerable:
                    var element = For(info.ElementType!);
                    shape = new(ShapeKind.Array, "an array") { Element = element };
                    break;
                case JsonTypeInfoKind.Dictionary:
                    shape = new(ShapeKind.Map, "an object") { Element = For(info.ElementType!) };
                    break;
                default:
                    throw new InvalidOperationException($"No shape for {type}.");
            }
        }

        Cache[type] = shape;
        return shape;
    }

    private static string WhatOf(Type type) => type.Name switch
    {
        nameof(DesignDto) => "a design",
        nameof(EntryIntoForceDto) => "an entry-into-force condition",
        nameof(WindowDto) => "a phase window",
        nameof(WithdrawalDto) => "withdrawal terms",
        nameof(TimingDto) => "a timing constraint",
        nameof(AlignmentDto) => "an alignment",
        nameof(AmendmentDto) => "the amendment procedure",
        nameof(AmendmentEntryDto) => "an amendment entry",
        nameof(AccessionDto) => "the accession procedure",
        _ => "a " + type.Name[..^3].ToLowerInvariant(),
    };
}
