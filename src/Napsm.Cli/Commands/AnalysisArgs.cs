using Napsm.Core;
using Napsm.Core.Analysis;
using Napsm.Core.Voting;
using Napsm.Core.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Napsm.Cli.Commands;

/// <summary>Parsing and loading shared by the analysis commands (power, check, stake, diff).</summary>
internal static class AnalysisArgs
{
    /// <summary>The time and memory the voting analyses of one command may take.</summary>
    /// <param name="TimeLimit">The time limit of the whole command; null for none.</param>
    /// <param name="MemoryLimit">The bytes each analysis may allocate.</param>
    internal sealed record Budget(TimeSpan? TimeLimit, long MemoryLimit)
    {
        /// <summary>The CLI's defaults: a command answers within 10 s and 1.5 GB.</summary>
        public static Budget Default => new(TimeSpan.FromSeconds(10), 1_500_000_000);

        /// <summary>
        /// Options for one analysis within what is left of the budget, in <paramref name="context"/> (from <see cref="Context"/>,
        /// disposed by the caller). One table may take the whole memory limit, so that <c>--memory-limit 8GB</c> lifts the library's
        /// default of 1.5 GB per table too.
        /// </summary>
        public AnalysisOptions Options(PowerIndices indices, AnalysisContext context) =>
            new() { Indices = indices, MemoryLimit = MemoryLimit, MaxTableBytes = MemoryLimit, Context = context };

        /// <summary>A context that keeps the analyses of a command within what is left of the budget together.</summary>
        public AnalysisContext Context() => (TimeLimit, WholeTimeLimit) is ({ } part, { } whole) && part <= whole
            ? AnalysisContext.Part(Elapsed(), part, whole, MemoryLimit)
            : AnalysisContext.Started(Elapsed(), TimeLimit, MemoryLimit);

        /// <summary>For the budget of one of several games (<see cref="Share"/>): the limit of the whole command; else null.</summary>
        public TimeSpan? WholeTimeLimit { get; init; }

        /// <summary>The budget of the next of <paramref name="gamesLeft"/> games analysed one after the other in one command.</summary>
        /// <param name="gamesLeft">The games still to analyse, this one included.</param>
        /// <param name="games">The games in all: with one, the budget is the whole limit.</param>
        /// <returns>A budget whose time limit ends at this game's equal part of the time left.</returns>
        public Budget Share(int gamesLeft, int games)
        {
            // Several games in one command (a body's matters): each takes an equal part of the time still left, and time a game did not use
            // passes on to the next, so that the first game cannot spend the whole limit on its dearest index while the others get nothing.
            if (TimeLimit is not { } limit || games <= 1) return this;
            var elapsed = Elapsed();
            return this with { TimeLimit = elapsed + (limit - elapsed) / gamesLeft, WholeTimeLimit = WholeTimeLimit ?? limit };
        }

        /// <summary>The same budget counted from now, for the next of several independent runs (the files of <c>napsm check</c>).</summary>
        public Budget Restarted() => this with { Started = System.Diagnostics.Stopwatch.GetTimestamp(), CountsStartup = false };

        /// <summary>Whether the process's start-up (<see cref="CliApp.StartupTime"/>) counts against this budget: only for the first run.</summary>
        public bool CountsStartup { get; init; } = true;

        /// <summary>When the command started (a <see cref="System.Diagnostics.Stopwatch"/> timestamp).</summary>
        public long Started { get; init; } = System.Diagnostics.Stopwatch.GetTimestamp();

        /// <summary>
        /// The time the command has run, counted from the start of the process for the napsm executable
        /// (<see cref="CliApp.StartupTime"/>: loading the runtime), so that `napsm power` with the default 10 s has answered 10 s after
        /// it was started, not 10.3 s; the loading of the design and a reserve for writing the answer count too.
        /// </summary>
        private TimeSpan Elapsed()
        {
            // Writing the answer and leaving take time too: 2% of the limit (at most 250 ms) is kept for them.
            var reserve = TimeLimit is { } l ? TimeSpan.FromTicks(Math.Min(l.Ticks / 50, TimeSpan.FromMilliseconds(250).Ticks)) : TimeSpan.Zero;
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(Started) + (CountsStartup ? CliApp.StartupTime : TimeSpan.Zero) + reserve;
            return TimeLimit is { } limit && elapsed > limit ? limit : elapsed;
        }
    }

    /// <summary>The validator's options within <paramref name="budget"/>: its voting rules share <paramref name="context"/> with the analyses.</summary>
    internal static Napsm.Core.Validation.ValidationOptions Validation(Budget budget, AnalysisContext context) => Napsm.Core.Validation.ValidationOptions.Default with
    {
        Limits = Napsm.Core.Validation.AnalysisLimits.Default with { TimeLimit = budget.TimeLimit, MemoryLimit = budget.MemoryLimit },
        Context = context,
    };

    /// <summary><c>10s</c>, <c>500ms</c>, <c>2m</c>, <c>1.5s</c>; <c>none</c> for no limit.</summary>
    internal static TimeSpan? ParseDuration(string text, string option)
    {
        if (text == "none") return null;
        (string number, double scale) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0)
            : text.EndsWith('m') ? (text[..^1], 60.0)
            : (text, double.NaN);
        if (double.IsNaN(scale) || !double.TryParse(number, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value)
            || value <= 0 || value * scale > 86_400)
        {
            throw new CommandLineException($"{option} takes a positive time such as 10s, 500ms or 2m (or none); got '{text}'.");
        }

        return TimeSpan.FromSeconds(value * scale);
    }

    /// <summary><c>1.5GB</c>, <c>800MB</c>, <c>64KB</c> (powers of 1000) or a number of bytes.</summary>
    internal static long ParseBytes(string text, string option)
    {
        var upper = text.ToUpperInvariant();
        (string number, double scale) = upper.EndsWith("GB", StringComparison.Ordinal) ? (upper[..^2], 1e9)
            : upper.EndsWith("MB", StringComparison.Ordinal) ? (upper[..^2], 1e6)
            : upper.EndsWith("KB", StringComparison.Ordinal) ? (upper[..^2], 1e3)
            : (upper, 1.0);
        if (!double.TryParse(number, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value)
            || value * scale < 1e6 || value * scale > 1e15)
        {
            throw new CommandLineException($"{option} takes a size from 1MB up, such as 1.5GB or 800MB; got '{text}'.");
        }

        return (long)(value * scale);
    }

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
