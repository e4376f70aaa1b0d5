using System.Globalization;
using System.Text;
using Napsm.Core.Validation;

namespace Napsm.Core.Analysis;

/// <summary>A table written as aligned plain text or as a Markdown pipe table.</summary>
internal sealed class Table(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public int Count => _rows.Count;

    /// <summary>Adds a row; cells are free text, escaped here (<see cref="Reporting.FreeText"/>) so that no name can break a line or a column.</summary>
    public Table Row(params string[] cells)
    {
        _rows.Add([.. cells.Select(Reporting.FreeText.Escape)]);
        return this;
    }

    public void WriteText(StringBuilder sb, string indent = "  ")
    {
        var widths = headers.Select((h, i) => Math.Max(Width(h), _rows.Count == 0 ? 0 : _rows.Max(r => Width(r[i])))).ToArray();
        Line(sb, indent, headers, widths);
        sb.Append(indent).Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        foreach (var r in _rows) Line(sb, indent, r, widths);
    }

    public void WriteMarkdown(StringBuilder sb)
    {
        sb.Append("| ").Append(string.Join(" | ", headers.Select(Cell))).Append(" |\n");
        sb.Append('|').Append(string.Join("|", headers.Select(_ => "---"))).Append("|\n");
        foreach (var r in _rows) sb.Append("| ").Append(string.Join(" | ", r.Select(Cell))).Append(" |\n");
    }

    private static void Line(StringBuilder sb, string indent, string[] cells, int[] widths)
    {
        sb.Append(indent);
        for (int i = 0; i < cells.Length; i++)
        {
            var last = i == cells.Length - 1;
            sb.Append(cells[i]);
            if (!last) sb.Append(' ', widths[i] - Width(cells[i]) + 2);
        }

        // No trailing spaces: the output is pasted into documents and compared byte for byte.
        while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        sb.Append('\n');
    }

    /// <summary>Display width: counts text elements, so that a combining mark or a surrogate pair counts once.</summary>
    private static int Width(string s) => new StringInfo(s).LengthInTextElements;

    internal static string Cell(string text) => Reporting.FreeText.Escape(text)
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal);
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

    public static string Severity(Severity s) => s switch
    {
        Validation.Severity.Error => "error",
        Validation.Severity.Warning => "warning",
        _ => "info",
    };

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
