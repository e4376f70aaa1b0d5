using Napsm.Cli;

namespace Napsm.Cli.Tests;

public class FormatCommandTests
{
    private static string Data(string name) => CliRunner.Data(name);

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    private static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), "napsm-format-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Format_round_trips_the_hand_written_UN_Security_Council_byte_for_byte()
    {
        var (code, output, error) = Run("format", Data("unsc.json"));

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(File.ReadAllText(Data("unsc.json")), output);
    }

    [Fact]
    public void Format_writes_the_canonical_form_to_standard_output()
    {
        var path = TempFile("""{ "name": "D", "id": "d", "format": 1, "issueAreas": [], "description": null }""");
        try
        {
            var (code, output, _) = Run("format", path);

            Assert.Equal(0, code);
            Assert.Equal("{\n  \"format\": 1,\n  \"id\": \"d\",\n  \"name\": \"D\"\n}\n", output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Format_in_place_rewrites_the_file_and_prints_nothing()
    {
        var path = TempFile("""{ "name": "D", "id": "d", "format": 1 }""");
        try
        {
            var (code, output, _) = Run("format", path, "--in-place");

            Assert.Equal(0, code);
            Assert.Equal("", output);
            Assert.Equal("{\n  \"format\": 1,\n  \"id\": \"d\",\n  \"name\": \"D\"\n}\n", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Format_reports_a_load_error_on_standard_error_with_file_line_and_column_and_exit_code_2()
    {
        var path = TempFile("{\n  \"format\": 1,\n  \"id\": \"d\",\n  \"name\": \"D\",\n  \"colour\": \"blue\"\n}\n");
        try
        {
            var (code, output, error) = Run("format", path);

            Assert.Equal(2, code);
            Assert.Equal("", output);
            Assert.StartsWith($"{path}(5,3): error: unknown property \"colour\" in a design; expected one of", error, StringComparison.Ordinal);
            Assert.EndsWith(" at $.colour\n", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Format_in_place_leaves_a_file_that_does_not_load_untouched()
    {
        const string Broken = "{ \"format\": 1, \"id\": \"d\" ";
        var path = TempFile(Broken);
        try
        {
            var (code, _, _) = Run("format", path, "--in-place");

            Assert.Equal(2, code);
            Assert.Equal(Broken, File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Format_of_a_missing_file_is_an_input_error()
    {
        var (code, _, error) = Run("format", "no-such-file.json");

        Assert.Equal(2, code);
        Assert.StartsWith("no-such-file.json(1,1): error: cannot read the file", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("a.json", "b.json")]
    [InlineData("a.json", "--sideways")]
    public void Format_with_a_wrong_command_line_exits_with_2_and_usage(params string[] rest)
    {
        var (code, _, error) = Run(["format", .. rest]);

        Assert.Equal(2, code);
        Assert.Contains("napsm format --help", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_help_shows_an_example()
    {
        var (code, output, _) = Run("format", "--help");

        Assert.Equal(0, code);
        Assert.Contains("Example:", output, StringComparison.Ordinal);
        Assert.Contains("--in-place", output, StringComparison.Ordinal);
    }
}
