namespace Parley.Analyses.Coverage;

/// <summary>An institution whose presence would close missing links, and which ones ("approve on Labour rights").</summary>
public sealed record InstitutionToInvite(string Key, string Name, IReadOnlyList<string> Closes);
