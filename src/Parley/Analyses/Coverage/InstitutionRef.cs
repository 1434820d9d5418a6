namespace Parley.Analyses.Coverage;

/// <summary>An institution named in a result, by key and name.</summary>
public sealed record InstitutionRef(string Key, string Name);
