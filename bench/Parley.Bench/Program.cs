using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Parley.Bench -- --filter '*'   (see docs/performance.md)
// dotnet run -c Release --project bench/Parley.Bench -- tagging   (theme tagging on unseen sessions, docs/performance.md)
if (args is ["tagging", ..]) return Parley.Bench.TaggingBenchmark.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Parley.Bench.SearchBenchmarks).Assembly).Run(args);
return 0;
