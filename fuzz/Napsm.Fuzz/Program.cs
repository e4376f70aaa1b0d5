using System.Diagnostics;
using System.Globalization;
using Napsm.Core.Serialization;
using Napsm.Core.Tests.Hostile;
using Napsm.Core.Tests.Robustness;

namespace Napsm.Fuzz;

/// <summary>
/// The fuzzing harness (docs/fuzzing.md). Modes:
/// <c>afl</c> — the SharpFuzz target for AFL++ (input on stdin, persistent mode);
/// <c>run FILE…</c> — run the target on files (to reproduce a crash);
/// <c>seeds DIR [REPO]</c> — write the seed corpus (seeds/*.json, the small hostile and pathological cases);
/// <c>pathological DIR</c> — write the CLI tests' pathological corpus (for timing the tool on each case);
/// <c>hostile [NAME]</c> — run hostile cases and print time and peak memory (one case per process for exact memory);
/// <c>mutate N SEED-DIR [RNG-SEED]</c> — an in-process, coverage-free mutation loop of N executions.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "";
        switch (mode)
        {
            case "afl":
                SharpFuzz.Fuzzer.Run(stream =>
                {
                    using var buffer = new MemoryStream();
                    stream.CopyTo(buffer);
                    Target(buffer.ToArray());
                });
                return 0;
            case "run":
                foreach (var file in args.Skip(1))
                {
                    Target(File.ReadAllBytes(file));
                    Console.WriteLine("ok " + file);
                }

                return 0;
            case "seeds":
                return WriteSeeds(args[1], args.Length > 2 ? args[2] : FindRoot());
            case "pathological":
                return WritePathological(args[1]);
            case "hostile":
                return Hostile(args.Length > 1 ? args[1] : null);
            case "mutate":
                return Mutate(long.Parse(args[1], CultureInfo.InvariantCulture), args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1);
            default:
                Console.Error.WriteLine("usage: Napsm.Fuzz afl | run FILE… | seeds DIR [REPO] | pathological DIR | hostile [NAME] | mutate N SEED-DIR [RNG-SEED]");
                return 2;
        }
    }

    /// <summary>
    /// Load, and when that succeeds validate, render every report and run every engine. Anything but a design or a
    /// <see cref="DesignLoadException"/> escapes and is a crash.
    /// </summary>
    public static void Target(byte[] input)
    {
        if (DesignJson.TryParse(input, out var document, out var error, "fuzz.json"))
        {
            FullPipeline.Run(document);
        }
        else if (error.GetType() != typeof(DesignLoadException))
        {
            throw new InvalidOperationException("TryParse returned an error of another type: " + error.GetType());
        }
    }

    private static int WriteSeeds(string dir, string root)
    {
        Directory.CreateDirectory(dir);
        int n = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "seeds"), "*.json", SearchOption.AllDirectories)
                     .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) != "expected").Order(StringComparer.Ordinal)) // goldens live in expected/
        {
            File.Copy(file, Path.Combine(dir, "seed-" + Path.GetFileName(file)), overwrite: true);
            // The same design without its citations and prose, on one line: small enough for AFL++'s seeds (docs/fuzzing.md),
            // so that every seed's structure (matters, quorums, alignments) is mutated, not only the small seeds'.
            File.WriteAllBytes(Path.Combine(dir, "compact-" + Path.GetFileName(file)), Compact(File.ReadAllBytes(file)));
            n += 2;
        }

        foreach (var c in HostileCorpus.All)
        {
            var bytes = c.Generate();
            if (bytes.Length > 16 * 1024) continue; // AFL++ prefers small seeds; the huge cases are covered by the unit tests
            File.WriteAllBytes(Path.Combine(dir, "hostile-" + c.Name + ".json"), bytes);
            n++;
        }

        foreach (var c in Napsm.Cli.Tests.Pathological.PathologicalCorpus.All)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(c.Json);
            if (bytes.Length > 16 * 1024) continue;
            File.WriteAllBytes(Path.Combine(dir, "pathological-" + c.Name + ".json"), bytes);
            n++;
        }

        Console.WriteLine($"{n} seeds written to {dir}");
        return 0;
    }

    /// <summary>Writes every case of the pathological corpus (issue #20), whatever its size, for timing the tool on each.</summary>
    private static int WritePathological(string dir)
    {
        Directory.CreateDirectory(dir);
        foreach (var c in Napsm.Cli.Tests.Pathological.PathologicalCorpus.All)
        {
            File.WriteAllText(Path.Combine(dir, c.Name + ".json"), c.Json);
        }

        Console.WriteLine($"{Napsm.Cli.Tests.Pathological.PathologicalCorpus.All.Count} cases written to {dir}");
        return 0;
    }

    private static readonly HashSet<string> Prose = ["sources", "source", "note", "notes", "description", "summary", "$schema"];

    private static byte[] Compact(byte[] json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json);
        Strip(node);
        return System.Text.Encoding.UTF8.GetBytes(node?.ToJsonString() ?? "null");
    }

    private static void Strip(System.Text.Json.Nodes.JsonNode? node)
    {
        switch (node)
        {
            case System.Text.Json.Nodes.JsonObject o:
                foreach (var key in o.Select(p => p.Key).Where(Prose.Contains).ToList()) o.Remove(key);
                foreach (var (_, value) in o) Strip(value);
                break;
            case System.Text.Json.Nodes.JsonArray a:
                foreach (var item in a) Strip(item);
                break;
        }
    }

    private static int Hostile(string? name)
    {
        if (name is null)
        {
            // One process per case, so that the peak working set is the case's own.
            var self = Environment.ProcessPath!;
            var dll = typeof(Program).Assembly.Location;
            foreach (var c in HostileCorpus.All)
            {
                var psi = new ProcessStartInfo(self) { RedirectStandardOutput = true };
                if (!self.EndsWith("Napsm.Fuzz", StringComparison.Ordinal)) psi.ArgumentList.Add(dll);
                psi.ArgumentList.Add("hostile");
                psi.ArgumentList.Add(c.Name);
                using var p = Process.Start(psi)!;
                Console.Write(p.StandardOutput.ReadToEnd());
                p.WaitForExit();
            }

            return 0;
        }

        var @case = HostileCorpus.Get(name);
        var bytes = @case.Generate();
        GC.Collect();
        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        string outcome;
        if (DesignJson.TryParse(bytes, out var document, out var error, "hostile.json", @case.Options))
        {
            var stages = new List<string>();
            var (report, _) = Pipeline.Run(document, describe: false, (s, t) => stages.Add(Log(string.Create(CultureInfo.InvariantCulture, $"{s} {t.TotalMilliseconds:F0} ms"))));
            outcome = $"loaded, {report.Diagnostics.Count} diagnostics ({string.Join(", ", stages)})";
        }
        else
        {
            outcome = error.Message.Length > 150 ? error.Message[..150] + "…" : error.Message;
        }

        watch.Stop();
        using var self2 = Process.GetCurrentProcess();
        self2.Refresh();
        // CPU time as well as wall time: on a shared, overloaded machine the wall clock mostly measures the other processes.
        var cpu = self2.TotalProcessorTime - cpuBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {bytes.Length:N0} | {watch.Elapsed.TotalMilliseconds:F0} | {cpu.TotalMilliseconds:F0} | {self2.PeakWorkingSet64 / (1024 * 1024)} | {outcome.Replace("|", "\\|", StringComparison.Ordinal)} |"));
        GC.KeepAlive(before);
        return 0;
    }

    private static string Log(string text)
    {
        if (Environment.GetEnvironmentVariable("NAPSM_FUZZ_VERBOSE") is "1") Console.Error.WriteLine(text);
        return text;
    }

    /// <summary>Coverage-free mutations of the seeds: byte flips, insertions, deletions, truncations, token swaps and splices.</summary>
    private static int Mutate(long executions, string seedDir, int rngSeed)
    {
        var seeds = Directory.EnumerateFiles(seedDir).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).Where(b => b.Length < 64 * 1024).ToList();
        var rng = new Random(rngSeed);
        string[] tokens = ["{", "}", "[", "]", ",", ":", "\"", "null", "true", "0", "-0", "1e400", "\"unanimity\"", "{\"all\":[", "{\"any\":[", "\"P-5D\"",
            "\"2007-02-30\"", "\"0/0\"", "\"101%\"", "1208925819614629174706176", "\"a\"", "\"id\"", "\"after\"", "\"requires\"", "\"treaty:x\""];
        var watch = Stopwatch.StartNew();
        long crashes = 0;
        for (long i = 0; i < executions; i++)
        {
            var input = Mutation(seeds[rng.Next(seeds.Count)], seeds, tokens, rng);
            try
            {
                Target(input);
            }
            catch (Exception e)
            {
                crashes++;
                var file = Path.Combine("crashes", $"crash-{i}.json");
                Directory.CreateDirectory("crashes");
                File.WriteAllBytes(file, input);
                Console.WriteLine($"CRASH {file}: {e.GetType()}: {e.Message}");
            }

            if ((i + 1) % 100_000 == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i + 1} execs, {(i + 1) / watch.Elapsed.TotalSeconds:F0}/s, {crashes} crashes"));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done: {executions} execs in {watch.Elapsed.TotalSeconds:F0} s, {executions / watch.Elapsed.TotalSeconds:F0}/s, {crashes} crashes"));
        return crashes == 0 ? 0 : 1;
    }

    internal static byte[] Mutation(byte[] seed, List<byte[]> seeds, string[] tokens, Random rng)
    {
        var data = new List<byte>(seed);
        int rounds = 1 + rng.Next(4);
        for (int r = 0; r < rounds; r++)
        {
            int at = data.Count == 0 ? 0 : rng.Next(data.Count);
            switch (rng.Next(7))
            {
                case 0 when data.Count > 0: data[at] ^= (byte)(1 << rng.Next(8)); break;
                case 1: data.Insert(at, (byte)rng.Next(256)); break;
                case 2 when data.Count > 0: data.RemoveRange(at, Math.Min(data.Count - at, 1 + rng.Next(16))); break;
                case 3: data.RemoveRange(at, data.Count - at); break;
                case 4: data.InsertRange(at, System.Text.Encoding.UTF8.GetBytes(tokens[rng.Next(tokens.Length)])); break;
                case 5 when data.Count > 0:
                    // Duplicate a slice (a member, a key) in place.
                    int len = Math.Min(data.Count - at, 1 + rng.Next(200));
                    data.InsertRange(at, data.GetRange(at, len));
                    break;
                default:
                    var other = seeds[rng.Next(seeds.Count)];
                    if (other.Length == 0) break;
                    int from = rng.Next(other.Length);
                    data.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, 1 + rng.Next(200))).ToArray());
                    break;
            }
        }

        return [.. data];
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Napsm.Core.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Napsm.Core.sln not found");
    }
}
