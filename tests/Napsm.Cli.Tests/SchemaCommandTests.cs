using System.Text.Json;
using Napsm.Cli;
using Napsm.Core.Serialization;

namespace Napsm.Cli.Tests;

public class SchemaCommandTests
{
    [Fact]
    public void Schema_prints_the_library_schema()
    {
        var stdout = new StringWriter();
        int code = CliApp.Run(["schema"], stdout, TextWriter.Null);

        Assert.Equal(0, code);
        Assert.Equal(DesignJson.Schema, stdout.ToString());
        using var _ = JsonDocument.Parse(stdout.ToString());
    }

    [Fact]
    public void Schema_with_an_argument_is_a_command_line_error()
    {
        var stderr = new StringWriter();
        int code = CliApp.Run(["schema", "extra"], TextWriter.Null, stderr);

        Assert.Equal(2, code);
        Assert.Contains("unexpected argument 'extra'", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_help_shows_an_example()
    {
        var stdout = new StringWriter();
        int code = CliApp.Run(["schema", "--help"], stdout, TextWriter.Null);

        Assert.Equal(0, code);
        Assert.Contains("napsm schema > schema/napsm-design.schema.json", stdout.ToString(), StringComparison.Ordinal);
    }
}
