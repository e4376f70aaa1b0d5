using System.CommandLine;
using Napsm.Core.Serialization;

namespace Napsm.Cli.Commands;

/// <summary><c>napsm schema</c>: prints the JSON Schema of the design-file format.</summary>
internal sealed class SchemaCommand : NapsmCommand
{
    public override string Name => "schema";

    public override string Summary => "Print the JSON Schema of the design-file format";

    protected override string Description => """
        Prints the JSON Schema (draft 2020-12) of the design-file format to standard output.
        Editors use it to validate and complete design files ("$schema" at the top of a file).
        """;

    protected override string Examples => """
        napsm schema > schema/napsm-design.schema.json
        """;

    protected override void Define(Command command)
    {
    }

    public override int Run(ParseResult parsed, TextWriter stdout, TextWriter stderr)
    {
        stdout.Write(DesignJson.Schema);
        return ExitCodes.Success;
    }
}
