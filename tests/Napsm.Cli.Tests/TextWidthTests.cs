namespace Napsm.Cli.Tests;

/// <summary>
/// Text output fits 100 columns (issue 18: "text tables fit 100 columns"): every text report of every seed — power, schedule, treaty,
/// stake and diff — has no line wider than 100 terminal cells, except a line that holds an unbreakable token (an id or an exact
/// fraction wider than 40 cells, which cannot be shortened without changing what it says).
/// </summary>
public sealed class TextWidthTests
{
    private const int Width = 100;

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var s in RepoPaths.Seeds()) data.Add(Path.GetFileName(s));
        return data;
    }

    private static string Seed(string name) => RepoPaths.Of("seeds", name);

    /// <summary>Terminal cells, counted independently of the library: wide East Asian characters 2, combining marks 0.</summary>
    private static int Cells(string line)
    {
        var n = 0;
        foreach (var r in line.EnumerateRunes())
        {
            var cat = System.Text.Rune.GetUnicodeCategory(r);
            if (cat is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark
                or System.Globalization.UnicodeCategory.Format) continue;
            n += r.Value is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF)
                or (>= 0xFF00 and <= 0xFF60) or (>= 0x20000 and <= 0x3FFFD) ? 2 : 1;
        }

        return n;
    }

    /// <summary>The lines wider than the width that hold no token too long to break.</summary>
    private static List<string> TooWide(string text) =>
        [.. text.Split('\n').Where(l => Cells(l) > Width && !l.Split(' ').Any(t => Cells(t) > 40))];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_text_report_of_a_seed_fits_100_columns(string seed)
    {
        var file = Seed(seed);
        var runs = new List<string[]>
        {
            new[] { "power", file, "--time-limit", "2s" },
            new[] { "schedule", file },
            new[] { "treaty", file },
            new[] { "stake", file, "--member", "us" },
            new[] { "diff", Seed("napsm-a-evolved-six-party.json"), file },
        };
        foreach (var args in runs)
        {
            var (_, output, _) = CliRunner.Run(args);
            var wide = TooWide(output);
            Assert.True(wide.Count == 0, $"napsm {args[0]} {seed}: {wide.Count} lines over {Width} columns, first: {wide.FirstOrDefault()}");
        }
    }

    [Fact]
    public void The_stake_report_of_the_napsm_alternatives_fits_and_names_every_shortened_name_in_a_legend()
    {
        var (exit, output, _) = CliRunner.Run("stake", Seed("napsm-a-evolved-six-party.json"), Seed("napsm-b-osce-like.json"),
            Seed("napsm-c-treaty-organisation.json"), "--member", "kp");
        Assert.Equal(0, exit);
        Assert.All(output.Split('\n'), l => Assert.True(Cells(l) <= Width, l));

        // Shortened names end with "…" and each appears in full in the legend below its table, keyed by the body's id.
        Assert.Contains("Names shortened above:", output, StringComparison.Ordinal);
        Assert.Contains("committee-security = Standing Committee on Peace and Security (military confidence-building)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, 100)]
    [InlineData("80", null, 80)]
    [InlineData("80", 120, 80)]
    [InlineData(null, 132, 132)]
    [InlineData("abc", 90, 90)]
    [InlineData("10", null, 100)]
    [InlineData("-80", null, 100)]
    [InlineData(" 80", null, 100)]
    [InlineData(null, 0, 100)]
    public void The_width_is_columns_else_the_terminal_else_100(string? columns, int? console, int expected)
    {
        Assert.Equal(expected, Terminal.ChooseWidth(columns, console));
    }

    [Fact]
    public void A_test_writer_always_gets_100_whatever_the_environment()
    {
        Assert.Equal(100, Terminal.Width(new StringWriter()));
    }
}
