using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
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

/// <summary>
/// The napsm entry point, callable in-process for tests. The command line is parsed by System.CommandLine (typed options, generated
/// help, response files <c>@FILE</c>, completion through <c>dotnet-suggest</c>); usage errors are ours: <c>napsm NAME: message</c> on
/// standard error with "did you mean" for a mistyped command or option, and exit code 2.
/// </summary>
internal static class CliApp
{
    /// <summary>The width every help text is written to.</summary>
    internal const int HelpWidth = 100;

    /// <summary>New instances of every command, in the order <c>napsm --help</c> lists them. Adding a command: one line here.</summary>
    internal static NapsmCommand[] Create() =>
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
        new Commands.EvolveCommand(),
        new Commands.ReportCommand(),
    ];

    /// <summary>Every command, for its name, summary and help (a run parses with instances of its own).</summary>
    internal static IReadOnlyList<NapsmCommand> Commands { get; } = Create();

    /// <summary>
    /// How long the process ran before <c>Main</c> (loading the runtime): set once by the executable, zero in-process (tests), and
    /// counted against the time limit of the analysis commands.
    /// </summary>
    internal static TimeSpan StartupTime { get; set; }

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) => Task.FromResult(Run(args, stdout, stderr));

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        // Output never depends on the machine's culture (System.CommandLine's own messages included).
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        if (args.Count == 0 || args[0] is "-h" or "--help" or "-?" or "help")
        {
            if (args.Count >= 2 && Commands.FirstOrDefault(c => c.Name == args[1]) is { } helped)
            {
                stdout.Write(helped.Help);
                return ExitCodes.Success;
            }

            if (args.Count >= 2)
            {
                UnknownCommand(args[1], stderr);
                return ExitCodes.BadInput;
            }

            WriteUsage(stdout);
            return args.Count == 0 ? ExitCodes.BadInput : ExitCodes.Success;
        }

        if (args[0] is "--version")
        {
            stdout.WriteLine(Version);
            return ExitCodes.Success;
        }

        var commands = Create();
        var root = Root(commands);
        var parsed = root.Parse(args);

        // [suggest] (dotnet-suggest's completion) and the like: System.CommandLine answers them itself.
        if (parsed.Action is { } action && action.GetType().Namespace == typeof(SuggestDirective).Namespace)
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        }

        var command = commands.FirstOrDefault(c => ReferenceEquals(c.Definition, parsed.CommandResult.Command));
        if (command is null)
        {
            // No command matched: the first word is a typo or nothing at all (a response file that held no command).
            var word = parsed.UnmatchedTokens.Count > 0 ? parsed.UnmatchedTokens[0] : parsed.Tokens.Count > 0 ? parsed.Tokens[0].Value : null;
            if (word is null || parsed.Errors.Count > 0 && parsed.UnmatchedTokens.Count == 0)
            {
                stderr.WriteLine($"napsm: {(parsed.Errors.Count > 0 ? Sentence(parsed.Errors[0].Message) : "no command given.")} Run 'napsm --help' for the list of commands.");
            }
            else
            {
                UnknownCommand(word, stderr);
            }

            return ExitCodes.BadInput;
        }

        if (parsed.Action is HelpAction)
        {
            stdout.Write(command.Help);
            return ExitCodes.Success;
        }

        try
        {
            if (Problem(parsed, command) is { } problem) throw new CommandLineException(problem);
            return command.Run(parsed, stdout, stderr);
        }
        catch (CommandLineException e)
        {
            stderr.WriteLine($"napsm {command.Name}: {e.Message}");
            stderr.WriteLine($"Run 'napsm {command.Name} --help' for usage.");
            return ExitCodes.BadInput;
        }
    }

    /// <summary>The tool's version: major.minor.patch.</summary>
    internal static string Version => typeof(CliApp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>The root command: every command, help on each, response files and the [suggest] directive of RootCommand.</summary>
    internal static RootCommand Root(IEnumerable<NapsmCommand> commands)
    {
        var root = new RootCommand("napsm — design and check multilateral security institutions");
        foreach (var c in commands) root.Subcommands.Add(c.Definition);
        return root;
    }

    /// <summary>
    /// The first usage error of a parse, in our words: an unknown option (with "did you mean"), an unexpected argument, a missing
    /// value or argument; or the option's own message (our custom parsers write those); null when the parse has no error.
    /// </summary>
    private static string? Problem(ParseResult parsed, NapsmCommand command)
    {
        var options = OptionNames(command.Definition).ToList();
        foreach (var token in parsed.UnmatchedTokens)
        {
            if (token.Length > 1 && token.StartsWith('-')) return $"unknown option '{token}'.{CommonOptions.Suggestion(token, options)}";
            return $"unexpected argument '{token}'.";
        }

        // An argument that holds a word starting with '-': an option the command does not have.
        foreach (var argument in command.Definition.Arguments)
        {
            if (parsed.GetResult(argument) is { } result)
            {
                var dash = result.Tokens.FirstOrDefault(t => t.Value.Length > 1 && t.Value.StartsWith('-'));
                if (dash is not null) return $"unknown option '{dash.Value}'.{CommonOptions.Suggestion(dash.Value, options)}";
            }
        }

        if (parsed.Errors.Count == 0) return null;
        var error = parsed.Errors[0];
        switch (error.SymbolResult)
        {
            case OptionResult { Tokens.Count: 0 } option when option.IdentifierToken is { } id:
                return $"{id.Value} needs a value.";
            case ArgumentResult { Tokens.Count: 0 } argument when command.Missing(argument.Argument) is { } missing:
                return missing;
            case CommandResult when command.Definition.Arguments.FirstOrDefault(a => parsed.GetResult(a) is null or { Tokens.Count: 0 }) is { } absent
                && command.Missing(absent) is { } missingArgument:
                return missingArgument;
            default:
                return Sentence(error.Message);
        }
    }

    private static IEnumerable<string> OptionNames(Command command) =>
        command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Concat(["--help"]);

    /// <summary>A message of the parser as the tail of ours: first letter in lower case unless it starts a name, one final period.</summary>
    private static string Sentence(string message)
    {
        var text = message.Trim();
        if (text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1])) text = char.ToLowerInvariant(text[0]) + text[1..];
        return text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') ? text : text + ".";
    }

    private static void UnknownCommand(string word, TextWriter stderr)
    {
        var near = CommonOptions.Suggestion(word, Commands.Select(c => c.Name));
        stderr.WriteLine($"napsm: unknown command '{word}'.{near} Run 'napsm --help' for the list of commands.");
    }

    /// <summary>A command's help: System.CommandLine's description, usage, arguments and options, then our examples and notes.</summary>
    internal static string HelpOf(NapsmCommand command)
    {
        var root = Root([command]);
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var parsed = root.Parse([command.Name, "--help"]);
        // 100 columns whatever the terminal, so that the help is the same everywhere (and fits the project's text width).
        if (parsed.Action is HelpAction help) help.MaxWidth = HelpWidth;
        parsed.Invoke(new InvocationConfiguration { Output = writer, Error = writer });
        var lines = writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').Select(l => l.TrimEnd());
        var text = string.Join('\n', lines) + "\n";
        // The usage line names the tool "napsm" whatever the process is called (a test host, dotnet napsm.dll).
        text = text.Replace("Usage:\n  " + root.Name + " ", "Usage:\n  napsm ", StringComparison.Ordinal);
        var examples = command.ExamplesText.Trim('\n').Split('\n');
        text += (examples.Length == 1 ? "\nExample:\n" : "\nExamples:\n") + string.Concat(command.ExamplesText.Trim('\n').Split('\n').Select(l => "  " + l.Trim() + "\n"));
        if (command.NotesText is { } notes) text += "\n" + HelpText.Reflow(notes.Trim().ReplaceLineEndings(" "), HelpWidth) + "\n";
        return text;
    }

    private static void WriteUsage(TextWriter stdout)
    {
        stdout.WriteLine("napsm — design and check multilateral security institutions");
        stdout.WriteLine();
        stdout.WriteLine("Usage: napsm COMMAND [options]   (napsm COMMAND --help for details; @FILE reads arguments from FILE)");
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
