using System.Text;
using Napsm.Core.Reporting.Html;

namespace Napsm.Core.Reporting.Tables;

/// <summary>
/// Writes a <see cref="ReportTable"/> as CSV (RFC 4180): a header row, CRLF line ends, a field quoted when it holds a comma, a
/// quote, or starts or ends with a space, quotes doubled. Each number column becomes two: the exact fraction (<c>1/3</c>) and the
/// decimal (<c>0.333333</c>, six places); a figure that was not computed has an empty decimal and <c>not computed: why</c> as its
/// exact text. No user string can break a row: control characters and line breaks are shown as <c>\uXXXX</c> (<see cref="FreeText.Escape"/>), and a text cell
/// that a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>) is prefixed with <c>'</c>.
/// </summary>
internal static class CsvTable
{
    public const int DecimalPlaces = 6;

    public static string Write(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        var first = true;
        foreach (var c in table.Columns)
        {
            if (c.Kind == ColumnKind.Figure)
            {
                Field(sb, c.Header, ref first, text: true);
                Field(sb, c.Header + " (decimal)", ref first, text: true);
            }
            else
            {
                Field(sb, c.Header, ref first, text: true);
            }
        }

        sb.Append("\r\n");
        foreach (var row in table.Rows)
        {
            first = true;
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var cell = row[i];
                if (table.Columns[i].Kind != ColumnKind.Figure)
                {
                    Field(sb, cell.Text, ref first, text: true);
                    continue;
                }

                if (cell.Number is not { } f)
                {
                    Field(sb, cell.Text, ref first, text: true);
                    Field(sb, "", ref first, text: false);
                }
                else if (f.Exact is { } exact)
                {
                    Field(sb, exact.ToString(), ref first, text: false);
                    Field(sb, Figure.Decimal(exact, DecimalPlaces), ref first, text: false);
                }
                else if (f.Approximate is { } a)
                {
                    Field(sb, "approximate: " + f.Mark, ref first, text: true);
                    Field(sb, Figure.Decimal(a, DecimalPlaces), ref first, text: false);
                }
                else
                {
                    Field(sb, "not computed: " + f.NotComputed, ref first, text: true);
                    Field(sb, "", ref first, text: false);
                }
            }

            sb.Append("\r\n");
        }

        return sb.ToString();
    }

    private static void Field(StringBuilder sb, string value, ref bool first, bool text)
    {
        if (!first) sb.Append(',');
        first = false;
        var v = HtmlText.Visible(value);
        if (text && v.Length > 0 && v[0] is '=' or '+' or '-' or '@') v = "'" + v;
        var quote = v.Contains(',', StringComparison.Ordinal) || v.Contains('"', StringComparison.Ordinal) || (v.Length > 0 && (v[0] == ' ' || v[^1] == ' '));
        if (!quote)
        {
            sb.Append(v);
            return;
        }

        sb.Append('"').Append(v.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
