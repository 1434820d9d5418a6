namespace Parley.Analyses.Framing;

/// <summary>A person whose case is recorded, as the framing check needs it: the name to look for in a statement.</summary>
public sealed record RecordedCase(string Key, string PersonName);
