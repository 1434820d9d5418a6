namespace Parley.Features.Stats;

/// <summary>How many records of one kind the store holds, and how many of them cite no source.</summary>
public sealed record KindCount(string Kind, int Count, int Unsourced);
