using System.Diagnostics;
using System.Globalization;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;
using Napsm.Core.Validation.Rules;

namespace Napsm.Core.Benchmarks;

/// <summary>
/// A quick per-rule profile of full validation (`-- --profile-rules SCALE [SKIP-CLASS…]`): time and allocation of each built-in rule,
/// in run order, sharing one context as the validator does (so a shared analysis is charged to the first rule that asks for it).
/// For finding hot spots while iterating; the figures that count come from <see cref="ValidationBenchmarks"/>.
/// </summary>
internal static class RuleProfiler
{
    private static void Parts(ValidationContext context)
    {
        void Time(string name, Func<object> f)
        {
            var w = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            long before = GC.GetTotalAllocatedBytes(precise: true);
            f();
            Console.WriteLine($"  {name,-32} {w.Elapsed.TotalSeconds,8:F3} s {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,8:F3} cpu {(GC.GetTotalAllocatedBytes(precise: true) - before) / 1e6,10:F1} MB");
        }

        Time("time:network", () => context.Network);
        Time("time:solve", () => context.Network.Graph.Solve());
        Time("time:schedule", () => context.Schedule);
        Time("time:outside", () => context.Network.CommitmentsOutsideWindow());
        Time("treaty:later", () => TimeChecks.FindLaterRequirements(context));
        Time("time:phases", () => context.Phases);
        Time("time:reciprocity", () => context.Reciprocity);
        Time("treaty:dependencies", () => context.Dependencies);
        Time("treaty:status(all)", () => Enumerable.Range(0, context.Design.Treaties.Count).Select(context.TreatyStatus).ToList());
        var bodies = new List<(double Seconds, int Body)>();
        Time("body:analysis(all)", () =>
        {
            for (int i = 0; i < context.Design.Bodies.Count; i++)
            {
                // One at a time (the validator analyses them together on all cores), to see which bodies cost what.
                var w = Stopwatch.StartNew();
                context.BodyGame(i).Analyze(context.AnalysisOptions);
                bodies.Add((w.Elapsed.TotalSeconds, i));
            }

            return bodies;
        });
        foreach (var (seconds, i) in bodies.OrderByDescending(b => b.Seconds).Take(8))
        {
            var b = context.Design.Bodies[i];
            Console.WriteLine($"    body {i,4} {seconds,8:F3} s {b.Voters.Count,3} voters {b.Rule}");
        }

        var worst = context.BodyGame(bodies.Where(b => context.BodyGame(b.Body).Root is Napsm.Core.Voting.CompositeNode).MaxBy(b => b.Seconds).Body);
        var sw = Stopwatch.StartNew();
        var bdd = new Napsm.Core.Voting.Bdd(Napsm.Core.Voting.GameAnalyzer.VariableOrder(worst.Root, worst.Count), 4_000_000, default);
        int root = bdd.Build(worst.Root);
        Console.WriteLine($"    worst: bdd build {sw.Elapsed.TotalSeconds:F3} s, {bdd.NodeCount} nodes, {bdd.ReachableCount(root)} reachable");
        sw.Restart();
        Napsm.Core.Voting.BddCounting<Napsm.Core.Voting.Count64>.Count(bdd, root, false, default);
        Console.WriteLine($"    worst: count {sw.Elapsed.TotalSeconds:F3} s");
        sw.Restart();
        bdd.FindSelfDualPair(root, true);
        bdd.FindSelfDualPair(root, false);
        Console.WriteLine($"    worst: self-dual {sw.Elapsed.TotalSeconds:F3} s");
        for (int rep = 0; rep < 3; rep++)
        {
            foreach (var ce in new[] { true, false })
            {
                sw.Restart();
                long b0 = GC.GetTotalAllocatedBytes(true);
                worst.Analyze(context.AnalysisOptions with { ClauseEffects = ce });
                Console.WriteLine($"    worst: analyze clauses={ce} {sw.Elapsed.TotalSeconds:F3} s {(GC.GetTotalAllocatedBytes(true) - b0) / 1e6:F1} MB");
            }
        }

        foreach (var clause in ((Napsm.Core.Voting.CompositeNode)worst.Root).Clauses)
        {
            sw.Restart();
            int r = bdd.Build(clause);
            Napsm.Core.Voting.BddCounting<Napsm.Core.Voting.Count64>.Count(bdd, r, false, default);
            Console.WriteLine($"    worst: clause {sw.Elapsed.TotalSeconds:F3} s {bdd.ReachableCount(r)} reachable");
        }

        var fresh = new ValidationContext(context.Document, ValidationOptions.Default);
        Time("body:analysis(all, warm)", () => Enumerable.Range(0, context.Design.Bodies.Count).Select(fresh.BodyAnalysis).ToList());
        var fresh2 = new ValidationContext(context.Document, ValidationOptions.Default);
        Time("treaty:status(all, warm)", () => Enumerable.Range(0, context.Design.Treaties.Count).Select(fresh2.TreatyStatus).ToList());
        foreach (var g in bodies.GroupBy(b => b.Body % 5)) Console.WriteLine($"    rule kind {g.Key}: {g.Sum(x => x.Seconds),8:F3} s");
    }

