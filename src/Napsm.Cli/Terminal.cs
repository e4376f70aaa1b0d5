using System.Text.RegularExpressions;

namespace Napsm.Cli;

/// <summary>
/// Colour and progress on an interactive terminal only. Colour needs the real console, not redirected, <c>TERM</c> not <c>dumb</c>,
/// and <c>NO_COLOR</c> unset or empty (https://no-color.org); tests and pipes get plain text, byte for byte.
/// </summary>
internal static partial class Terminal
{
    /// <summary>Whether text written to <paramref name="writer"/> may be coloured.</summary>
    public static bool UseColour(TextWriter writer) =>
        ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected && ColourAllowed(Environment.GetEnvironmentVariable);

    /// <summary>The environment rules alone (testable): <c>NO_COLOR</c> set to anything non-empty, or <c>TERM=dumb</c>, turn colour off.</summary>
    internal static bool ColourAllowed(Func<string, string?> env) =>
        string.IsNullOrEmpty(env("NO_COLOR")) && env("TERM") != "dumb";

    [GeneratedRegex(@"^(?<head>(?:[^\n]*?): )(?<sev>error|warning|info)(?<tail> NAPSM\d{4}: )", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();

    /// <summary>Colours the severity word of each compiler-style diagnostic line: errors red, warnings yellow, infos cyan.</summary>
    internal static string ColourSeverities(string text) =>
        DiagnosticLine().Replace(text, m =>
        {
            var colour = m.Groups["sev"].Value switch
            {
                "error" => "\u001b[1;31m",
                "warning" => "\u001b[1;33m",
                _ => "\u001b[36m",
            };
            return m.Groups["head"].Value + colour + m.Groups["sev"].Value + "\u001b[0m" + m.Groups["tail"].Value;
        });

    /// <summary>
    /// The width text written to <paramref name="writer"/> fits: for the real standard output, <c>$COLUMNS</c> when it is a whole
    /// number of at least 40, else the terminal's width when it is one, else 100; for any other writer (a test's) 100, whatever the
    /// environment says, so that the same input gives the same bytes.
    /// </summary>
    public static int Width(TextWriter writer)
    {
        if (!ReferenceEquals(writer, Console.Out)) return DefaultWidth;
        int? console = null;
        if (!Console.IsOutputRedirected)
        {
            try
            {
                console = Console.WindowWidth;
            }
            catch (IOException)
            {
                // No console window after all (a detached terminal): the environment or the default decides.
            }
        }

        return ChooseWidth(Environment.GetEnvironmentVariable("COLUMNS"), console);
    }

    /// <summary>The text width when not a terminal and <c>$COLUMNS</c> is unset.</summary>
    internal const int DefaultWidth = 100;

    /// <summary>The rule of <see cref="Width"/> alone (testable): <c>$COLUMNS</c>, else the console's width, else 100; never below 40.</summary>
    internal static int ChooseWidth(string? columns, int? console)
    {
        if (int.TryParse(columns, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) && c >= 40) return Math.Min(c, 1000);
        if (console is >= 40) return Math.Min(console.Value, 1000);
        return DefaultWidth;
    }

    /// <summary>Writes a text report, coloured when the writer is an interactive terminal.</summary>
    public static void WriteReport(TextWriter writer, string text) => writer.Write(UseColour(writer) ? ColourSeverities(text) : text);

    /// <summary>
    /// Shows "MESSAGE… N s" on standard error while a slow step runs, only on an interactive terminal and only once the step has
    /// taken more than half a second; the line is erased when the returned handle is disposed.
    /// </summary>
    public static IDisposable Progress(TextWriter stderr, string message) =>
        ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected ? new Spinner(stderr, message) : NoProgress.Instance;

    private sealed class NoProgress : IDisposable
    {
        public static readonly NoProgress Instance = new();

        public void Dispose()
        {
        }
    }

    private sealed class Spinner : IDisposable
    {
        private static readonly string[] Frames = ["|", "/", "-", "\\"];
        private readonly TextWriter _stderr;
        private readonly string _message;
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private readonly Timer _timer;
        private readonly Lock _gate = new();
        private bool _shown, _done;
        private int _frame;

        public Spinner(TextWriter stderr, string message)
        {
            _stderr = stderr;
            _message = message;
            _timer = new Timer(_ => Tick(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(200));
        }

        private void Tick()
        {
            lock (_gate)
            {
                if (_done) return;
                _shown = true;
                _stderr.Write($"\r{Frames[_frame++ % Frames.Length]} {_message}… {(int)_clock.Elapsed.TotalSeconds} s\u001b[K");
                _stderr.Flush();
            }
        }

        public void Dispose()
        {
            _timer.Dispose();
            lock (_gate)
            {
                _done = true;
                if (_shown)
                {
                    _stderr.Write("\r\u001b[K");
                    _stderr.Flush();
                }
            }
        }
    }
}
