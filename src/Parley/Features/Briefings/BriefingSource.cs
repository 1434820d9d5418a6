namespace Parley.Features.Briefings;

/// <summary>A numbered footnote: the source a fact rests on and where in it.</summary>
public sealed record BriefingSource(int Number, string Text, string? Url);
