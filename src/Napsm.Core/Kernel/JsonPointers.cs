using System.Text;

namespace Napsm.Core.Kernel;

/// <summary>RFC 6901 JSON pointers and their JSON-path spelling (<c>/bodies/0/rule</c> ↔ <c>$.bodies[0].rule</c>).</summary>
internal static class JsonPointers
{
    public static string Append(string pointer, string name) => pointer + "/" + Escape(name);

    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Unescape(string token) => token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="pointer"/> is <paramref name="at"/> or lies under it (<c>""</c> holds every pointer).</summary>
    public static bool IsAtOrUnder(string pointer, string at) =>
        at.Length == 0 || string.Equals(pointer, at, StringComparison.Ordinal) ||
        (pointer.StartsWith(at, StringComparison.Ordinal) && pointer.Length > at.Length && pointer[at.Length] == '/');

    /// <summary>The pointer of the node that holds <paramref name="pointer"/>'s node: <c>/a/b</c> → <c>/a</c>, <c>/a</c> → <c>""</c> (the document).</summary>
    public static string Parent(string pointer)
    {
        int slash = pointer.LastIndexOf('/');
        return slash <= 0 ? "" : pointer[..slash];
    }

    public static IEnumerable<string> Tokens(string pointer) =>
        pointer.Length == 0 ? [] : pointer[1..].Split('/').Select(Unescape);

    /// <summary>The JSON path of a pointer. Array indices are assumed wherever a token is all digits, which is how the format's pointers arise.</summary>
    public static string ToJsonPath(string pointer)
    {
        var sb = new StringBuilder("$");
        foreach (var token in Tokens(pointer))
        {
            if (token.Length > 0 && token.Length < 10 && token.All(char.IsAsciiDigit))
            {
                sb.Append('[').Append(token).Append(']');
            }
            else if (token.Length > 0 && (char.IsAsciiLetter(token[0]) || token[0] is '_' or '$') && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$'))
            {
                sb.Append('.').Append(token);
            }
            else
            {
                sb.Append("['").Append(token.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
            }
        }

        return sb.ToString();
    }
}
