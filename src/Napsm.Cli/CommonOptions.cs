using System.CommandLine;
using System.CommandLine.Parsing;
using Napsm.Core.Kernel;
using Napsm.Core.Validation;
using NodaTime;

namespace Napsm.Cli;

/// <summary>The value of <c>--time-limit</c>: a time, or null for none (a wrapper, because the option's absence is not "none").</summary>
/// <param name="Limit">The limit; null for no limit.</param>
internal sealed record TimeLimitValue(TimeSpan? Limit);

/// <summary>
/// The options several commands share, made here so that each has the same name, alias, value names and wording everywhere:
/// <c>-f/--format</c>, <c>-o/--output</c>, <c>--as-of</c>, <c>--time-limit</c>, <c>--memory-limit</c>, <c>--min-severity</c>.
/// Values are parsed into types (a duration, a byte count, a date, a severity) and a value that does not parse is a usage error in
/// our words (exit code 2).
/// </summary>
internal static class CommonOptions
{
    /// <summary><c>-f/--format</c> with the formats a command supports, the first the default; "md" is also accepted for markdown.</summary>
    /// <param name="description">What each format gives.</param>
    /// <param name="formats">The formats, the default first.</param>
    /// <returns>The option; its value is one of <paramref name="formats"/>, in lower case.</returns>
    public static Option<string> Format(string description, params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = description,
            HelpName = string.Join('|', formats),
            DefaultValueFactory = _ => formats[0],
            CustomParser = r =>
            {
                if (r.Tokens.Count == 0) return formats[0];
                var text = r.Tokens[^1].Value;
                var lower = text.ToLowerInvariant();
                if (lower == "md" && formats.Contains("markdown")) lower = "markdown";
                if (formats.Contains(lower)) return lower;
                r.AddError($"unknown format '{text}'; use {Or(formats)}.{Suggestion(text, formats)}");
                return formats[0];
            },
        };
        option.CompletionSources.Add(formats);
        return option;
    }

    /// <summary><c>-o/--output FILE</c>: where to write instead of standard output; '-' for standard output.</summary>
    /// <param name="description">What is written there.</param>
    /// <returns>The option; null when not given.</returns>
    public static Option<string?> Output(string description) => new("--output", "-o") { Description = description, HelpName = "FILE" };

    /// <summary><c>--as-of DATE</c>: an ISO date in the years 0001 to 9999.</summary>
    /// <param name="description">What the date is.</param>
    /// <returns>The option; null when not given.</returns>
    public static Option<LocalDate?> AsOf(string description) => new("--as-of")
    {
        Description = description,
        HelpName = "DATE",
        CustomParser = r =>
        {
            if (r.Tokens.Count == 0) return null;
            var text = r.Tokens[^1].Value;
            if (ParseDate(text, "--as-of", out var error) is { } date) return date;
            r.AddError(error!);
            return null;
        },
    };

    /// <summary>A date for <paramref name="option"/>, or null with the error in our words.</summary>
    internal static LocalDate? ParseDate(string text, string option, out string? error)
    {
        error = null;
        var parsed = IsoDate.Parse(text);
        if (!parsed.Success)
        {
            // Well-formed but not on the calendar (2026-02-30) is not the same mistake as a wrong form (30.2.2026).
            error = System.Text.RegularExpressions.Regex.IsMatch(text, @"^-?\d{4,}-\d{2}-\d{2}$")
                ? $"{option} '{text}' is not a date of the calendar (the month has no such day, or there is no such month)."
                : $"{option} '{text}' is not a date in the form yyyy-MM-dd.";
            return null;
        }

        if (parsed.Value.Year is < 1 or > 9999)
        {
            error = $"{option} '{text}' is outside the years 0001 to 9999 that design files use.";
            return null;
        }

        return parsed.Value;
    }

    /// <summary><c>--time-limit TIME</c>: 10s, 500ms, 2m, or none; default 10s.</summary>
    /// <returns>The option; null for no limit.</returns>
    public static Option<TimeLimitValue> TimeLimit() => new("--time-limit")
    {
        Description = "stop the voting analyses after TIME (10s, 500ms, 2m; none for no limit); default 10s. Figures not done by then "
            + "are \"not computed: time limit\"",
        HelpName = "TIME",
        CustomParser = r => Parse(r, t => new TimeLimitValue(Commands.AnalysisArgs.ParseDuration(t, "--time-limit")), new TimeLimitValue(Commands.AnalysisArgs.Budget.Default.TimeLimit)),
    };

    /// <summary><c>--memory-limit SIZE</c>: 1.5GB, 800MB or bytes; default 1.5GB.</summary>
    /// <returns>The option.</returns>
    public static Option<long?> MemoryLimit() => new("--memory-limit")
    {
        Description = "the memory the voting analyses may take (1.5GB, 800MB, bytes), any one table included; default 1.5GB",
        HelpName = "SIZE",
        CustomParser = r => Parse<long?>(r, t => Commands.AnalysisArgs.ParseBytes(t, "--memory-limit"), null),
    };

    /// <summary><c>--min-severity error|warning|info</c>: the least severity of the diagnostics listed; default info (all).</summary>
    /// <returns>The option.</returns>
    public static Option<Severity?> MinSeverity() => SeverityOption("--min-severity",
        "list only diagnostics at or above this severity; the exit code still counts every diagnostic (--fail-on), and text says "
        + "how many were hidden", Severity.Info);

    /// <summary>The <c>--min-severity</c> of the analyses that list diagnostics beside their figures (stake, diff, report).</summary>
    /// <returns>The option.</returns>
    public static Option<Severity?> MinSeverityOfListed() => SeverityOption("--min-severity",
        "list and count only the diagnostics at or above this severity (warning hides info lines)", Severity.Info);

    /// <summary>An option whose value is error, warning or info.</summary>
    /// <remarks>The value is null when the option is not given: the caller's default applies (see its description).</remarks>
    internal static Option<Severity?> SeverityOption(string name, string description, Severity fallback)
    {
        string[] names = ["error", "warning", "info"];
        var option = new Option<Severity?>(name)
        {
            Description = description + $" (default: {SeverityNames.Name(fallback)})",
            HelpName = "error|warning|info",
            CustomParser = r =>
            {
                if (r.Tokens.Count == 0) return null;
                var text = r.Tokens[^1].Value;
                if (SeverityNames.TryParse(text.Trim().ToLowerInvariant(), out var severity)) return severity;
                r.AddError($"{name}: unknown level '{text}'; use error, warning or info.{Suggestion(text, names)}");
                return fallback;
            },
        };
        option.CompletionSources.Add(names);
        return option;
    }

    /// <summary>The budget options' values.</summary>
    public static Commands.AnalysisArgs.Budget Budget(ParseResult parsed, Option<TimeLimitValue> time, Option<long?> memory)
    {
        var budget = Commands.AnalysisArgs.Budget.Default;
        // An absent --time-limit keeps the default; "none" is a given value of null (no limit).
        if (parsed.GetValue(time) is { } limit) budget = budget with { TimeLimit = limit.Limit };
        return parsed.GetValue(memory) is { } bytes ? budget with { MemoryLimit = bytes } : budget;
    }

    /// <summary>Runs one of the existing parse functions (which throw <see cref="CommandLineException"/>) as a custom parser.</summary>
    internal static T Parse<T>(ArgumentResult r, Func<string, T> parse, T fallback)
    {
        if (r.Tokens.Count == 0) return fallback;
        try
        {
            return parse(r.Tokens[^1].Value);
        }
        catch (CommandLineException e)
        {
            r.AddError(e.Message);
            return fallback;
        }
    }

    /// <summary>"a, b or c".</summary>
    internal static string Or(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1];

    /// <summary>" Did you mean 'x'?" when a known word is close to <paramref name="typed"/>; otherwise empty.</summary>
    internal static string Suggestion(string typed, IEnumerable<string> known) =>
        Napsm.Core.Validation.Text.Closest(typed, known) is { } near && near != typed ? $" Did you mean '{near}'?" : "";
}
