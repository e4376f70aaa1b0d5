using System.Text;
using System.Text.Json;

namespace Napsm.Cli.Tests.Pathological;

/// <summary>
/// Every command on every design of <see cref="PathologicalCorpus"/>, in every format it has (issue 20): an exit code as documented, no
/// stack trace, output that parses in its format (JSON, SARIF, CSV, Markdown tables, DOT, HTML), no hostile name that escapes its quoting,
/// and no raw control character in text. The analyses run under a small time limit, so that the dear cases are "not computed: time
/// limit" rather than slow; a watchdog fails a command that does not return at all (a hang, not a speed figure).
/// </summary>
public class PathologicalCorpusTests
{
    private static readonly TimeSpan Watchdog = TimeSpan.FromMinutes(2);

    /// <summary>The even-numbered cases (the odd ones are in <see cref="PathologicalCorpusOddTests"/>, a class of its own so that
    /// xunit runs the two halves in parallel).</summary>
    public static TheoryData<string> Cases() => Half(0);

    internal static TheoryData<string> Half(int parity) =>
        [.. PathologicalCorpus.All.Where((_, i) => i % 2 == parity).Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_command_answers_in_every_format_with_well_formed_output(string name) => Check(name);

    internal static void Check(string name)
    {
        var @case = PathologicalCorpus.Get(name);
        var folder = Path.Combine(Path.GetTempPath(), $"napsm-patho-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "design.json");
            File.WriteAllText(file, @case.Json, new UTF8Encoding(false));
            var other = Path.Combine(folder, "other.json");
            File.WriteAllText(other, """{"format":1,"id":"other","name":"Other","members":[{"id":"m0","name":"M0"},{"id":"m1","name":"M1"}],"bodies":[{"id":"x","name":"X","voters":["m0","m1"],"rule":"unanimity"}]}""");

            var failures = new List<string>();
            foreach (var (args, format) in Commands(file, other))
            {
                var (exit, stdout, stderr) = Run(args);
                var what = string.Join(' ', args.Select(a => a == file ? "design.json" : a == other ? "other.json" : a));
                foreach (var problem in Problems(@case, format, exit, stdout, stderr)) failures.Add($"{what}: {problem}");
            }

            Assert.True(failures.Count == 0, $"{@case.Name} ({@case.Why}):\n" + string.Join("\n", failures.Take(40)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Every command line, with the format its output is in.</summary>
    private static IEnumerable<(string[] Args, string Format)> Commands(string file, string other)
    {
        string[] limit = ["--time-limit", "300ms"];
        foreach (var f in new[] { "text", "json", "sarif", "markdown", "html" }) yield return ([.. new[] { "check", file, "--format", f }, .. limit], f);
        foreach (var f in new[] { "text", "json", "html", "csv" }) yield return ([.. new[] { "power", file, "--format", f }, .. limit], f);
        foreach (var f in new[] { "text", "json", "html", "csv" }) yield return (["schedule", file, "--format", f], f);
        foreach (var f in new[] { "text", "json", "html" }) yield return (["treaty", file, "--format", f], f);
        foreach (var view in new[] { "phases", "treaties", "bodies" })
        {
            foreach (var f in new[] { "dot", "mermaid", "html" }) yield return (["graph", file, "--view", view, "--format", f], f);
        }

        foreach (var f in new[] { "text", "json", "markdown", "html", "csv" }) yield return ([.. new[] { "stake", file, "--member", "m0", "--format", f }, .. limit], f);
        foreach (var f in new[] { "text", "json", "markdown", "html", "csv" }) yield return (["diff", other, file, "--format", f], f);
        yield return (["report", file, "--member", "m0"], "html");
        yield return (["format", file], "json");
    }

    private static (int Exit, string Out, string Err) Run(string[] args)
    {
        // A thread of its own, not the thread pool: parallel tests blocking on pool tasks could starve them and look like a hang.
        (int, string, string) result = default;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { result = CliRunner.Run(args); }
            catch (Exception e) { failure = e; }
        }) { IsBackground = true };
        thread.Start();
        if (!thread.Join(Watchdog)) throw new TimeoutException($"napsm {string.Join(' ', args)} did not return within {Watchdog.TotalMinutes} minutes");
        if (failure is not null) throw new InvalidOperationException($"napsm {string.Join(' ', args)} threw", failure);
        return result;
    }

    /// <summary>What is wrong with one command's answer; nothing when it is as documented.</summary>
    private static IEnumerable<string> Problems(PathologicalCase @case, string format, int exit, string stdout, string stderr)
    {
        if (exit is < 0 or > 2) yield return $"exit code {exit}";
        if (stderr.Contains("   at ", StringComparison.Ordinal) || stderr.Contains("Exception", StringComparison.Ordinal)) yield return "a stack trace or exception on stderr: " + First(stderr);
        if (stdout.Contains("   at Napsm.", StringComparison.Ordinal)) yield return "a stack trace on stdout";
        if (!@case.Loads)
        {
            if (exit != 2) yield return $"a file that does not load gave exit code {exit}, not 2";
            if (!stderr.Contains("design.json(", StringComparison.Ordinal)) yield return "the load error does not name the file and position: " + First(stderr);
            yield break;
        }

        if (exit == 2 && stderr.Length == 0) yield return "exit code 2 with nothing on stderr";
        foreach (var p in Raw(stderr, "stderr")) yield return p;
        if (exit == 2 || stdout.Length == 0) yield break; // a command that does not apply (no body, no treaty) says so on stderr

        var problem = format switch
        {
            "json" or "sarif" => Json(stdout),
            "csv" => Csv(stdout),
            "dot" => Dot(stdout),
            "html" => Html(stdout),
            "markdown" => Markdown(stdout),
            _ => null,
        };
        if (problem is not null) yield return problem;
        if (format is "text" or "markdown" or "csv" or "dot" or "mermaid")
        {
            // CSV ends its records with CRLF (RFC 4180); nothing else may carry a carriage return.
            foreach (var p in Raw(format == "csv" ? stdout.Replace("\r\n", "\n", StringComparison.Ordinal) : stdout, "stdout")) yield return p;
        }

        if (format is "text" or "markdown" or "mermaid" or "dot" && stdout.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith("::error", StringComparison.Ordinal)) is { } forged)
        {
            yield return "a line that starts a CI annotation: " + forged;
        }
    }

    private static string First(string text) => text.Length <= 300 ? text : text[..300] + "…";

    /// <summary>Control characters, C1 controls, bidirectional overrides and zero-width characters must not reach a terminal raw.</summary>
    private static IEnumerable<string> Raw(string text, string where)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool bad = (c < ' ' && c is not '\n' and not '\t') || c is >= '\u007f' and <= '\u009f'
                || c is >= '\u200b' and <= '\u200f' || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069' || c == '\ufeff';
            if (bad)
            {
                int from = Math.Max(0, i - 40);
                yield return $"raw U+{(int)c:X4} on {where} near \"{text[from..i]}\"";
                yield break;
            }
        }
    }

