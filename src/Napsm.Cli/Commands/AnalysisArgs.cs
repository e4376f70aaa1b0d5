using Napsm.Core.Analysis;
using Napsm.Core.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Napsm.Cli.Commands;

/// <summary>Parsing and loading shared by the analysis commands (stake, diff).</summary>
internal static class AnalysisArgs
{
    internal static AnalysisFormat ParseFormat(string text) => text.ToLowerInvariant() switch
    {
        "text" => AnalysisFormat.Text,
        "json" => AnalysisFormat.Json,
        "markdown" or "md" => AnalysisFormat.Markdown,
        _ => throw new CommandLineException($"unknown format '{text}'; use text, json or markdown."),
    };

    internal static Period ParsePeriod(string text, string option)
    {
        var result = PeriodPattern.Roundtrip.Parse(text);
        if (!result.Success) throw new CommandLineException($"{option} takes an ISO 8601 period such as P1Y or P18M; got '{text}'.");
        return result.Value;
    }

    /// <summary>Loads every file, or reports each one that cannot be read on stderr and returns <see langword="null"/>.</summary>
    internal static List<DesignDocument>? Load(IEnumerable<string> files, TextWriter stderr)
    {
        var documents = new List<DesignDocument>();
        bool failed = false;
        foreach (var file in files)
        {
            // Reports name files relative to the working directory, so they hold no absolute paths.
            var shown = Path.IsPathRooted(file) ? Path.GetRelativePath(Environment.CurrentDirectory, file) : file;
            if (!DesignJson.TryLoad(shown, out var document, out var error))
            {
                stderr.WriteLine(LoadErrors.Format(error, shown));
                failed = true;
                continue;
            }

            documents.Add(document);
        }

        return failed ? null : documents;
    }
}
