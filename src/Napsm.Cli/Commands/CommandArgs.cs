using Napsm.Core.Reporting;

namespace Napsm.Cli.Commands;

/// <summary>Parsing shared by the validation commands.</summary>
internal static class CommandArgs
{
    internal static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count) throw new CommandLineException($"{args[i]} needs a value.");
        return args[++i];
    }

    internal static ReportFormat ParseFormat(string text) => text.ToLowerInvariant() switch
    {
        "text" => ReportFormat.Text,
        "json" => ReportFormat.Json,
        "sarif" => ReportFormat.Sarif,
        "markdown" or "md" => ReportFormat.Markdown,
        _ => throw new CommandLineException($"unknown format '{text}'; use text, json, sarif or markdown."),
    };
}
