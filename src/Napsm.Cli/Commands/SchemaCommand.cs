using Napsm.Core.Serialization;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm schema</c>: prints the JSON Schema of the design-file format.</summary>
internal sealed class SchemaCommand : ICommand
{
    public string Name => "schema";

    public string Summary => "print the JSON Schema of the design-file format";

    public string Help => """
        Usage: napsm schema

        Prints the JSON Schema (draft 2020-12) of the design-file format to standard output.
        Editors use it to validate and complete design files ("$schema" at the top of a file).

        Example:
          napsm schema > schema/napsm-design.schema.json
        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count > 0) throw new CommandLineException($"unexpected argument '{args[0]}'; schema takes no arguments.");
        stdout.Write(DesignJson.Schema);
        return ExitCodes.Success;
    }
}
