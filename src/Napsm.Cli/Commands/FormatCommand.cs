using Napsm.Core.Serialization;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm format FILE [--in-place]</c>: writes a design file in the canonical form.</summary>
internal sealed class FormatCommand : ICommand
{
    public string Name => "format";

    public string Summary => "write a design file in the canonical form";

    public string Help => """
        Usage: napsm format FILE [--in-place]

        Loads the design file FILE and writes it in the canonical form: fixed property order, 2-space indent,
        LF line ends, a final newline, empty lists and absent values left out. The "$schema" reference is kept.

        Options:
          --in-place   rewrite FILE instead of writing to standard output: the text goes to a temporary file in the
                       same folder, flushed to the disk, then renamed over FILE, so a kill, a full disk or a file-size
                       limit leaves FILE as it was (a read-only FILE is an error, exit code 2)

        Load errors go to standard error as FILE(LINE,COLUMN): error: MESSAGE, with exit code 2.

        Example:
          napsm format seeds/unsc.json --in-place
        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? file = null;
        bool inPlace = false;
        foreach (var arg in args)
        {
            if (arg == "--in-place") inPlace = true;
            else if (arg.StartsWith('-') && arg.Length > 1) throw new CommandLineException($"unknown option '{arg}'.");
            else if (file is null) file = arg;
            else throw new CommandLineException($"unexpected argument '{arg}'; format takes one FILE.");
        }

        if (file is null) throw new CommandLineException("missing FILE: the design file to format.");
        if (!DesignJson.TryLoad(file, out var document, out var error))
        {
            stderr.WriteLine(LoadErrors.Format(error));
            return ExitCodes.BadInput;
        }

        var text = DesignJson.Serialize(document);
        if (!inPlace)
        {
            stdout.Write(text);
            return ExitCodes.Success;
        }

        if (SafeFile.Write(file, text) is { } problem)
        {
            stderr.WriteLine($"{Napsm.Core.Reporting.FreeText.Escape(file)}: error: cannot write the file: {problem}; it is unchanged.");
            return ExitCodes.BadInput;
        }

        return ExitCodes.Success;
    }
}

/// <summary>How every command reports a design that does not load.</summary>
internal static class LoadErrors
{
    /// <summary>
    /// <c>file(line,col): error: message at $.path</c>, the form editors and CI logs recognise, with forward slashes in the file name
    /// so that the line is the same on every system; <paramref name="shown"/> names the file when the error does not.
    /// </summary>
    public static string Format(DesignLoadException error, string? shown = null) =>
        $"{E((error.File ?? shown ?? "<input>").Replace('\\', '/'))}({error.Line},{error.Column}): error: {E(error.Reason)} at {E(error.JsonPath)}";

    private static string E(string text) => Napsm.Core.Reporting.FreeText.Escape(text);
}
