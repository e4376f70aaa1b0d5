using System.CommandLine;
using System.Globalization;
using Napsm.Core.Voting;

namespace Napsm.Cli.Commands;

/// <summary>The approximation options of <c>napsm power</c>: <c>--approximate [--samples N] [--target-width W] [--seed S] [--multilinear]</c>.</summary>
internal sealed class ApproximationArgs
{
    private readonly Option<bool> _approximate = new("--approximate")
    {
        Description = "approximate the indices the exact methods could not compute (too large, time limit, memory limit): Monte Carlo "
            + "with a fixed seed and a 99% interval per member, marked ≈; exact figures stay exact. With a time limit, the exact methods "
            + "get the first half of it",
    };
    private readonly Option<long?> _samples = new("--samples")
    {
        Description = "Monte Carlo samples (random coalitions, random orderings); default 100000",
        HelpName = "N",
        CustomParser = r => CommonOptions.Parse<long?>(r, text =>
            long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 1_000_000_000
                ? n
                : throw new CommandLineException($"--samples takes a whole number from 1 to 1000000000; got '{text}'."), null),
    };
    private readonly Option<double?> _width = new("--target-width")
    {
        Description = "instead of a fixed number, sample until every interval is at most W wide (0 < W < 1)",
        HelpName = "W",
        CustomParser = r => CommonOptions.Parse<double?>(r, text =>
            double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var w) && w > 0 && w < 1
                ? w
                : throw new CommandLineException($"--target-width takes a number strictly between 0 and 1, such as 0.01; got '{text}'."), null),
    };
    private readonly Option<long?> _seed = new("--seed")
    {
        Description = "the seed of the random generator (an integer); default 1",
        HelpName = "S",
        CustomParser = r => CommonOptions.Parse<long?>(r, text =>
            long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s)
                ? s
                : throw new CommandLineException($"--seed takes an integer; got '{text}'."), null),
    };
    private readonly Option<bool> _multilinear = new("--multilinear")
    {
        Description = "for one weighted threshold, Owen's multilinear extension instead of sampling: Penrose and Banzhaf with a sure "
            + "(Berry–Esseen) bound, Shapley–Shubik with no bound",
    };

    /// <summary>Adds the options to a command.</summary>
    public void Define(Command command)
    {
        foreach (var o in new Option[] { _approximate, _samples, _width, _seed, _multilinear }) command.Options.Add(o);
    }

    /// <summary>The options read, or null without <c>--approximate</c>; an error when another approximation option came without it.</summary>
    public ApproximationOptions? Options(ParseResult parsed)
    {
        if (!parsed.GetValue(_approximate))
        {
            // The first approximation option on the command line, in the order given.
            var first = parsed.Tokens.Select(t => t.Value).FirstOrDefault(t => t is "--samples" or "--target-width" or "--seed" or "--multilinear");
            return first is null ? null : throw new CommandLineException($"{first} needs --approximate (figures are approximated only when asked).");
        }

        long? samples = parsed.GetValue(_samples), seed = parsed.GetValue(_seed);
        double? width = parsed.GetValue(_width);
        if (samples is not null && width is not null) throw new CommandLineException("give one of --samples N or --target-width W, not both.");
        var options = new ApproximationOptions { Samples = samples, TargetWidth = width, Multilinear = parsed.GetValue(_multilinear) };
        return seed is { } s ? options with { Seed = s } : options;
    }
}
