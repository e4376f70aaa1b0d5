using System.CommandLine;

namespace Napsm.Cli;

/// <summary>
/// One subcommand of the napsm tool, on System.CommandLine: its name, one-line summary, the prose of its help, its examples, the
/// arguments and options it declares (<see cref="Define"/>) and what it does with them (<see cref="Run"/>). The help text is generated
/// from the declaration, so that every option is listed with its values, and the examples and notes follow it.
/// </summary>
/// <remarks>
/// An instance declares its options once, in fields; <see cref="CliApp.Run"/> makes new instances for every run, so a command is never
/// parsed by two runs at once. Adding a command: a sealed subclass in Commands/, and one line in <see cref="CliApp.Create"/>
/// (see src/Napsm.Cli/README.md).
/// </remarks>
internal abstract class NapsmCommand
{
    private Command? _definition;
    private string? _help;

    /// <summary>The word that selects it: <c>napsm NAME …</c>.</summary>
    public abstract string Name { get; }

    /// <summary>One line for the command list, in sentence case.</summary>
    public abstract string Summary { get; }

    /// <summary>What the command does: the prose under "Description:" in its help.</summary>
    protected abstract string Description { get; }

    /// <summary>Example command lines, one a line, each starting with <c>napsm NAME</c> (the help-example tests run them).</summary>
    protected abstract string Examples { get; }

    /// <summary>Text after the examples (exit codes, notes), or <see langword="null"/>.</summary>
    protected virtual string? Notes => null;

    /// <summary>The System.CommandLine command, declared once per instance.</summary>
    public Command Definition
    {
        get
        {
            if (_definition is null)
            {
                var command = new Command(Name, HelpText.Reflow(Description, CliApp.HelpWidth - 2));
                Define(command);
                _definition = command;
            }

            return _definition;
        }
    }

    /// <summary>The full help: description, usage, arguments, options (generated, 100 columns), then the examples and notes.</summary>
    public string Help => _help ??= CliApp.HelpOf(this);

    /// <summary>The examples block of the help.</summary>
    internal string ExamplesText => Examples;

    /// <summary>The notes of the help.</summary>
    internal string? NotesText => Notes;

    /// <summary>Adds the arguments and options to the command.</summary>
    /// <param name="command">The command to declare them on.</param>
    protected abstract void Define(Command command);

    /// <summary>Runs the command on a parse without errors; a <see cref="CommandLineException"/> is a usage error (exit code 2).</summary>
    /// <param name="parsed">The parse.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    public abstract int Run(ParseResult parsed, TextWriter stdout, TextWriter stderr);

    /// <summary>What to say when an argument was not given (the argument's own words); null to let the parser say it.</summary>
    /// <param name="argument">The argument.</param>
    /// <returns>The message, or null.</returns>
    public virtual string? Missing(Argument argument) => null;
}
