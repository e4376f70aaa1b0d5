using System.Globalization;
using System.Text;

namespace Napsm.Core.Reporting.Html;

/// <summary>
/// Writes well-formed HTML (and inline SVG): every element opened is closed in order, void elements are self-closed, and every
/// string from a design goes through <see cref="HtmlText"/>. Tag and attribute names come from our code only (checked). Output uses
/// <c>\n</c> line ends and invariant numbers, so the same calls give the same bytes.
/// </summary>
internal sealed class HtmlBuilder
{
    private readonly StringBuilder _sb = new();
    private readonly Stack<string> _open = new();
    private int _ids;

    /// <summary>An attribute; a null value leaves the attribute out.</summary>
    internal readonly record struct Attr(string Name, string? Value);

    /// <summary>The depth of open elements.</summary>
    public int Depth => _open.Count;

    /// <summary>A fresh id, unique in this document (<c>prefix-1</c>, <c>prefix-2</c> …), deterministic.</summary>
    public string NewId(string prefix) => prefix + "-" + (++_ids).ToString(CultureInfo.InvariantCulture);

    public HtmlBuilder Open(string tag, params ReadOnlySpan<Attr> attrs)
    {
        StartTag(tag, attrs);
        _sb.Append('>');
        _open.Push(tag);
        return this;
    }

    public HtmlBuilder Close(string tag)
    {
        if (_open.Count == 0 || _open.Peek() != tag)
            throw new InvalidOperationException($"Closing <{tag}> but <{(_open.Count == 0 ? "(none)" : _open.Peek())}> is open.");
        _open.Pop();
        _sb.Append("</").Append(tag).Append('>');
        if (IsBlock(tag)) _sb.Append('\n');
        return this;
    }

    /// <summary>An element with text content only.</summary>
    public HtmlBuilder Element(string tag, string text, params ReadOnlySpan<Attr> attrs)
    {
        StartTag(tag, attrs);
        _sb.Append('>').Append(HtmlText.Content(text)).Append("</").Append(tag).Append('>');
        if (IsBlock(tag)) _sb.Append('\n');
        return this;
    }

    /// <summary>An element with no content, self-closed (<c>&lt;rect … /&gt;</c>, <c>&lt;meta … /&gt;</c>).</summary>
    public HtmlBuilder Empty(string tag, params ReadOnlySpan<Attr> attrs)
    {
        StartTag(tag, attrs);
        _sb.Append(" />");
        if (IsBlock(tag) || tag is "meta" or "rect" or "line" or "path" or "circle" or "polyline" or "polygon") _sb.Append('\n');
        return this;
    }

    public HtmlBuilder Text(string text)
    {
        _sb.Append(HtmlText.Content(text));
        return this;
    }

    /// <summary>Markup from our own code (the style sheet); never a user string.</summary>
    internal HtmlBuilder Trusted(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    public HtmlBuilder Line()
    {
        _sb.Append('\n');
        return this;
    }

    public override string ToString()
    {
        if (_open.Count > 0) throw new InvalidOperationException($"<{_open.Peek()}> is still open.");
        return _sb.ToString();
    }

    /// <summary>A coordinate or length: at most two decimals, invariant, no exponent, no negative zero.</summary>
    public static string Num(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "Not a finite coordinate.");
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0; // no "-0"
        return rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    private void StartTag(string tag, ReadOnlySpan<Attr> attrs)
    {
        CheckName(tag);
        _sb.Append('<').Append(tag);
        foreach (var a in attrs)
        {
            if (a.Value is null) continue;
            CheckName(a.Name);
            if (a.Name.StartsWith("on", StringComparison.Ordinal)) throw new InvalidOperationException("No event handlers: " + a.Name);
            _sb.Append(' ').Append(a.Name).Append("=\"").Append(HtmlText.Attribute(a.Value)).Append('"');
        }
    }

    private static void CheckName(string name)
    {
        if (name.Length == 0) throw new ArgumentException("Empty name.", nameof(name));
        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or ':'))
                throw new ArgumentException("Not a tag or attribute name: " + name, nameof(name));
        }
    }

    private static bool IsBlock(string tag) => tag is "html" or "head" or "body" or "header" or "main" or "footer" or "nav" or "section"
        or "h1" or "h2" or "h3" or "h4" or "p" or "ul" or "ol" or "li" or "table" or "caption" or "thead" or "tbody" or "tr" or "figure"
        or "figcaption" or "div" or "svg" or "g" or "title" or "desc" or "style" or "dl" or "dt" or "dd" or "details" or "summary" or "text";
}
