using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Parley.Bench -- --filter '*'   (see docs/performance.md)
BenchmarkSwitcher.FromAssembly(typeof(Parley.Bench.SearchBenchmarks).Assembly).Run(args);
