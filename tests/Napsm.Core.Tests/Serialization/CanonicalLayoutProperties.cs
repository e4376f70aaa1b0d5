using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Napsm.Core.Model;
using Napsm.Core.Reporting.Tables;
using Napsm.Core.Serialization;
using Napsm.Core.Testing;

namespace Napsm.Core.Tests.Serialization;

/// <summary>
/// Laws of the canonical layout (#17: short lists on one line): formatting is idempotent and deterministic, loses nothing, changes
/// only white space, and puts a list of scalars on one line exactly when that line fits in 100 columns.
/// </summary>
[Properties(Arbitrary = new[] { typeof(DesignArbitraries), typeof(LayoutArbitraries) }, MaxTest = 150)]
public class CanonicalLayoutProperties
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Property]
    public Property Formatting_a_formatted_design_changes_nothing(Design design)
    {
        var once = DesignJson.Serialize(design);
        var twice = DesignJson.Serialize(DesignJson.Parse(once));
        return (twice == once).Label("format(format(x)) == format(x)\n" + once);
    }

    [Property]
    public Property The_formatted_file_loads_as_the_same_design_whatever_the_layout_of_the_original(Design design)
    {
        var canonical = DesignJson.Serialize(design);
        // The same tokens on one line: what a hand-written or minified file might look like.
        var compact = JsonNode.Parse(canonical)!.ToJsonString(Relaxed);
        var fromCompact = DesignJson.Parse(compact);
        return (fromCompact.Design == design).Label("load(compact) == design")
            .And(DesignJson.Parse(canonical).Design == design).Label("load(format(x)) == load(x)")
            .And(DesignJson.Serialize(fromCompact) == canonical).Label("format(compact) == format(indented): the layout depends on the tokens only");
    }

    [Property]
    public Property Formatting_is_deterministic(Design design)
    {
        var first = DesignJson.Serialize(design);
        return (DesignJson.Serialize(design) == first).Label("two formats of one design give the same bytes")
            .And(!first.Contains('\r', StringComparison.Ordinal) && first.EndsWith("}\n", StringComparison.Ordinal)).Label("LF line ends and a final newline");
    }

    [Property]
    public Property Every_one_line_list_of_a_design_fits_in_100_columns(Design design)
    {
        var lines = DesignJson.Serialize(design).Split('\n');
        var wide = lines.Where(l => l.TrimEnd(',').EndsWith(']') && l.Contains('[', StringComparison.Ordinal)
                                    && TextTable.Width(l) > CanonicalLayout.MaxColumns).ToList();
        return (wide.Count == 0).Label("one-line lists wider than 100 columns:\n" + string.Join("\n", wide));
    }

    [Property]
    public Property A_list_of_scalars_is_on_one_line_exactly_when_that_line_fits(ScalarList list)
    {
        var json = list.Json();
        var laid = CanonicalLayout.Layout(System.Text.Encoding.UTF8.GetBytes(json));
        var lines = laid.Split('\n');
        var keyLine = lines.Single(l => l.TrimStart().StartsWith("\"list\":", StringComparison.Ordinal));
        var oneLine = list.OneLine();
        bool fits = TextTable.Width(oneLine) <= CanonicalLayout.MaxColumns;
        return (fits == (keyLine == oneLine)).Label($"fits: {fits}; the line is: {keyLine}; the one-line form is: {oneLine}")
            .And(fits || keyLine.TrimEnd() == list.Prefix + "[").Label("a list that does not fit opens on its key's line and wraps")
            .And(JsonNode.DeepEquals(JsonNode.Parse(laid), JsonNode.Parse(json))).Label("only white space changes")
            .And(CanonicalLayout.Layout(System.Text.Encoding.UTF8.GetBytes(laid)) == laid).Label("layout(layout(x)) == layout(x)");
    }
}

/// <summary>A list of scalars under the key <c>list</c>, <see cref="Depth"/> objects deep, followed by a sibling when <see cref="Trailing"/>.</summary>
/// <param name="Depth">How many objects enclose the list's object (0: the root's property).</param>
/// <param name="Items">The elements: strings (any text, escapes included), integers or booleans.</param>
/// <param name="Trailing">Whether another property follows the list (so its line ends with a comma).</param>
public sealed record ScalarList(int Depth, IReadOnlyList<object> Items, bool Trailing)
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The indentation and key of the list's line.</summary>
    public string Prefix => new string(' ', 2 * (Depth + 1)) + "\"list\": ";

    /// <summary>The document, written compactly.</summary>
    public string Json()
    {
        JsonNode inner = new JsonObject { ["list"] = new JsonArray([.. Items.Select(Value)]) };
        if (Trailing) inner["z"] = 1;
        for (int d = 0; d < Depth; d++) inner = new JsonObject { ["o"] = inner };
        return inner.ToJsonString(Relaxed);
    }

    /// <summary>The list's line when it is on one line.</summary>
    public string OneLine() => Prefix + "[" + string.Join(", ", Items.Select(i => Value(i)!.ToJsonString(Relaxed))) + "]" + (Trailing ? "," : "");

    private static JsonNode? Value(object item) => item switch
    {
        string s => JsonValue.Create(s),
        int n => JsonValue.Create(n),
        bool b => JsonValue.Create(b),
        _ => throw new ArgumentException("not a scalar", nameof(item)),
    };

    /// <inheritdoc/>
    public override string ToString() => $"depth {Depth}, trailing {Trailing}: {Json()}";
}

/// <summary>Lists of scalars around the 100-column boundary: short ids, names with escapes, non-ASCII and wide characters.</summary>
public static class LayoutArbitraries
{
    /// <summary>The arbitrary of <see cref="ScalarList"/>.</summary>
    public static Arbitrary<ScalarList> ScalarList()
    {
        var text = Gen.Elements("a", "cn", "us", "member-01", "say \"no\"", "Côte d’Ivoire", "朝鮮", "tab\there", "line\nbreak", "\u0001", "back\\slash", "é")
            .ArrayOf().Select(parts => string.Concat(parts));
        var item = Gen.Frequency(
            (6, text.Select(s => (object)s)),
            (1, Gen.Choose(-1000, 100000).Select(n => (object)n)),
            (1, Gen.Elements(true, false).Select(b => (object)b)));
        var gen = from depth in Gen.Choose(0, 4)
                  from count in Gen.Choose(1, 14)
                  from items in item.ArrayOf(count)
                  from trailing in Gen.Elements(true, false)
                  select new ScalarList(depth, items.ToList(), trailing);
        return gen.ToArbitrary();
    }
}
