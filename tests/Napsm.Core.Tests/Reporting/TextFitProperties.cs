using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Napsm.Core.Reporting.Tables;

namespace Napsm.Core.Tests.Reporting;

/// <summary>
/// Laws of text that fits a width (<see cref="TextTable"/>): no line is wider than the width unless an id alone makes it so, nothing
/// is lost (every cell's words are in the output, a shortened name is in the legend in full), and paragraphs keep their words in order.
/// </summary>
public sealed class TextFitProperties
{
    private static readonly string[] Words =
        ["Council", "of", "the", "Northeast", "Asian", "Peace", "and", "Security", "Mechanism", "Working", "Group", "on", "Normalization",
         "Democratic", "People's", "Republic", "Korea", "中国", "Ελλάδα", "shut", "down", "seal", "Yongbyon", "1/6", "(0.1667)"];

    private static Gen<string> Text(int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(Gen.Elements(Words), n)).Select(ws => string.Join(' ', ws));

    private static Gen<string> Id => Gen.Choose(1, 14).SelectMany(n => Gen.ArrayOf(Gen.Elements("abcdefghijklmnop-".ToCharArray()), n))
        .Select(cs => "m" + new string(cs));

    private static Gen<string> Cell(ColumnKind kind) => kind switch
    {
        ColumnKind.Name => Text(1, 8),
        ColumnKind.Wrap => Text(1, 25),
        ColumnKind.Figure => Gen.Choose(0, 100000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        _ => Gen.Elements("yes", "no", "2024-01-01"),
    };

    /// <summary>One row: its id, then a cell per column kind.</summary>
    private static Gen<string[]> Row(ColumnKind[] kinds) =>
        kinds.Aggregate(Id.Select(id => new[] { id }), (row, kind) => row.SelectMany(r => Cell(kind).Select(c => (string[])[.. r, c])));

    private static Gen<ReportTable> Tables =>
        from count in Gen.Choose(1, 7)
        from kinds in Gen.ArrayOf(Gen.Elements(ColumnKind.Name, ColumnKind.Wrap, ColumnKind.Figure, ColumnKind.Short), count)
        from rows in Gen.Choose(0, 6)
        from cells in Gen.ArrayOf(Row(kinds), rows)
        select new ReportTable("t", "T",
            [TableColumn.Id("Member", "id"), .. kinds.Select((k, i) => new TableColumn("Column number " + i, k, "c" + i))],
            [.. cells.Select(r => (IReadOnlyList<TableCell>)[.. r.Select(c => new TableCell(c))])]);

    [Property(MaxTest = 300)]
    public Property A_table_fits_its_width_and_loses_no_word() =>
        Prop.ForAll(Arb.From(Tables), Arb.From(Gen.Choose(40, 160)), (table, width) =>
        {
            var text = TextTable.Write(table, width);
            var lines = text.TrimEnd('\n').Split('\n');
            var idWidth = table.Rows.Select(r => TextTable.Width(r[0].Text)).DefaultIfEmpty(0).Max();
            var fits = lines.All(l => TextTable.Width(l) <= Math.Max(width, idWidth + 2 + 24));
            var words = text.Split([' ', '\n', '…'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            var lost = table.Rows.SelectMany(r => r).SelectMany(c => c.Text.Split(' ')).Where(w => !words.Contains(w)).ToList();
            return fits.Label($"every line at most {width} cells (ids up to {idWidth})")
                .And(lost.Count == 0).Label("no word lost: " + string.Join(", ", lost.Take(5)));
        });

    [Property(MaxTest = 300)]
    public Property A_paragraph_keeps_its_words_in_order_and_wraps_only_where_it_must() =>
        Prop.ForAll(Arb.From(Text(0, 60)), Arb.From(Gen.Choose(20, 120)), (text, width) =>
        {
            var wrapped = TextTable.Paragraph(text, width, "  ", "    ");
            var lines = wrapped.TrimEnd('\n').Split('\n');
            var sameWords = string.Join(' ', wrapped.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)) == string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var fits = lines.All(l => TextTable.Width(l) <= width);

            // Greedy: a line ends only when the next word would not fit on it.
            var greedy = lines.Zip(lines.Skip(1)).All(p => TextTable.Width(p.First) + 1 + TextTable.Width(p.Second.TrimStart().Split(' ')[0]) > width);
            return sameWords.Label("the same words in the same order")
                .And(fits).Label($"every line at most {width} cells")
                .And(greedy).Label("no line could have taken the next word");
        });
}
