using System.Globalization;
using System.Text;
using Napsm.Core.Validation;

namespace Napsm.Core.Analysis;

/// <summary>
/// A table written as plain text that fits a width (<see cref="Reporting.Tables.TextTable"/>: names shortened with "…" and given
/// in full in a legend, free text wrapped, figures right-aligned) or as a Markdown pipe table.
/// </summary>
internal sealed class Table(params string[] headers)
{
    private readonly List<string[]> _rows = [];
    private readonly Reporting.Tables.ColumnKind[] _kinds = [.. headers.Select(_ => Reporting.Tables.ColumnKind.Id)];

    public int Count => _rows.Count;

    /// <summary>Adds a row; cells are free text, escaped here (<see cref="Reporting.FreeText"/>) so that no name can break a line or a column.</summary>
    public Table Row(params string[] cells)
    {
        _rows.Add([.. cells.Select(Reporting.FreeText.Escape)]);
        return this;
    }

    /// <summary>Says how the given columns (by index) fit a width; every column not named is an id, never cut.</summary>
    public Table As(Reporting.Tables.ColumnKind kind, params int[] columns)
    {
        foreach (var c in columns) _kinds[c] = kind;
        return this;
    }

    /// <summary>The table as text at most <paramref name="width"/> cells wide (but for unbreakable ids), each line indented.</summary>
    public void WriteText(StringBuilder sb, int width, string indent = "  ")
    {
        var columns = headers.Select((h, i) => new Reporting.Tables.TableColumn(h, _kinds[i], h)).ToList();
        var rows = _rows.Select(r => (IReadOnlyList<Reporting.Tables.TableCell>)[.. r.Select(c => new Reporting.Tables.TableCell(c))]).ToList();
        var text = Reporting.Tables.TextTable.Write(new Reporting.Tables.ReportTable("table", "", columns, rows), width - indent.Length);
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            if (line.Length > 0) sb.Append(indent).Append(line);
            sb.Append('\n');
        }
    }

    public void WriteMarkdown(StringBuilder sb)
    {
        sb.Append("| ").Append(string.Join(" | ", headers.Select(Cell))).Append(" |\n");
        sb.Append('|').Append(string.Join("|", headers.Select(_ => "---"))).Append("|\n");
        foreach (var r in _rows) sb.Append("| ").Append(string.Join(" | ", r.Select(Cell))).Append(" |\n");
    }

    /// <summary>A Markdown table cell (<see cref="Reporting.MarkdownText.Cell"/>); the row's text is already escaped for the terminal.</summary>
    internal static string Cell(string text) => Reporting.MarkdownText.Cell(text);
}

/// <summary>How analyses write numbers, names and diagnostics: exact fractions with a readable decimal, ids with names.</summary>
internal static class Show
{
    /// <summary><c>1/6 (0.1667)</c>; <c>0</c>; <c>1</c>; <c>not computed</c>.</summary>
    public static string Fraction(Rational? value)
    {
        if (value is not { } v) return "not computed";
        if (v.IsInteger) return v.ToString();
        return v + " (" + v.ToDouble().ToString("0.0000", CultureInfo.InvariantCulture) + ")";
    }

    /// <summary><c>+1/30 (+0.0333)</c>, <c>−1/6 (−0.1667)</c>, <c>0</c>.</summary>
    public static string Delta(Rational? value)
    {
        if (value is not { } v) return "not computed";
        if (v.Sign == 0) return "0";
        var sign = v.Sign > 0 ? "+" : "-";
        var abs = v.Sign > 0 ? v : -v;
        return abs.IsInteger ? sign + abs : sign + abs + " (" + sign + abs.ToDouble().ToString("0.0000", CultureInfo.InvariantCulture) + ")";
    }

    public static string YesNo(bool? value) => value switch { true => "yes", false => "no", null => "not computed" };

    public static string Named(string id, string name) =>
        string.IsNullOrEmpty(name) || string.Equals(id, name, StringComparison.Ordinal) ? id : id + " (" + name + ")";

    public static string Where(Diagnostic d)
    {
        var l = d.Location;
        if (l.Source is { } s) return (s.File is null ? "" : Path(s.File)) + "(" + s.Line.ToString(CultureInfo.InvariantCulture) + "," + s.Column.ToString(CultureInfo.InvariantCulture) + ")";
        return l.JsonPointer.Length == 0 ? "/" : l.JsonPointer;
    }

    public static string Path(string path) => path.Replace('\\', '/');

    public static void Heading(StringBuilder sb, string text, char underline)
    {
        sb.Append(text).Append('\n').Append(new string(underline, new StringInfo(text).LengthInTextElements)).Append('\n');
    }
}
