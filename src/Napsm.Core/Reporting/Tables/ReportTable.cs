using System.Globalization;
using System.Numerics;

namespace Napsm.Core.Reporting.Tables;

/// <summary>
/// A number in a report: exact (a <see cref="Rational"/>), approximate (a double with its mark, e.g. "± 0.001"), or not computed
/// with the reason. A figure that was not computed is never shown as 0.
/// </summary>
internal readonly record struct Figure
{
    private Figure(Rational? exact, double? approximate, string? mark, string? notComputed)
    {
        Exact = exact;
        Approximate = approximate;
        Mark = mark;
        NotComputed = notComputed;
    }

    public Rational? Exact { get; }

    public double? Approximate { get; }

    /// <summary>How an approximate figure was obtained and its bound.</summary>
    public string? Mark { get; }

    /// <summary>Why the figure is absent; null when it is present.</summary>
    public string? NotComputed { get; }

    public bool IsComputed => NotComputed is null;

    /// <summary>The value to draw; null when not computed.</summary>
    public double? Value => Exact?.ToDouble() ?? Approximate;

    public static Figure Of(Rational value) => new(value, null, null, null);

    public static Figure Of(BigInteger value) => new(new Rational(value, BigInteger.One), null, null, null);

    public static Figure Approximately(double value, string mark)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "An approximation must be finite.");
        return new(null, value, mark, null);
    }

    public static Figure Missing(string reason) => new(null, null, null, reason);

    /// <summary>The exact value as a fraction (<c>1/3</c>, <c>2</c>, <c>-1/6</c>); <c>≈</c> and the mark for an approximation; "not computed" when absent.</summary>
    public string FractionText => Exact is { } r ? r.ToString()
        : Approximate is { } a ? "≈ " + Decimal(a, 6) + " (" + Mark + ")"
        : "not computed";

    /// <summary>The value rounded to <paramref name="places"/> decimals (exact rounding, half away from zero); "not computed" when absent.</summary>
    public string DecimalText(int places = 4) => Exact is { } r ? Decimal(r, places)
        : Approximate is { } a ? "≈" + Decimal(a, places)
        : "not computed";

    /// <summary>Signed decimal text (<c>+0.1250</c>, <c>−</c> as a hyphen-minus for machines): for changes.</summary>
    public string SignedDecimalText(int places = 4)
    {
        var text = DecimalText(places);
        return IsComputed && Value > 0 ? "+" + text : text;
    }

    internal static string Decimal(Rational r, int places)
    {
        var scale = BigInteger.Pow(10, places);
        var scaled = r.Numerator * scale;
        var q = BigInteger.DivRem(BigInteger.Abs(scaled), r.Denominator, out var rem);
        if (rem * 2 >= r.Denominator) q += 1;
        var negative = scaled.Sign < 0 && !q.IsZero;
        var digits = q.ToString(CultureInfo.InvariantCulture).PadLeft(places + 1, '0');
        var text = places == 0 ? digits : digits[..^places] + "." + digits[^places..];
        return negative ? "-" + text : text;
    }

    internal static string Decimal(double value, int places) =>
        Math.Round(value, places, MidpointRounding.AwayFromZero).ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}

/// <summary>How a column behaves when a table must fit a width, and how it is written in CSV.</summary>
internal enum ColumnKind
{
    /// <summary>An id or code: never shortened or wrapped (an unbreakable id may make a line longer than the width).</summary>
    Id,

    /// <summary>A name: shortened with "…" when the table is too wide, the full name given once in a legend.</summary>
    Name,

    /// <summary>Free text ("What", "Why"): wrapped onto more lines.</summary>
    Wrap,

    /// <summary>A number (<see cref="Figure"/>): right-aligned; in CSV an exact column and a decimal column.</summary>
    Figure,

    /// <summary>A short fixed text (a date, yes/no, a mark).</summary>
    Short,
}

internal sealed record TableColumn(string Header, ColumnKind Kind, string Key)
{
    public static TableColumn Id(string header, string key) => new(header, ColumnKind.Id, key);

    public static TableColumn Name(string header, string key) => new(header, ColumnKind.Name, key);

    public static TableColumn Wrap(string header, string key) => new(header, ColumnKind.Wrap, key);

    public static TableColumn Number(string header, string key) => new(header, ColumnKind.Figure, key);

    public static TableColumn Short(string header, string key) => new(header, ColumnKind.Short, key);
}

/// <summary>One cell: text, or a figure (then <see cref="Text"/> is its decimal form).</summary>
internal sealed record TableCell(string Text, Figure? Number = null, string? Class = null)
{
    public static implicit operator TableCell(string text) => new(text);

    public static TableCell Of(Figure f, int places = 4) => new(f.DecimalText(places), f);

    public static TableCell Signed(Figure f, int places = 4) => new(f.SignedDecimalText(places), f);
}

/// <summary>
/// A format-neutral table: the same figures become an HTML table beside a chart, a CSV file (RFC 4180) and a text table that fits a
/// width. <see cref="Name"/> is the machine name used by <c>--table NAME</c>.
/// </summary>
internal sealed record ReportTable
{
    public ReportTable(string name, string caption, IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<TableCell>> rows)
    {
        foreach (var row in rows)
        {
            if (row.Count != columns.Count) throw new ArgumentException($"Table {name}: a row has {row.Count} cells for {columns.Count} columns.", nameof(rows));
        }

        Name = name;
        Caption = caption;
        Columns = columns;
        Rows = rows;
    }

    public string Name { get; }

    public string Caption { get; }

    public IReadOnlyList<TableColumn> Columns { get; }

    public IReadOnlyList<IReadOnlyList<TableCell>> Rows { get; }
}
