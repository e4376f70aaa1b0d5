using Napsm.Cli;

namespace Napsm.Cli.Tests;

/// <summary>Runs the CLI in-process and captures its output.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        int exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A test data file copied next to the test assembly (tests/Napsm.Cli.Tests/data).</summary>
    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "data", name);
}
