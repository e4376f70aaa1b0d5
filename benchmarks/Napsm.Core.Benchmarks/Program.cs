using BenchmarkDotNet.Running;
using Napsm.Core.Benchmarks;

// `-- --profile-rules SCALE [SKIP…]` (or `--profile-file design.json [SKIP…]`) prints a per-rule profile of full validation (a hot-spot
// finder, not a benchmark).
if (args.Length > 1 && args[0] is "--profile-rules" or "--profile-file") return RuleProfiler.Run(args);

// `-- --probe-voting [NAME…]` times each voting workload once (a hot-spot finder, not a benchmark).
if (args.Length > 0 && args[0] == "--probe-voting") return VotingProbe.Run(args);

// Runs the benchmarks selected on the command line, e.g. `-- --filter '*Voting*'`; exits 1 if any benchmark failed.
// The generated project is built while other work may load the machine: give the build ten minutes, not the default two.
var config = BenchmarkDotNet.Configs.ManualConfig.Create(BenchmarkDotNet.Configs.DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
