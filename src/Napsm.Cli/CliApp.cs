using System.Globalization;

namespace Napsm.Cli;

/// <summary>Exit codes shared by every command.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>Problems found in the design (diagnostics at or above the fail-on level, an inconsistent schedule…).</summary>
    public const int ProblemsFound = 1;

    /// <summary>The input could not be read, or the command line is wrong.</summary>
    public const int BadInput = 2;
}

/// <summary>One subcommand of the napsm tool.</summary>
internal interface ICommand
{
    /// <summary>The word that selects it: <c>napsm NAME …</c>.</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>The full help text, with an example.</summary>
    string Help { get; }

    /// <summary>Runs the command with the arguments after its name.</summary>
    int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr);
}

/// <summary>The napsm entry point, callable in-process for tests.</summary>
internal static class CliApp
{
    /// <summary>Every command, in the order <c>napsm --help</c> lists them.</summary>
    internal static IReadOnlyList<ICommand> Commands { get; } =
    [
        new Commands.CheckCommand(),
        new Commands.ExplainCommand(),
        new Commands.RulesCommand(),
        new Commands.SchemaCommand(),
        new Commands.FormatCommand(),
        new Commands.PowerCommand(),
        new Commands.ScheduleCommand(),
        new Commands.TreatyCommand(),
        new Commands.GraphCommand(),
        new Commands.NewCommand(),
        new Commands.StakeCommand(),
        new Commands.DiffCommand(),
        new Commands.ReportCommand(),
    ];

    /// <summary>
    /// How long the process ran before <c>Main</c> (loading the runtime): set once by the executable, zero in-process (tests), and
    /// counted against the time limit of the analysis commands.
    /// </summary>
    internal static TimeSpan StartupTime { get; set; }

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) => Task.FromResult(Run(args, stdout, stderr));

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        // Output never depends on the machine's culture.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            if (args.Count >= 2 && Find(args[1]) is { } helped)
            {
                stdout.WriteLine(helped.Help);
                return ExitCodes.Success;
            }

            WriteUsage(stdout);
            return args.Count == 0 ? ExitCodes.BadInput : ExitCodes.Success;
        }

        if (args[0] is "--version")
        {
            stdout.WriteLine(typeof(CliApp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            return ExitCodes.Success;
        }

        var command = Find(args[0]);
        if (command is null)
        {
            stderr.WriteLine($"napsm: unknown command '{args[0]}'. Run 'napsm --help' for the list of commands.");
            return ExitCodes.BadInput;
        }

        var rest = args.Skip(1).ToArray();
        if (rest.Any(a => a is "-h" or "--help"))
        {
            stdout.WriteLine(command.Help);
            return ExitCodes.Success;
        }

        try
        {
            return command.Run(rest, stdout, stderr);
        }
        catch (CommandLineException e)
        {
            stderr.WriteLine($"napsm {command.Name}: {e.Message}");
            stderr.WriteLine($"Run 'napsm {command.Name} --help' for usage.");
            return ExitCodes.BadInput;
        }
    }

    private static ICommand? Find(string name) => Commands.FirstOrDefault(c => c.Name == name);

    private static void WriteUsage(TextWriter stdout)
    {
        stdout.WriteLine("napsm — design and check multilateral security institutions");
        stdout.WriteLine();
        stdout.WriteLine("Usage: napsm COMMAND [options]   (napsm COMMAND --help for details)");
        stdout.WriteLine();
        stdout.WriteLine("Commands:");
        foreach (var c in Commands)
        {
            stdout.WriteLine($"  {c.Name,-10} {c.Summary}");
        }

        stdout.WriteLine();
        stdout.WriteLine("Exit codes: 0 success, 1 problems found in the design, 2 unreadable input or wrong command line.");
    }
}

/// <summary>A wrong command line: reported with usage, exit code 2.</summary>
internal sealed class CommandLineException(string message) : Exception(message);
