namespace Parley.Features.Briefings;

/// <summary>The record a sentence of a briefing states a fact about (its kind as in /records/KIND and its key): its footnotes come from that record's citations.</summary>
public sealed record BriefingFact(string Kind, string Key)
{
    public static BriefingFact Of(string kind, string key) => new(kind, key);
}
