using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Napsm.Core.Analysis;
using Napsm.Core.Analysis.Html;
using Napsm.Core.Reporting.Html;

namespace Napsm.Core.Tests.Reporting.Html;

/// <summary>
/// Renders every seed's HTML report (and the NAPSM stake and diff pages) in headless Chromium: the page must log nothing to the
/// console (our pages have no script, so any console line is an error, such as a blocked load), the screenshot must not be blank,
/// and the browser's own DOM must hold every chart with its title. Chromium is required: <c>.ci/run</c> installs it; locally the
/// test fails saying how to install it (never skipped). Set <c>NAPSM_BROWSER_ARTIFACTS</c> to a folder to keep each page and its screenshot.
/// </summary>
public partial class BrowserRenderTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var s in SeedHtmlReports.Seeds()) data.Add(s);
        data.Add("napsm-stake");
        data.Add("napsm-diff");
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_report_renders_in_chromium_without_console_errors_not_blank_with_every_chart_titled(string page)
    {
        var html = Html(page);
        var dir = Directory.CreateTempSubdirectory("napsm-browser-");
        try
        {
            var file = Path.Combine(dir.FullName, page + ".html");
            File.WriteAllText(file, html);
            var url = new Uri(file).AbsoluteUri;
            var png = Path.Combine(dir.FullName, page + ".png");
            // A browser on a loaded machine can crash, time out or shoot before it painted: such a run is tried again (three
            // runs in all, each in a fresh profile), and the test fails with every run's reason. What the page itself does
            // wrong (console output, a chart without its title) fails every run alike.
            var failures = new List<string>();
            for (var run = 1; run <= 3; run++)
            {
                try
                {
                    File.Delete(png);
                    var (_, shotLog) = Chromium(dir.FullName, "shot-" + run, $"--screenshot={png}", "--window-size=1280,1600",
                        "--enable-logging=stderr", "--v=0", url);
                    var console = shotLog.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
                    Assert.True(console.Count == 0, page + ": console output: " + string.Join("\n", console));
                    Assert.True(File.Exists(png), page + ": no screenshot written; Chromium said:\n" + shotLog);
                    var image = Png.Read(File.ReadAllBytes(png));
                    Assert.Equal((1280, 1600), (image.Width, image.Height));
                    Assert.True(image.LuminanceVariance() > 50, page + ": the page looks blank (luminance variance " + image.LuminanceVariance() + ")");
                    Assert.True(image.DistinctColours() > 16, page + ": only " + image.DistinctColours() + " colours");

                    var (dom, _) = Chromium(dir.FullName, "dom-" + run, "--dump-dom", url);
                    var rendered = SvgTitle().Matches(dom).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
                    Assert.Equal(HtmlChecker.ChartTitles(html), rendered);
                    failures.Clear();
                    break;
                }
                catch (Exception e) when (e is Xunit.Sdk.XunitException or IOException or InvalidDataException)
                {
                    failures.Add($"run {run}: {e.GetType().Name}: {e.Message}");
                }
            }

            Assert.True(failures.Count == 0, page + ": every Chromium run failed:\n" + string.Join("\n", failures));
            if (Environment.GetEnvironmentVariable("NAPSM_BROWSER_ARTIFACTS") is { Length: > 0 } keep)
            {
                // For a look at what the browser drew (and for the README's screenshot): the page and its screenshot.
                Directory.CreateDirectory(keep);
                File.Copy(file, Path.Combine(keep, page + ".html"), overwrite: true);
                File.Copy(png, Path.Combine(keep, page + ".png"), overwrite: true);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string Html(string page) => page switch
    {
        "napsm-stake" => AnalysisHtmlReports.Stake(SeedHtmlReports.NapsmStake()),
        "napsm-diff" => AnalysisHtmlReports.Diff(DesignDiff.Compare(SeedHtmlReports.Napsm()[0], SeedHtmlReports.Napsm()[1])),
        _ => SeedHtmlReports.Pages(page).Single(p => p.Name == "report").Html(),
    };

    /// <summary>The browser: $NAPSM_CHROMIUM, else /usr/bin/chromium.</summary>
    internal static string Browser()
    {
        var path = Environment.GetEnvironmentVariable("NAPSM_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";
        if (!File.Exists(path))
        {
            Assert.Fail($"Chromium is needed for the browser tests and was not found at {path}. Install Debian's package with " +
                "`apt-get update && apt-get install -y chromium` (.ci/run does this when it is missing), or set NAPSM_CHROMIUM to a Chromium binary.");
        }

        return path;
    }

    /// <summary>Runs headless Chromium with a fresh profile and no network services; returns standard output and error.</summary>
    internal static (string Stdout, string Stderr) Chromium(string dir, string profile, params string[] args)
    {
        var psi = new ProcessStartInfo(Browser()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + Path.Combine(dir, "profile-" + profile),
                 })
        {
            psi.ArgumentList.Add(a);
        }

        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Chromium did not finish within " + Timeout.TotalSeconds + " s");
        }

        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "Chromium exited with " + process.ExitCode + ":\n" + stderr.Result);
        return (stdout.Result, stderr.Result);
    }

    [GeneratedRegex("<svg[^>]*>\\s*<title[^>]*>([^<]*)</title>")]
    private static partial Regex SvgTitle();
}
