namespace Parley.Analyses.Coverage;

/// <summary>A delegation member and the powers it holds on the agenda ("negotiate on Labour rights"); none means it can decide nothing there.</summary>
public sealed record DelegateReach(string Key, string Name, IReadOnlyList<string> Powers);
