using System.Text.RegularExpressions;
using Napsm.Core.Testing.Tests.Snippets;

namespace Napsm.Core.Testing.Tests;

/// <summary>The documents' C# blocks are the snippets of DocSnippets.cs, which compiles; the runnable ones run here.</summary>
public partial class DocSnippetTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Napsm.Core.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Napsm.Core.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^[ \t]*// snippet: (?<doc>\S+)\n(?<code>.*?)^[ \t]*// end snippet\n", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex SnippetRegion();

    [GeneratedRegex(@"^```csharp\n(?<code>.*?)^```\n", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CsharpBlock();

    /// <summary>Every region of DocSnippets.cs: the document it belongs to and its code, dedented.</summary>
    private static List<(string Doc, string Code)> Snippets()
    {
        var source = File.ReadAllText(Path.Combine(Root, "tests", "Napsm.Core.Testing.Tests", "DocSnippets.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);
        return SnippetRegion().Matches(source).Select(m => (m.Groups["doc"].Value, Dedent(m.Groups["code"].Value))).ToList();
    }

    private static string Dedent(string code)
    {
        var lines = code.Split('\n')[..^1];
        int indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Concat(lines.Select(l => (l.Length >= indent ? l[indent..] : l.TrimStart()) + "\n"));
    }

    private static string Doc(string relative) => File.ReadAllText(Path.Combine(Root, relative)).Replace("\r\n", "\n", StringComparison.Ordinal);

    public static TheoryData<string> Documents() => ["README.md", "docs/testing.md"];

    [Fact]
    public void DocSnippets_has_snippets_for_both_documents()
    {
        var docs = Snippets().Select(s => s.Doc).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["README.md", "docs/testing.md"], docs);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_snippet_appears_verbatim_in_its_document(string document)
    {
        var text = Doc(document);
        foreach (var (_, code) in Snippets().Where(s => s.Doc == document))
        {
            Assert.True(text.Contains("```csharp\n" + code + "```\n", StringComparison.Ordinal), $"{document} lacks this snippet verbatim:\n{code}");
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_csharp_block_of_the_document_is_a_compiled_snippet(string document)
    {
        var snippets = Snippets().Where(s => s.Doc == document).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var blocks = CsharpBlock().Matches(Doc(document)).Select(m => m.Groups["code"].Value).ToList();
        Assert.NotEmpty(blocks);
        foreach (var block in blocks) Assert.True(snippets.Contains(block), $"{document} has a C# block that is not in DocSnippets.cs:\n{block}");
    }

    [Fact]
    public void README_assertion_snippet_passes_on_the_seed() => ReadmeSnippets.Assertions();

    [Fact]
    public void README_library_snippet_runs_on_the_seed() => ReadmeSnippets.Library();

    [Fact]
    public void README_stake_snippet_runs_on_the_seeds() => ReadmeSnippets.Stake();

    [Fact]
    public void Testing_doc_failure_message_is_the_one_DesignAssert_gives()
    {
        var e = Assert.Throws<DesignAssertionException>(ReadmeSnippets.FailingDesign);
        Assert.Contains("```text\n" + e.Message + "\n```\n", Doc("docs/testing.md"), StringComparison.Ordinal);
    }
}
