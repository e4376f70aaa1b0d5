using BenchmarkDotNet.Running;

// Runs the benchmarks selected on the command line, e.g. `-- --filter '*Voting*'`; exits 1 if any benchmark failed.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
