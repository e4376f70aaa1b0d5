using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Napsm.Core.Reporting;

namespace Napsm.Core.Tests.Reporting;

/// <summary>
/// Graph labels are wrapped in one pass (#20: a rule of 20,000 clauses is a megabyte of label, and copying the rest of the line at
/// every break took seconds): the wrapping is the one it always was, stated by the plain definition below.
/// </summary>
public class GraphLabelWrapProperties
{
    /// <summary>The definition: cut each line at its last space within the width, as long as the rest is too long and a space exists.</summary>
    private static string Reference(string text, int width)
    {
        var lines = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var rest = line;
            var parts = new List<string>();
            while (rest.Length > width)
            {
                int cut = rest.LastIndexOf(' ', width);
                if (cut <= 0) break;
                parts.Add(rest[..cut].TrimEnd());
                rest = rest[(cut + 1)..];
            }

            parts.Add(rest);
            lines.Add(string.Join("\n", parts));
        }

        return string.Join("\n", lines);
    }

    private static readonly Gen<string> Texts = Gen.ArrayOf(Gen.Elements('a', 'b', ' ', ' ', ',', '\n', 'x')).Select(cs => new string(cs));

    [Property(MaxTest = 500)]
    public Property Wrapping_is_the_definition_at_every_width() =>
        Prop.ForAll(Arb.From(Texts), Arb.From(Gen.Choose(1, 12)), (text, width) =>
            (GraphBuilder.Wrap(text, width) == Reference(text, width)).Label($"width {width}: \"{text}\""));

    [Property(MaxTest = 200)]
    public Property Wrapping_keeps_every_word_in_order() =>
        Prop.ForAll(Arb.From(Texts), text =>
        {
            static string Words(string s) => string.Join(" ", s.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
            return (Words(GraphBuilder.Wrap(text, 5)) == Words(text)).Label($"\"{text}\"");
        });

    [Fact]
    public void A_megabyte_label_is_wrapped_into_lines_of_at_most_the_width()
    {
        var text = string.Join(" ", Enumerable.Repeat("atLeast 3 of [m0, m1, m2],", 40_000));
        var wrapped = GraphBuilder.Wrap(text);
        Assert.All(wrapped.Split('\n'), line => Assert.True(line.Length <= 60, line));
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), wrapped.Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal));
    }
}
