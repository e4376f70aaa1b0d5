using System.Text.RegularExpressions;
using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;

namespace Napsm.Core.Tests.Validation;

/// <summary>
/// One wording convention for every descriptor and every message, decided from what most already did and now checked for all:
/// a title in sentence case without a final period; a message that starts in lower case (or with a quoted name or a placeholder)
/// and has no final period, because it is shown after "error NAPSM0102: " and may be followed by " (did you mean …?)"; help and fix
/// texts that are sentences (a capital first, a period last); and every id of the design a message names in single quotes.
/// </summary>
public partial class WordingLintTests
{
    // Words that may be capitalised inside a title: proper names and acronyms.
    private static readonly HashSet<string> ProperWords = new(StringComparer.Ordinal)
    {
        "UN", "EU", "JSON", "SARIF", "ISO", "Banzhaf", "Shapley", "Shubik", "Penrose", "Owen", "Helsinki", "Charter", "NAPSM",
    };

    [GeneratedRegex(@"[A-Za-z][\w-]*")]
    private static partial Regex Words();

    [Fact]
    public void Every_title_is_in_sentence_case_without_a_final_period()
    {
        var bad = RuleCatalog.All
            .Where(d => !char.IsUpper(d.Title[0]) || d.Title.EndsWith('.') ||
                        Words().Matches(d.Title).Skip(1).Any(w => char.IsUpper(w.Value[0]) && !ProperWords.Contains(w.Value) && !w.Value.All(char.IsUpper)))
            .Select(d => $"{d.Id}: {d.Title}")
            .ToList();
        Assert.True(bad.Count == 0, "titles not in sentence case or with a final period:\n" + string.Join("\n", bad));
    }

    [Fact]
    public void Every_message_format_starts_in_lower_case_and_has_no_final_period()
    {
        var bad = RuleCatalog.All
            .Where(d => char.IsUpper(d.MessageFormat[0]) && !Words().Match(d.MessageFormat).Value.All(char.IsUpper) || d.MessageFormat.TrimEnd().EndsWith('.'))
            .Select(d => $"{d.Id}: {d.MessageFormat}")
            .ToList();
        Assert.True(bad.Count == 0, "message formats that start in upper case or end with a period:\n" + string.Join("\n", bad));
    }

    [Fact]
    public void Every_help_and_fix_text_is_sentences()
    {
        var bad = RuleCatalog.All
            .SelectMany(d => new[] { (d.Id, "help", d.HelpText), (d.Id, "fix", d.Fix) })
            .Where(x => !char.IsUpper(x.Item3[0]) || !(x.Item3.TrimEnd().EndsWith('.') || x.Item3.TrimEnd().EndsWith(".)", StringComparison.Ordinal)))
            .Select(x => $"{x.Id} {x.Item2}: …{x.Item3[Math.Max(0, x.Item3.Length - 60)..]}")
            .ToList();
        Assert.True(bad.Count == 0, "help or fix texts that are not sentences:\n" + string.Join("\n", bad));
    }

    /// <summary>Every diagnostic of every rule case and seed, with the design it is about.</summary>
    public static IEnumerable<(Design Design, Diagnostic Diagnostic)> Reported()
    {
        var files = Directory.EnumerateFiles(Repo.Path("tests", "Napsm.Core.Tests", "Validation", "Cases"), "*.json")
            .Concat(Repo.SeedDesigns())
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!DesignJson.TryLoad(file, out var doc, out _)) continue;
            foreach (var d in new DesignValidator().Validate(doc).Diagnostics) yield return (doc.Design, d);
        }
    }

    [Fact]
    public void Every_reported_message_starts_in_lower_case_and_has_no_final_period()
    {
        var bad = Reported()
            .Select(x => x.Diagnostic)
            .Where(d => d.Message.EndsWith('.') && !d.Message.EndsWith("...", StringComparison.Ordinal) ||
                        char.IsUpper(d.Message[0]) && !Words().Match(d.Message).Value.All(char.IsUpper) && !StartsWithName(d.Message))
            .Select(d => $"{d.Id}: {d.Message}")
            .Distinct()
            .ToList();
        Assert.True(bad.Count == 0, "messages that start in upper case or end with a period:\n" + string.Join("\n", bad.Take(40)));
    }

    // A message may start with a figure's name given by the rule ("The fewest refusals …" of NAPSM0312): a capitalised analysis name.
    private static bool StartsWithName(string message) => message.StartsWith("The fewest", StringComparison.Ordinal);

    [Fact]
    public void Every_id_a_message_names_is_in_quotes()
    {
        var bad = new List<string>();
        foreach (var (design, d) in Reported())
        {
            var ids = design.Members.Select(m => m.Id).Concat(design.Bodies.Select(b => b.Id)).Concat(design.Treaties.Select(t => t.Id))
                .Concat(design.Phases.Select(p => p.Id)).Concat(design.Principles.Select(p => p.Id))
                .Where(id => id.Length >= 3 && !CommonWords.Contains(id))
                .ToHashSet(StringComparer.Ordinal);
            var unquoted = Unquoted(d.Message);
            foreach (var id in ids)
            {
                foreach (Match m in Regex.Matches(unquoted, $@"(?<![\w'.:-]){Regex.Escape(id)}(?![\w'-])"))
                {
                    bad.Add($"{d.Id}: '{id}' unquoted in: {d.Message}");
                    break;
                }
            }
        }

        Assert.True(bad.Count == 0, "ids named without quotes:\n" + string.Join("\n", bad.Distinct().Take(40)));
    }

    /// <summary>
    /// The message without what may hold an id in its own right: display names in parentheses after an id, quoted ids and rules, and
    /// principles' declarations ("declares consensus": a tag, not the principle's id).
    /// </summary>
    private static string Unquoted(string message)
    {
        var text = message;
        string before;
        do
        {
            before = text;
            text = Parenthesised().Replace(text, "");
        }
        while (text != before);
        text = QuotedSegment().Replace(text, "");
        return Declares().Replace(text, "");
    }

    [GeneratedRegex(@" ?\([^()]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"'(?:[^'\s]|'(?=\w)|\s)*?'(?!\w)")]
    private static partial Regex QuotedSegment();

    [GeneratedRegex(@"declares [\w -]+?(?=, but)")]
    private static partial Regex Declares();

    // Ids that are also ordinary words of the messages ("all", "any", "members", "council" as a word of a sentence …).
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "all", "any", "the", "and", "for", "not", "members", "body", "bodies", "phase", "phases", "treaty", "treaties", "rule", "consensus",
    };
}
