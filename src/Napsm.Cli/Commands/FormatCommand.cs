using System.CommandLine;
using Napsm.Core.Serialization;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm format FILE [--in-place]</c>: writes a design file in the canonical form.</summary>
internal sealed class FormatCommand : NapsmCommand
{
    private readonly Argument<string> _file = new("FILE") { Description = "the design file to format" };
    private readonly Option<bool> _inPlace = new("--in-place")
    {
        Description = "rewrite FILE instead of writing to standard output: the text goes to a temporary file in the same folder, flushed to "
            + "the disk, then renamed over FILE, so a kill, a full disk or a file-size limit leaves FILE as it was (a read-only FILE is an "
            + "error, exit code 2)",
    };

    public override string Name => "format";

    public override string Summary => "Write a design file in the canonical form";

    protected override string Description => """
        Loads the design file FILE and writes it in the canonical form: fixed property order, 2-space indent, LF line ends, a final
        newline, empty lists and absent values left out. A list of strings, numbers or booleans is on one line when the whole line
        (indent, key, list and comma) fits in 100 columns, otherwise one element per line; objects have one property per line.
        Formatting a formatted file changes nothing. The "$schema" reference is kept.
        """;

    protected override string Examples => """
        napsm format seeds/unsc.json --in-place
        """;

    protected override string Notes => "Load errors go to standard error as FILE(LINE,COLUMN): error: MESSAGE, with exit code 2.";

    public override string? Missing(Argument argument) => "missing FILE: the design file to format.";

    protected override void Define(Command command)
    {
        command.Arguments.Add(_file);
        command.Options.Add(_inPlace);
    }

    public override int Run(ParseResult parsed, TextWriter stdout, TextWriter stderr)
    {
        var file = parsed.GetValue(_file)!;
        bool inPlace = parsed.GetValue(_inPlace);
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
