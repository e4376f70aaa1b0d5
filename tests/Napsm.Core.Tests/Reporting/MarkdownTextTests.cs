using Napsm.Core.Reporting;

namespace Napsm.Core.Tests.Reporting;

/// <summary>Markdown escaping (#17): a cell's text can neither end its cell or row nor lose a backslash.</summary>
public class MarkdownTextTests
{
    /// <summary>The cells of a GFM table row as cmark-gfm splits them: a pipe ends a cell unless a backslash is right before it.</summary>
    private static int Cells(string row)
    {
        int cells = 0;
        for (int i = 1; i < row.Length; i++)
        {
            if (row[i] == '|' && row[i - 1] != '\\') cells++;
        }

        return cells;
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("ends in \\", "ends in \\\\")]
    [InlineData("a\\|b", "a\\\\\\|b")]
    [InlineData("line\nbreak", "line\\\\u000Abreak")]
    [InlineData("cr\rhere", "cr\\\\u000Dhere")]
    [InlineData("<b>&", "&lt;b&gt;&amp;")]
    [InlineData("Côte d’Ivoire 朝鮮", "Côte d’Ivoire 朝鮮")]
    public void A_cell_escapes_pipes_backslashes_control_characters_and_html(string text, string cell)
    {
        Assert.Equal(cell, MarkdownText.Cell(text));
    }

    [Theory]
    [InlineData("a|b")]
    [InlineData("a\\")]
    [InlineData("a\\|b")]
    [InlineData("\\\\|\\")]
    [InlineData("x\ny|z")]
    public void A_row_of_escaped_cells_keeps_its_number_of_cells(string text)
    {
        var row = "| " + MarkdownText.Cell(text) + " | " + MarkdownText.Code(text) + " | end |";

        Assert.Equal(3, Cells(row));
        Assert.DoesNotContain('\n', row);
    }

    [Fact]
    public void A_code_span_escapes_only_the_pipe_and_keeps_backslashes_literal()
    {
        Assert.Equal("`a\\|b`", MarkdownText.Code("a|b"));
        Assert.Equal("`C:\\x`", MarkdownText.Code("C:\\x"));
        Assert.Equal("`a&b`", MarkdownText.Code("a&b"));
    }

    [Fact]
    public void Text_that_no_code_span_of_a_cell_can_hold_is_written_as_escaped_text()
    {
        Assert.Equal("a\\\\\\|b", MarkdownText.Code("a\\|b"));
        Assert.Equal("a`b", MarkdownText.Code("a`b"));
    }

    [Fact]
    public void Check_stake_and_diff_cells_use_the_same_escaping()
    {
        const string Text = "x\\|y\n";

        Assert.Equal(MarkdownText.Cell(Text), MarkdownReport.Cell(Text));
        Assert.Equal(MarkdownText.Cell(Text), Napsm.Core.Analysis.Table.Cell(Text));
    }

    [Fact]
    public void A_fence_is_longer_than_any_run_of_backticks_in_the_block()
    {
        var sb = new System.Text.StringBuilder();
        MarkdownText.Fenced(sb, "a ```` b\n");

        Assert.Equal("`````text\na ```` b\n`````\n", sb.ToString());
    }
}