    private static string? Json(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return null;
        }
        catch (JsonException e)
        {
            return "JSON that does not parse: " + e.Message;
        }
    }

    /// <summary>RFC 4180: quoted fields may hold anything, a quote inside is doubled; every record has as many fields as the header.</summary>
    private static string? Csv(string text)
    {
        var records = new List<int>();
        int fields = 1, i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length) return "CSV with an unterminated quoted field";
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { i += 2; continue; }
                        i++;
                        break;
                    }

                    i++;
                }

                if (i < text.Length && text[i] is not (',' or '\n' or '\r')) return $"CSV with text after a closing quote at {i}";
                continue;
            }

            if (text[i] == ',') fields++;
            else if (text[i] == '\n') { records.Add(fields); fields = 1; }
            else if (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) return $"CSV with a carriage return outside quotes at {i}";
            i++;
        }

        if (records.Count == 0) return null;
        var header = records[0];
        int bad = records.FindIndex(r => r != header);
        return bad < 0 ? null : $"CSV record {bad + 1} has {records[bad]} fields, the header {header}";
    }

    /// <summary>DOT: every double-quoted string closes, braces and brackets balance outside strings, and no hostile word is a token.</summary>
    private static string? Dot(string text)
    {
        int braces = 0, brackets = 0;
        var outside = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"')
                {
                    if (text[i] == '\\') i++;
                    else if (text[i] == '\n') return "DOT with a raw newline in a quoted string";
                    i++;
                }

                if (i >= text.Length) return "DOT with an unterminated string";
                outside.Append(" \"\" ");
                continue;
            }

            if (c == '<' && i + 1 < text.Length && text[i + 1] == '<') return null; // an HTML-like label: not parsed here
            if (c == '{') braces++;
            if (c == '}') braces--;
            if (c == '[') brackets++;
            if (c == ']') brackets--;
            if (braces < 0 || brackets < 0) return "DOT with a closing brace or bracket before its opening";
            outside.Append(c);
        }

        if (braces != 0 || brackets != 0) return $"DOT with unbalanced braces ({braces}) or brackets ({brackets})";
        var tokens = outside.ToString();
        foreach (var word in new[] { "evil", "cluster_evil", "onmouseover" })
        {
            if (System.Text.RegularExpressions.Regex.IsMatch(tokens, $@"\b{word}\b")) return $"DOT with '{word}' outside a quoted string";
        }

        return null;
    }

    /// <summary>HTML: one document, and no hostile markup from a name (a script, an event handler, the end of a comment) in it raw.</summary>
    private static string? Html(string text)
    {
        if (!text.TrimStart().StartsWith("<!DOCTYPE html>", StringComparison.OrdinalIgnoreCase)) return "HTML that does not start with <!DOCTYPE html>";
        if (!text.TrimEnd().EndsWith("</html>", StringComparison.OrdinalIgnoreCase)) return "HTML that does not end with </html>";
        foreach (var raw in new[] { "<script>alert(1)", "<b onmouseover", "</script><script>", "-->  <!-- end", "--> <!-- end" })
        {
            if (text.Contains(raw, StringComparison.OrdinalIgnoreCase)) return $"HTML with the raw markup '{raw}' from a name";
        }

        return null;
    }

    /// <summary>Markdown: within each table, every row has as many unescaped cell separators as its header.</summary>
    private static string? Markdown(string text)
    {
        int? columns = null;
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith('|'))
            {
                columns = null;
                continue;
            }

            // GitHub's tables split cells at every unescaped pipe, inside code spans too.
            int pipes = 0;
            for (int i = 0; i < line.Length; i++)
            {
                if (line[i] == '\\') { i++; continue; }
                if (line[i] == '|') pipes++;
            }

            columns ??= pipes;
            if (pipes != columns) return $"a Markdown table row with {pipes} separators, its header {columns}: {First(line)}";
        }

        return null;
    }
}

/// <summary>The odd-numbered cases of <see cref="PathologicalCorpus"/>, as <see cref="PathologicalCorpusTests"/> checks them.</summary>
public class PathologicalCorpusOddTests
{
    public static TheoryData<string> Cases() => PathologicalCorpusTests.Half(1);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_command_answers_in_every_format_with_well_formed_output(string name) => PathologicalCorpusTests.Check(name);
}
