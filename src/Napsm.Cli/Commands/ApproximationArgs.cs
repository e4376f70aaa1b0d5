using System.Globalization;
using Napsm.Core.Voting;

namespace Napsm.Cli.Commands;

/// <summary>The approximation options of <c>napsm power</c>: <c>--approximate [--samples N] [--target-width W] [--seed S] [--multilinear]</c>.</summary>
internal sealed class ApproximationArgs
{
    /// <summary>The help lines of the approximation options.</summary>
    internal const string Help = """

          --approximate        approximate the indices the exact methods could not compute (too large, time limit, memory
                               limit): Monte Carlo with a fixed seed and a 99% interval per member, marked ≈; exact figures stay
                               exact. With a time limit, the exact methods get the first half of it
          --samples N          Monte Carlo samples (random coalitions, random orderings); default 100000
          --target-width W     instead of a fixed number, sample until every interval is at most W wide (0 < W < 1)
          --seed S             the seed of the random generator (an integer); default 1
          --multilinear        for one weighted threshold, Owen's multilinear extension instead of sampling: Penrose and
                               Banzhaf with a sure (Berry–Esseen) bound, Shapley–Shubik with no bound
        """;

    private bool _approximate;
    private long? _samples;
    private double? _width;
    private long? _seed;
    private bool _multilinear;
    private string? _first;

    /// <summary>Reads an approximation option at <paramref name="args"/>[i] (advancing i past its value); false when it is not one.</summary>
    public bool TryRead(IReadOnlyList<string> args, ref int i)
    {
        var option = args[i];
        if (option is not ("--approximate" or "--samples" or "--target-width" or "--seed" or "--multilinear")) return false;
        int at = i;
        string Value() => at + 1 < args.Count ? args[++at] : throw new CommandLineException($"{option} needs a value.");
        switch (option)
        {
            case "--approximate":
                _approximate = true;
                return true;
            case "--multilinear":
                _multilinear = true;
                break;
            case "--samples":
            {
                var text = Value();
                if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > 1_000_000_000)
                {
                    throw new CommandLineException($"--samples takes a whole number from 1 to 1000000000; got '{text}'.");
                }

                _samples = n;
                break;
            }

            case "--target-width":
            {
                var text = Value();
                if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var w) || !(w > 0 && w < 1))
                {
                    throw new CommandLineException($"--target-width takes a number strictly between 0 and 1, such as 0.01; got '{text}'.");
                }

                _width = w;
                break;
            }

            default:
            {
                var text = Value();
                if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s))
                {
                    throw new CommandLineException($"--seed takes an integer; got '{text}'.");
                }

                _seed = s;
                break;
            }
        }

        _first ??= option;
        i = at;
        return true;
    }

    /// <summary>The options read, or null without <c>--approximate</c>; an error when another approximation option came without it.</summary>
    public ApproximationOptions? Options()
    {
        if (!_approximate)
        {
            return _first is null ? null : throw new CommandLineException($"{_first} needs --approximate (figures are approximated only when asked).");
        }

        if (_samples is not null && _width is not null) throw new CommandLineException("give one of --samples N or --target-width W, not both.");
        var options = new ApproximationOptions { Samples = _samples, TargetWidth = _width, Multilinear = _multilinear };
        return _seed is { } seed ? options with { Seed = seed } : options;
    }
}
