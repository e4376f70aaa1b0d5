using Napsm.Core.Reporting.Tables;
using static Napsm.Core.Reporting.Html.HtmlBuilder;

namespace Napsm.Core.Reporting.Html;

/// <summary>
/// A <see cref="ReportTable"/> as an HTML table: a caption, column headers (<c>&lt;th scope="col"&gt;</c>), the first column as row
/// headers, numbers right-aligned with the exact fraction beside the decimal, "not computed" written out.
/// </summary>
internal static class HtmlTable
{
    public static void Write(HtmlBuilder h, ReportTable table)
    {
        h.Open("div", new Attr("class", "table-wrap"));
        h.Open("table", new Attr("class", "data"), new Attr("data-table", table.Name));
        h.Element("caption", table.Caption);
        h.Open("thead").Open("tr");
        foreach (var c in table.Columns) h.Element("th", c.Header, new Attr("scope", "col"), new Attr("class", c.Kind == ColumnKind.Figure ? "num" : null));
        h.Close("tr").Close("thead");
        h.Open("tbody");
        foreach (var row in table.Rows)
        {
            h.Open("tr");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = row[i];
                var kind = table.Columns[i].Kind;
                var tag = i == 0 ? "th" : "td";
                var cls = string.Join(' ', new[] { kind == ColumnKind.Figure ? "num" : null, cell.Number is { IsComputed: false } ? "missing" : null, cell.Class }
                    .Where(s => s is not null));
                h.Open(tag, new Attr("scope", i == 0 ? "row" : null), new Attr("class", cls.Length == 0 ? null : cls),
                    new Attr("title", cell.Number is { IsComputed: false } f0 ? f0.NotComputed : null));
                if (cell.Number is { Exact: { } exact } && !exact.IsInteger)
                {
                    h.Text(cell.Text);
                    h.Element("span", exact.ToString(), new Attr("class", "exact"));
                }
                else
                {
                    h.Text(cell.Text);
                }

                h.Close(tag);
            }

            h.Close("tr");
        }

        h.Close("tbody");
        h.Close("table");
        h.Close("div");
    }
}