    // Ten timing constraints that close a cycle with an existing one: p(a) ends before p(b) starts, and now p(a) starts after p(b) ends.
    private static Napsm.Core.Model.Design Infeasible(Napsm.Core.Model.Design design)
    {
        var extra = Enumerable.Range(0, 10).Select(k => design.Timing[k * 100]).Select(t =>
            new Napsm.Core.Model.TimingConstraint(t.To with { Kind = Napsm.Core.Model.EventKind.End }, t.From with { Kind = Napsm.Core.Model.EventKind.Start })
            {
                AtLeast = NodaTime.Period.FromDays(1),
            });
        return design with { Timing = [.. design.Timing, .. extra] };
    }

    // Every phase starts on a date (phase i on day 250·i), so that the calendar ties all events into one strongly connected component.
    private static Napsm.Core.Model.Design Dated(Napsm.Core.Model.Design design)
    {
        var start = new NodaTime.LocalDate(2027, 1, 1);
        return design with
        {
            Phases = [.. design.Phases.Select((p, i) => p with { Window = p.Window! with { Start = start.PlusDays(250 * i) } })],
        };
    }

    private static Napsm.Core.Model.Design Variant(Napsm.Core.Model.Design design, HashSet<string> flags)
    {
        if (flags.Contains("--dated")) design = Dated(design);
        return flags.Contains("--infeasible") ? Infeasible(design) : design;
    }

    public static int Run(string[] args)
    {
        int scale = args[0] == "--profile-file" ? 0 : args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
        var skip = args.Skip(2).ToHashSet(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        var document = args[0] == "--profile-file"
            ? DesignJson.Parse(File.ReadAllBytes(args[1]), args[1])
            : new DesignDocument(Variant(BenchmarkDesigns.Large(scale), skip));
        var design = document.Design;
        Console.WriteLine($"load {args[1]}: {watch.Elapsed.TotalSeconds:F3} s");
        var context = new ValidationContext(document, ValidationOptions.Default);
        if (skip.Contains("--parts")) Parts(context);
        if (skip.Contains("--bodies"))
        {
            var games = Enumerable.Range(0, design.Bodies.Count).Select(context.BodyGame).ToList();
            var best = double.MaxValue;
            for (int rep = 0; rep < 7; rep++)
            {
                var w = Stopwatch.StartNew();
                foreach (var g in games) g.Analyze(context.AnalysisOptions);
                best = Math.Min(best, w.Elapsed.TotalSeconds);
            }

            Console.WriteLine($"body analyses, best of 7: {best:F3} s");
            return 0;
        }

        var total = Stopwatch.StartNew();
        long allocatedTotal = GC.GetTotalAllocatedBytes(precise: true);
        foreach (var rule in BuiltInRules.All)
        {
            var name = rule.GetType().Name;
            if (skip.Contains(name)) { Console.WriteLine($"{name,-34} skipped"); continue; }
            long before = GC.GetTotalAllocatedBytes(precise: true);
            int reported = context.Diagnostics.Count;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            watch.Restart();
            context.BeginRule(rule);
            rule.Analyze(context);
            watch.Stop();
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            Console.WriteLine($"{name,-34} {watch.Elapsed.TotalSeconds,8:F3} s {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,8:F3} cpu {allocated / 1e6,10:F1} MB {context.Diagnostics.Count - reported,7} diagnostics");
        }

        Console.WriteLine($"{"rules total",-34} {total.Elapsed.TotalSeconds,8:F3} s {(GC.GetTotalAllocatedBytes(precise: true) - allocatedTotal) / 1e6,10:F1} MB");
        if (skip.Count == 0)
        {
            for (int run = 0; run < 3; run++)
            {
                total.Restart();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                long before = GC.GetTotalAllocatedBytes(precise: true);
                var report = new DesignValidator().Validate(document);
                Console.WriteLine($"{"full Validate()",-34} {total.Elapsed.TotalSeconds,8:F3} s {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,8:F3} cpu {(GC.GetTotalAllocatedBytes(precise: true) - before) / 1e6,10:F1} MB, {report.Diagnostics.Count} diagnostics, working set {Environment.WorkingSet / 1e6:F0} MB");
            }
        }

        return 0;
    }
}
